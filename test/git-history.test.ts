import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { cleanupTemps, baseEnv, exampleRepo, Repo, runCli, tempDir, emptyRepo } from './helpers/repo.js'
import { snapshot, storePaths } from './helpers/store.js'

afterAll(cleanupTemps)

function clone(args: string[], url: string): Repo {
  const dir = path.join(tempDir(), 'clone')
  execFileSync('git', ['clone', '-q', ...args, url, dir], { env: baseEnv() })
  return new Repo(dir)
}

describe('versions from git history', () => {
  test('the last stable tag reachable from HEAD is the base; unreachable and prerelease tags are not', async () => {
    const repo = exampleRepo()
    repo.git('tag', 'v1.2.0')
    repo.git('tag', 'v1.3.0-beta.4')
    repo.git('checkout', '-q', '-b', 'side')
    repo.commit('feat: side')
    repo.git('tag', 'v5.0.0')
    repo.git('checkout', '-q', 'main')
    repo.commit('fix: bug')
    const v = await runCli(['version', '--json'], { cwd: repo.dir })
    expect(v.json).toMatchObject({ version: '1.2.1-dev.1', previousVersion: '1.2.0', bump: 'patch', commits: 1 })
  })

  test('no tag: package.json version is the base; non-conventional commits are reported', async () => {
    const repo = exampleRepo('initial import')
    repo.commit('wip')
    repo.commit('fix: real fix')
    const v = await runCli(['version', '--json'], { cwd: repo.dir })
    expect(v.json).toMatchObject({ version: '1.0.1-dev.1', previousVersion: '1.0.0', commits: 3, unparsed: 2 })
    expect(v.json.unparsedCommits.map((c: { subject: string }) => c.subject)).toEqual(['wip', 'initial import'])
    const r = await runCli(['release', '--json'], { cwd: repo.dir })
    expect(r.json.warnings.join()).toMatch(/2 commit\(s\) .* not Conventional Commits/)
  })

  test('commits without a release-worthy change still give a prerelease on a prerelease channel', async () => {
    const repo = exampleRepo()
    repo.git('tag', 'v1.0.0')
    repo.commit('chore: deps')
    const v = await runCli(['version', '--json'], { cwd: repo.dir })
    expect(v.json).toMatchObject({ version: '1.0.1-dev.1', bump: 'prerelease' })
    repo.git('checkout', '-q', 'v1.0.0')
    repo.git('checkout', '-q', '-b', 'release/x')
    const none = await runCli(['release', '--branch', 'release/x', '--json'], { cwd: repo.dir })
    expect(none.json.status).toBe('unchanged')
    expect(none.json.message).toMatch(/no commits since v1.0.0/)
  })

  test('prerelease counters continue from git tags as well as the store', async () => {
    const repo = exampleRepo()
    repo.git('tag', 'v1.0.0')
    repo.commit('fix: x')
    repo.git('tag', 'v1.0.1-dev.4')
    repo.commit('fix: y')
    expect((await runCli(['version', '--json'], { cwd: repo.dir })).json.version).toBe('1.0.1-dev.5')
  })

  test('Release-As forces the version; an invalid one fails and stores nothing', async () => {
    const repo = exampleRepo()
    repo.git('tag', 'v1.0.0')
    repo.commit('chore: cut\n\nRelease-As: 3.0.0')
    expect((await runCli(['version', '--json'], { cwd: repo.dir })).json).toMatchObject({ version: '3.0.0-dev.1', bump: 'major' })
    repo.commit('chore: oops\n\nRelease-As: 3.x')
    const bad = await runCli(['release', '--json'], { cwd: repo.dir })
    expect(bad.code).toBe(1)
    expect(bad.json.error).toMatch(/invalid "Release-As: 3.x" footer/)
    expect(snapshot(storePaths(repo.dir).root)).toEqual({})
  })

  test('detached HEAD: branch and tag come from the CI environment', async () => {
    const repo = exampleRepo()
    repo.git('checkout', '-q', '-b', 'hotfix/ci')
    repo.commit('fix: ci')
    repo.git('checkout', '-q', '--detach')
    const gitlab = await runCli(['version', '--json'], { cwd: repo.dir, env: { GITLAB_CI: 'true', CI_COMMIT_BRANCH: 'hotfix/ci', CI_COMMIT_SHA: repo.head() } })
    expect(gitlab.json).toMatchObject({ channel: 'beta', version: '1.1.0-beta.1' })
    const jenkins = await runCli(['version', '--json'], { cwd: repo.dir, env: { JENKINS_URL: 'http://ci/', BUILD_ID: '1', TAG_NAME: 'v1.1.0', BRANCH_NAME: 'v1.1.0' } })
    expect(jenkins.json).toMatchObject({ channel: 'production', version: '1.1.0' })
    const none = await runCli(['version', '--json'], { cwd: repo.dir })
    expect(none.json).toMatchObject({ version: null, channel: null, action: 'skipped' })
    expect(none.json.reason).toMatch(/HEAD is detached/)
  })

  test('a shallow clone is deepened step by step and its tags fetched', async () => {
    const repo = exampleRepo()
    for (let i = 0; i < 60; i++) repo.commit(`chore: filler ${i}`)
    repo.git('tag', 'v2.0.0')
    for (let i = 0; i < 70; i++) repo.commit(i === 3 ? 'feat: shallow feature' : `chore: more ${i}`)
    const bare = path.join(tempDir(), 'remote.git')
    execFileSync('git', ['clone', '-q', '--bare', repo.dir, bare], { env: baseEnv() })
    const shallow = clone(['--depth', '1', '--no-tags'], `file://${bare}`)
    expect(shallow.git('rev-parse', '--is-shallow-repository')).toBe('true')
    const v = await runCli(['version', '--json'], { cwd: shallow.dir })
    expect(v.code).toBe(0)
    expect(v.json).toMatchObject({ version: '2.1.0-dev.1', previousVersion: '2.0.0', commits: 70, unparsed: 0 })
    expect(v.stderr).toMatch(/Shallow clone: fetching tags and 50 more commits/)
  })

  test('a shallow clone whose tags cannot be fetched fails saying how to fix it', async () => {
    const repo = exampleRepo()
    repo.git('tag', 'v1.0.0')
    repo.commit('fix: a')
    const bare = path.join(tempDir(), 'gone.git')
    execFileSync('git', ['clone', '-q', '--bare', repo.dir, bare], { env: baseEnv() })
    const shallow = clone(['--depth', '1', '--no-tags'], `file://${bare}`)
    execFileSync('rm', ['-rf', bare])
    const r = await runCli(['release', '--json'], { cwd: shallow.dir })
    expect(r.code).toBe(1)
    expect(r.json.error).toMatch(/shallow clone and fetching tags from "origin" failed.*fetch-depth: 0/)
  })

  test('not a git repository, or no commits: clear errors, nothing written', async () => {
    const plain = tempDir()
    execFileSync('cp', ['-r', path.join(exampleRepo().dir, 'src'), plain])
    const r = await runCli(['release', '--app-id', 'a.b', '--json'], { cwd: plain })
    expect(r.code).toBe(1)
    expect(r.json.error).toMatch(/is not a git repository/)
    const empty = emptyRepo()
    const e = await runCli(['version', '--app-id', 'a.b', '--json'], { cwd: empty.dir })
    expect(e.code).toBe(1)
    expect(e.json.error).toMatch(/no commits yet/)
  })
})

