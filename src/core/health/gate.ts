import type { ChannelRecord } from '../store/types.js'
import { DistinctSet } from './distinct.js'
import { FAILED_METRICS, UNHEALTHY_METRICS, type Group, type Rollup } from './rollup.js'
import type { RolloutPolicy, StoredPolicy } from './policy.js'

const Z: Record<string, number> = { '0.9': 1.2816, '0.95': 1.6449, '0.99': 2.3263, '0.999': 3.0902 }

/** Wilson score interval of `k` in `n` (Wilson 1927); [0, 1] when there is no trial. */
export function wilson(k: number, n: number, z: number): [number, number] {
  if (n === 0) return [0, 1]
  const p = k / n
  const denom = 1 + (z * z) / n
  const centre = (p + (z * z) / (2 * n)) / denom
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom
  return [Math.max(0, centre - half), Math.min(1, centre + half)]
}

/**
 * Bounds of p1 − p2 by Newcombe's hybrid score method (Newcombe 1998, method 10), from the two
 * Wilson intervals: sound for small counts and rates near 0, where a ratio of raw rates is not.
 * A baseline with no devices is taken as a rate of 0, so every failure of the new bundle is excess.
 */
export function excessBounds(k1: number, n1: number, k2: number, n2: number, z: number): { excess: number; lower: number; upper: number } {
  const p1 = n1 ? k1 / n1 : 0
  const p2 = n2 ? k2 / n2 : 0
  const [l1, u1] = wilson(k1, n1, z)
  const [l2, u2] = n2 ? wilson(k2, n2, z) : [0, 0]
  const d = p1 - p2
  return { excess: d, lower: d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), upper: d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2) }
}

export interface CohortNumbers {
  version: string
  /** Devices that ran the bundle (installed it, or checked while running it). */
  devices: number
  /** Devices offered the bundle, and those that failed to get it running. */
  offered: number
  failed: number
  /** Devices that crashed (or hung, or lost the webview) while running it. */
  unhealthy: number
  failureRate: number
  crashRate: number
}

export type GateDecision = 'advance' | 'complete' | 'hold' | 'pause' | 'abort'

export interface GateVerdict {
  decision: GateDecision
  channel: string
  /** The share now and, on advance, the next one (percent). */
  percentage: number
  nextPercentage?: number
  policy: StoredPolicy
  rollout: CohortNumbers
  stable: CohortNumbers
  /** Devices that ran the new bundle during the current step. */
  stepDevices: number
  failure: { excess: number; lower: number; upper: number; max: number }
  crash: { excess: number; lower: number; upper: number; max: number }
  /** What a hold waits for; what a pause or abort found. */
  reasons: string[]
  message: string
}

function cohort(rollup: Rollup, version: string, where: (g: Group) => boolean): CohortNumbers {
  const failedSet = rollup.devices(where, FAILED_METRICS)
  const unhealthySet = rollup.devices(where, UNHEALTHY_METRICS)
  const running = rollup.devices(where, ['installed', 'checked'])
  const offered = DistinctSet.union([rollup.devices(where, ['offered']), failedSet]).size
  const ran = DistinctSet.union([running, unhealthySet]).size
  const failed = failedSet.size
  const unhealthy = unhealthySet.size
  return {
    version, devices: ran, offered, failed, unhealthy,
    failureRate: offered ? failed / offered : 0, crashRate: ran ? unhealthy / ran : 0
  }
}

/** The cohort of every channel and version in a rollup, as the gate counts them (for the console's charts). */
export function versionCohorts(rollup: Rollup): Array<CohortNumbers & { channel: string }> {
  const pairs = new Map<string, { channel: string; version: string }>()
  for (const { group } of rollup.groups.values()) pairs.set(`${group.channel}\n${group.version}`, { channel: group.channel, version: group.version })
  return [...pairs.values()]
    .sort((a, b) => a.channel.localeCompare(b.channel) || b.version.localeCompare(a.version, undefined, { numeric: true }))
    .map(({ channel, version }) => ({ channel, ...cohort(rollup, version, (g) => g.channel === channel && g.version === version) }))
}

/** A rate as the gate's messages, the CLI and the job summaries show it: 0.0123 → "1.23%". */
export const rateText = (x: number): string => `${(x * 100).toFixed(2).replace(/\.?0+$/, '')}%`
const pct = rateText

