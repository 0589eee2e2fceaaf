import * as cache from '@actions/cache'
import type { CiPort, Reporter } from '../src/core/index.js'

/**
 * Whether the Actions cache can be used. `@github/local-action` swaps @actions/cache for its own
 * restoreCache/saveCache, without isFeatureAvailable, kept in the folder LOCAL_ACTION_CACHE_PATH
 * names (beside LOCAL_ACTION_WORKSPACE).
 */
export function actionsCacheAvailable(): boolean {
  const check = (cache as { isFeatureAvailable?: () => boolean }).isFeatureAvailable
  return typeof check === 'function' ? check() : Boolean(process.env.LOCAL_ACTION_CACHE_PATH && process.env.LOCAL_ACTION_WORKSPACE)
}

/**
 * The compression cache kept in the Actions cache: restored (the newest entry of any commit:
 * entries are named by content hash, so any earlier run's are valid) before the build, saved
 * under this commit's key after a release that compressed files anew.
 */
export function actionsCompressionCache(sha: string, reporter: Reporter): CiPort['compressionCache'] {
  const prefix = `capflight-compression-${process.platform}-`
  const key = prefix + sha
  const available = actionsCacheAvailable()
  return {
    async restore(dir) {
      if (!available) {
        reporter.info(`The Actions cache service is not available here: the compression cache (${dir}) lasts as long as this workspace.`)
        return
      }
      try {
        // @actions/cache warns of a failed lookup or download itself, then answers as for no entry.
        const matched = await cache.restoreCache([dir], key, [prefix])
        reporter.info(matched ? `Restored the compression cache from the Actions cache (${matched}).` : 'No compression cache restored from the Actions cache: this release compresses what the folder lacks.')
      } catch (error) {
        reporter.warn(`Could not restore the compression cache: ${sentence(error)} This release compresses what the folder lacks.`)
      }
    },
    async save(dir) {
      if (!available) return
      try {
        if (await cache.saveCache([dir], key) !== -1) reporter.info(`Saved the compression cache to the Actions cache (${key}).`)
      } catch (error) {
        reporter.warn(`Could not save the compression cache: ${sentence(error)}`)
      }
    }
  }
}

function sentence(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return /[.!?]$/.test(message) ? message : message + '.'
}