describe('the minimum git version', () => {
  test('is read from git --version', async () => {
    const { gitVersionProblem } = await import('../src/core/git/git.js')
    expect(gitVersionProblem('git version 2.39.5\n')).toBeUndefined()
    expect(gitVersionProblem('git version 2.20.0.windows.1')).toBeUndefined()
    expect(gitVersionProblem('git version 3.0')).toBeUndefined()
    expect(gitVersionProblem('git version 2.17.1')).toMatch(/git 2\.17\.1 is too old: capflight needs git 2\.20\.0 or newer/)
    expect(gitVersionProblem('hub 1.0')).toMatch(/Cannot tell the git version/)
  })

  test('an old git on PATH stops a release with that message', async () => {
    const { chmodSync, mkdirSync, writeFileSync } = await import('node:fs')
    const repo = exampleRepo()
    const bin = path.join(tempDir(), 'bin')
    mkdirSync(bin)
    // Answers --version as git 2.17 and hands everything else to the real git.
    writeFileSync(path.join(bin, 'git'), `#!/bin/sh\nif [ "$1" = --version ]; then echo "git version 2.17.1"; exit 0; fi\nexec ${execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()} "$@"\n`)
    chmodSync(path.join(bin, 'git'), 0o755)
    const r = await runCli(['release', '--json'], { cwd: repo.dir, env: { PATH: `${bin}:${process.env.PATH}` } })
    expect(r.code).toBe(1)
    expect(r.json.error).toMatch(/git 2\.17\.1 is too old/)
  })
})
