import { randomBytes } from 'node:crypto'
import type { TelemetryStore } from '../store/types.js'
import { deviceKey } from './distinct.js'
import { metricOfAction, Rollup, type Group } from './rollup.js'

/** One `/updates` answer, as the decision log keeps it. */
export interface DecisionRow {
  t: string
  app_id: string
  device_id: string
  channel: string
  /** How the channel was chosen: an operator's override, the device's own choice, the default. */
  why: 'override' | 'self' | 'default'
  platform: string
  native: string
  /** The bundle the device runs. */
  current: string
  /** The device's rollout bucket (0–9999) when the channel has a rollout; in it when below the rollout's share. */
  bucket: number | null
  /** The version sent, when an update was. */
  sent?: string
  /** The answer's kind and reason code when no update was sent. */
  kind?: 'up_to_date' | 'blocked'
  reason?: string
}

/** One stats event, as the raw partitions keep it. */
export interface EventRow {
  t: string
  app_id: string
  device_id: string
  channel: string
  action: string
  version: string
  old_version?: string
  platform: string
  native: string
}

/** Where telemetry lives below `apps/<appId>/telemetry/`: Hive-style partitions any engine reads. */
export const TELEMETRY_LAYOUT = {
  decisions: (day: string) => ['decisions', `day=${day}`],
  events: (day: string) => ['events', `day=${day}`],
  rollupDay: (day: string) => ['rollups', `day=${day}`],
  rollupHour: (day: string, hour: string) => ['rollups', `day=${day}`, `hour=${hour}`]
}

interface Pending {
  decisions: Map<string, string[]>
  events: Map<string, string[]>
  /** Rollups by `day\0hour`, with the times of their first and last rows. */
  rollups: Map<string, Rollup>
  spans: Map<string, { first: number; last: number }>
}

const empty = (): Pending => ({ decisions: new Map(), events: new Map(), rollups: new Map(), spans: new Map() })

/**
 * Buffers one serve instance's decisions and stats in memory and writes them in batches: per
 * app and flush, one NDJSON object per day for each kind of row and one rollup part per hour.
 * What a flush fails to write stays buffered for the next one, up to `maxRows`.
 */
export class TelemetryRecorder {
  private pending = new Map<string, Pending>()
  /** Apps this instance has recorded anything for. */
  readonly apps = new Set<string>()
  private seq = 0
  private flushing: Promise<number> | undefined
  readonly instance: string
  dropped = 0
  written = 0

  constructor(private readonly store: TelemetryStore, private readonly options: { maxRows?: number; instance?: string } = {}) {
    this.instance = options.instance ?? `${process.pid.toString(36)}${randomBytes(4).toString('hex')}`
  }

  /** Rows (decisions and events) buffered and not yet written. */
  rows = 0

  decision(row: DecisionRow): void {
    const p = this.room(row.app_id)
    if (!p) return
    const [day, hour] = dayHour(row.t)
    push(p.decisions, day, JSON.stringify(row))
    const rollup = rollupOf(p, day, hour, row.t)
    const device = this.keyOf(row.app_id, row.device_id)
    const group = (version: string): Group => ({ channel: row.channel, version, platform: row.platform, native: row.native })
    rollup.add(group(row.current), 'checked', device)
    if (row.sent) rollup.add(group(row.sent), 'offered', device)
    this.rows++
  }

  event(row: EventRow): void {
    const p = this.room(row.app_id)
    if (!p) return
    const [day, hour] = dayHour(row.t)
    push(p.events, day, JSON.stringify(row))
    const metric = metricOfAction(row.action)
    if (metric) rollupOf(p, day, hour, row.t).add({ channel: row.channel, version: row.version, platform: row.platform, native: row.native }, metric, this.keyOf(row.app_id, row.device_id))
    this.rows++
  }

  private last = { app: '', device: '', key: '' }

