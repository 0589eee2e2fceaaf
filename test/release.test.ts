import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { brotliDecompressSync } from 'node:zlib'
import { cleanupTemps, exampleRepo, runCli } from './helpers/repo.js'
import { snapshot, storePaths } from './helpers/store.js'

afterAll(cleanupTemps)

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')

describe('capflight release on the local store (real git, real CLI bundle)', () => {
  test('default branch → development, with counters, idempotent reruns and a stored changelog', async () => {
    const repo = exampleRepo()
    const store = storePaths(repo.dir)
    const first = await runCli(['release', '--json'], { cwd: repo.dir })
    expect(first.code).toBe(0)
    expect(first.json).toMatchObject({ status: 'released', version: '1.1.0-dev.1', previousVersion: null, channel: 'development', appId: 'com.example.capflight', commit: repo.head(), releaseType: 'ota' })
    expect(first.json.checksum).toBe(sha(readFileSync(store.artifact(first.json.checksum))))
    expect(first.json.size).toBe(readFileSync(store.artifact(first.json.checksum)).length)
    expect(first.json.bundleUrl).toMatch(/^file:\/\/.*\.zip$/)
    expect(first.json.changelog).toMatch(/### Features\s+\* first version/)

    // Every file of the bundle is stored content-addressed for delta updates.
    const record = store.bundle('1.1.0-dev.1')
    expect(record).toMatchObject({ version: '1.1.0-dev.1', commit: repo.head(), checksum: first.json.checksum })
    expect(record.changelog).toBe(first.json.changelog)
    for (const f of record.manifest) expect(existsSync(store.file(f.sha256))).toBe(true)
    expect(record.manifest.map((m: { path: string }) => m.path)).toContain('index.html')

    const rerun = await runCli(['release', '--json'], { cwd: repo.dir })
    expect(rerun.code).toBe(0)
    expect(rerun.json).toMatchObject({ status: 'unchanged', version: '1.1.0-dev.1' })
    expect(store.bundles()).toEqual(['1.1.0-dev.1'])

    repo.commit('fix: button colour', { 'src/styles.css': 'h1 { color: red; }\n' })
    const second = await runCli(['release', '--json'], { cwd: repo.dir })
    expect(second.json).toMatchObject({ status: 'released', version: '1.1.0-dev.2', previousVersion: '1.1.0-dev.1' })
    expect(store.channel('development')).toMatchObject({ version: '1.1.0-dev.2', revision: 2 })
    expect(store.channel('development').history.map((h: { version: string }) => h.version)).toEqual(['1.1.0-dev.1', '1.1.0-dev.2'])
  })

  test('a re-release compresses and uploads only the file that changed, and says so; Brotli forms are stored beside the files', async () => {
    const repo = exampleRepo()
    const store = storePaths(repo.dir)
    const first = await runCli(['release'], { cwd: repo.dir })
    expect(first.code).toBe(0)
    const files = store.bundle('1.1.0-dev.1').manifest.length
    expect(first.stderr).toContain(`Compressed ${files} of ${files} files; 0 reused from the compression cache (${path.join(repo.dir, '.capflight', 'cache')})`)
    repo.commit('fix: a longer script', { 'src/app.js': `CapacitorUpdater.notifyAppReady()\n${'console.log("changed")\n'.repeat(20)}` })
    const second = await runCli(['release'], { cwd: repo.dir })
    expect(second.code).toBe(0)
    expect(second.stderr).toContain(`Compressed 1 of ${files} files; ${files - 1} reused from the compression cache`)
    // app.js and its Brotli form are the only new blobs.
    const blobs = new Set(store.bundle('1.1.0-dev.2').manifest.flatMap((f: { sha256: string; brotli?: { blob: string } }) => [f.sha256, ...(f.brotli ? [f.brotli.blob] : [])]))
    expect(second.stderr).toMatch(new RegExp(`uploaded 2 of ${blobs.size} file blobs \\(${blobs.size - 2} already stored\\)`))
    const app = store.bundle('1.1.0-dev.2').manifest.find((f: { path: string }) => f.path === 'app.js')
    const form = readFileSync(store.file(app.brotli.blob))
    expect(sha(form)).toBe(app.brotli.blob)
    expect(brotliDecompressSync(form).equals(readFileSync(path.join(repo.dir, 'www/app.js')))).toBe(true)
    // CAPFLIGHT_CACHE_DIR (or --cache-dir) puts the cache where a CI keeps it between runs.
    const elsewhere = path.join(repo.dir, '..', `ci-cache-${path.basename(repo.dir)}`)
    repo.commit('fix: again', { 'src/app.js': 'CapacitorUpdater.notifyAppReady()\n// again\n' })
    const third = await runCli(['release'], { cwd: repo.dir, env: { CAPFLIGHT_CACHE_DIR: elsewhere } })
    expect(third.stderr).toContain(`reused from the compression cache (${elsewhere})`)
    expect(existsSync(elsewhere)).toBe(true)
  })

  test('the bundle is the commit: uncommitted changes to tracked files are refused (exit 2) unless --allow-dirty', async () => {
    const repo = exampleRepo()
    repo.write('notes.txt', 'untracked files do not count\n')
    repo.write('src/app.js', 'console.log("not committed")\n')
    const before = snapshot(storePaths(repo.dir).root)
    const refused = await runCli(['release', '--json'], { cwd: repo.dir })
    expect(refused.code).toBe(2)
    expect(refused.json.error).toMatch(/uncommitted changes to tracked files \(src\/app.js\), so the bundle would not be commit [0-9a-f]{7}\. Commit or stash them, or pass --allow-dirty/)
    expect(snapshot(storePaths(repo.dir).root)).toEqual(before)
    expect((await runCli(['release', '--dry-run', '--json'], { cwd: repo.dir })).code).toBe(2)
    const version = await runCli(['version', '--json'], { cwd: repo.dir })
    expect([version.code, version.json.version]).toEqual([0, '1.1.0-dev.1'])
    expect(version.stderr).toMatch(/1 tracked file\(s\) have uncommitted changes/)
    const allowed = await runCli(['release', '--allow-dirty', '--json'], { cwd: repo.dir })
    expect(allowed.json).toMatchObject({ status: 'released', version: '1.1.0-dev.1' })
  })

  test('rollouts said as they are: the share in JSON and words, no release over a rollout unless --replace-rollout', async () => {
    const repo = exampleRepo()
    repo.git('tag', 'v1.0.0')
    repo.git('checkout', '-q', '-b', 'hotfix/a')
    repo.commit('fix: a', { 'src/a.js': 'export const a = 1' })
    expect((await runCli(['release', '--json'], { cwd: repo.dir })).json).toMatchObject({ status: 'released', version: '1.0.1-beta.1', rollout: null })
    repo.commit('fix: b', { 'src/b.js': 'export const b = 1' })
    const rolling = await runCli(['release', '--rollout', '10', '--json'], { cwd: repo.dir })
    expect(rolling.json).toMatchObject({ status: 'released', version: '1.0.1-beta.2', previousVersion: '1.0.1-beta.1', rollout: { percentageBps: 1000, policy: null } })
    expect(rolling.json.message).toBe('Rolling 1.0.1-beta.2 out to 10% of beta; the rest stay on 1.0.1-beta.1.')
    const widened = await runCli(['rollout', '--channel', 'beta', '--percentage', '25', '--json'], { cwd: repo.dir })
    expect(widened.json).toMatchObject({ version: '1.0.1-beta.2', rollout: { percentageBps: 2500 } })
    expect(widened.json.message).toMatch(/now reaches 25% of beta/)

    // A release that would move every device replaces the rollout: refused, nothing changed.
    repo.commit('fix: c', { 'src/c.js': 'export const c = 1' })
    const store = storePaths(repo.dir)
    const before = snapshot(store.root)
    const refused = await runCli(['release', '--json'], { cwd: repo.dir })
    expect(refused.code).toBe(2)
    expect(refused.json.error).toMatch(/Channel "beta" is rolling 1\.0\.1-beta\.2 out to 25% of its devices: a release now would replace that rollout for every device\. .*--replace-rollout/)
    expect(snapshot(store.root)).toEqual(before)
    const promoteOnto = await runCli(['promote', '--version', '1.0.1-beta.2', '--to', 'beta', '--json'], { cwd: repo.dir })
    expect([promoteOnto.code, promoteOnto.json.error]).toEqual([2, expect.stringMatching(/is rolling 1\.0\.1-beta\.2 out to 25%/)])
    const replaced = await runCli(['release', '--replace-rollout', '--json'], { cwd: repo.dir })
    expect(replaced.json).toMatchObject({ status: 'released', version: '1.0.1-beta.3', rollout: null })
    expect(store.channel('beta')).toMatchObject({ version: '1.0.1-beta.3', rollout: null })

    // channel with no settings to change shows them and writes nothing.
    const revision = store.channel('beta').revision
    const shown = await runCli(['channel', '--channel', 'beta', '--json'], { cwd: repo.dir })
    expect([shown.code, shown.json.name, store.channel('beta').revision]).toEqual([0, 'beta', revision])
    expect((await runCli(['rollback', '--channel', 'beta', '--json'], { cwd: repo.dir })).json).toMatchObject({ status: 'rolled-back', version: '1.0.1-beta.1', previousVersion: '1.0.1-beta.3' })
  })

  test('hotfix → beta; identical bytes are unchanged; the tag promotes the beta bytes to production', async () => {
    const repo = exampleRepo()
    repo.git('tag', 'v1.0.0')
    const store = storePaths(repo.dir)
    repo.git('checkout', '-q', '-b', 'hotfix/crash')
    repo.commit('fix: crash on start', { 'src/app.js': `${readFileSync(path.join(repo.dir, 'src/app.js'), 'utf8')}\n// fixed\n` })
    const beta = await runCli(['release', '--json'], { cwd: repo.dir })
    expect(beta.json).toMatchObject({ status: 'released', version: '1.0.1-beta.1', channel: 'beta', bump: 'patch' })

    // A commit that does not change the built bundle leaves the channel alone.
    repo.commit('docs: readme', { 'README.md': '# app\n' })
    const same = await runCli(['release', '--json'], { cwd: repo.dir })
    expect(same.json).toMatchObject({ status: 'unchanged', version: '1.0.1-beta.1', checksum: beta.json.checksum })
    expect(store.bundles()).toEqual(['1.0.1-beta.1'])

    repo.git('checkout', '-q', 'HEAD~1')
    repo.git('tag', 'v1.0.1')
    const prod = await runCli(['release', '--json'], { cwd: repo.dir })
    expect(prod.code).toBe(0)
    expect(prod.json).toMatchObject({ status: 'promoted', version: '1.0.1', channel: 'production', checksum: beta.json.checksum })
    expect(store.bundle('1.0.1')).toMatchObject({ checksum: beta.json.checksum, promotedFrom: '1.0.1-beta.1' })
    expect(prod.json.changelog).toMatch(/## 1\.0\.1/)
  })

  test('locally, an annotated release tag on HEAD makes a tag build, as a lightweight one does', async () => {
    const repo = exampleRepo()
    repo.git('tag', 'v1.0.0')
    repo.commit('feat: dark mode', { 'src/dark.css': 'body{background:#000}' })
    repo.git('tag', '-a', '-m', 'release 1.1.0', 'v1.1.0')
    const r = await runCli(['release', '--json'], { cwd: repo.dir })
    expect(r.json).toMatchObject({ status: 'released', version: '1.1.0', channel: 'production' })
  })

  test('a tag on a commit that never shipped is built and released as the tag version', async () => {
    const repo = exampleRepo()
    repo.git('tag', 'v1.0.0')
    repo.commit('feat: dark mode', { 'src/dark.css': 'body{background:#000}' })
    repo.git('tag', 'v1.1.0')
    const r = await runCli(['release', '--json'], { cwd: repo.dir })
    expect(r.json).toMatchObject({ status: 'released', version: '1.1.0', channel: 'production', previousVersion: null, bump: 'minor' })
    expect(r.json.changelog).toMatch(/dark mode/)
    expect(r.json.changelog).not.toMatch(/first version/)
  })

  test('pull requests release to pr-<n> only when previews are enabled; other branches are skipped', async () => {
    const repo = exampleRepo()
    repo.git('checkout', '-q', '-b', 'feature/login')
    repo.commit('feat: login')
    const skipped = await runCli(['release', '--json'], { cwd: repo.dir })
    expect(skipped.code).toBe(0)
    expect(skipped.json.status).toBe('skipped')
    expect(skipped.json.message).toMatch(/No rule matches branch "feature\/login"/)
    expect(existsSync(path.join(repo.dir, '.capflight'))).toBe(false)

    const noPreview = await runCli(['release', '--pr', '12', '--json'], { cwd: repo.dir })
    expect(noPreview.json.status).toBe('skipped')
    expect(noPreview.json.message).toMatch(/pullRequestPreviews/)

    repo.write('capflight.config.json', JSON.stringify({ pullRequestPreviews: true }))
    const pr = await runCli(['release', '--pr', '12', '--json'], { cwd: repo.dir })
    expect(pr.json).toMatchObject({ status: 'released', channel: 'pr-12', version: '1.1.0-pr12.1' })
  })

  test('user rules and tagFormat from capflight.config.json', async () => {
    const repo = exampleRepo()
    repo.write('capflight.config.json', JSON.stringify({
      $schema: '../schema/capflight.config.schema.json',
      tagFormat: 'app-${version}',
      rules: [{ tag: true, channel: 'stable' }, { branch: 'qa/**', channel: 'qa', prerelease: 'rc' }]
    }))
    repo.commit('chore: config')
    repo.git('tag', 'app-2.0.0')
    repo.git('tag', 'v9.0.0') // not the configured format: ignored
    repo.git('checkout', '-q', '-b', 'qa/sprint/4')
    repo.commit('fix: qa')
    const r = await runCli(['release', '--json', '--no-build'], { cwd: repo.dir, env: {} })
    expect(r.code).toBe(1) // www/ was never built
    expect(r.json.error).toMatch(/Web directory .*www does not exist/)
    const ok = await runCli(['release', '--json'], { cwd: repo.dir })
    expect(ok.json).toMatchObject({ status: 'released', channel: 'qa', version: '2.0.1-rc.1' })
    const v = await runCli(['version', '--json'], { cwd: repo.dir })
    expect(v.json).toMatchObject({ action: 'unchanged', version: '2.0.1-rc.1', previousVersion: '2.0.0', bump: 'patch', channel: 'qa', rule: 'branch qa/**', commits: 1, unparsed: 0 })
  })

  test('promote reuses the exact artifact; rollback goes back one step or to --to; status shows it all', async () => {
    const repo = exampleRepo()
    repo.git('checkout', '-q', '-b', 'release/1.1')
    const versions: string[] = []
    for (const m of ['fix: one', 'fix: two', 'fix: three']) {
      repo.commit(m, { 'src/n.js': `export const n = ${JSON.stringify(m)}` })
      versions.push((await runCli(['release', '--json'], { cwd: repo.dir })).json.version)
    }
    expect(versions).toEqual(['1.1.0-beta.1', '1.1.0-beta.2', '1.1.0-beta.3'])
    const store = storePaths(repo.dir)
    const before = Object.keys(snapshot(store.root)).filter((f) => f.includes('/artifacts/')).length

    const p = await runCli(['promote', '--from', 'beta', '--to', 'production', '--json'], { cwd: repo.dir })
    expect(p.code).toBe(0)
    expect(p.json).toMatchObject({ status: 'promoted', version: '1.1.0-beta.3', channel: 'production', checksum: store.bundle('1.1.0-beta.3').checksum })
    expect(Object.keys(snapshot(store.root)).filter((f) => f.includes('/artifacts/')).length).toBe(before)
    expect((await runCli(['promote', '--from', 'beta', '--to', 'production', '--json'], { cwd: repo.dir })).json.status).toBe('unchanged')

    const back = await runCli(['rollback', '--channel', 'beta', '--json'], { cwd: repo.dir })
    expect(back.json).toMatchObject({ status: 'rolled-back', version: '1.1.0-beta.2', previousVersion: '1.1.0-beta.3' })
    const back2 = await runCli(['rollback', '--channel', 'beta', '--json'], { cwd: repo.dir })
    expect(back2.json).toMatchObject({ version: '1.1.0-beta.1', previousVersion: '1.1.0-beta.2' })
    const to = await runCli(['rollback', '--channel', 'beta', '--to', '1.1.0-beta.3', '--json'], { cwd: repo.dir })
    expect(to.json).toMatchObject({ version: '1.1.0-beta.3' })

    const s = await runCli(['status', '--json'], { cwd: repo.dir })
    expect(s.json.channels.map((c: { name: string; version: string }) => [c.name, c.version])).toEqual([['beta', '1.1.0-beta.3'], ['production', '1.1.0-beta.3']])
    expect(s.json.channels[0].history.map((h: { action: string }) => h.action)).toEqual(['release', 'release', 'release', 'rollback', 'rollback', 'rollback'])
    const human = await runCli(['status', '--channel', 'beta'], { cwd: repo.dir })
    expect(human.stdout).toMatch(/CHANNEL\s+VERSION/)
    expect(human.stdout).toMatch(/rollback\s+1\.1\.0-beta\.1 \(from 1\.1\.0-beta\.2\)/)
  })

  test('promote and rollback of what does not exist: exit 2, a message, the store untouched', async () => {
    const repo = exampleRepo()
    await runCli(['release'], { cwd: repo.dir })
    const store = storePaths(repo.dir)
    const before = snapshot(store.root)
    const cases = [
      [['promote', '--from', 'nightly', '--to', 'production'], /Channel "nightly" does not exist.*Known channels: development/],
      [['promote', '--version', '9.9.9', '--to', 'production'], /Version 9.9.9 is not in the store.*1\.1\.0-dev\.1/],
      [['rollback', '--channel', 'production'], /Channel "production" does not exist/],
      [['rollback', '--channel', 'development', '--to', '0.0.1'], /Version 0.0.1 is not in the store/],
      [['promote', '--from', 'development'], /promote needs --to/]
    ] as const
    for (const [args, message] of cases) {
      const r = await runCli([...args, '--json'], { cwd: repo.dir })
      expect(r.code).toBe(2)
      expect(r.json.error).toMatch(message)
    }
    const nothing = await runCli(['rollback', '--channel', 'development'], { cwd: repo.dir })
    expect(nothing.code).toBe(1)
    expect(nothing.stderr).toMatch(/no earlier bundle to roll back to/)
    expect(snapshot(store.root)).toEqual(before)
  })

  test('--dry-run plans and changes nothing', async () => {
    const repo = exampleRepo()
    const r = await runCli(['release', '--dry-run', '--json'], { cwd: repo.dir })
    expect(r.json).toMatchObject({ status: 'dry-run', version: '1.1.0-dev.1', channel: 'development' })
    expect(existsSync(path.join(repo.dir, '.capflight'))).toBe(false)
    expect(existsSync(path.join(repo.dir, 'www'))).toBe(false)
  })
})
