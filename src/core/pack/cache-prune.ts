import { lstat, readdir, rm, rmdir } from 'node:fs/promises'
import path from 'node:path'
import { CACHE_FOLDERS } from './compress-pool.js'

/** How long a compressed form no bundle used is kept: a branch built now and then still finds its files. */
export const CACHE_KEEP_UNUSED_MS = 7 * 24 * 3600 * 1000

export interface PruneResult {
  removed: number
  bytes: number
}

const SHA = /^[0-9a-f]{64}/

/**
 * Bounds the compression cache after a release: removes each form (and marker) that the bundle
 * just packed did not use and that was made more than `keepUnusedMs` ago, and the folders of an
 * older zlib or Brotli once empty. Forms the bundle used stay whatever their age (a restored
 * CI cache keeps the times it was made). Best effort: what cannot be read or removed is left.
 */
export async function pruneCompressionCache(dir: string, used: Iterable<string>, now: Date, keepUnusedMs = CACHE_KEEP_UNUSED_MS): Promise<PruneResult> {
  const keep = new Set(used)
  const current = new Set(Object.values(CACHE_FOLDERS))
  const before = now.getTime() - keepUnusedMs
  const result: PruneResult = { removed: 0, bytes: 0 }
  const folders = await readdir(dir, { withFileTypes: true }).catch(() => [])
  for (const folder of folders) {
    if (!folder.isDirectory() || !/^(deflate|brotli)-/.test(folder.name)) continue
    const at = path.join(dir, folder.name)
    const names = await readdir(at).catch(() => [] as string[])
    const isCurrent = current.has(folder.name)
    let left = names.length
    for (const name of names) {
      const sha = SHA.exec(name)?.[0]
      if (isCurrent && sha && keep.has(sha) && !name.endsWith('.tmp')) continue
      const file = path.join(at, name)
      const info = await lstat(file).catch(() => undefined)
      if (!info?.isFile() || info.mtimeMs >= before) continue
      if (await rm(file).then(() => true, () => false)) {
        result.removed++
        result.bytes += info.size
        left--
      }
    }
    if (!isCurrent && left === 0) await rmdir(at).catch(() => {})
  }
  return result
}
