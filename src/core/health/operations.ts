import { ConfigurationError, ConflictError } from '../errors.js'
import { assertNames } from '../names.js'
import type { Runtime } from '../port.js'
import { pointChannel, startRollout, updateChannel } from '../release/channels.js'
import type { Settings } from '../settings/settings.js'
import { openTelemetryStore } from '../store/registry.js'
import type { BundleRecord, ChannelRecord, ReleaseStore, Store, TelemetryStore } from '../store/types.js'
import { DistinctSet } from './distinct.js'
import { judgeBundle, judgeRollout, type BundleVerdict, type GateVerdict } from './gate.js'
import type { RolloutPolicy, StoredPolicy } from './policy.js'
import { deviceHistory, readRollups } from './read.js'
import type { DecisionRow, EventRow } from './recorder.js'
import { FAILED_METRICS, FAILURE_KINDS, UNHEALTHY_KINDS, UNHEALTHY_METRICS, type Group, type Metric, type Rollup } from './rollup.js'

/** Distinct devices of one group over the window. */
export interface HealthRow extends Group {
  checked: number
  offered: number
  installed: number
  /** Devices that failed to get the bundle running, in all and by kind. */
  failed: number
  failedBy: Record<string, number>
  /** Devices that crashed, hung or lost the webview while running it, in all and by kind. */
  unhealthy: number
  unhealthyBy: Record<string, number>
}

/** Health per bundle version, per channel, platform and native build, from the rollups. */
export function healthRows(rollup: Rollup): HealthRow[] {
  const rows: HealthRow[] = []
  for (const { group, metrics } of rollup.groups.values()) {
    const count = (m: Metric) => metrics.get(m)?.size ?? 0
    const union = (ms: readonly Metric[]) => DistinctSet.union(ms.map((m) => metrics.get(m))).size
    rows.push({
      ...group,
      checked: count('checked'), offered: count('offered'), installed: count('installed'),
      failed: union(FAILED_METRICS), failedBy: Object.fromEntries(Object.keys(FAILURE_KINDS).map((k) => [k, count(`failed.${k}` as Metric)]).filter(([, n]) => n)),
      unhealthy: union(UNHEALTHY_METRICS), unhealthyBy: Object.fromEntries(Object.keys(UNHEALTHY_KINDS).map((k) => [k, count(`unhealthy.${k}` as Metric)]).filter(([, n]) => n))
    })
  }
  return rows.sort((a, b) => a.channel.localeCompare(b.channel) || b.version.localeCompare(a.version, undefined, { numeric: true }) || a.platform.localeCompare(b.platform) || a.native.localeCompare(b.native, undefined, { numeric: true }))
}

/** `--since 1h`, `30m`, `7d`, or an ISO date: the start of the window. */
export function parseSince(value: string | undefined, now: Date, fallbackMs = 24 * 3600_000): Date {
  if (value === undefined) return new Date(now.getTime() - fallbackMs)
  const m = /^(\d+(?:\.\d+)?)\s*(m|h|d)$/.exec(value.trim())
  if (m) return new Date(now.getTime() - Number(m[1]) * { m: 60_000, h: 3600_000, d: 86400_000 }[m[2] as 'm' | 'h' | 'd'])
  const t = Date.parse(value)
  if (Number.isNaN(t)) throw new ConfigurationError([`--since must be a duration such as 30m, 1h or 7d, or a date such as 2026-12-01, got "${value}".`])
  return new Date(t)
}

/** The gate's verdict on a channel's rollout, from the store's health data. */
export async function rolloutVerdict(store: TelemetryStore, appId: string, channel: ChannelRecord, policy: StoredPolicy, now: Date): Promise<GateVerdict> {
  const rollout = channel.rollout!
  const started = new Date(rollout.startedAt)
  const stepStarted = new Date(rollout.stepStartedAt ?? rollout.startedAt)
  const [whole, step] = await readRollups(store, appId, [started, stepStarted], now)
  return judgeRollout(channel, policy, whole, step, now)
}

/** The longest look back for a bundle's health: older data has been seen by every gate since. */
const BUNDLE_WINDOW_MS = 30 * 86400_000

/**
 * The health gate on a bundle about to be promoted onto `target`: its devices on every channel
 * that served the same bytes (its version, and the prerelease a tag's version was promoted from)
 * since it was stored, against the target channel's current bundle.
 */
export async function bundleVerdict(store: ReleaseStore & TelemetryStore, appId: string, bundle: BundleRecord, targetName: string, target: ChannelRecord | undefined, policy: RolloutPolicy, now: Date): Promise<BundleVerdict> {
  const origin = bundle.promotedFrom ? await store.getBundle(appId, bundle.promotedFrom) : undefined
  const created = Math.min(...[bundle, origin].filter((b) => b !== undefined).map((b) => Date.parse(b.createdAt)).filter((t) => !Number.isNaN(t)), now.getTime())
  const since = new Date(Math.max(created, now.getTime() - BUNDLE_WINDOW_MS))
  const [rollup] = await readRollups(store, appId, [since], now)
  return judgeBundle(rollup, [bundle.version, ...(origin ? [origin.version] : [])], target, targetName, policy, since)
}

export interface AdvanceResult extends GateVerdict {
  appId: string
  version: string
  stableVersion: string
  /** The change made to the channel (none on hold, or on a dry run). */
  applied: boolean
  dryRun: boolean
  webhook?: { url: string; status: number | null; error?: string }
}

