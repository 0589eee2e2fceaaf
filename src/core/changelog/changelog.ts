import createPreset from 'conventional-changelog-conventionalcommits'
import { writeChangelogString } from 'conventional-changelog-writer'
import type { ConventionalChange } from '../version/commits.js'

// The preset's typings are loose; its writer options fit writeChangelogString.
const preset = createPreset() as { writer: object }

/** Release notes in conventional-changelog's conventionalcommits format. */
export async function renderChangelog(options: {
  version: string
  previousTag?: string
  currentTag?: string
  changes: ConventionalChange[]
  repoUrl?: string
  date: Date
}): Promise<string> {
  const repo = parseRepoUrl(options.repoUrl)
  const context = {
    version: options.version,
    previousTag: options.previousTag,
    currentTag: options.currentTag,
    date: options.date.toISOString().slice(0, 10),
    linkCompare: Boolean(repo && options.previousTag && options.currentTag),
    linkReferences: Boolean(repo),
    ...(repo ?? {}),
    commit: 'commit',
    issue: 'issues'
  }
  const commits = options.changes.map((c) => ({ ...c.parsed }))
  const text = await writeChangelogString(commits as never, context, preset.writer as never)
  return text.trim()
}

function parseRepoUrl(url: string | undefined): { host: string; owner: string; repository: string } | undefined {
  if (!url) return undefined
  const m = /^(https?:\/\/[^/]+)\/(.+)\/([^/]+?)(?:\.git)?\/?$/.exec(url)
  return m ? { host: m[1], owner: m[2], repository: m[3] } : undefined
}
