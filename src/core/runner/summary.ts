import { rateText } from '../health/gate.js'
import type { AdvanceResult } from '../health/operations.js'
import type { ReleaseResult } from '../release/release.js'
import type { StatusResult } from '../release/commands.js'

const STATUS_ICON: Record<string, string> = {
  released: '🚀', promoted: '⏩', 'rolled-back': '⏪', unchanged: '✅', skipped: '⏭️', 'native-required': '⛔', 'dry-run': '🧪'
}

function escapeLabel(text: string): string {
  return text.replace(/"/g, '#quot;')
}

/** A Mermaid flowchart of the channel's recent history, the current bundle highlighted. */
export function historyDiagram(channel: StatusResult['channels'][number], limit = 8): string {
  const history = channel.history.slice(-limit)
  if (history.length === 0) return ''
  const nodes = history.map((h, i) => `  h${i}["${escapeLabel(h.version)}<br/>${h.action} · ${h.at.slice(0, 10)}"]`)
  const edges = history.length > 1 ? [`  ${history.map((_, i) => `h${i}`).join(' --> ')}`] : []
  return ['```mermaid', 'flowchart LR', ...nodes, ...edges, `  style h${history.length - 1} fill:#2da44e,color:#fff`, '```'].join('\n')
}

/** The job summary: what happened, in a table, then the changelog and the channel's history. */
export function releaseSummary(result: ReleaseResult, options: { commitUrl?: string; channel?: StatusResult['channels'][number] }): string {
  const version = result.previousVersion && result.previousVersion !== result.version
    ? `${result.previousVersion} → **${result.version}**`
    : result.version ? `**${result.version}**` : '—'
  const commit = result.commit ? (options.commitUrl ? `[\`${result.commit.slice(0, 7)}\`](${options.commitUrl})` : `\`${result.commit.slice(0, 7)}\``) : '—'
  const rows: [string, string][] = [
    ['App', `\`${result.appId}\``],
    ['Channel', result.channel ? `\`${result.channel}\`` : '—'],
    ['Version', version],
    ['Status', `${STATUS_ICON[result.status] ?? ''} ${result.status}`],
    ['Release type', result.releaseType],
    ['Size', result.size !== null ? `${result.size.toLocaleString('en-US')} bytes` : '—'],
    ['Checksum', result.checksum ? `\`${result.checksum}\`` : '—'],
    ['Commit', commit]
  ]
  const parts = [
    '## capflight live update',
    '',
    result.message,
    '',
    '| | |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`)
  ]
  if (result.nativeChanges.length) parts.push('', '**Native changes:**', ...result.nativeChanges.map((c) => `- ${c}`))
  if (result.changelog) parts.push('', '### Changelog', '', result.changelog.replace(/^## .*\n+/, ''))
  const diagram = options.channel ? historyDiagram(options.channel) : ''
  if (diagram) parts.push('', `### Recent history of \`${options.channel!.name}\``, '', diagram)
  return `${parts.join('\n')}\n`
}

/** The job summary of `command: status`: every channel in a table. */
export function statusSummary(s: StatusResult): string {
  const rows = s.channels.map((c) => `| \`${c.name}\` | ${c.version} | ${c.updatedAt.slice(0, 19).replace('T', ' ')} | \`${c.commit?.slice(0, 7) ?? ''}\` | ${c.minNativeVersion ?? '—'} |`)
  return ['## capflight channels', '', `\`${s.appId}\` in ${s.store}`, '', '| Channel | Version | Updated (UTC) | Commit | Min native |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n')
}

const DECISION_ICON: Record<string, string> = { advance: '⏫', complete: '✅', hold: '⏸️', pause: '🛑', abort: '⛔' }
const rate = rateText

/** The job summary of `command: rollout-advance`: the decision, and the numbers behind it. */
export function verdictSummary(v: AdvanceResult): string {
  const row = (label: string, c: AdvanceResult['rollout']) => `| ${label} | ${c.version} | ${c.devices} | ${c.failed} of ${c.offered} (${rate(c.failureRate)}) | ${c.unhealthy} (${rate(c.crashRate)}) |`
  return [
    '## capflight rollout gate',
    '',
    `${DECISION_ICON[v.decision] ?? ''} **${v.decision}**${v.dryRun ? ' (dry run: nothing moved)' : ''}: ${v.message}`,
    '',
    '| Cohort | Version | Devices | Failed | Unhealthy |',
    '| --- | --- | --- | --- | --- |',
    row('rollout', v.rollout),
    row('stable', v.stable),
    '',
    `Excess failure rate ${rate(v.failure.excess)} (bounds ${rate(v.failure.lower)} to ${rate(v.failure.upper)}, allowed ${rate(v.failure.max)}); excess crash rate ${rate(v.crash.excess)} (bounds ${rate(v.crash.lower)} to ${rate(v.crash.upper)}, allowed ${rate(v.crash.max)}); ${v.policy.confidence * 100}% confidence, ${v.policy.lane} lane.`,
    ''
  ].join('\n')
}
