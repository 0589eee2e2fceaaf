import type { TelemetryStore } from '../store/types.js'
import type { DecisionRow, EventRow } from './recorder.js'
import { TELEMETRY_LAYOUT } from './recorder.js'
import { Rollup, type RollupJson } from './rollup.js'

const DAY_MS = 86400_000
const MERGED = /^merged-[A-Za-z0-9-]+\.json$/
const PART = /^[A-Za-z0-9-]+\.json$/

/** UTC days from `from` to `to`, inclusive, as YYYY-MM-DD. */
export function daysBetween(from: Date, to: Date): string[] {
  const days: string[] = []
  for (let t = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()); t <= to.getTime(); t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10))
  return days
}

function parse(text: string | undefined): RollupJson | undefined {
  if (!text) return undefined
  try {
    return JSON.parse(text) as RollupJson
  } catch {
    return undefined
  }
}

interface Piece { json: RollupJson; /** Time of its last row; a merged day has none (it ends with its day). */ last?: number }

interface HourRead { folder: string; pieces: Piece[]; /** Its objects: `hour=HH/<name>`, parts and merged alike. */ objects: string[]; covered: Set<string> }

/**
 * One hour's rollup pieces: its merged objects, then the parts none of them covers. Unions count a
 * device once however often it is merged, so a part read twice (compacted meanwhile) is harmless.
 */
async function readHour(store: TelemetryStore, appId: string, base: string[], folder: string, covered: Set<string>): Promise<HourRead> {
  const names = (await store.listTelemetry(appId, [...base, folder])).filter((n) => PART.test(n))
  const pieces: Piece[] = []
  const own = new Set<string>()
  for (const name of names.filter((n) => MERGED.test(n))) {
    const key = `${folder}/${name}`
    if (covered.has(key)) continue
    const json = parse(await store.readTelemetry(appId, [...base, folder, name]))
    if (!json) continue
    pieces.push({ json, last: json.last })
    for (const part of json.parts ?? []) own.add(part)
  }
  for (const name of names.filter((n) => !MERGED.test(n))) {
    const key = `${folder}/${name}`
    if (covered.has(key) || own.has(key)) continue
    const json = parse(await store.readTelemetry(appId, [...base, folder, name]))
    if (json) pieces.push({ json, last: json.last })
  }
  return { folder, pieces, objects: names.map((n) => `${folder}/${n}`), covered: own }
}

/** One day's rollup pieces: its compacted objects, and the hours' pieces no compaction of the day holds yet. */
async function readDay(store: TelemetryStore, appId: string, day: string, hours?: { from: string; to: string }): Promise<{ pieces: Piece[]; covered: Set<string>; hours: HourRead[]; merged: string[] }> {
  const base = TELEMETRY_LAYOUT.rollupDay(day)
  const names = await store.listTelemetry(appId, base)
  const pieces: Piece[] = []
  const covered = new Set<string>()
  const merged = names.filter((n) => MERGED.test(n))
  for (const name of merged) {
    const json = parse(await store.readTelemetry(appId, [...base, name]))
    if (!json) continue
    pieces.push({ json })
    for (const part of json.parts ?? []) covered.add(part)
  }
  const read: HourRead[] = []
  for (const folder of names.filter((n) => /^hour=\d{2}$/.test(n))) {
    const hour = folder.slice(5)
    if (hours && (hour < hours.from || hour > hours.to)) continue
    const h = await readHour(store, appId, base, folder, covered)
    pieces.push(...h.pieces)
    read.push(h)
  }
  return { pieces, covered, hours: read, merged }
}

/**
 * Distinct devices per group from each of `starts` to `to`, merged from the rollup parts every
 * serve instance wrote, read once for all the windows. For days not yet compacted (today and
 * yesterday) a window starts at a flush: a part is in it when its last row is; older days count
 * whole.
 */
export async function readRollups(store: TelemetryStore, appId: string, starts: Date[], to: Date): Promise<Rollup[]> {
  const from = new Date(Math.min(...starts.map((d) => d.getTime())))
  const windows = starts.map((start) => ({ start: start.getTime(), day: start.toISOString().slice(0, 10), rollup: new Rollup() }))
  await eachPiece(store, appId, from, to, (piece, day) => {
    const rollup = Rollup.fromJSON(piece.json)
    for (const w of windows) {
      if (piece.last === undefined ? day >= w.day : piece.last >= w.start) w.rollup.merge(rollup)
    }
  })
  return windows.map((w) => w.rollup)
}

/** Every rollup piece that may hold rows from `from` to `to`, with its day. */
async function eachPiece(store: TelemetryStore, appId: string, from: Date, to: Date, use: (piece: Piece, day: string) => void): Promise<void> {
  const first = from.toISOString()
  const last = to.toISOString()
  for (const day of daysBetween(from, to)) {
    const hours = { from: day === first.slice(0, 10) ? first.slice(11, 13) : '00', to: day === last.slice(0, 10) ? last.slice(11, 13) : '23' }
    for (const piece of (await readDay(store, appId, day, hours)).pieces) use(piece, day)
  }
}

/**
 * Distinct devices per group in each `bucketMs` from `from` to `to` (the console's charts): a
 * piece counts in the bucket of its last row; a compacted day, whose rows have no times left,
 * in its day's first bucket, so buckets finer than a day are exact for today and yesterday only.
 */
