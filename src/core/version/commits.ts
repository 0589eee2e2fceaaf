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

/** A commit that needs the full parser: a footer, a revert or squashed messages in it. */
interface ParsedCommit {
  commit: RawCommit
  parts: { text: string; parsed: Commit }[]
}

// The common commit — one conventional header, a plain body, no footer that matters — is read
// from its header alone; the full parse (references, notes, body) is left for the changelog.
const PLAIN_HEADER = /^(\w+)(?:\(([\w$.\-*/ ,]*)\))?(!)?: (\S[^\r\n]*)$/
// A body with any of these needs the full parser; one scan of the body, no split.
const NEEDS_PARSER = new RegExp(`BREAKING[ -]CHANGE|This reverts commit|^Release-As:|${SUB_HEADER_SOURCE}`, 'im')

/** A counted message; its full parse, which only the changelog reads, made when first read. */
class Change implements ConventionalChange {
  readonly bump: Bump
  #text?: string
  #parsed?: Commit & { hash: string }

  constructor(readonly hash: string, readonly type: string, readonly scope: string | undefined, readonly subject: string, readonly breaking: boolean, source: string | Commit) {
    this.bump = bumpOf(type, breaking)
    if (typeof source === 'string') this.#text = source
    else this.#parsed = { ...source, hash } as Commit & { hash: string }
  }

  /** The change a commit's header alone describes, or undefined when it needs the full parser. */
  static fromHeader(commit: RawCommit): Change | undefined {
    const { hash, message } = commit
    const newline = message.indexOf('\n')
    const m = PLAIN_HEADER.exec(newline < 0 ? message : message.slice(0, newline))
    if (!m || (newline >= 0 && NEEDS_PARSER.test(message.slice(newline + 1)))) return undefined
    return new Change(hash, m[1].toLowerCase(), m[2], m[4], m[3] === '!', message)
  }

  get parsed(): Commit & { hash: string } {
    this.#parsed ??= { ...parser.parse(this.#text!), type: this.type, hash: this.hash } as unknown as Commit & { hash: string }
    return this.#parsed
  }
}

/**
 * Reads conventional commits (newest first) into the bump they call for.
 * Commits are parsed as they are added, so parsing overlaps with git's walk. A plain commit
 * is kept as its change alone: 50,000 of them are a few small objects each.
 */
export class CommitAnalyzer {
  private readonly entries: (Change | ParsedCommit)[] = []
  /** The entries that need the full parser; only they can be reverts or force a version. */
  private readonly full: ParsedCommit[] = []

  add(commit: RawCommit): void {
    const plain = Change.fromHeader(commit)
    if (plain) {
      this.entries.push(plain)
      return
    }
    const entry = { commit, parts: splitSquashed(commit.message).map((text) => ({ text, parsed: parser.parse(text) })) }
    this.entries.push(entry)
    this.full.push(entry)
  }

  finish(): CommitAnalysis {
    const { skip, cancelled } = this.cancelReverts()
    let bump: Bump = 'none'
    let releaseAs: string | undefined
    const changes: ConventionalChange[] = []
    const unparsed: CommitAnalysis['unparsed'] = []

    for (const entry of this.entries) {
      if (entry instanceof Change) {
        if (skip.has(entry.hash)) continue
        changes.push(entry)
        bump = maxBump(bump, entry.bump)
        continue
      }
      const { commit, parts } = entry
      if (skip.has(commit.hash)) continue
      const forced = RELEASE_AS.exec(commit.message)
      if (forced && releaseAs === undefined) {
        const value = semver.valid(forced[1].trim().replace(/^v/, ''))
        if (!value) {
          throw new VersionError(`Commit ${commit.hash.slice(0, 7)} has an invalid "Release-As: ${forced[1].trim()}" footer. Use a full version such as "Release-As: 2.0.0" in a new commit (or amend it).`, { commit: commit.hash })
        }
        releaseAs = value
      }
      let recognised = false
      for (const { text, parsed } of reapplied(parts)) {
        const type = (parsed.type ?? (parsed.revert ? 'revert' : undefined))?.toLowerCase()
        if (!type) continue
        recognised = true
        const notes = parsed.notes.filter((n) => BREAKING_NOTE.test(n.title))
        const breaking = BREAKING_HEADER.test(text) || notes.length > 0
        const change = new Change(commit.hash, type, parsed.scope ?? undefined, parsed.subject ?? parsed.header ?? '', breaking,
          { ...parsed, type, notes } as unknown as Commit)
        changes.push(change)
        bump = maxBump(bump, change.bump)
      }
      if (!recognised) unparsed.push({ hash: commit.hash, subject: commit.message.split('\n')[0] })
    }
    return { bump, releaseAs, commits: this.entries.length, changes, unparsed, cancelled }
  }

  /**
   * Reverts in range, to any depth. A commit counts unless a revert that itself counts reverts
   * it; a revert whose target is in range never counts itself (it only cancels or restores).
   * So a revert of a revert (`Revert "Revert …"`, git 2.43's `Reapply "…"`) brings the change
   * back, a third revert cancels it again.
   */
  private cancelReverts(): { skip: Set<string>; cancelled: string[] } {
    const targetOf = new Map<string, string>()
    let hashes: string[] | undefined
    for (const { commit } of this.full) {
      const prefix = REVERTS_COMMIT.exec(commit.message)?.[1]
      if (!prefix) continue
      hashes ??= this.entries.map((e) => (e instanceof Change ? e.hash : e.commit.hash))
      const target = hashes.find((h) => h !== commit.hash && h.startsWith(prefix))
      if (target) targetOf.set(commit.hash, target)
    }
    const skip = new Set<string>(targetOf.keys())
    const cancelled: string[] = []
    if (!hashes || targetOf.size === 0) return { skip, cancelled }
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
