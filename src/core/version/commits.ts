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
// A squashed message inside a body starts with a known type: `Fixes: #12`, `Refs: …` and other
// git trailers are not messages.
const KNOWN_TYPES = ['feat', 'feature', 'fix', 'perf', 'revert', 'docs', 'style', 'chore', 'refactor', 'test', 'tests', 'build', 'ci']
const SUB_HEADER_SOURCE = `^(?:[*-]\\s+)?(?:${KNOWN_TYPES.join('|')})(?:\\([^)]*\\))?!?: \\S`
const SUB_HEADER = new RegExp(SUB_HEADER_SOURCE, 'i')
// git writes `Revert "…"` and, since 2.43, `Reapply "…"` for a revert of a revert.
const REVERTS = /^(Revert|Reapply) "([\s\S]*)"\s*$/
const REVERTS_COMMIT = /^This reverts commit ([0-9a-f]{7,40})\b/m
// Breaking-change footers are upper case, as Conventional Commits 1.0 says.
const BREAKING_NOTE = /^BREAKING[ -]CHANGE$/
const BREAKING_HEADER = /^\w+(?:\([^)]*\))?!: /
const RELEASE_AS = /^Release-As:\s*(.*)$/im
const ORDER: Bump[] = ['none', 'patch', 'minor', 'major']

function bumpOf(type: string, breaking: boolean): Bump {
  if (breaking) return 'major'
  if (type === 'feat' || type === 'feature') return 'minor'
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
  parts: { text: string; parsed: Commit; lazy?: boolean }[]
  /** Read from its header alone: no footer, revert or squashed message in it. */
  plain?: boolean
}

// The common commit — one conventional header, a plain body, no footer that matters — is read
// from its header alone; the full parse (references, notes, body) is left for the changelog.
const PLAIN_HEADER = /^(\w+)(?:\(([\w$.\-*/ ,]*)\))?(!)?: (\S[^\r\n]*)$/
// A body with any of these needs the full parser; one scan of the body, no split.
const NEEDS_PARSER = new RegExp(`BREAKING[ -]CHANGE|This reverts commit|^Release-As:|${SUB_HEADER_SOURCE}`, 'im')

/** A commit the header alone describes, or undefined when it needs the full parser. */
function headerOnly(message: string): Commit | undefined {
  const newline = message.indexOf('\n')
  const header = newline < 0 ? message : message.slice(0, newline)
  const m = PLAIN_HEADER.exec(header)
  if (!m) return undefined
  const body = newline < 0 ? '' : message.slice(newline + 1)
  if (NEEDS_PARSER.test(body)) return undefined
  return { type: m[1], scope: m[2] ?? null, subject: m[4], header, notes: [], revert: null } as unknown as Commit
}

/** A counted message; its full parse, which only the changelog reads, made when first read. */
class Change implements ConventionalChange {
  readonly bump: Bump
  #source: { text: string } | { parsed: Commit }
  #parsed?: Commit & { hash: string }

  constructor(readonly hash: string, readonly type: string, readonly scope: string | undefined, readonly subject: string, readonly breaking: boolean, source: { text: string } | { parsed: Commit }) {
    this.bump = bumpOf(type, breaking)
    this.#source = source
  }

  get parsed(): Commit & { hash: string } {
    if (!this.#parsed) {
      const full = 'parsed' in this.#source ? this.#source.parsed : { ...parser.parse(this.#source.text), type: this.type }
      this.#parsed = { ...full, hash: this.hash } as Commit & { hash: string }
    }
    return this.#parsed
  }
}

/**
 * Reads conventional commits (newest first) into the bump they call for.
 * Commits are parsed as they are added, so parsing overlaps with git's walk.
 */
export class CommitAnalyzer {
  private readonly parsed: ParsedCommit[] = []

  add(commit: RawCommit): void {
    const quick = headerOnly(commit.message)
    if (quick) this.parsed.push({ commit, parts: [{ text: commit.message, parsed: quick, lazy: true }], plain: true })
    else this.parsed.push({ commit, parts: splitSquashed(commit.message).map((text) => ({ text, parsed: parser.parse(text) })) })
  }

