import type { ReleaseResult } from '../release/release.js'

/** The hidden marker that finds capflight's one comment per pull request, app and channel. */
export function previewMarker(result: Pick<ReleaseResult, 'appId' | 'channel'>): string {
  return `<!-- capflight-preview:${result.appId}:${result.channel} -->`
}

/**
 * The pull/merge request comment of a preview release, in Markdown every host renders (GitHub,
 * GitLab, Azure Repos), the marker first so an update edits it in place.
 */
export function previewComment(result: ReleaseResult): string {
  return [
    previewMarker(result),
    `### 📱 Live update ready to test: \`${result.channel}\` → \`${result.version}\``,
    '',
    `Switch a test device to the **${result.channel}** channel (for example \`CapacitorUpdater.setChannel({ channel: '${result.channel}' })\`) and reopen the app.`,
    '',
    `| | |\n| --- | --- |\n| App | \`${result.appId}\` |\n| Version | \`${result.version}\` |\n| Commit | \`${result.commit.slice(0, 7)}\` |\n| Checksum | \`${result.checksum ?? '—'}\` |`,
    '',
    '<sub>Updated by capflight on every push to this pull request.</sub>'
  ].join('\n')
}

/** The notes of a GitHub/GitLab Release for a production release. */
export function releaseNotes(result: ReleaseResult): string {
  return `${result.changelog || `Live update ${result.version}`}\n\n---\nShipped over the air by capflight to \`${result.channel}\` (sha256 \`${result.checksum}\`).`
}
