import { execFile } from 'node:child_process'
import { appendFileSync, cpSync, existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { FakeGitlabApi } from './helpers/gitlab-api.js'
import { fakePerTest } from './helpers/fake-api.js'
import { guardedRollout } from './helpers/fleet.js'
import { baseEnv, CLI, cleanupTemps, EXAMPLE, exampleBuildCommand, Repo, ROOT, tempDir } from './helpers/repo.js'

const GCL = path.join(ROOT, 'node_modules/gitlab-ci-local/dist/index.js')
const fake = fakePerTest(() => new FakeGitlabApi())
afterAll(cleanupTemps)

/** A GitLab-shaped project: the component project (gitlab/) plus the example app at its root. */
function componentProject(): Repo {
  const dir = tempDir('capflight-gitlab-')
  cpSync(path.join(ROOT, 'gitlab'), dir, { recursive: true })
  cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => !/(www|node_modules|\.capflight)$/.test(src) })
  const repo = new Repo(dir)
  repo.git('init', '-q', '-b', 'main')
  repo.git('remote', 'add', 'origin', 'git@gitlab.example.com:acme/capflight.git')
  // The job's reports, as a CI checkout never commits them (the tests commit with add -A).
  appendFileSync(path.join(dir, '.gitignore'), 'capflight.env\ncapflight.json\n.gitlab-ci-local/\n')
  repo.commit('feat: first version', {})
  return repo
}

interface PipelineRun { code: number; output: string; dotenv: Record<string, string>; result: any }

/** Runs the project's own pipeline with gitlab-ci-local, in shell mode, the CLI input pointed at dist/cli. */
function pipeline(repo: Repo, variables: Record<string, string>, inputs: Record<string, string> = {}): Promise<PipelineRun> {
  const args = [GCL, '--force-shell-executor', '--variable', `CAPFLIGHT_SELFTEST_CLI=${process.execPath} ${CLI}`,
    '--variable', `CI_API_V4_URL=${fake.url}`, '--variable', 'CI_PROJECT_ID=42', '--variable', 'CI_JOB_TOKEN=job-token-abc',
    ...Object.entries(variables).flatMap(([k, v]) => ['--variable', `${k}=${v}`]),
    // The example app's build script without npm's start-up unless a test names the build (see exampleBuildCommand).
    ...Object.entries({ ...(exampleBuildCommand(repo.dir) ? { 'build-command': exampleBuildCommand(repo.dir)! } : {}), ...inputs }).flatMap(([k, v]) => ['--input', `${k}=${v}`]),
    'capflight-self-test']
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: repo.dir, env: baseEnv({ HOME: tempDir('capflight-home-') }), maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const dotenvFile = path.join(repo.dir, 'capflight.env')
      const dotenv = existsSync(dotenvFile) ? Object.fromEntries(readFileSync(dotenvFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])) : {}
      const jsonFile = path.join(repo.dir, 'capflight.json')
      let result: any
      try { result = JSON.parse(readFileSync(jsonFile, 'utf8')) } catch { result = undefined }
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: stdout + stderr, dotenv, result })
    })
  })
}

