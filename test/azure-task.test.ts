import { execFile, execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { createKeyPair } from '../src/core/crypto/keys.js'
import { FakeAzureDevOps } from './helpers/azure-api.js'
import { fakePerTest } from './helpers/fake-api.js'
import { guardedRollout } from './helpers/fleet.js'
import { baseEnv, cleanupTemps, exampleBuildCommand, exampleRepo, ROOT, tempDir } from './helpers/repo.js'

const TASK = path.join(ROOT, 'dist/azure/index.js')
const task = JSON.parse(readFileSync(path.join(ROOT, 'azure-pipelines/CapflightRelease/task.json'), 'utf8'))

const fake = fakePerTest(() => new FakeAzureDevOps())
afterAll(cleanupTemps)

interface TaskRun { code: number; stdout: string; stderr: string; vars: Record<string, string>; result?: string; issues: { type: string; message: string }[] }

/** Runs the bundled task the way the agent does: INPUT_* (task-lib naming), AGENT_*, BUILD_*, SYSTEM_*. */
function runTask(workspace: string, inputs: Record<string, string>, env: Record<string, string>, node = process.execPath): Promise<TaskRun> {
  const vars: Record<string, string> = {}
  // The example app's build script without npm's start-up unless a test names the build (see exampleBuildCommand).
  const build = exampleBuildCommand(workspace)
  for (const input of task.inputs) {
    const value = inputs[input.name] ?? (input.name === 'buildCommand' && build ? build : input.defaultValue === '$(System.DefaultWorkingDirectory)' ? workspace : input.defaultValue)
    if (value !== '') vars[`INPUT_${input.name.toUpperCase()}`] = value
  }
  const full = baseEnv({
    TF_BUILD: 'True', AGENT_VERSION: '4.260.0', AGENT_TEMPDIRECTORY: tempDir('capflight-agent-'), AGENT_OS: 'Linux',
    SYSTEM_COLLECTIONURI: fake.url, SYSTEM_TEAMPROJECT: 'Mobile', SYSTEM_TEAMPROJECTID: 'Mobile', SYSTEM_DEFAULTWORKINGDIRECTORY: workspace,
    BUILD_BUILDID: '311', BUILD_REPOSITORY_ID: 'repo-guid', BUILD_REPOSITORY_PROVIDER: 'TfsGit', BUILD_REPOSITORY_URI: `${fake.url}Mobile/_git/app`,
    ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN: 'azure-oauth-token-123',
    ...vars, ...env
  })
  return new Promise((resolve) => {
    execFile(node, [TASK], { cwd: workspace, env: full }, (error, stdout, stderr) => {
      const out: TaskRun = { code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr, vars: {}, issues: [] }
      for (const line of stdout.split('\n')) {
        let m = /^##vso\[task\.setvariable variable=([^;]+);isOutput=true;issecret=false;\](.*)$/.exec(line)
        if (m) out.vars[m[1]] = m[2].replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')
        m = /^##vso\[task\.complete result=(\w+);\]/.exec(line)
        if (m) out.result = m[1]
        m = /^##vso\[task\.issue type=(\w+);[^\]]*\](.*)$/.exec(line)
        if (m) out.issues.push({ type: m[1], message: m[2] })
      }
      resolve(out)
    })
  })
}

describe('Azure Pipelines task (dist/azure/index.js with the agent environment)', () => {
  test('a hotfix build releases to beta, sets output variables and tags the build', async () => {
    const repo = exampleRepo()
    repo.git('checkout', '-q', '-b', 'hotfix/crash')
    repo.commit('fix: crash')
    // The default build (npm run build): the other tests run the example's script directly.
    const run = await runTask(repo.dir, { command: 'release', buildCommand: '' }, { BUILD_SOURCEBRANCH: 'refs/heads/hotfix/crash', BUILD_SOURCEVERSION: repo.head(), BUILD_REASON: 'IndividualCI' })
    expect(run.result).toBe('Succeeded')
    expect(run.code).toBe(0)
    expect(run.vars).toMatchObject({ status: 'released', channel: 'beta', version: '1.1.0-beta.1', previousVersion: '', releaseType: 'ota' })
    expect(run.vars.checksum).toMatch(/^[0-9a-f]{64}$/)
    expect(run.vars.changelog).toMatch(/### Bug Fixes\n\n\* crash/)
    expect(run.stdout).toMatch(/^##\[group\]Build: npm run build$/m)
    expect(fake.api.tags).toEqual(['capflight:beta', 'capflight:1.1.0-beta.1'])
    const tagRequest = fake.api.requests.find((r) => r.method === 'POST')!
    expect(tagRequest.path).toBe('/org/Mobile/_apis/build/builds/311/tags')
    expect(tagRequest.authorization).toBe('Bearer azure-oauth-token-123')
  })

  test('command rollout-advance from a scheduled run: a crashing rollout is aborted, the task fails with exit 4 and the decision as output', async () => {
    const repo = exampleRepo()
    await guardedRollout(repo, 0.4)
    const run = await runTask(repo.dir, { command: 'rollout-advance', channel: 'production' }, { BUILD_SOURCEBRANCH: 'refs/heads/main', BUILD_SOURCEVERSION: repo.head(), BUILD_REASON: 'Schedule' })
    expect(run.code).toBe(4)
    expect(run.result).toBe('Failed')
    expect(run.vars).toMatchObject({ status: 'abort', version: '1.1.0', previousVersion: '1.0.0', channel: 'production' })
    expect(run.stdout).toMatch(/Aborting the rollout of 1\.1\.0 on production at 5%/)
    expect(fake.api.requests).toEqual([])
  })

  test('the Node20_1 handler: the same bundle releases under Node 20', async () => {
    const node20 = process.env.CAPFLIGHT_TEST_NODE20
    if (!node20) throw new Error('CAPFLIGHT_TEST_NODE20 names no Node 20 binary: run the suite with "npm run test:all", which installs one into .tools/.')
    expect(execFileSync(node20, ['--version'], { encoding: 'utf8' })).toMatch(/^v20\./)
    const repo = exampleRepo()
    repo.git('checkout', '-q', '-b', 'hotfix/old-agent')
    repo.commit('fix: old agent')
    const run = await runTask(repo.dir, { command: 'release' }, { BUILD_SOURCEBRANCH: 'refs/heads/hotfix/old-agent', BUILD_SOURCEVERSION: repo.head() }, node20)
    expect(run.stderr).toBe('')
    expect(run.result).toBe('Succeeded')
    expect(run.vars).toMatchObject({ status: 'released', channel: 'beta', version: '1.1.0-beta.1' })
  })

  test('a pull request build keeps one thread comment, updated in place', async () => {
    const repo = exampleRepo()
    repo.write('capflight.config.json', JSON.stringify({ pullRequestPreviews: true }))
    repo.git('checkout', '-q', '-b', 'feature/a')
    repo.commit('feat: a')
    const env = { BUILD_REASON: 'PullRequest', BUILD_SOURCEBRANCH: 'refs/pull/31/merge', SYSTEM_PULLREQUEST_PULLREQUESTID: '31', SYSTEM_PULLREQUEST_SOURCEBRANCH: 'refs/heads/feature/a', SYSTEM_PULLREQUEST_TARGETBRANCH: 'refs/heads/main' }
    const first = await runTask(repo.dir, {}, { ...env, BUILD_SOURCEVERSION: repo.head() })
    expect(first.vars).toMatchObject({ status: 'released', channel: 'pr-31', version: '1.1.0-pr31.1' })
    expect(fake.api.threads).toHaveLength(1)
    expect(fake.api.threads[0].comments[0].content).toMatch(/<!-- capflight-preview:com\.example\.capflight:pr-31 -->[\s\S]*`pr-31` → `1\.1\.0-pr31\.1`/)
    repo.commit('fix: b')
    const second = await runTask(repo.dir, {}, { ...env, BUILD_SOURCEVERSION: repo.head() })
    expect(second.vars.version).toBe('1.1.0-pr31.2')
    expect(fake.api.threads).toHaveLength(1)
    expect(fake.api.threads[0].comments[0].content).toMatch(/1\.1\.0-pr31\.2/)
    expect(fake.api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1)
  })

  test('secret inputs are masked with ##vso[task.setsecret] and appear nowhere else', async () => {
    const repo = exampleRepo()
    const { privateKeyPem } = createKeyPair()
    const apiKey = 'azure_api_key_7c6b5a49'
    // The build prints every secret input in every form: without the task's own redaction this test fails.
    const leaky = `node ${path.join(ROOT, 'test/fixtures/leaky-build.mjs')}`
    const run = await runTask(repo.dir, { privateKey: privateKeyPem, apiKey, buildCommand: leaky }, { BUILD_SOURCEBRANCH: 'refs/heads/main', BUILD_SOURCEVERSION: repo.head(), LEAK_API_KEY: apiKey, LEAK_PRIVATE_KEY: privateKeyPem })
    expect(run.stdout).toMatch(/key: \*\*\*/)
    expect(run.issues.filter((i) => i.type === 'error')).toEqual([])
    expect(run.result).toBe('Succeeded')
    expect(run.vars.status).toBe('released')
    const forms = [apiKey, privateKeyPem.trim(), Buffer.from(privateKeyPem.trim()).toString('base64'), ...privateKeyPem.split('\n').filter((l) => l.length > 20 && !l.startsWith('-----'))]
    for (const form of forms) {
      expect(run.stdout.split('\n').filter((l) => l.includes(form) && !l.startsWith('##vso[task.setsecret]'))).toEqual([])
      expect(run.stderr).not.toContain(form)
      expect(JSON.stringify(fake.api.requests)).not.toContain(form)
    }
    expect(run.stdout).toContain(`##vso[task.setsecret]${apiKey}`)
  })

  test.each([
    [{ command: 'deploy' }, /Input "command" must be one of release, promote, rollback, status, rollout-advance, got "deploy"/],
    [{ dryRun: 'yes' }, /Input "dryRun" must be true or false, got "yes"/],
    [{ command: 'promote', from: 'beta' }, /command: promote needs the "to" input/],
    [{ command: 'rollback' }, /command: rollback needs the "channel" input/],
    [{ command: 'promote', from: 'development', to: '../../../../tmp/capflight-escape' }, /Input "to" .* may only hold letters/],
    [{ command: 'promote', from: '../bundles/1.1.0-dev.1', to: 'qa' }, /Input "from" .* may only hold letters/],
    [{ command: 'promote', version: '../1.0.0', to: 'qa' }, /Input "version" .* is not a semantic version/],
    [{ command: 'rollback', channel: 'development', to: '../x' }, /Input "to" .* is not a semantic version/],
    [{ command: 'release', channel: '..' }, /Input "channel" .* may only hold letters/],
    [{ appId: '../../etc' }, /appId .* may only hold letters/]
  ])('bad input %j: a task.issue error and a failed result', async (inputs, message) => {
    const repo = exampleRepo()
    const run = await runTask(repo.dir, inputs as Record<string, string>, { BUILD_SOURCEBRANCH: 'refs/heads/main' })
    expect(run.result).toBe('Failed')
    expect(run.code).toBe(2)
    expect(run.issues.find((i) => i.type === 'error')?.message).toMatch(message)
  })

  test('no System.AccessToken, or an API failure: a warning, the release stands', async () => {
    const repo = exampleRepo()
    const noToken = await runTask(repo.dir, {}, { BUILD_SOURCEBRANCH: 'refs/heads/main', BUILD_SOURCEVERSION: repo.head(), ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN: '' })
    expect(noToken.result).toBe('Succeeded')
    expect(noToken.issues).toEqual([expect.objectContaining({ type: 'warning', message: expect.stringMatching(/No System\.AccessToken/) })])
    repo.commit('fix: next')
    fake.api.failures.push({ method: 'POST', match: /tags/, status: 500 })
    const failing = await runTask(repo.dir, {}, { BUILD_SOURCEBRANCH: 'refs/heads/main', BUILD_SOURCEVERSION: repo.head() })
    expect(failing.result).toBe('Succeeded')
    expect(failing.vars.status).toBe('released')
    expect(failing.issues.some((i) => i.type === 'warning' && /Tagging the build failed/.test(i.message))).toBe(true)
  })

  test('tfx packs the extension offline with the task, its bundle and icons', () => {
    const out = path.join(tempDir(), 'capflight.vsix')
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/package-azure.mjs'), '--out', out], { cwd: ROOT, env: baseEnv({ HOME: tempDir() }), stdio: 'pipe' })
    const listing = execFileSync('python3', ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', out], { encoding: 'utf8' }).split('\n')
    expect(listing).toEqual(expect.arrayContaining(['extension.vsomanifest', 'extension.vsixmanifest', 'CapflightRelease/task.json', 'CapflightRelease/icon.png', 'CapflightRelease/dist/index.js', 'CapflightRelease/dist/package.json', 'images/icon.png']))
    // The chunks the bundle loads on demand (the S3 client) travel with it.
    for (const chunk of readdirSync(path.join(ROOT, 'dist/azure'))) expect(listing).toContain(`CapflightRelease/dist/${chunk}`)
    const packed = execFileSync('python3', ['-c', 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("CapflightRelease/task.json").decode())', out], { encoding: 'utf8' })
    const manifest = JSON.parse(packed)
    expect(Object.keys(manifest.execution)).toEqual(['Node24', 'Node20_1'])
    const bundleManifest = execFileSync('python3', ['-c', 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("CapflightRelease/dist/package.json").decode())', out], { encoding: 'utf8' })
    expect(JSON.parse(bundleManifest)).toEqual({ type: 'module' })
    expect(manifest.inputs.find((i: { name: string }) => i.name === 'command').options).toEqual({ release: 'release', promote: 'promote', rollback: 'rollback', status: 'status', 'rollout-advance': 'rollout-advance' })
  })
})