  finish(): CommitAnalysis {
    const { skip, cancelled } = this.cancelReverts()
    let bump: Bump = 'none'
    let releaseAs: string | undefined
    const changes: ConventionalChange[] = []
    const unparsed: CommitAnalysis['unparsed'] = []

    for (const { commit, parts, plain } of this.parsed) {
      if (skip.has(commit.hash)) continue
      const forced = plain ? null : RELEASE_AS.exec(commit.message)
      if (forced && releaseAs === undefined) {
        const value = semver.valid(forced[1].trim().replace(/^v/, ''))
        if (!value) {
          throw new VersionError(`Commit ${commit.hash.slice(0, 7)} has an invalid "Release-As: ${forced[1].trim()}" footer. Use a full version such as "Release-As: 2.0.0" in a new commit (or amend it).`, { commit: commit.hash })
        }
        releaseAs = value
      }
      let recognised = false
      for (const part of plain ? parts : reapplied(parts)) {
        const { text, parsed, lazy } = part
        const type = (parsed.type ?? (parsed.revert ? 'revert' : undefined))?.toLowerCase()
        if (!type) continue
        recognised = true
        const notes = parsed.notes.filter((n) => BREAKING_NOTE.test(n.title))
        const breaking = BREAKING_HEADER.test(text) || notes.length > 0
        const change = new Change(commit.hash, type, parsed.scope ?? undefined, parsed.subject ?? parsed.header ?? '', breaking,
          lazy ? { text } : { parsed: { ...parsed, type, notes } as unknown as Commit })
        changes.push(change)
        bump = maxBump(bump, change.bump)
      }
      if (!recognised) unparsed.push({ hash: commit.hash, subject: commit.message.split('\n')[0] })
    }
    return { bump, releaseAs, commits: this.parsed.length, changes, unparsed, cancelled }
  }

  /**
   * Reverts in range, to any depth. A commit counts unless a revert that itself counts reverts
   * it; a revert whose target is in range never counts itself (it only cancels or restores).
   * So a revert of a revert (`Revert "Revert …"`, git 2.43's `Reapply "…"`) brings the change
   * back, a third revert cancels it again.
   */
  private cancelReverts(): { skip: Set<string>; cancelled: string[] } {
    const targetOf = new Map<string, string>()
    const hashes = this.parsed.map((p) => p.commit.hash)
    for (const { commit, plain } of this.parsed) {
      const prefix = plain ? undefined : REVERTS_COMMIT.exec(commit.message)?.[1]
      const target = prefix ? hashes.find((h) => h !== commit.hash && h.startsWith(prefix)) : undefined
      if (target) targetOf.set(commit.hash, target)
    }
    const skip = new Set<string>(targetOf.keys())
    const cancelled: string[] = []
    if (targetOf.size === 0) return { skip, cancelled }
    const revertersOf = new Map<string, string[]>()
    for (const [revert, target] of targetOf) revertersOf.set(target, [...(revertersOf.get(target) ?? []), revert])
    const active = new Map<string, boolean>()
    const isActive = (hash: string): boolean => {
      let known = active.get(hash)
      if (known === undefined) {
        // Reverts are newer than what they revert, so this ends.
        known = !(revertersOf.get(hash) ?? []).some(isActive)
        active.set(hash, known)
      }
      return known
    }
    for (const [revert, target] of targetOf) {
      if (isActive(revert)) cancelled.push(`${revert.slice(0, 7)} reverts ${target.slice(0, 7)}`)
    }
    for (const hash of hashes) if (!targetOf.has(hash) && !isActive(hash)) skip.add(hash)
    return { skip, cancelled }
  }
}

/**
 * A commit's messages as they count: a `Reapply "…"` of a commit outside the range counts as
 * the message it reapplies (`Revert "…"` counts as a revert, a patch).
 */
function reapplied(parts: ParsedCommit['parts']): ParsedCommit['parts'] {
  const header = parts[0]?.text.split('\n')[0] ?? ''
  const m = REVERTS.exec(header)
  if (!m || m[1] !== 'Reapply') return parts
  return [{ text: m[2], parsed: parser.parse(m[2]) }, ...parts.slice(1)]
}

export function analyzeCommits(raw: RawCommit[]): CommitAnalysis {
  const analyzer = new CommitAnalyzer()
  for (const commit of raw) analyzer.add(commit)
  return analyzer.finish()
}