describe('GitLab CI/CD component (gitlab-ci-local, shell mode)', () => {
  test('a hotfix branch pipeline releases to beta and writes the dotenv report', async () => {
    const repo = componentProject()
    repo.git('checkout', '-q', '-b', 'hotfix/login')
    repo.commit('fix: login')
    const run = await pipeline(repo, {})
    expect(run.output).toMatch(/PASS\s+capflight-self-test/)
    expect(run.result).toMatchObject({ status: 'released', channel: 'beta', version: '1.1.0-beta.1' })
    expect(run.dotenv).toMatchObject({ CAPFLIGHT_STATUS: 'released', CAPFLIGHT_CHANNEL: 'beta', CAPFLIGHT_VERSION: '1.1.0-beta.1', CAPFLIGHT_RELEASE_TYPE: 'ota' })
    expect(existsSync(path.join(repo.dir, '.capflight/store/apps/com.example.capflight/channels/beta.json'))).toBe(true)
    expect(fake.api.requests).toEqual([])
    // The compression cache sits where the job's cache: keeps it between pipelines.
    expect(run.output).toMatch(/Compressed \d+ of \d+ files; 0 reused from the compression cache/)
    expect(run.output).toContain(`reused from the compression cache (${path.join(repo.dir, '.capflight', 'cache')})`)
    repo.commit('fix: login again', { 'src/app.js': 'CapacitorUpdater.notifyAppReady()\n// again\n' })
    const again = await pipeline(repo, {})
    expect(again.result).toMatchObject({ status: 'released', version: '1.1.0-beta.2' })
    expect(again.output).toMatch(/Compressed 1 of (\d+) files; \d+ reused from the compression cache/)
  })

  test('a tag pipeline promotes to production and creates the GitLab Release once', async () => {
    const repo = componentProject()
    repo.git('tag', '1.0.0')
    repo.git('checkout', '-q', '-b', 'hotfix/a')
    repo.commit('fix: a')
    await pipeline(repo, {})
    repo.git('tag', '1.0.1')
    const prod = await pipeline(repo, { CI_COMMIT_TAG: '1.0.1' })
    expect(prod.result).toMatchObject({ status: 'promoted', channel: 'production', version: '1.0.1' })
    expect(prod.dotenv.CAPFLIGHT_VERSION).toBe('1.0.1')
    const created = fake.api.requests.filter((r) => r.method === 'POST')
    expect(created).toHaveLength(1)
    expect(created[0].path).toBe('/api/v4/projects/42/releases')
    expect(created[0].body).toMatchObject({ tag_name: '1.0.1', name: '1.0.1', ref: repo.head() })
    expect(created[0].body.description).toMatch(/### Bug Fixes[\s\S]*\* a/)
    expect(created[0].headers['job-token']).toBe('job-token-abc')
    const again = await pipeline(repo, { CI_COMMIT_TAG: '1.0.1' })
    expect(again.result.status).toBe('unchanged')
    expect(fake.api.requests.filter((r) => r.method === 'POST')).toHaveLength(1)
    expect(fake.api.requests.filter((r) => r.method === 'PUT').map((r) => r.path)).toEqual(['/api/v4/projects/42/releases/1.0.1'])
  })

  test('a scheduled pipeline with command rollout-advance aborts a crashing rollout: the job fails (exit 4) and the dotenv report has the decision', async () => {
    const repo = componentProject()
    await guardedRollout(repo, 0.4)
    const run = await pipeline(repo, { CI_PIPELINE_SOURCE: 'schedule' }, { command: 'rollout-advance', channel: 'production' })
    expect(run.output).toMatch(/FAIL\s+capflight-self-test/)
    expect(run.result).toMatchObject({ decision: 'abort', version: '1.1.0', stableVersion: '1.0.0', applied: true })
    expect(run.dotenv).toMatchObject({ CAPFLIGHT_STATUS: 'abort', CAPFLIGHT_VERSION: '1.1.0', CAPFLIGHT_PREVIOUS_VERSION: '1.0.0', CAPFLIGHT_CHANNEL: 'production' })
    expect(JSON.parse(readFileSync(path.join(repo.dir, '.capflight/store/apps/com.example.capflight/channels/production.json'), 'utf8')).rollout).toBeNull()
    expect(fake.api.requests).toEqual([])
  })

  test('a merge request pipeline releases a preview channel with one note updated in place; without a token it warns', async () => {
    const repo = componentProject()
    // The project's self-test config (capflight.self-test.json) turns previews on.
    repo.git('checkout', '-q', '-b', 'feature/dark')
    repo.commit('feat: dark mode')
    const mr = { CI_MERGE_REQUEST_IID: '7', CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature/dark', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main', CI_PIPELINE_SOURCE: 'merge_request_event' }
    const noToken = await pipeline(repo, mr)
    expect(noToken.result).toMatchObject({ status: 'released', channel: 'pr-7', version: '1.1.0-pr7.1' })
    expect(noToken.output).toMatch(/warning: No CAPFLIGHT_GITLAB_TOKEN: skipping the merge request note/)

    repo.commit('fix: contrast')
    const first = await pipeline(repo, { ...mr, CAPFLIGHT_GITLAB_TOKEN: 'glpat-secret-token-1234' })
    expect(first.result.version).toBe('1.1.0-pr7.2')
    repo.commit('fix: more contrast')
    const second = await pipeline(repo, { ...mr, CAPFLIGHT_GITLAB_TOKEN: 'glpat-secret-token-1234' })
    expect(second.result.version).toBe('1.1.0-pr7.3')
    expect(fake.api.notes).toHaveLength(1)
    expect(fake.api.notes[0].body).toMatch(/<!-- capflight-preview:com\.example\.capflight:pr-7 -->[\s\S]*1\.1\.0-pr7\.3/)
    expect(fake.api.requests.filter((r) => r.method === 'PUT')).toHaveLength(1)
    expect(fake.api.requests.find((r) => r.method === 'POST')!.headers['private-token']).toBe('glpat-secret-token-1234')
    expect(first.output + second.output).not.toContain('glpat-secret-token-1234')
  })

  test('a job token refused by the Releases API is a warning; the release stands', async () => {
    const repo = componentProject()
    repo.commit('fix: b')
    repo.git('tag', '1.0.1')
    fake.api.failures.push({ method: 'GET', match: /releases/, status: 403 })
    const run = await pipeline(repo, { CI_COMMIT_TAG: '1.0.1' })
    expect(run.output).toMatch(/PASS\s+capflight-self-test/)
    expect(run.result.status).toBe('released')
    expect(run.output).toMatch(/warning: Creating the GitLab Release 1\.0\.1 failed \(403\): the token may not have access/)
  })

  test('the component project\'s own semver tag passes its self-test, so the Catalog release job can run', async () => {
    const repo = componentProject()
    repo.git('tag', '0.1.0')
    const run = await pipeline(repo, { CI_COMMIT_TAG: '0.1.0' })
    expect(run.output).toMatch(/PASS\s+capflight-self-test/)
    expect(run.result).toMatchObject({ status: 'released', channel: 'production', version: '0.1.0' })
  })

  test('a tag that does not follow tagFormat fails the job with a clear message', async () => {
    const repo = componentProject()
    repo.git('tag', 'release-1')
    const run = await pipeline(repo, { CI_COMMIT_TAG: 'release-1' })
    expect(run.output).toMatch(/FAIL\s+capflight-self-test/)
    expect(run.result).toMatchObject({ status: 'failed', exitCode: 2 })
    expect(run.result.error).toMatch(/Tag "release-1" does not follow tagFormat "\$\{version\}"/)
  })

  test.each([
    [{ command: 'deploy' }, /command.*deploy|deploy.*command/i],
    [{ rollout: 'ten' }, /rollout/i],
    [{ channel: '..' }, /channel/i],
    [{ command: 'promote', from: 'development', to: '../bundles/1.1.0-dev.1' }, /\bto\b/i],
    [{ 'app-id': '../../etc' }, /app-id/i]
  ])('an input outside its options or regex (%j) is refused', async (inputs, message) => {
    const repo = componentProject()
    const run = await pipeline(repo, {}, inputs)
    expect(run.code).not.toBe(0)
    expect(run.output).toMatch(message)
    expect(run.result).toBeUndefined()
  })
})
