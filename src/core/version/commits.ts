import { CommitParser, type Commit } from 'conventional-commits-parser'
import createPreset from 'conventional-changelog-conventionalcommits'
import semver from 'semver'
import { VersionError } from '../errors.js'
import type { RawCommit } from '../git/git.js'

export type Bump = 'major' | 'minor' | 'patch' | 'none'

/** One conventional message; a squash merge yields several for one hash. */
export interface ConventionalChange {
  hash: string
  type: string
  scope?: string
  subject: string
  breaking: boolean
  bump: Bump
  /** The parsed commit, as conventional-changelog's writer expects it. */
  parsed: Commit & { hash: string }
}

export interface CommitAnalysis {
  bump: Bump
  /** Forced by a `Release-As: x.y.z` footer (newest wins). */
  releaseAs?: string
  /** Commits looked at (merges excluded). */
  commits: number
  changes: ConventionalChange[]
  unparsed: { hash: string; subject: string }[]
  /** Pairs of commits that cancelled out (a revert and the commit it reverts). */
  cancelled: string[]
}

// The preset's typings are loose; its parser options are ParserOptions.
const preset = createPreset() as { parser: ConstructorParameters<typeof CommitParser>[0] }
const parser = new CommitParser(preset.parser)
const SUB_HEADER = /^(?:[*-]\s+)?(\w+)(?:\([^)]*\))?!?: \S/
const BREAKING_HEADER = /^\w+(?:\([^)]*\))?!: /
const RELEASE_AS = /^Release-As:\s*(.*)$/im
const ORDER: Bump[] = ['none', 'patch', 'minor', 'major']

function bumpOf(type: string | undefined, breaking: boolean): Bump {
  if (breaking) return 'major'
  if (type === 'feat') return 'minor'
  if (type === 'fix' || type === 'perf' || type === 'revert') return 'patch'
  return 'none'
}

export function maxBump(a: Bump, b: Bump): Bump {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b
}

/**
 * A squash merge's body often lists the squashed messages ("* feat: a", "* fix: b").
 * Each becomes its own message; text before the first one belongs to the header.
 */
export function splitSquashed(message: string): string[] {
  const lines = message.split('\n')
  const messages: string[][] = [[lines[0]]]
  for (const line of lines.slice(1)) {
    if (SUB_HEADER.test(line)) messages.push([line.replace(/^[*-]\s+/, '')])
    else messages[messages.length - 1].push(line.replace(/^ {2}/, ''))
  }
  return messages.map((m) => m.join('\n').trim()).filter(Boolean)
}

interface ParsedCommit {
  commit: RawCommit
  parts: { text: string; parsed: Commit }[]
}

/**
 * Reads conventional commits (newest first) into the bump they call for.
 * Commits are parsed as they are added, so parsing overlaps with git's walk.
 */
export class CommitAnalyzer {
  private readonly parsed: ParsedCommit[] = []

  add(commit: RawCommit): void {
    this.parsed.push({ commit, parts: splitSquashed(commit.message).map((text) => ({ text, parsed: parser.parse(text) })) })
  }

  finish(): CommitAnalysis {
    const { reverted, cancelled } = this.cancelReverts()
    let bump: Bump = 'none'
    let releaseAs: string | undefined
    const changes: ConventionalChange[] = []
    const unparsed: CommitAnalysis['unparsed'] = []

    for (const { commit, parts } of this.parsed) {
      if (reverted.has(commit.hash)) continue
      const forced = RELEASE_AS.exec(commit.message)
      if (forced && releaseAs === undefined) {
        const value = semver.valid(forced[1].trim().replace(/^v/, ''))
        if (!value) {
          throw new VersionError(`Commit ${commit.hash.slice(0, 7)} has an invalid "Release-As: ${forced[1].trim()}" footer. Use a full version such as "Release-As: 2.0.0" in a new commit (or amend it).`, { commit: commit.hash })
        }
        releaseAs = value
      }
      let recognised = false
      for (const { text, parsed } of parts) {
        const type = parsed.type ?? (parsed.revert ? 'revert' : undefined)
        if (!type) continue
        recognised = true
        const breaking = BREAKING_HEADER.test(text) || parsed.notes.some((n) => /^BREAKING[ -]CHANGE/i.test(n.title))
        const change: ConventionalChange = {
          hash: commit.hash,
          type,
          scope: parsed.scope ?? undefined,
          subject: parsed.subject ?? parsed.header ?? '',
          breaking,
          bump: bumpOf(type, breaking),
          parsed: { ...parsed, type, hash: commit.hash } as unknown as Commit & { hash: string }
        }
        changes.push(change)
        bump = maxBump(bump, change.bump)
      }
      if (!recognised) unparsed.push({ hash: commit.hash, subject: commit.message.split('\n')[0] })
    }
    return { bump, releaseAs, commits: this.parsed.length, changes, unparsed, cancelled }
  }

  /**
   * A revert and the commit it reverts, both in range, cancel out. Walking
   * oldest first, a revert of a revert brings the original back.
   */
  private cancelReverts(): { reverted: Set<string>; cancelled: string[] } {
    const reverted = new Set<string>()
    const cancelled: string[] = []
    const targetOf = new Map<string, string>()
    const reverts = this.parsed.filter((p) => p.parts[0].parsed.revert?.hash)
    if (reverts.length === 0) return { reverted, cancelled }
    const hashes = this.parsed.map((p) => p.commit.hash)
    for (const { commit, parts } of reverts) {
      const prefix = parts[0].parsed.revert!.hash!
      const target = prefix.length >= 7 ? hashes.find((h) => h !== commit.hash && h.startsWith(prefix)) : undefined
      if (target) targetOf.set(commit.hash, target)
    }
    for (const { commit } of [...this.parsed].reverse()) {
      const target = targetOf.get(commit.hash)
      if (!target) continue
      reverted.add(commit.hash)
      const original = targetOf.get(target)
      if (original && reverted.has(target)) reverted.delete(original)
      reverted.add(target)
      cancelled.push(`${commit.hash.slice(0, 7)} reverts ${target.slice(0, 7)}`)
    }
    return { reverted, cancelled }
  }
}

export function analyzeCommits(raw: RawCommit[]): CommitAnalysis {
  const analyzer = new CommitAnalyzer()
  for (const commit of raw) analyzer.add(commit)
  return analyzer.finish()
}