/** The native builds a version reached, so the stable cohort is compared like for like. */
function nativesOf(rollup: Rollup, where: (g: Group) => boolean): Set<string> {
  const natives = new Set<string>()
  for (const { group } of rollup.groups.values()) if (where(group)) natives.add(group.native)
  return natives
}

interface Assessment {
  failure: GateVerdict['failure']
  crash: GateVerdict['crash']
  /** Bounds the new bundle breaks for certain (at the policy's confidence). */
  breaches: string[]
  /** Bounds the numbers cannot yet rule out breaking. */
  unproven: string[]
}

/** The new bundle's failure and crash rates against the stable cohort's, as the policy bounds them. */
function assess(fresh: CohortNumbers, stable: CohortNumbers, policy: RolloutPolicy): Assessment {
  const z = Z[String(policy.confidence)] ?? Z['0.95']
  const failure = { ...excessBounds(fresh.failed, fresh.offered, stable.failed, stable.offered, z), max: policy.maxExcessFailureRate }
  const crash = { ...excessBounds(fresh.unhealthy, fresh.devices, stable.unhealthy, stable.devices, z), max: policy.maxExcessCrashRate }
  const conf = `${policy.confidence * 100}% confidence`
  const breaches: string[] = []
  if (fresh.offered > 0 && failure.lower > failure.max) breaches.push(`failure rate ${pct(fresh.failureRate)} (${fresh.failed} of ${fresh.offered} devices) exceeds the stable ${pct(stable.failureRate)} by at least ${pct(failure.lower)} at ${conf}; allowed ${pct(failure.max)}`)
  if (fresh.devices > 0 && crash.lower > crash.max) breaches.push(`crash rate ${pct(fresh.crashRate)} (${fresh.unhealthy} of ${fresh.devices} devices) exceeds the stable ${pct(stable.crashRate)} (${stable.unhealthy} of ${stable.devices}) by at least ${pct(crash.lower)} at ${conf}; allowed ${pct(crash.max)}`)
  const unproven: string[] = []
  if (failure.upper > failure.max) unproven.push(`evidence that the failure rate is within ${pct(failure.max)} of the stable one (upper bound now ${pct(failure.upper)})`)
  if (crash.upper > crash.max) unproven.push(`evidence that the crash rate is within ${pct(crash.max)} of the stable one (upper bound now ${pct(crash.upper)})`)
  return { failure, crash, breaches, unproven }
}

const summary = (fresh: CohortNumbers, stable: CohortNumbers) => `${fresh.devices} devices, failure ${pct(fresh.failureRate)} vs ${pct(stable.failureRate)}, crashes ${pct(fresh.crashRate)} vs ${pct(stable.crashRate)}`

/**
 * Applies a rollout's policy to the health of its bundle: `rollup` covers the whole rollout,
 * `stepRollup` the current step. Pure: the caller moves the channel.
 */
