// The rollout policy's shape and defaults, apart from the gate: settings read them at every
// start, the gate's statistics (and their hashing) only when a rollout is judged.

/** How far and how fast a rollout widens, and what stops it (config `rollout`, per lane). */
export interface RolloutPolicy {
  /** Shares of devices in percent, rising; the last is 100. */
  steps: number[]
  /** Devices that must have run the new bundle during a step before it widens. */
  minDevices: number
  /** Minutes each step runs before it widens. */
  bakeMinutes: number
  /** Largest allowed excess of the new bundle's failure rate (download, install, checksum, launch) over the stable cohort's. */
  maxExcessFailureRate: number
  /** Largest allowed excess of its crash rate (crashes, ANRs, webview deaths after installing). */
  maxExcessCrashRate: number
  onBreach: 'pause' | 'abort'
  /** One-sided confidence of the bounds: 0.9, 0.95, 0.99 or 0.999. */
  confidence: number
}

/** The policy a rollout runs under, stored with it so every instance and job applies the same one. */
export interface StoredPolicy extends RolloutPolicy {
  lane: string
}

export const DEFAULT_POLICY: RolloutPolicy = { steps: [1, 5, 25, 100], minDevices: 100, bakeMinutes: 60, maxExcessFailureRate: 0.02, maxExcessCrashRate: 0.01, onBreach: 'pause', confidence: 0.95 }