  /** A device's key, hashed once for a run of its rows (a stats batch is one device's queue). */
  private keyOf(appId: string, deviceId: string): string {
    const last = this.last
    if (last.device !== deviceId || last.app !== appId) this.last = { app: appId, device: deviceId, key: deviceKey(appId, deviceId) }
    return this.last.key
  }

  /** Writes everything buffered; resolves to the number of objects written. One flush at a time. */
  flush(): Promise<number> {
    this.flushing ??= this.write().finally(() => { this.flushing = undefined })
    return this.flushing
  }

  private async write(): Promise<number> {
    const batch = this.pending
    this.pending = new Map()
    this.rows = 0
    let objects = 0
    for (const [appId, p] of batch) {
      const name = `${this.instance}-${String(++this.seq).padStart(6, '0')}`
      try {
        for (const [day, lines] of p.decisions) {
          await this.store.putTelemetry(appId, [...TELEMETRY_LAYOUT.decisions(day), `${name}.ndjson`], `${lines.join('\n')}\n`)
          p.decisions.delete(day)
          objects++
        }
        for (const [day, lines] of p.events) {
          await this.store.putTelemetry(appId, [...TELEMETRY_LAYOUT.events(day), `${name}.ndjson`], `${lines.join('\n')}\n`)
          p.events.delete(day)
          objects++
        }
        for (const [key, rollup] of p.rollups) {
          const [day, hour] = key.split('\0')
          await this.store.putTelemetry(appId, [...TELEMETRY_LAYOUT.rollupHour(day, hour), `${name}.json`], JSON.stringify({ ...p.spans.get(key), ...rollup.toJSON() }))
          p.rollups.delete(key)
          objects++
        }
      } catch (error) {
        // Kept for the next flush: what was written is gone from `p`, the rest goes back.
        this.restore(appId, p)
        this.written += objects
        throw error
      }
    }
    this.written += objects
    return objects
  }

  private restore(appId: string, p: Pending): void {
    const into = this.pending.get(appId) ?? empty()
    for (const [day, lines] of p.decisions) into.decisions.set(day, [...lines, ...(into.decisions.get(day) ?? [])])
    for (const [day, lines] of p.events) into.events.set(day, [...lines, ...(into.events.get(day) ?? [])])
    for (const [key, rollup] of p.rollups) {
      const existing = into.rollups.get(key)
      if (existing) rollup.merge(existing)
      into.rollups.set(key, rollup)
      const span = p.spans.get(key)!
      const other = into.spans.get(key)
      into.spans.set(key, other ? { first: Math.min(span.first, other.first), last: Math.max(span.last, other.last) } : span)
    }
    for (const lines of [...p.decisions.values(), ...p.events.values()]) this.rows += lines.length
    this.pending.set(appId, into)
  }

  private room(appId: string): Pending | undefined {
    if (this.rows >= (this.options.maxRows ?? 200_000)) {
      this.dropped++
      return undefined
    }
    this.apps.add(appId)
    let p = this.pending.get(appId)
    if (!p) {
      p = empty()
      this.pending.set(appId, p)
    }
    return p
  }
}

function dayHour(iso: string): [string, string] {
  return [iso.slice(0, 10), iso.slice(11, 13)]
}

function push(map: Map<string, string[]>, key: string, line: string): void {
  const list = map.get(key)
  if (list) list.push(line)
  else map.set(key, [line])
}

function rollupOf(p: Pending, day: string, hour: string, iso: string): Rollup {
  const key = `${day}\0${hour}`
  const t = Date.parse(iso)
  const span = p.spans.get(key)
  if (span) {
    span.first = Math.min(span.first, t)
    span.last = Math.max(span.last, t)
  } else {
    p.spans.set(key, { first: t, last: t })
  }
  let rollup = p.rollups.get(key)
  if (!rollup) {
    rollup = new Rollup()
    p.rollups.set(key, rollup)
  }
  return rollup
}