export function judgeRollout(channel: ChannelRecord, policy: StoredPolicy, rollup: Rollup, stepRollup: Rollup, now: Date): GateVerdict {
  const rollout = channel.rollout!
  const isNew = (g: Group) => g.channel === channel.name && g.version === rollout.version
  const natives = nativesOf(rollup, isNew)
  const fresh = cohort(rollup, rollout.version, isNew)
  // The stable bundle's devices on the native builds the new one reached: like for like.
  const stable = cohort(rollup, channel.version, (g) => g.channel === channel.name && g.version === channel.version && natives.has(g.native))
  const stepDevices = cohort(stepRollup, rollout.version, isNew).devices
  const { failure, crash, breaches, unproven } = assess(fresh, stable, policy)
  const percentage = rollout.percentageBps / 100
  const base = { channel: channel.name, percentage, policy, rollout: fresh, stable, stepDevices, failure, crash }

  if (breaches.length) {
    const decision = policy.onBreach
    return { ...base, decision, reasons: breaches, message: `${decision === 'abort' ? 'Aborting' : 'Pausing'} the rollout of ${rollout.version} on ${channel.name} at ${percentage}%: ${breaches.join('; ')}.` }
  }

  const waiting: string[] = []
  if (rollout.paused) waiting.push('the rollout is paused (resume it with "capflight rollout --resume")')
  if (stepDevices < policy.minDevices) waiting.push(`${policy.minDevices - stepDevices} more device(s) running ${rollout.version} in this step (${stepDevices} of ${policy.minDevices})`)
  const stepStarted = Date.parse(rollout.stepStartedAt ?? rollout.startedAt)
  const bakeLeft = policy.bakeMinutes * 60_000 - (now.getTime() - stepStarted)
  if (bakeLeft > 0) waiting.push(`${Math.ceil(bakeLeft / 60_000)} more minute(s) of bake time (${policy.bakeMinutes} per step)`)
  waiting.push(...unproven)
  if (waiting.length) {
    return { ...base, decision: 'hold', reasons: waiting, message: `Holding ${rollout.version} on ${channel.name} at ${percentage}%: waiting for ${waiting.join('; ')}.` }
  }
  const next = policy.steps.find((s) => s > percentage)
  if (next === undefined || next >= 100) {
    return { ...base, decision: 'complete', nextPercentage: 100, reasons: [], message: `${rollout.version} is as healthy as ${channel.version} (${summary(fresh, stable)}): promoting it to every device on ${channel.name}.` }
  }
  return { ...base, decision: 'advance', nextPercentage: next, reasons: [], message: `${rollout.version} is as healthy as ${channel.version} (${summary(fresh, stable)}): widening ${channel.name} from ${percentage}% to ${next}%.` }
}

/** The health gate's verdict on a bundle before it is promoted onto another channel. */
export interface BundleVerdict {
  healthy: boolean
  /** The bundle's devices on every channel that served it. */
  candidate: CohortNumbers
  /** The target channel's current bundle, on the same native builds; absent for a new channel. */
  stable: CohortNumbers
  targetChannel: string
  since: string
  policy: RolloutPolicy
  failure: GateVerdict['failure']
  crash: GateVerdict['crash']
  /** Why it is refused: a bound it breaks, too few devices, or rates not yet proven within bounds. */
  reasons: string[]
  message: string
}

/**
 * `promote --require-healthy`: a bundle passes when at least the policy's minimum of devices ran
 * it and its failure and crash rates are proven within the policy's bounds of the rates of the
 * bundle the target channel serves. Too little evidence is a refusal, not a pass. `versions` are
 * the names the same bytes ran under (a tag's version and the prerelease it promotes).
 */
export function judgeBundle(rollup: Rollup, versions: string[], target: Pick<ChannelRecord, 'name' | 'version'> | undefined, targetChannel: string, policy: RolloutPolicy, since: Date): BundleVerdict {
  const version = versions[0]
  const isCandidate = (g: Group) => versions.includes(g.version)
  const natives = nativesOf(rollup, isCandidate)
  const candidate = cohort(rollup, version, isCandidate)
  const stable = cohort(rollup, target?.version ?? '', (g) => !!target && g.channel === target.name && g.version === target.version && natives.has(g.native))
  const { failure, crash, breaches, unproven } = assess(candidate, stable, policy)
  const reasons = [...breaches]
  if (candidate.devices < policy.minDevices) reasons.push(`only ${candidate.devices} device(s) ran ${versions.join(' or ')} since ${since.toISOString().slice(0, 16).replace('T', ' ')} UTC (the policy asks for ${policy.minDevices})`)
  if (!breaches.length) reasons.push(...unproven)
  const against = target ? `${target.version} on ${targetChannel}` : `a clean record (${targetChannel} serves nothing yet)`
  const message = reasons.length
    ? `Refusing to promote ${version} to ${targetChannel}: ${reasons.join('; ')}.`
    : `${version} is as healthy as ${against} (${summary(candidate, stable)}).`
  return { healthy: reasons.length === 0, candidate, stable, targetChannel, since: since.toISOString(), policy, failure, crash, reasons, message }
}

/** The lane a release takes from its commits: a breaking change, a feature, else a fix. */
export function laneOf(changes: { type: string; breaking: boolean }[]): 'breaking' | 'feat' | 'fix' {
  if (changes.some((c) => c.breaking)) return 'breaking'
  if (changes.some((c) => c.type === 'feat' || c.type === 'feature')) return 'feat'
  return 'fix'
}
