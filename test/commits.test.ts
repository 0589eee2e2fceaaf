import { analyzeCommits, splitSquashed } from '../src/core/version/commits.js'
import { nextPrereleaseNumber, nextStable } from '../src/core/version/next-version.js'
import { TagFormat } from '../src/core/version/tag-format.js'
import { VersionError, ConfigurationError } from '../src/core/errors.js'

let n = 0
const c = (message: string, hash?: string) => ({ hash: hash ?? `${(++n).toString(16).padStart(7, '0')}${'0'.repeat(33)}`, message })
const last = (version: string) => ({ version, tag: `v${version}`, source: 'tag' as const })

describe('conventional commits → bump', () => {
  test('feat is minor, fix/perf/revert patch, other types none', () => {
    expect(analyzeCommits([c('feat: a')]).bump).toBe('minor')
    expect(analyzeCommits([c('fix: a')]).bump).toBe('patch')
    expect(analyzeCommits([c('perf(core): a')]).bump).toBe('patch')
    expect(analyzeCommits([c('chore: a'), c('docs: b')]).bump).toBe('none')
  })

  test('breaking changes: "!" and both footer spellings', () => {
    expect(analyzeCommits([c('feat(api)!: drop v1')]).bump).toBe('major')
    expect(analyzeCommits([c('fix: a\n\nBREAKING CHANGE: removed x')]).bump).toBe('major')
    expect(analyzeCommits([c('refactor: a\n\nBREAKING-CHANGE: removed y')]).bump).toBe('major')
  })

  test('before 1.0.0 a breaking change bumps minor', () => {
    expect(nextStable(last('0.4.2'), analyzeCommits([c('feat!: x')]))).toEqual({ version: '0.5.0', bump: 'minor' })
    expect(nextStable(last('1.4.2'), analyzeCommits([c('feat!: x')]))).toEqual({ version: '2.0.0', bump: 'major' })
  })

  test('a revert and the commit it reverts cancel when both are in range', () => {
    const feat = c('feat: risky')
    const revert = c(`Revert "feat: risky"\n\nThis reverts commit ${feat.hash}.`)
    const result = analyzeCommits([revert, c('fix: small'), feat])
    expect(result.bump).toBe('patch')
    expect(result.cancelled).toHaveLength(1)
    // A revert of something outside the range is a patch on its own.
    expect(analyzeCommits([c(`revert: feat: old\n\nThis reverts commit 1234567abcdef.`)]).bump).toBe('patch')
  })

  test('a squash merge body with several messages counts each', () => {
    const squash = c('Login screen (#12)\n\n* fix: typo in label\n\n* feat: remember me\n\n* chore: lint')
    expect(splitSquashed(squash.message)).toEqual(['Login screen (#12)', 'fix: typo in label', 'feat: remember me', 'chore: lint'])
    const result = analyzeCommits([squash])
    expect(result.bump).toBe('minor')
    expect(result.changes.map((ch) => ch.type)).toEqual(['fix', 'feat', 'chore'])
    expect(result.unparsed).toEqual([])
  })

  test('a breaking change inside a squash body is seen', () => {
    expect(analyzeCommits([c('fix: things (#3)\n\n* feat!: new storage format')]).bump).toBe('major')
  })

  test('Release-As footer forces the version; an invalid one is an error that says what to do', () => {
    const analysis = analyzeCommits([c('chore: cut 2.0\n\nRelease-As: 2.0.0')])
    expect(nextStable(last('1.3.0'), analysis)).toEqual({ version: '2.0.0', bump: 'major' })
    expect(() => analyzeCommits([c('chore: x\n\nRelease-As: two')])).toThrow(VersionError)
    expect(() => analyzeCommits([c('chore: x\n\nRelease-As: two')])).toThrow(/invalid "Release-As: two".*Release-As: 2.0.0/)
  })

  test('commits that do not parse are counted and reported', () => {
    const result = analyzeCommits([c('update stuff'), c('fix: ok'), c('WIP')])
    expect(result.commits).toBe(3)
    expect(result.unparsed.map((u) => u.subject)).toEqual(['update stuff', 'WIP'])
    expect(result.bump).toBe('patch')
  })
})

describe('prerelease counters and tag formats', () => {
  test('counter is one more than the highest used, from any source', () => {
    expect(nextPrereleaseNumber('1.2.0', 'beta', [])).toBe(1)
    expect(nextPrereleaseNumber('1.2.0', 'beta', ['1.2.0-beta.1', '1.2.0-beta.7', '1.2.0-dev.9', '1.1.0-beta.12'])).toBe(8)
  })

  test('tagFormat maps tags to versions and refuses formats without one ${version}', () => {
    const f = new TagFormat('app-v${version}')
    expect(f.version('app-v1.2.3')).toBe('1.2.3')
    expect(f.version('v1.2.3')).toBeUndefined()
    expect(f.version('app-vnope')).toBeUndefined()
    expect(f.tag('2.0.0')).toBe('app-v2.0.0')
    expect(() => new TagFormat('release')).toThrow(ConfigurationError)
    expect(() => new TagFormat('v${version}-${version}')).toThrow(/exactly once/)
    expect(() => new TagFormat('v ${version}')).toThrow(/cannot contain spaces/)
  })
})

describe('reverts of reverts', () => {
  test('reverting a revert brings the original change back', () => {
    const feat = c('feat: comeback')
    const revert = c(`Revert "feat: comeback"\n\nThis reverts commit ${feat.hash}.`)
    const again = c(`Revert "Revert "feat: comeback""\n\nThis reverts commit ${revert.hash}.`)
    const result = analyzeCommits([again, revert, feat])
    expect(result.bump).toBe('minor')
    expect(result.changes.map((ch) => ch.hash)).toEqual([feat.hash])
  })
})

describe('a commit its header describes is read from the header, parsed in full only for the changelog', () => {
  test('type, scope, subject and bump from the header; references and body when the changelog reads them', () => {
    const result = analyzeCommits([c('fix(auth): keep the session (#12)\n\nThe token was dropped on refresh.\n\nCloses #12'), c('Feat!: new API')])
    expect(result.changes.map((ch) => [ch.type, ch.scope, ch.subject, ch.breaking, ch.bump])).toEqual([
      ['fix', 'auth', 'keep the session (#12)', false, 'patch'],
      ['feat', undefined, 'new API', true, 'major']
    ])
    const parsed = result.changes[0].parsed as unknown as { body: string; references: { issue: string }[]; type: string; hash: string }
    expect(parsed.body).toBe('The token was dropped on refresh.')
    expect(parsed.references.map((r) => r.issue)).toContain('12')
    expect([parsed.type, parsed.hash]).toEqual(['fix', result.changes[0].hash])
  })

  test('anything the header does not settle goes through the parser: footers, squashed messages, reverts', () => {
    expect(analyzeCommits([c('fix: a\n\nBREAKING CHANGE: the API moved')]).bump).toBe('major')
    expect(analyzeCommits([c('chore: merge\n\n* feat: one\n* fix: two')]).changes.map((ch) => ch.type)).toEqual(['chore', 'feat', 'fix'])
    expect(analyzeCommits([c('fix: x\n\nbreaking change: lower case is text')]).bump).toBe('patch')
  })
})
