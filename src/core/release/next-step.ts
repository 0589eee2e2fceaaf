import type { Settings } from '../settings/settings.js'
import { servedBy } from '../store/registry.js'
import type { ReleaseResult } from './release.js'

/** One sentence after a release: how a device gets it from here. */
export function nextStep(result: ReleaseResult, settings: Settings): string | null {
  if (!['released', 'promoted', 'unchanged'].includes(result.status) || !result.version || !result.channel) return null
  const { version, channel } = result
  const share = result.rollout ? ` (${result.rollout.percentageBps / 100}% of them while the rollout lasts)` : ''
  const hosted = servedBy(settings.store)
  if (hosted) return `Devices on channel "${channel}" get ${version} from ${hosted} at their next update check${share}.`
  const store = settings.store.split(/[?#]/)[0]
  if (settings.appUpdateUrl) {
    return `Devices whose build has updateUrl ${settings.appUpdateUrl} get ${version} on channel "${channel}" at their next check${share}, as long as "capflight serve --store ${store}" answers there.`
  }
  return `To get ${version} onto a device: run "capflight serve --store ${store}", set plugins.CapacitorUpdater.updateUrl to its URL + /updates (statsUrl /stats, channelUrl /channel_self)${channel === 'production' ? '' : ` and defaultChannel "${channel}"`} in the capacitor config, and ship that build.`
}
