import { DistinctSet, type DistinctJson } from './distinct.js'

/**
 * What the plugin's stats events say about a bundle (capacitor-updater 8.x's own action names,
 * from its Android and iOS sources). Progress and lifecycle events (`download_10`,
 * `app_moved_to_foreground` …) are kept in the raw rows and do not count here.
 */
export const FAILURE_KINDS = {
  download: ['download_fail', 'finish_download_fail', 'unzip_fail', 'low_mem_fail', 'insufficient_disk_space', 'directory_path_fail', 'canonical_path_fail', 'windows_path_fail'],
  install: ['set_fail', 'update_fail'],
  checksum: ['checksum_fail', 'checksum_required', 'session_key_required', 'decrypt_fail'],
  launch: ['app_launch_timeout']
} as const
export const UNHEALTHY_KINDS = {
  crash: ['app_crash', 'app_initialization_failure'],
  native_crash: ['app_crash_native'],
  anr: ['app_anr'],
  webview: ['webview_render_process_gone', 'webview_content_process_terminated', 'webview_unclean_restart']
} as const
export type FailureKind = keyof typeof FAILURE_KINDS
export type UnhealthyKind = keyof typeof UNHEALTHY_KINDS

/** The distinct-device measures of one group. */
export type Metric = 'checked' | 'offered' | 'installed' | `failed.${FailureKind}` | `unhealthy.${UnhealthyKind}`

const METRIC_OF_ACTION = new Map<string, Metric>([
  ['set', 'installed'],
  ...Object.entries(FAILURE_KINDS).flatMap(([kind, actions]) => actions.map((a) => [a, `failed.${kind}` as Metric] as const)),
  ...Object.entries(UNHEALTHY_KINDS).flatMap(([kind, actions]) => actions.map((a) => [a, `unhealthy.${kind}` as Metric] as const))
])

/** The measure a stats action counts towards, if any. */
export function metricOfAction(action: string): Metric | undefined {
  return METRIC_OF_ACTION.get(action)
}

/** Who a count is about: a bundle version on a channel, platform and native build. */
export interface Group {
  channel: string
  version: string
  platform: string
  /** The native build (the app's version_build). */
  native: string
}

interface GroupJson extends Group {
  metrics: Partial<Record<Metric, DistinctJson>>
}

export interface RollupJson {
  /** Parts of the store this one already holds (set by compaction). */
  parts?: string[]
  /** Times (ms) of the first and last row this part holds: a window that starts later skips it. */
  first?: number
  last?: number
  groups: GroupJson[]
}

const keyOf = (g: Group) => `${g.channel}\0${g.version}\0${g.platform}\0${g.native}`

/** Distinct devices per group and measure; mergeable in any order, any number of times. */
export class Rollup {
  readonly groups = new Map<string, { group: Group; metrics: Map<Metric, DistinctSet> }>()

  add(group: Group, metric: Metric, device: string): void {
    const metrics = this.entry(group).metrics
    let set = metrics.get(metric)
    if (!set) {
      set = new DistinctSet()
      metrics.set(metric, set)
    }
    set.add(device)
  }

  merge(other: Rollup): void {
    for (const { group, metrics } of other.groups.values()) {
      const mine = this.entry(group).metrics
      for (const [metric, set] of metrics) {
        const existing = mine.get(metric)
        if (existing) existing.merge(set)
        else mine.set(metric, DistinctSet.union([set]))
      }
    }
  }

  get isEmpty(): boolean {
    return this.groups.size === 0
  }

  toJSON(): RollupJson {
    return {
      groups: [...this.groups.values()].map(({ group, metrics }) => ({ ...group, metrics: Object.fromEntries([...metrics].map(([m, s]) => [m, s.toJSON()])) }))
    }
  }

  static fromJSON(json: RollupJson): Rollup {
    const rollup = new Rollup()
    for (const g of json.groups ?? []) {
      const group = { channel: String(g.channel), version: String(g.version), platform: String(g.platform), native: String(g.native) }
      const metrics = rollup.entry(group).metrics
      for (const [metric, set] of Object.entries(g.metrics ?? {})) {
        const parsed = DistinctSet.fromJSON(set as DistinctJson)
        const existing = metrics.get(metric as Metric)
        if (existing) existing.merge(parsed)
        else metrics.set(metric as Metric, parsed)
      }
    }
    return rollup
  }

  /** The union of `metrics` over the groups `where` accepts. */
  devices(where: (group: Group) => boolean, metrics: readonly Metric[]): DistinctSet {
    const sets: DistinctSet[] = []
    for (const { group, metrics: m } of this.groups.values()) {
      if (!where(group)) continue
      for (const metric of metrics) {
        const set = m.get(metric)
        if (set) sets.push(set)
      }
    }
    return DistinctSet.union(sets)
  }

  private entry(group: Group): { group: Group; metrics: Map<Metric, DistinctSet> } {
    const key = keyOf(group)
    let entry = this.groups.get(key)
    if (!entry) {
      entry = { group: { ...group }, metrics: new Map() }
      this.groups.set(key, entry)
    }
    return entry
  }
}

export const FAILED_METRICS = Object.keys(FAILURE_KINDS).map((k) => `failed.${k}` as Metric)
export const UNHEALTHY_METRICS = Object.keys(UNHEALTHY_KINDS).map((k) => `unhealthy.${k}` as Metric)
