/** A release rule: what triggers it, which channel moves, how versions are named. */
export interface Rule {
  /** Branch globs (`hotfix/*`); a push to a matching branch triggers the rule. */
  branch?: string[]
  /** Matches tag builds whose tag follows `tagFormat`. */
  tag?: boolean
  /** Matches pushes to the repository's default branch. */
  defaultBranch?: boolean
  /** Matches pull/merge request builds. */
  pullRequest?: boolean
  /** Channel to move; `${pr}` and `${branch}` are filled in. */
  channel: string
  /** Prerelease id (`beta` → `1.4.3-beta.2`); `${pr}` is filled in. Absent: stable versions. */
  prerelease?: string
}

export const DEFAULT_RULES: readonly Rule[] = [
  { tag: true, channel: 'production' },
  { branch: ['hotfix/*', 'release/*'], channel: 'beta', prerelease: 'beta' },
  { defaultBranch: true, channel: 'development', prerelease: 'dev' }
]

/** The opt-in pull request rule (`pullRequestPreviews: true`). */
export const PULL_REQUEST_RULE: Rule = { pullRequest: true, channel: 'pr-${pr}', prerelease: 'pr${pr}' }

export interface RefContext {
  branch?: string
  tag?: string
  isPr: boolean
  prNumber?: number
  defaultBranch?: string
}

export interface RuleMatch {
  rule: Rule
  /** Human description, e.g. `branch hotfix/*`. */
  description: string
  channel: string
  preid?: string
}

export function globToRegExp(glob: string): RegExp {
  let out = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '*' && glob[i + 1] === '*') {
      out += '.*'
      i++
      if (glob[i + 1] === '/') i++
    } else if (c === '*') out += '[^/]*'
    else if (c === '?') out += '[^/]'
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${out}$`)
}

function fill(template: string, ref: RefContext): string {
  return template
    .replaceAll('${pr}', ref.prNumber !== undefined ? String(ref.prNumber) : '')
    .replaceAll('${branch}', (ref.branch ?? '').replace(/[^A-Za-z0-9-]+/g, '-'))
}

function describe(rule: Rule): string {
  if (rule.tag) return 'tag'
  if (rule.pullRequest) return 'pull request'
  if (rule.defaultBranch) return 'default branch'
  return `branch ${(rule.branch ?? []).join(', ')}`
}

function isDefaultBranch(branch: string, ref: RefContext): boolean {
  return ref.defaultBranch ? branch === ref.defaultBranch : branch === 'main' || branch === 'master'
}

/** First matching rule wins. Branch rules never match pull request builds. */
export function matchRule(rules: readonly Rule[], ref: RefContext): RuleMatch | undefined {
  for (const rule of rules) {
    let hit = false
    if (rule.tag) hit = ref.tag !== undefined
    else if (rule.pullRequest) hit = ref.isPr && ref.prNumber !== undefined
    else if (ref.isPr || ref.tag !== undefined || !ref.branch) hit = false
    else if (rule.defaultBranch) hit = isDefaultBranch(ref.branch, ref)
    else if (rule.branch) hit = rule.branch.some((g) => globToRegExp(g).test(ref.branch!))
    if (hit) {
      return {
        rule,
        description: describe(rule),
        channel: fill(rule.channel, ref),
        preid: rule.prerelease ? fill(rule.prerelease, ref) : undefined
      }
    }
  }
  return undefined
}

/** Says, in one sentence, why nothing matched. */
export function whyNoRule(ref: RefContext): string {
  if (ref.isPr) return `No rule matches pull request #${ref.prNumber ?? '?'} (branch ${ref.branch ?? 'unknown'}): set "pullRequestPreviews": true in capflight.config.json to release it to a pr-<number> channel.`
  if (!ref.branch && !ref.tag) return 'HEAD is detached and no branch or tag was found in the CI environment; pass --branch or --tag, or check out a branch.'
  return `No rule matches branch "${ref.branch}": default rules release tags to production, hotfix/* and release/* to beta and the default branch to development. Add a rule in capflight.config.json or pass --channel.`
}
