/**
 * Version rules (DESIGN §4) on real git repositories, planned in process: real git history,
 * the local store, no bundle spawned.
 */
import { MemoryReporter } from '../src/core/port.js'
import { gatherFacts } from '../src/core/release/facts.js'
import { planRelease, type ReleasePlan } from '../src/core/release/plan.js'
import { buildSettings } from '../src/core/settings/settings.js'
import { openStore } from '../src/core/store/registry.js'
import { baseEnv, cleanupTemps, exampleRepo, type Repo } from './helpers/repo.js'

afterAll(cleanupTemps)

async function plan(repo: Repo, flags: Record<string, string | boolean> = {}): Promise<ReleasePlan> {
  const env = baseEnv()
  const settings = buildSettings({ 'no-build': true, ...flags }, env, repo.dir)
  const runtime = { cwd: repo.dir, env, reporter: new MemoryReporter(), now: () => new Date() }
  return planRelease(await gatherFacts(settings, runtime, openStore(settings.store, repo.dir), true))
}

/** A repository released as 1.0.0, on main. */
function released(): Repo {
  const repo = exampleRepo('chore: initial import')
  repo.git('tag', 'v1.0.0')
  return repo
}

describe('reverts to any depth (git writes Revert "…", and since 2.43 Reapply "…")', () => {
  test('revert, reapply, revert again: the change is cancelled, back, cancelled', async () => {
    const repo = released()
    const feat = repo.commit('feat!: drop the v1 API')
    expect((await plan(repo)).bump).toBe('major')
    repo.git('revert', '--no-edit', feat)
    const revert = repo.head()
    // Cancelled: no stable bump; the development channel still gets a prerelease of the commits.
    expect(await plan(repo)).toMatchObject({ bump: 'prerelease', version: '1.0.1-dev.1' })
    // git 2.43+ names a revert of a revert "Reapply"; this machine's git may be older, so the commit is written as 2.43 writes it.
    repo.commit(`Reapply "feat!: drop the v1 API"\n\nThis reverts commit ${revert}.`)
    expect(await plan(repo)).toMatchObject({ action: 'release', bump: 'major', version: '2.0.0-dev.1' })
    repo.git('revert', '--no-edit', 'HEAD')
    expect(repo.git('log', '-1', '--format=%s')).toMatch(/^Revert "Reapply "feat!: drop the v1 API""$/)
    expect(await plan(repo)).toMatchObject({ bump: 'prerelease', version: '1.0.1-dev.1', unparsed: [] })
  })

  test('a Reapply of a change released earlier counts as that change again', async () => {
    const repo = exampleRepo('chore: initial import')
    const feat = repo.commit('feat: export to CSV')
    repo.git('revert', '--no-edit', feat)
    const revert = repo.head()
    repo.git('tag', 'v1.1.0')
    repo.commit(`Reapply "feat: export to CSV"\n\nThis reverts commit ${revert}.`)
    expect(await plan(repo)).toMatchObject({ bump: 'minor', version: '1.2.0-dev.1' })
  })
})

describe('what a message is', () => {
  test('a commit with git trailers but no conventional message is counted as not conventional', async () => {
    const repo = released()
    repo.commit('Update the readme\n\nFixes: #12\nRefs: JIRA-7\nCo-authored-by: A <a@example.com>')
    repo.commit('fix: the login button\n\nFixes: #13')
    const p = await plan(repo)
    expect(p).toMatchObject({ bump: 'patch', commits: 2 })
    expect(p.unparsed.map((u) => u.subject)).toEqual(['Update the readme'])
    expect(p.changes.map((c) => c.type)).toEqual(['fix'])
  })

  test('types are case-insensitive: "Feat:" is a feature', async () => {
    const repo = released()
    repo.commit('Feat: add export')
    const p = await plan(repo)
    expect(p).toMatchObject({ bump: 'minor', version: '1.1.0-dev.1', unparsed: [] })
    expect(p.changes[0].type).toBe('feat')
  })

  test('only upper-case BREAKING CHANGE / BREAKING-CHANGE footers are breaking', async () => {
    const repo = released()
    repo.commit('fix: trim input\n\nbreaking change: nothing, really')
    expect((await plan(repo)).bump).toBe('patch')
    repo.commit('fix: trim more\n\nBREAKING-CHANGE: the trim is stricter')
    expect((await plan(repo)).bump).toBe('major')
  })

  test('release tags are strict SemVer: vv1.5.0 and v01.5.0 are not releases', async () => {
    const repo = released()
    repo.commit('fix: a')
    repo.git('tag', 'vv1.5.0')
    repo.git('tag', 'v01.5.0')
    repo.commit('fix: b')
    expect(await plan(repo)).toMatchObject({ last: { version: '1.0.0', tag: 'v1.0.0' }, version: '1.0.1-dev.1' })
  })

  test('a release tag reached only through a merge is the last release (one walk proves it), annotated or not', async () => {
    const repo = released()
    repo.git('checkout', '-q', '-b', 'release/1.1')
    repo.commit('feat: export')
    repo.git('tag', '-a', '-m', 'release 1.1.0', 'v1.1.0')
    repo.git('checkout', '-q', 'main')
    repo.commit('fix: on main meanwhile')
    repo.git('merge', '-q', '--no-ff', '--no-edit', 'release/1.1')
    repo.commit('fix: after the merge')
    expect(await plan(repo)).toMatchObject({ last: { version: '1.1.0', tag: 'v1.1.0', source: 'tag' }, version: '1.1.1-dev.1' })
    // The highest tag on a branch HEAD does not contain is not the base.
    repo.git('checkout', '-q', '-b', 'next', 'v1.1.0')
    repo.commit('feat!: next major')
    repo.git('tag', 'v2.0.0')
    repo.git('checkout', '-q', 'main')
    expect(await plan(repo)).toMatchObject({ last: { version: '1.1.0', tag: 'v1.1.0' }, version: '1.1.1-dev.1' })
  })
})
