import { rateText, type AdvanceResult, type ExplainResult, type ReleaseResult, type StatusResult } from '../core/index.js'

/** A release result as the terminal shows it. */
export function formatRelease(r: ReleaseResult): string {
  const head = `${r.status}${r.version ? ` ${r.version}` : ''}${r.channel ? ` → ${r.channel}` : ''}${r.previousVersion && r.previousVersion !== r.version ? ` (was ${r.previousVersion})` : ''}`
  const rows: [string, string | number | null][] = [
    ['app', r.appId], ['commit', r.commit ? r.commit.slice(0, 12) : null], ['rule', r.rule], ['bump', r.bump === 'none' ? null : r.bump],
    ['type', r.releaseType], ['size', r.size], ['checksum', r.checksum], ['bundle', r.bundleUrl]
  ]
  const lines = [head, `  ${r.message}`, ...rows.filter(([, v]) => v !== null && v !== '').map(([k, v]) => `  ${k.padEnd(9)}${v}`)]
  if (r.next) lines.push(`  next     ${r.next}`)
  if (r.changelog) lines.push('', r.changelog)
  return lines.join('\n')
}

/** Channels, rollouts and device reports as the terminal shows them. */
export function formatStatus(s: StatusResult, detail: boolean): string {
  if (s.channels.length === 0) return `No channels yet for ${s.appId} in ${s.store}. Run "capflight release" to create one.`
  const rows = s.channels.map((c) => [c.name, c.version, String(c.revision), c.updatedAt.replace('T', ' ').slice(0, 19), c.commit?.slice(0, 7) ?? '', c.minNativeVersion ?? '-', String(c.history.length)])
  const header = ['CHANNEL', 'VERSION', 'REV', 'UPDATED (UTC)', 'COMMIT', 'MIN NATIVE', 'HISTORY']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const fmt = (r: string[]) => r.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd()
  const lines = [`${s.appId} — ${s.store}`, fmt(header), ...rows.map(fmt)]
  for (const c of s.channels) {
    if (c.rollout) lines.push(`rollout on ${c.name}: ${c.rollout.version} to ${c.rollout.percentageBps / 100}% of devices (the rest get ${c.version})${c.rollout.paused ? ', paused' : ''}${c.rollout.policy ? `, guarded by the ${c.rollout.policy.lane} lane (steps ${c.rollout.policy.steps.join(', ')}%)` : ''}`)
    const off = Object.entries(c.settings).filter(([, v]) => !v).map(([k]) => k)
    if (off.length) lines.push(`${c.name} does not serve: ${off.join(', ')}`)
  }
  if (s.health.length) {
    const head = ['CHANNEL', 'VERSION', 'PLATFORM', 'NATIVE', 'CHECKED', 'OFFERED', 'INSTALLED', 'FAILED', 'UNHEALTHY']
    const table = s.health.map((h) => [h.channel, h.version, h.platform, h.native, h.checked, h.offered, h.installed, h.failed, h.unhealthy].map(String))
    const w = head.map((x, i) => Math.max(x.length, ...table.map((r) => r[i].length)))
    const line = (r: string[]) => `  ${r.map((v, i) => (i >= 4 ? v.padStart(w[i]) : v.padEnd(w[i]))).join('  ').trimEnd()}`
    lines.push('', `Devices since ${s.since?.replace('T', ' ').slice(0, 16)} UTC (distinct devices, not events):`, line(head), ...table.map(line))
    for (const h of s.health) {
      const kinds = [...Object.entries(h.failedBy).map(([k, n]) => `${k} ${n}`), ...Object.entries(h.unhealthyBy).map(([k, n]) => `${k} ${n}`)]
      if (kinds.length) lines.push(`  ${h.version} on ${h.channel} (${h.platform} ${h.native}): ${kinds.join(', ')}`)
    }
  }
  if (detail) {
    for (const c of s.channels) {
      lines.push('', `History of ${c.name} (newest first):`)
      for (const h of [...c.history].reverse()) {
        lines.push(`  ${h.at.replace('T', ' ').slice(0, 19)}  ${h.action.padEnd(13)}  ${h.version}${h.from ? ` (from ${h.from})` : ''}${h.percentageBps !== undefined ? ` (${h.percentageBps / 100}%)` : ''}${h.commit ? `  ${h.commit.slice(0, 7)}` : ''}`)
      }
    }
  }
  return lines.join('\n')
}

const pct = rateText

/** A rollout gate's verdict: the decision and the numbers behind it. */
export function formatVerdict(r: AdvanceResult): string {
  const row = (label: string, c: AdvanceResult['rollout']) => `  ${label.padEnd(8)} ${c.version.padEnd(20)} devices ${String(c.devices).padStart(6)}  failed ${String(c.failed).padStart(5)} of ${String(c.offered).padEnd(6)} ${pct(c.failureRate).padStart(7)}  unhealthy ${String(c.unhealthy).padStart(5)} ${pct(c.crashRate).padStart(7)}`
  return [
    `${r.dryRun ? '[dry run] ' : ''}${r.decision.toUpperCase()}: ${r.message}`,
    row('rollout', r.rollout),
    row('stable', r.stable),
    `  excess failure rate ${pct(r.failure.excess)} (bounds ${pct(r.failure.lower)} to ${pct(r.failure.upper)}, allowed ${pct(r.failure.max)}); excess crash rate ${pct(r.crash.excess)} (bounds ${pct(r.crash.lower)} to ${pct(r.crash.upper)}, allowed ${pct(r.crash.max)}); ${r.policy.confidence * 100}% confidence, ${r.policy.lane} lane`
  ].join('\n')
}

/** What the endpoint decided for one device. */
export function formatExplain(r: ExplainResult): string {
  const lines = [r.message, `Channel override: ${r.override ?? 'none'}`]
  if (r.decisions.length) {
    lines.push('', `Decisions since ${r.since.slice(0, 16).replace('T', ' ')} UTC (newest last):`)
    for (const d of r.decisions.slice(-20)) lines.push(`  ${d.t.slice(0, 19).replace('T', ' ')}  ${d.channel} (${d.why})  runs ${d.current} on ${d.platform} ${d.native}  ${d.sent ? `→ sent ${d.sent}` : `→ ${d.kind}: ${d.reason}`}${d.bucket !== null ? `  bucket ${d.bucket}` : ''}`)
  }
  if (r.events.length) {
    lines.push('', 'Events it reported (newest last):')
    for (const e of r.events.slice(-20)) lines.push(`  ${e.t.slice(0, 19).replace('T', ' ')}  ${e.action}  ${e.version}${e.old_version ? ` (from ${e.old_version})` : ''}`)
  }
  return lines.join('\n')
}
