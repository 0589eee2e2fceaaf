import { randomBytes } from 'node:crypto'
import type { TelemetryStore } from '../store/types.js'
import { daysBetween } from '../health/read.js'

/** One change made through the admin API: who (the token's name), when, what, from → to. */
export interface AuditEntry {
  t: string
  token: string
  action: string
  appId: string
  channel?: string
  device?: string
  from: string | null
  to: string | null
  /** The outcome: the result's status (`promoted`, `rolled-back` …) or `refused`. */
  status: string
  message: string
}

/** `apps/<appId>/telemetry/audit/day=<day>/<time>-<random>.json`: one object an entry (changes are rare). */
let sequence = 0

export async function appendAudit(store: TelemetryStore, entry: AuditEntry): Promise<void> {
  // Time, then this process's sequence (two entries in one millisecond keep their order), then a random part.
  const name = `${Date.parse(entry.t).toString(36).padStart(9, '0')}-${String(++sequence % 1e6).padStart(6, '0')}-${randomBytes(4).toString('hex')}.json`
  await store.putTelemetry(entry.appId, ['audit', `day=${entry.t.slice(0, 10)}`, name], JSON.stringify(entry))
}

/** The audit entries of an app from `from` to `to`, newest first. */
export async function readAudit(store: TelemetryStore, appId: string, from: Date, to: Date): Promise<AuditEntry[]> {
  const entries: Array<{ name: string; entry: AuditEntry }> = []
  const since = from.toISOString()
  for (const day of daysBetween(from, to)) {
    for (const name of (await store.listTelemetry(appId, ['audit', `day=${day}`])).filter((n) => n.endsWith('.json'))) {
      const text = await store.readTelemetry(appId, ['audit', `day=${day}`, name])
      try {
        const entry = JSON.parse(text ?? '') as AuditEntry
        if (entry.t >= since) entries.push({ name, entry })
      } catch { /* a torn object is skipped */ }
    }
  }
  return entries.sort((a, b) => b.entry.t.localeCompare(a.entry.t) || b.name.localeCompare(a.name)).map((e) => e.entry)
}
