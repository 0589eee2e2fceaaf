import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { createKeyPair } from '../src/core/crypto/keys.js'
import { runAction } from './helpers/action.js'
import { FakeActionsCache } from './helpers/actions-cache.js'
import { FakeGithubApi } from './helpers/github-api.js'
import { fakePerTest } from './helpers/fake-api.js'
import { guardedRollout } from './helpers/fleet.js'
import { cleanupTemps, exampleRepo, ROOT } from './helpers/repo.js'

const fake = fakePerTest(() => new FakeGithubApi())
afterAll(cleanupTemps)

describe('GitHub Action (dist/action/index.js with the runner environment)', () => {
  test('a push to hotfix/* releases to beta: outputs, job summary with history diagram, no API calls', async () => {
    const repo = exampleRepo()
    repo.git('checkout', '-q', '-b', 'hotfix/crash')
    repo.commit('fix: crash', { 'src/fix.js': 'export {}' })
    // The default build (npm run build): the other tests run the example's script directly.
    const run = await runAction({ workspace: repo.dir, ref: 'refs/heads/hotfix/crash', sha: repo.head(), apiUrl: fake.url, inputs: { install: 'false', 'build-command': '' } })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ status: 'released', channel: 'beta', version: '1.1.0-beta.1', 'previous-version': '', 'release-type': 'ota' })
    expect(run.outputs.checksum).toMatch(/^[0-9a-f]{64}$/)
    expect(Number(run.outputs.size)).toBeGreaterThan(0)
    expect(run.outputs['bundle-url']).toMatch(/\.zip$/)
    expect(run.outputs.changelog).toMatch(/### Bug Fixes/)
    expect(run.summary).toMatch(/\| Channel \| `beta` \|/)
    expect(run.summary).toMatch(/\| Status \| 🚀 released \|/)
    expect(run.summary).toMatch(/\| Commit \| \[`[0-9a-f]{7}`\]\(https:\/\/github\.com\/octo\/app\/commit\/[0-9a-f]{40}\) \|/)
    expect(run.summary).toMatch(/```mermaid\nflowchart LR\n {2}h0\["1\.1\.0-beta\.1<br\/>release/)
    expect(run.stdout).toMatch(/::group::Build: npm run build/)
    expect(fake.api.requests).toEqual([])
  })

  test('a tag build on a detached HEAD promotes the beta bytes to production and writes the GitHub Release once', async () => {
    const repo = exampleRepo()
    repo.git('tag', 'v1.0.0')
    repo.git('checkout', '-q', '-b', 'hotfix/login')
    repo.commit('fix: login button', { 'src/login.js': 'export {}' })
    const beta = await runAction({ workspace: repo.dir, ref: 'refs/heads/hotfix/login', sha: repo.head(), apiUrl: fake.url, inputs: { install: 'false' } })
    expect(beta.outputs.version).toBe('1.0.1-beta.1')

    repo.git('tag', 'v1.0.1')
    repo.git('checkout', '-q', '--detach', 'v1.0.1')
    const prod = await runAction({ workspace: repo.dir, ref: 'refs/tags/v1.0.1', sha: repo.head(), apiUrl: fake.url, inputs: { install: 'false' } })
    expect(prod.code).toBe(0)
    expect(prod.outputs).toMatchObject({ status: 'promoted', channel: 'production', version: '1.0.1', checksum: beta.outputs.checksum })
    const created = fake.api.requests.filter((r) => r.method === 'POST')
    expect(created).toHaveLength(1)
    expect(created[0].path).toBe('/repos/octo/app/releases')
    expect(created[0].body).toMatchObject({ tag_name: 'v1.0.1', name: '1.0.1', target_commitish: repo.head(), prerelease: false })
    expect(created[0].body.body).toMatch(/login button/)
    expect(created[0].authorization).toBe('token ghs_testtoken0123456789')

    const again = await runAction({ workspace: repo.dir, ref: 'refs/tags/v1.0.1', sha: repo.head(), apiUrl: fake.url, inputs: { install: 'false' } })
    expect(again.outputs.status).toBe('unchanged')
    expect(fake.api.requests.filter((r) => r.method === 'POST')).toHaveLength(1)
    expect(fake.api.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual([`/repos/octo/app/releases/${fake.api.releases.get('v1.0.1')!.id}`])
  })

  test('without GITHUB_STEP_SUMMARY the step still succeeds and still writes the GitHub Release', async () => {
    const repo = exampleRepo()
    repo.git('tag', 'v1.0.0')
    const run = await runAction({ workspace: repo.dir, ref: 'refs/tags/v1.0.0', sha: repo.head(), apiUrl: fake.url, inputs: { install: 'false' }, env: { GITHUB_STEP_SUMMARY: '' } })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ status: 'released', channel: 'production', version: '1.0.0' })
    expect(run.stdout).toMatch(/No job summary: this runner gives no GITHUB_STEP_SUMMARY file/)
    expect(fake.api.requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual(['/repos/octo/app/releases'])
  })

  test('a config problem is an error annotation on its file and line', async () => {
    const repo = exampleRepo()
    repo.write('capflight.config.json', '{\n  "tagFormat": "v${version}",\n  "exclude": "**/*.map",\n  "rollouts": true\n}\n')
    const run = await runAction({ workspace: repo.dir, ref: 'refs/heads/main', sha: repo.head(), apiUrl: fake.url, inputs: { install: 'false' } })
    expect(run.code).toBe(2)
    expect(run.stdout).toMatch(/^::error file=capflight\.config\.json,line=3::capflight\.config\.json: "exclude" must be an array/m)
    expect(run.stdout).toMatch(/^::error file=capflight\.config\.json,line=4::capflight\.config\.json has unknown key "rollouts"/m)
  })

  test('a pull_request run releases a preview channel and keeps one comment, updated in place', async () => {
    const repo = exampleRepo()
    repo.write('capflight.config.json', JSON.stringify({ pullRequestPreviews: true }))
    repo.git('checkout', '-q', '-b', 'feature/dark')
    repo.commit('feat: dark mode', { 'src/dark.css': 'body{}' })
    const event = { number: 7, pull_request: { number: 7, head: { ref: 'feature/dark' }, base: { ref: 'main' } }, repository: { default_branch: 'main' } }
    const common = { workspace: repo.dir, ref: 'refs/pull/7/merge', eventName: 'pull_request', event, apiUrl: fake.url, env: { GITHUB_HEAD_REF: 'feature/dark', GITHUB_BASE_REF: 'main' }, inputs: { install: 'false' } }
    const first = await runAction({ ...common, sha: repo.head() })
    expect(first.code).toBe(0)
    expect(first.outputs).toMatchObject({ status: 'released', channel: 'pr-7', version: '1.1.0-pr7.1' })
    expect(fake.api.comments.get(7)).toHaveLength(1)
    expect(fake.api.comments.get(7)![0].body).toMatch(/<!-- capflight-preview:com\.example\.capflight:pr-7 -->[\s\S]*`pr-7` → `1\.1\.0-pr7\.1`/)

    repo.commit('fix: contrast', { 'src/dark.css': 'body{color:#fff}' })
    const second = await runAction({ ...common, sha: repo.head() })
    expect(second.outputs.version).toBe('1.1.0-pr7.2')
    expect(fake.api.comments.get(7)).toHaveLength(1)
    expect(fake.api.comments.get(7)![0].body).toMatch(/1\.1\.0-pr7\.2/)
    expect(fake.api.requests.filter((r) => r.method === 'POST')).toHaveLength(1)
    expect(fake.api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1)
  })

  test('secret inputs never reach stdout (beyond the runner mask command), stderr, outputs, summary or the API', async () => {
    const repo = exampleRepo()
    repo.git('tag', 'v1.0.0')
    repo.commit('fix: x')
    repo.git('tag', 'v1.0.1')
    const { privateKeyPem } = createKeyPair()
    const secrets = { 'api-key': 'capgo_live_9f8e7d6c5b4a', 'private-key': privateKeyPem, 'github-token': 'ghp_supersecrettoken42' }
    // The build prints every secret input in every form: without the action's own redaction this test fails.
    const leaky = `node ${path.join(ROOT, 'test/fixtures/leaky-build.mjs')}`
    const run = await runAction({ workspace: repo.dir, ref: 'refs/tags/v1.0.1', sha: repo.head(), apiUrl: fake.url, inputs: { ...secrets, install: 'false', 'build-command': leaky }, env: { LEAK_API_KEY: secrets['api-key'], LEAK_PRIVATE_KEY: privateKeyPem, LEAK_TOKEN: secrets['github-token'] } })
    expect(run.code).toBe(0)
    expect(run.outputs.status).toBe('released')
    expect(run.stdout).toMatch(/key: \*\*\*/)
    for (const value of Object.values(secrets)) {
      const forms = [value, Buffer.from(value.trim()).toString('base64'), encodeURIComponent(value.trim()), ...value.split('\n').filter((l) => l.length > 20 && !l.startsWith('-----'))]
      for (const form of forms) {
        // The runner consumes ::add-mask:: commands; nothing else may carry the secret.
        expect(run.stdout.split('\n').filter((l) => l.includes(form) && !l.startsWith('::add-mask::'))).toEqual([])
        expect(run.stderr).not.toContain(form)
        expect(JSON.stringify(run.outputs)).not.toContain(form)
        expect(run.summary).not.toContain(form)
        expect(JSON.stringify(fake.api.requests.map((r) => r.body))).not.toContain(form)
      }
      expect(run.stdout).toContain(`::add-mask::${value.split('\n')[0] === value ? value : value.split('\n')[1]}`)
    }
  })

  test.each([
    [{ command: 'deploy' }, 2, /::error::Input "command" must be one of release, promote, rollback, status, rollout-advance, got "deploy"/],
    [{ 'dry-run': 'yes' }, 2, /::error::Input "dry-run" must be true or false, got "yes"/],
    [{ command: 'promote', from: 'beta' }, 2, /::error::command: promote needs the "to" input/],
    [{ command: 'rollback' }, 2, /command: rollback needs the "channel" input/],
    [{ rollout: '150' }, 2, /::error::rollout must be a percentage above 0 and at most 100/],
    [{ install: 'maybe' }, 2, /Input "install" must be auto, true or false/],
    [{ command: 'promote', from: 'beta', to: 'production' }, 2, /::error::Channel "beta" does not exist/]
  ])('bad input %j is a clear ::error:: and exit %i', async (inputs, code, message) => {
    const repo = exampleRepo()
    const run = await runAction({ workspace: repo.dir, ref: 'refs/heads/main', sha: repo.head(), apiUrl: fake.url, inputs: { install: 'false', ...inputs } })
    expect(run.code).toBe(code)
    expect(run.stdout).toMatch(message)
    expect(existsSync(path.join(repo.dir, '.capflight/store/apps/com.example.capflight/channels'))).toBe(false)
  })

  test.each([
    [401, 'GET', /::warning::Creating the GitHub Release v1\.0\.1 failed: GitHub rejected the token \(401\)/],
    [404, 'POST', /::warning::Creating the GitHub Release v1\.0\.1 failed \(404\).*contents: write/],
    [500, 'GET', /::warning::Creating the GitHub Release v1\.0\.1 failed: GitHub answered 500\. The live update itself succeeded/]
  ])('a GitHub API answering %i to %s is a warning; the release stands', async (status, method, message) => {
    const repo = exampleRepo()
    repo.git('tag', 'v1.0.0')
    repo.commit('fix: x')
    repo.git('tag', 'v1.0.1')
    fake.api.failures.push({ method, prefix: '/repos/', status })
    const run = await runAction({ workspace: repo.dir, ref: 'refs/tags/v1.0.1', sha: repo.head(), apiUrl: fake.url, inputs: { install: 'false' } })
    expect(run.code).toBe(0)
    expect(run.outputs.status).toBe('released')
    expect(run.stdout).toMatch(message)
  }, 60000)

  test('a pull request from a fork (no token) releases and warns that it cannot comment', async () => {
    const repo = exampleRepo()
    repo.write('capflight.config.json', JSON.stringify({ pullRequestPreviews: true }))
    repo.commit('feat: from a fork')
    const event = { number: 9, pull_request: { number: 9, head: { ref: 'patch-1' }, base: { ref: 'main' } } }
    const run = await runAction({ workspace: repo.dir, ref: 'refs/pull/9/merge', eventName: 'pull_request', event, sha: repo.head(), apiUrl: fake.url, env: { GITHUB_HEAD_REF: 'patch-1' }, inputs: { install: 'false', 'github-token': '' } })
    expect(run.code).toBe(0)
    expect(run.outputs.channel).toBe('pr-9')
    expect(run.stdout).toMatch(/::warning::No github-token: skipping the pull request comment/)
    expect(fake.api.requests).toEqual([])
  })

  test('a native change fails the step with exit code 3 and an error annotation', async () => {
    const repo = exampleRepo()
    repo.git('checkout', '-q', '-b', 'release/2')
    await runAction({ workspace: repo.dir, ref: 'refs/heads/release/2', sha: repo.head(), apiUrl: fake.url, inputs: { install: 'false' } })
    const pkg = JSON.parse(readFileSync(path.join(repo.dir, 'package.json'), 'utf8'))
    pkg.dependencies['@capacitor/push-notifications'] = '^7.0.0'
    repo.commit('feat: push', { 'package.json': JSON.stringify(pkg, null, 2) })
    const run = await runAction({ workspace: repo.dir, ref: 'refs/heads/release/2', sha: repo.head(), apiUrl: fake.url, inputs: { install: 'false' } })
    expect(run.code).toBe(3)
    expect(run.outputs).toMatchObject({ status: 'native-required', 'release-type': 'native' })
    expect(run.stdout).toMatch(/::error::This release changes native code.*@capacitor\/push-notifications added/)
  })

  test('install: auto runs the lockfile\'s package manager when node_modules is missing; no cache service is a warning', async () => {
    const repo = exampleRepo()
    repo.write('vendor/greeting/package.json', JSON.stringify({ name: 'greeting', version: '1.0.0' }))
    repo.write('package.json', JSON.stringify({ name: 'app', version: '1.0.0', type: 'module', scripts: { build: 'node build.mjs' }, dependencies: { greeting: 'file:vendor/greeting' } }, null, 2))
    repo.write('package-lock.json', JSON.stringify({
      name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true,
      packages: {
        '': { name: 'app', version: '1.0.0', dependencies: { greeting: 'file:vendor/greeting' } },
        'node_modules/greeting': { resolved: 'vendor/greeting', link: true },
        'vendor/greeting': { version: '1.0.0' }
      }
    }, null, 2))
    repo.git('checkout', '-q', '-b', 'hotfix/deps')
    repo.commit('fix: deps')
    const run = await runAction({ workspace: repo.dir, ref: 'refs/heads/hotfix/deps', sha: repo.head(), apiUrl: fake.url })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/::warning::The Actions cache service is not available here/)
    expect(run.stdout).toMatch(/::group::Install dependencies: npm ci/)
    expect(existsSync(path.join(repo.dir, 'node_modules/greeting/package.json'))).toBe(true)
    expect(run.outputs.status).toBe('released')
  })

  test('install: auto with the Actions cache saves node_modules, and a fresh runner restores it instead of installing', async () => {
    // GitHub's cache service cannot run here: a double of its twirp API and blob URLs (test/helpers/actions-cache.ts).
    const service = new FakeActionsCache()
    await service.start()
    try {
      const repo = exampleRepo()
      repo.write('vendor/greeting/package.json', JSON.stringify({ name: 'greeting', version: '1.0.0' }))
      repo.write('package.json', JSON.stringify({ name: 'app', version: '1.0.0', type: 'module', scripts: { build: 'node build.mjs' }, dependencies: { greeting: 'file:vendor/greeting' } }, null, 2))
      execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline'], { cwd: repo.dir, stdio: 'pipe' })
      rmSync(path.join(repo.dir, 'node_modules'), { recursive: true })
      repo.git('checkout', '-q', '-b', 'hotfix/deps')
      repo.commit('fix: deps')
      const run = () => runAction({ workspace: repo.dir, ref: 'refs/heads/hotfix/deps', sha: repo.head(), apiUrl: fake.url, env: service.env, inputs: { 'compression-cache': 'false' } })
      const first = await run()
      expect(first.code).toBe(0)
      expect(first.stdout).toMatch(/::group::Install dependencies: npm ci/)
      expect(service.calls).toEqual(['GetCacheEntryDownloadURL', 'CreateCacheEntry', 'PutBlob', 'FinalizeCacheEntryUpload'])
      rmSync(path.join(repo.dir, 'node_modules'), { recursive: true })
      repo.commit('fix: again')
      const second = await run()
      expect(second.code).toBe(0)
      expect(second.stdout).toMatch(/Restored node_modules from the cache \(capflight-deps-/)
      expect(second.stdout).not.toMatch(/Install dependencies/)
      expect(existsSync(path.join(repo.dir, 'node_modules/greeting/package.json'))).toBe(true)
    } finally {
      await service.stop()
    }
  })

  test('the compression cache is kept in the Actions cache: a fresh runner compresses only the file that changed', async () => {
    // GitHub's cache service cannot run here: a double of its twirp API and blob URLs (test/helpers/actions-cache.ts).
    const service = new FakeActionsCache()
    await service.start()
    try {
      const repo = exampleRepo()
      repo.git('checkout', '-q', '-b', 'hotfix/cache')
      repo.commit('fix: one', { 'src/one.js': 'export const one = 1\n'.repeat(50) })
      const cacheDir = path.join(repo.dir, '.capflight/cache')
      const run = (sha: string) => runAction({ workspace: repo.dir, ref: 'refs/heads/hotfix/cache', sha, apiUrl: fake.url, env: service.env, inputs: { install: 'false' } })
      const first = await run(repo.head())
      expect(first.code).toBe(0)
      expect(first.stdout).toContain('No compression cache restored from the Actions cache')
      expect(first.stdout).toContain(`Saved the compression cache to the Actions cache (capflight-compression-${process.platform}-${repo.head()})`)
      const files = Number(/Compressed (\d+) of \1 files; 0 reused/.exec(first.stdout)?.[1])
      expect(files).toBeGreaterThan(2)
      expect(service.calls).toEqual(['GetCacheEntryDownloadURL', 'CreateCacheEntry', 'PutBlob', 'FinalizeCacheEntryUpload'])

      // A new runner: nothing of the last run's workspace is left but what the Actions cache kept.
      const firstSha = repo.head()
      rmSync(cacheDir, { recursive: true })
      repo.commit('fix: two', { 'src/one.js': 'export const one = 2\n'.repeat(50) })
      service.calls.length = 0
      const second = await run(repo.head())
      expect(second.code).toBe(0)
      expect(second.outputs.version).toBe('1.1.0-beta.2')
      expect(second.stdout).toContain(`Restored the compression cache from the Actions cache (capflight-compression-${process.platform}-${firstSha})`)
      expect(second.stdout).toContain(`Compressed 1 of ${files} files; ${files - 1} reused from the compression cache`)
      expect(service.calls).toEqual(['GetCacheEntryDownloadURL', 'GetBlob', 'CreateCacheEntry', 'PutBlob', 'FinalizeCacheEntryUpload'])

      // A rerun of that commit is unchanged: nothing is built, the Actions cache is not asked.
      rmSync(cacheDir, { recursive: true })
      service.calls.length = 0
      const rerun = await run(repo.head())
      expect(rerun.code).toBe(0)
      expect(rerun.outputs.status).toBe('unchanged')
      expect(service.calls).toEqual([])
    } finally {
      await service.stop()
    }
  })

  test('a cache service that refuses the job is a warning; the release stands', async () => {
    const service = new FakeActionsCache()
    await service.start()
    try {
      const repo = exampleRepo()
      repo.git('checkout', '-q', '-b', 'hotfix/refused')
      repo.commit('fix: one')
      // A runtime token the service does not know: twirp's 401, which @actions/cache does not retry.
      const run = await runAction({ workspace: repo.dir, ref: 'refs/heads/hotfix/refused', sha: repo.head(), apiUrl: fake.url, env: { ...service.env, ACTIONS_RUNTIME_TOKEN: 'not-this-job' }, inputs: { install: 'false' } })
      expect(run.code).toBe(0)
      expect(run.outputs.status).toBe('released')
      expect(run.stdout).toMatch(/::warning::Failed to restore: /)
      expect(run.stdout).toContain('No compression cache restored from the Actions cache')
      expect(run.stdout).not.toContain('Saved the compression cache')
      expect(service.calls).toEqual(['GetCacheEntryDownloadURL', 'CreateCacheEntry'])
      expect(service.entries).toEqual([])
    } finally {
      await service.stop()
    }
  })

  test('compression-cache: false leaves the Actions cache alone', async () => {
    const service = new FakeActionsCache()
    await service.start()
    try {
      const repo = exampleRepo()
      repo.git('checkout', '-q', '-b', 'hotfix/nocache')
      repo.commit('fix: one')
      const run = await runAction({ workspace: repo.dir, ref: 'refs/heads/hotfix/nocache', sha: repo.head(), apiUrl: fake.url, env: service.env, inputs: { install: 'false', 'compression-cache': 'false' } })
      expect(run.code).toBe(0)
      expect(run.outputs.status).toBe('released')
      expect(service.calls).toEqual([])
    } finally {
      await service.stop()
    }
  })

  test.each([
    ['pnpm', 'pnpm-lock.yaml', 'pnpm install --frozen-lockfile'],
    ['yarn', 'yarn.lock', 'yarn install --frozen-lockfile']
  ])('install: auto with %s (%s) runs "%s"', async (manager, lockfile, command) => {
    const bin = process.env.CAPFLIGHT_TEST_PM_BIN
    if (!bin) throw new Error('CAPFLIGHT_TEST_PM_BIN names no folder with pnpm and yarn: run the suite with "npm run test:all", which installs them into .tools/.')
    const repo = exampleRepo()
    repo.write('vendor/greeting/package.json', JSON.stringify({ name: 'greeting', version: '1.0.0' }))
    repo.write('package.json', JSON.stringify({ name: 'app', version: '1.0.0', type: 'module', scripts: { build: 'node build.mjs' }, dependencies: { greeting: 'file:vendor/greeting' } }, null, 2))
    const env = { PATH: `${bin}${path.delimiter}${process.env.PATH}` }
    // The lockfile the package manager itself writes, committed without node_modules.
    execFileSync(path.join(bin, manager), ['install'], { cwd: repo.dir, env: { ...process.env, ...env }, stdio: 'pipe' })
    rmSync(path.join(repo.dir, 'node_modules'), { recursive: true, force: true })
    expect(existsSync(path.join(repo.dir, lockfile))).toBe(true)
    repo.git('checkout', '-q', '-b', 'hotfix/deps')
    repo.commit('fix: deps')
    const run = await runAction({ workspace: repo.dir, ref: 'refs/heads/hotfix/deps', sha: repo.head(), apiUrl: fake.url, env })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`::group::Install dependencies: ${command}`)
    expect(existsSync(path.join(repo.dir, 'node_modules/greeting/package.json'))).toBe(true)
    expect(run.outputs.status).toBe('released')
  })

  test('a workflow_dispatch run on the default branch releases to development', async () => {
    const repo = exampleRepo()
    const event = { inputs: {}, ref: 'refs/heads/main', repository: { default_branch: 'main' } }
    const run = await runAction({ workspace: repo.dir, ref: 'refs/heads/main', eventName: 'workflow_dispatch', event, sha: repo.head(), apiUrl: fake.url, inputs: { install: 'false' } })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ status: 'released', channel: 'development', version: '1.1.0-dev.1' })
  })

  test('status and rollback commands', async () => {
    const repo = exampleRepo()
    repo.git('checkout', '-q', '-b', 'hotfix/a')
    for (const m of ['fix: one', 'fix: two']) {
      repo.commit(m)
      await runAction({ workspace: repo.dir, ref: 'refs/heads/hotfix/a', sha: repo.head(), apiUrl: fake.url, inputs: { install: 'false' } })
    }
    const back = await runAction({ workspace: repo.dir, ref: 'refs/heads/hotfix/a', sha: repo.head(), apiUrl: fake.url, inputs: { command: 'rollback', channel: 'beta' } })
    expect(back.outputs).toMatchObject({ status: 'rolled-back', version: '1.1.0-beta.1', 'previous-version': '1.1.0-beta.2' })
    const s = await runAction({ workspace: repo.dir, ref: 'refs/heads/hotfix/a', sha: repo.head(), apiUrl: fake.url, inputs: { command: 'status', channel: 'beta' } })
    expect(s.outputs).toMatchObject({ channel: 'beta', version: '1.1.0-beta.1' })
    expect(s.summary).toMatch(/\| `beta` \| 1\.1\.0-beta\.1 \|/)
  })

  test('command: rollout-advance aborts a crashing rollout: exit 4, the decision in the outputs, the numbers in the summary', async () => {
    const repo = exampleRepo()
    await guardedRollout(repo, 0.4)
    const run = await runAction({ workspace: repo.dir, ref: 'refs/heads/main', eventName: 'schedule', sha: repo.head(), apiUrl: fake.url, inputs: { command: 'rollout-advance', channel: 'production' } })
    expect(run.code).toBe(4)
    expect(run.outputs).toMatchObject({ status: 'abort', version: '1.1.0', 'previous-version': '1.0.0', channel: 'production' })
    expect(run.stdout).toMatch(/::error::Aborting the rollout of 1\.1\.0 on production at 5%25: crash rate/)
    expect(run.summary).toMatch(/## capflight rollout gate[\s\S]*\*\*abort\*\*[\s\S]*\| rollout \| 1\.1\.0 \|/)
    expect(JSON.parse(readFileSync(path.join(repo.dir, '.capflight/store/apps/com.example.capflight/channels/production.json'), 'utf8')).rollout).toBeNull()
    expect((await runAction({ workspace: repo.dir, ref: 'refs/heads/main', sha: repo.head(), apiUrl: fake.url, inputs: { command: 'rollout-advance' } })).stdout).toMatch(/command: rollout-advance needs the "channel" input/)
  })
})
