import type { ReleaseResult, StatusResult } from '../core/index.js'

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
    if (c.rollout) lines.push(`rollout on ${c.name}: ${c.rollout.version} to ${c.rollout.percentageBps / 100}% of devices (the rest get ${c.version})`)
    const off = Object.entries(c.settings).filter(([, v]) => !v).map(([k]) => k)
    if (off.length) lines.push(`${c.name} does not serve: ${off.join(', ')}`)
  }
  if (s.stats.length) {
    lines.push('', 'Device reports, last 30 days:', `  ${'VERSION'.padEnd(20)} ${'SET'.padStart(7)} ${'SET_FAIL'.padStart(9)} ${'UPD_FAIL'.padStart(9)} ${'DL_FAIL'.padStart(9)}  FAILURE RATE`)
    for (const v of s.stats) lines.push(`  ${v.version.padEnd(20)} ${String(v.set).padStart(7)} ${String(v.set_fail).padStart(9)} ${String(v.update_fail).padStart(9)} ${String(v.download_fail).padStart(9)}  ${(v.failureRate * 100).toFixed(1)}%`)
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