/**
 * `rollout advance`: applies the channel's rollout policy to its health and moves the channel
 * by compare-and-swap: advance to the next step, complete (promote), pause or abort, or hold.
 * Idempotent: a second run in the same state holds (the new step's bake time has just begun).
 */
export async function advanceRollout(store: Store, appId: string, name: string, runtime: Pick<Runtime, 'now'>, options: { dryRun?: boolean; webhook?: string; fetch?: typeof fetch } = {}): Promise<AdvanceResult> {
  const channel = await store.getChannel(appId, name)
  if (!channel) throw new ConfigurationError([`Channel "${name}" does not exist for ${appId} in ${store.url}.`])
  if (!channel.rollout) throw new ConfigurationError([`Channel "${name}" has no rollout in progress: nothing to advance. A release with a rollout policy (config "rollout") or --rollout starts one.`])
  const policy = channel.rollout.policy
  if (!policy) throw new ConfigurationError([`The rollout of ${channel.rollout.version} on "${name}" has no policy (it was started with --rollout by hand): change it with "capflight rollout --percentage", or release with a "rollout" policy in capflight.config.json.`])
  const now = runtime.now()
  const verdict = await rolloutVerdict(store, appId, channel, policy, now)
  const version = channel.rollout.version
  let applied = false
  if (!options.dryRun && verdict.decision !== 'hold') {
    const bundle = await store.getBundle(appId, version)
    if (!bundle) throw new ConfigurationError([`Version ${version} of the rollout on "${name}" is not in the store.`])
    const { after } = await updateChannel(store, appId, name, (current) => {
      // Only the rollout judged: another job may have moved it meanwhile.
      if (!current?.rollout || current.rollout.version !== version || current.revision !== channel.revision) return undefined
      const at = now.toISOString()
      if (verdict.decision === 'advance') return startRollout(current, bundle, Math.round(verdict.nextPercentage! * 100), now)
      if (verdict.decision === 'complete') return pointChannel(current, name, bundle, 'promote', now)
      if (verdict.decision === 'pause') return { ...current, revision: current.revision + 1, updatedAt: at, rollout: { ...current.rollout, paused: true } }
      return {
        ...current, revision: current.revision + 1, updatedAt: at, rollout: null,
        history: [...current.history, { version, checksum: bundle.checksum, at, action: 'rollout-abort' as const, commit: bundle.commit }]
      }
    })
    if (!after) throw new ConflictError(`The rollout on "${name}" changed while it was judged. Run "capflight rollout advance --channel ${name}" again.`)
    applied = true
  }
  const result: AdvanceResult = { ...verdict, appId, version, stableVersion: channel.version, applied, dryRun: Boolean(options.dryRun) }
  // Told only of what happened: a hold moves nothing, a dry run neither.
  if (options.webhook && applied) result.webhook = await notify(options.webhook, result, options.fetch ?? fetch)
  return result
}

/** What to warn about when the webhook was not told (it failed, or answered an error), if anything. */
export function webhookProblem(result: AdvanceResult): string | undefined {
  const hook = result.webhook
  if (!hook || (!hook.error && (hook.status ?? 0) < 400)) return undefined
  return `The webhook ${hook.url} was not told: ${hook.error ?? `it answered ${hook.status}`}.`
}

/** Posts the verdict to a webhook; best effort (the channel has moved already). */
async function notify(url: string, result: AdvanceResult, send: typeof fetch): Promise<NonNullable<AdvanceResult['webhook']>> {
  try {
    const response = await send(url, {
      method: 'POST', headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(10_000),
      body: JSON.stringify({ event: `rollout.${result.decision}`, appId: result.appId, channel: result.channel, version: result.version, stableVersion: result.stableVersion, percentage: result.percentage, nextPercentage: result.nextPercentage ?? null, message: result.message, rollout: result.rollout, stable: result.stable, failure: result.failure, crash: result.crash })
    })
    return { url, status: response.status }
  } catch (error) {
    return { url, status: null, error: (error as Error).message }
  }
}

export interface ExplainResult {
  appId: string
  device: string
  since: string
  /** The operator's override of the device's channel, if any. */
  override: string | null
  decisions: DecisionRow[]
  events: EventRow[]
  message: string
}

/** `explain --device`: what the endpoint decided for one device, and why. */
export async function explainDevice(settings: Settings, runtime: Runtime, options: { device: string; since?: string }): Promise<ExplainResult> {
  assertNames([['deviceId', options.device, '--device']])
  const store = openTelemetryStore(settings.store, settings.cwd, runtime.env, 'capflight explain')
  const now = runtime.now()
  const since = parseSince(options.since, now, 7 * 86400_000)
  const [override, history] = await Promise.all([store.getDeviceChannel(settings.appId, options.device), deviceHistory(store, settings.appId, options.device, since, now)])
  const last = history.decisions.at(-1)
  const message = last
    ? `Last check ${last.t}: channel ${last.channel} (${last.why === 'override' ? 'operator override' : last.why === 'self' ? 'chosen by the device' : 'server default'}), running ${last.current}, ${last.sent ? `sent ${last.sent}` : `no update (${last.reason})`}${last.bucket !== null ? `, rollout bucket ${last.bucket}` : ''}.`
    : `No decision for device ${options.device} since ${since.toISOString()}: it has not checked for updates with this app id (or the endpoint has not flushed yet).`
  return { appId: settings.appId, device: options.device, since: since.toISOString(), override: override ?? null, decisions: history.decisions, events: history.events, message }
}