export async function readSeries(store: TelemetryStore, appId: string, from: Date, to: Date, bucketMs: number): Promise<Array<{ start: Date; rollup: Rollup }>> {
  const origin = Math.floor(from.getTime() / bucketMs) * bucketMs
  const buckets = new Map<number, Rollup>()
  await eachPiece(store, appId, from, to, (piece, day) => {
    const t = piece.last ?? Date.parse(`${day}T00:00:00Z`)
    if (t < from.getTime() && piece.last !== undefined) return
    const start = Math.max(origin, Math.floor(t / bucketMs) * bucketMs)
    let rollup = buckets.get(start)
    if (!rollup) buckets.set(start, (rollup = new Rollup()))
    rollup.merge(Rollup.fromJSON(piece.json))
  })
  return [...buckets].sort((a, b) => a[0] - b[0]).map(([start, rollup]) => ({ start: new Date(start), rollup }))
}

/** Distinct devices per group from `from` to `to` (see readRollups). */
export async function readRollup(store: TelemetryStore, appId: string, from: Date, to: Date): Promise<Rollup> {
  return (await readRollups(store, appId, [from], to))[0]
}

const HOUR_MS = 3600_000

/**
 * Compaction, run by serve every so often: each finished hour's parts (one per instance and
 * flush) become one merged object in the hour, and days before yesterday one merged object per
 * day, so a 30-day read touches about 30 objects plus today's and yesterday's hours. A merged
 * object is written before anything it covers is removed, and unions count a device once
 * however often it is merged, so several instances may compact at once and a part written
 * late (a retried flush) is simply read beside the merged object.
 */
export async function compactRollups(store: TelemetryStore, appId: string, now: Date, instance: string): Promise<number> {
  const days = (await store.listTelemetry(appId, ['rollups'])).filter((n) => /^day=\d{4}-\d{2}-\d{2}$/.test(n)).map((n) => n.slice(4))
  const before = new Date(now.getTime() - DAY_MS).toISOString().slice(0, 10)
  const stamp = `${instance}-${now.getTime().toString(36)}`
  let compacted = 0
  for (const day of days) {
    const base = TELEMETRY_LAYOUT.rollupDay(day)
    const { pieces, covered, hours, merged } = await readDay(store, appId, day)
    if (day < before) {
      const objects = hours.flatMap((h) => h.objects)
      if (objects.every((o) => covered.has(o)) && merged.length <= 1) continue
      const rollup = new Rollup()
      for (const piece of pieces) rollup.merge(Rollup.fromJSON(piece.json))
      const name = `merged-${stamp}.json`
      await store.putTelemetry(appId, [...base, name], JSON.stringify({ ...rollup.toJSON(), parts: [...new Set([...covered, ...objects])].sort() }))
      for (const object of objects) await store.deleteTelemetry(appId, [...base, ...object.split('/')])
      for (const old of merged) if (old !== name) await store.deleteTelemetry(appId, [...base, old])
      compacted++
      continue
    }
    // Today and yesterday: each hour that has ended, once it holds more than one object.
    for (const h of hours) {
      if (Date.parse(`${day}T${h.folder.slice(5)}:00:00Z`) + HOUR_MS > now.getTime() || h.objects.length <= 1) continue
      const rollup = new Rollup()
      let first = Infinity
      let last = -Infinity
      for (const piece of h.pieces) {
        rollup.merge(Rollup.fromJSON(piece.json))
        first = Math.min(first, piece.json.first ?? Infinity)
        last = Math.max(last, piece.json.last ?? -Infinity)
      }
      const name = `merged-${stamp}.json`
      const span = Number.isFinite(first) ? { first, last } : {}
      await store.putTelemetry(appId, [...base, h.folder, name], JSON.stringify({ ...span, ...rollup.toJSON(), parts: h.objects.filter((o) => o !== `${h.folder}/${name}`).sort() }))
      for (const object of h.objects) if (object !== `${h.folder}/${name}`) await store.deleteTelemetry(appId, [...base, ...object.split('/')])
      compacted++
    }
  }
  return compacted
}

async function readRows<T>(store: TelemetryStore, appId: string, folder: (day: string) => string[], days: string[], keep: (row: T) => boolean): Promise<T[]> {
  const rows: T[] = []
  for (const day of days) {
    const base = folder(day)
    for (const name of (await store.listTelemetry(appId, base)).filter((n) => n.endsWith('.ndjson'))) {
      const text = await store.readTelemetry(appId, [...base, name])
      for (const line of text?.split('\n') ?? []) {
        if (!line) continue
        try {
          const row = JSON.parse(line) as T
          if (keep(row)) rows.push(row)
        } catch { /* a torn line is skipped */ }
      }
    }
  }
  return rows
}

/** One device's decisions and events since `from`, oldest first. */
export async function deviceHistory(store: TelemetryStore, appId: string, deviceId: string, from: Date, to: Date): Promise<{ decisions: DecisionRow[]; events: EventRow[] }> {
  const days = daysBetween(from, to)
  const since = from.toISOString()
  const byTime = (a: { t: string }, b: { t: string }) => a.t.localeCompare(b.t)
  const [decisions, events] = await Promise.all([
    readRows<DecisionRow>(store, appId, TELEMETRY_LAYOUT.decisions, days, (r) => r.device_id === deviceId && r.t >= since),
    readRows<EventRow>(store, appId, TELEMETRY_LAYOUT.events, days, (r) => r.device_id === deviceId && r.t >= since)
  ])
  return { decisions: decisions.sort(byTime), events: events.sort(byTime) }
}
