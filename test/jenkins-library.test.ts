import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createKeyPair } from '../src/core/crypto/keys.js'
import { baseEnv, cleanupTemps, exampleBuildCommand, exampleRepo, Repo, ROOT, tempDir } from './helpers/repo.js'
import { snapshot, storePaths } from './helpers/store.js'
import { guardedRollout } from './helpers/fleet.js'

afterAll(cleanupTemps)

// Groovy 2.4 (Debian's package, the Groovy Jenkins pipelines use) runs the library step with
// stand-ins for the pipeline steps; `sh` really runs, so the real CLI resource really releases.
// A short-lived JVM: the client compiler only and no parallel GC start it about a third faster.
const JVM_OPTIONS = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto'
const javaHome = path.dirname(path.dirname(realpathSync(execFileSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' }).trim())))

interface Report { ok: boolean; result?: any; error?: string; description?: string; log: string[]; commands: string[] }

function runStep(repo: Repo, config: Record<string, unknown>, options: { env?: Record<string, string>; credentials?: Record<string, string>; step?: string; tmp?: string } = {}): Report {
  const scenario = path.join(tempDir(), 'scenario.json')
  writeFileSync(scenario, JSON.stringify({
    library: path.join(ROOT, 'jenkins'), workspace: repo.dir, tmp: options.tmp ?? tempDir('capflight-jenkins-tmp-'), step: options.step ?? 'capflightRelease',
    // The example app's build script without npm's start-up, as runCli does (see exampleBuildCommand).
    config: config.buildCommand === undefined && exampleBuildCommand(repo.dir) ? { ...config, buildCommand: exampleBuildCommand(repo.dir) } : config,
    credentials: options.credentials ?? {},
    env: { JENKINS_URL: 'https://ci.example.com/', BUILD_ID: '7', BUILD_URL: 'https://ci.example.com/job/app/7/', GIT_COMMIT: repo.head(), ...options.env }
  }))
  const out = execFileSync('groovy', [path.join(ROOT, 'test/jenkins/harness.groovy'), scenario], { env: baseEnv({ JAVA_HOME: javaHome, JAVA_OPTS: JVM_OPTIONS }), encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 })
  return JSON.parse(out.trim().split('\n').pop()!)
}

describe('Jenkins shared library (vars/capflightRelease.groovy under Groovy 2.4)', () => {
  test('a multibranch hotfix build releases to beta, returns the result Map and sets the build description', () => {
    const repo = exampleRepo()
    repo.git('checkout', '-q', '-b', 'hotfix/pay')
    repo.commit('fix: pay button')
    const report = runStep(repo, {}, { env: { BRANCH_NAME: 'hotfix/pay' } })
    expect(report.error).toBeUndefined()
    expect(report.ok).toBe(true)
    expect(report.result).toMatchObject({ status: 'released', channel: 'beta', version: '1.1.0-beta.1', releaseType: 'ota', exitCode: 0 })
    expect(report.result.checksum).toMatch(/^[0-9a-f]{64}$/)
    expect(report.description).toBe('capflight: released 1.1.0-beta.1 -> beta')
    expect(storePaths(repo.dir).channel('beta').version).toBe('1.1.0-beta.1')
  })

  test('a tag build on a detached HEAD promotes to production; rollback and promote steps work', () => {
    const repo = exampleRepo()
    repo.git('tag', 'v1.0.0')
    repo.git('checkout', '-q', '-b', 'hotfix/a')
    repo.commit('fix: a')
    runStep(repo, {}, { env: { BRANCH_NAME: 'hotfix/a' } })
    repo.git('tag', 'v1.0.1')
    repo.git('checkout', '-q', '--detach', 'v1.0.1')
    const prod = runStep(repo, {}, { env: { TAG_NAME: 'v1.0.1', BRANCH_NAME: 'v1.0.1' } })
    expect(prod.result).toMatchObject({ status: 'promoted', channel: 'production', version: '1.0.1' })
    const promoted = runStep(repo, { command: 'promote', from: 'production', to: 'qa' })
    expect(promoted.result).toMatchObject({ status: 'promoted', channel: 'qa', version: '1.0.1' })
    const back = runStep(repo, { command: 'rollback', channel: 'production', to: '1.0.0' }, {})
    expect(back.ok).toBe(false)
    expect(back.error).toMatch(/rollback failed \(exit code 2\): Version 1\.0\.0 is not in the store/)
  })

  test('command rollout-advance: a crashing rollout is aborted and the step fails with the gate\'s numbers; promote requireHealthy refuses it', async () => {
    const repo = exampleRepo()
    await guardedRollout(repo, 0.4)
    const refused = runStep(repo, { command: 'promote', version: '1.1.0', to: 'qa', requireHealthy: 'true' })
    expect(refused.ok).toBe(false)
    expect(refused.error).toMatch(/capflightRelease: Refusing to promote 1\.1\.0 to qa: crash rate/)
    const report = runStep(repo, { command: 'rollout-advance', channel: 'production' })
    expect(report.ok).toBe(false)
    expect(report.error).toMatch(/capflightRelease: Aborting the rollout of 1\.1\.0 on production at 5%: crash rate/)
    expect(storePaths(repo.dir).channel('production').rollout).toBeNull()
    const again = runStep(repo, { command: 'rollout-advance', channel: 'production' })
    expect(again.error).toMatch(/has no rollout in progress/)
  })

  test('secrets come through withCredentials and never appear in a command line or the log', () => {
    const repo = exampleRepo()
    const { privateKeyPem } = createKeyPair()
    const apiKey = 'jenkins_api_key_5d4c3b2a'
    const report = runStep(repo, { apiKeyCredentialsId: 'capflight-api', privateKeyCredentialsId: 'capflight-key' }, {
      env: { BRANCH_NAME: 'main' }, credentials: { 'capflight-api': apiKey, 'capflight-key': privateKeyPem }
    })
    expect(report.error).toBeUndefined()
    expect(report.result.status).toBe('released')
    expect(storePaths(repo.dir).bundle(report.result.version).sessionKey).toBeTruthy()
    const everything = JSON.stringify({ commands: report.commands, log: report.log, result: report.result, description: report.description })
    for (const form of [apiKey, ...privateKeyPem.split('\n').filter((l) => l.length > 20 && !l.startsWith('-----'))]) expect(everything).not.toContain(form)
    expect(report.commands.join('\n')).toMatch(/"\$CAPFLIGHT_NODE" "\$CAPFLIGHT_CLI_FILE" "\$@"/)
  })

  test.each([
    [{ chanel: 'beta' }, {}, /unknown option\(s\) chanel\. Known options: command, channel/],
    [{ command: 'deploy' }, {}, /command must be release, promote, rollback, status or rollout-advance, got 'deploy'/],
    [{ command: 'promote', from: 'beta' }, {}, /command promote needs to:/],
    [{ command: 'rollout-advance' }, {}, /command rollout-advance needs channel:/],
    [{ command: 'release', requireHealthy: true }, {}, /requireHealthy applies to command promote only/],
    [{ apiKeyCredentialsId: 'missing-id' }, {}, /Could not find credentials entry with ID 'missing-id'/],
    [{ nodeCommand: 'no-such-node' }, {}, /no Node\.js on this agent \('no-such-node' not found\)/],
    [{ nodeCommand: 'OLD_NODE' }, {}, /Node\.js v18\.20\.0 is too old; capflight needs Node\.js 22 or newer/]
  ])('bad input %j is a clear error()', (config, _env, message) => {
    const repo = exampleRepo()
    let cfg = config as Record<string, unknown>
    if (cfg.nodeCommand === 'OLD_NODE') {
      const fake = path.join(tempDir(), 'node18')
      writeFileSync(fake, '#!/bin/sh\necho v18.20.0\n', { mode: 0o755 })
      cfg = { nodeCommand: fake }
    }
    const report = runStep(repo, cfg, { env: { BRANCH_NAME: 'main' } })
    expect(report.ok).toBe(false)
    expect(report.error).toMatch(message)
  })

  test('string parameters: dryRun and allowNativeChange \'false\' are false, \'true\' is true, anything else an error', () => {
    const repo = exampleRepo()
    const dry = runStep(repo, { dryRun: 'true' }, { env: { BRANCH_NAME: 'main' } })
    expect(dry.result).toMatchObject({ status: 'dry-run' })
    expect(storePaths(repo.dir).bundles()).toEqual([])
    const real = runStep(repo, { dryRun: 'false', allowNativeChange: 'false', setDescription: 'false' }, { env: { BRANCH_NAME: 'main' } })
    expect(real.result).toMatchObject({ status: 'released', version: '1.1.0-dev.1' })
    expect(real.description ?? undefined).toBeUndefined()
    expect(storePaths(repo.dir).bundles()).toEqual(['1.1.0-dev.1'])
    const bad = runStep(repo, { dryRun: 'maybe' }, { env: { BRANCH_NAME: 'main' } })
    expect(bad.error).toMatch(/dryRun must be true or false, got 'maybe'/)
  })

  test('a failure before the CLI runs never reads the previous build\'s result', () => {
    const repo = exampleRepo()
    const tmp = tempDir('capflight-jenkins-tmp-')
    const first = runStep(repo, {}, { env: { BRANCH_NAME: 'main' }, tmp })
    expect(first.result).toMatchObject({ status: 'released', version: '1.1.0-dev.1' })
    const second = runStep(repo, { workingDirectory: 'no/such/folder' }, { env: { BRANCH_NAME: 'main' }, tmp })
    expect(second.ok).toBe(false)
    expect(second.error).toMatch(/release failed \(exit code \d+\)/)
    expect(second.error).not.toContain('1.1.0-dev.1')
    expect(second.result).toBeUndefined()
  })

  test.each(['../../../../tmp/capflight-escape', '../bundles/1.1.0-dev.1', '..'])('promote to: %s is refused before anything is written', (to) => {
    const repo = exampleRepo()
    runStep(repo, {}, { env: { BRANCH_NAME: 'main' } })
    const before = snapshot(storePaths(repo.dir).root)
    const report = runStep(repo, { command: 'promote', from: 'development', to })
    expect(report.ok).toBe(false)
    expect(report.error).toMatch(/promote failed \(exit code 2\): --to channel .* may only hold letters/)
    expect(snapshot(storePaths(repo.dir).root)).toEqual(before)
  })

  test('capflightPromote and capflightRollback are steps of their own', () => {
    const repo = exampleRepo()
    repo.git('tag', 'v1.0.0')
    runStep(repo, {}, { env: { TAG_NAME: 'v1.0.0', BRANCH_NAME: 'v1.0.0' } })
    const promoted = runStep(repo, { from: 'production', to: 'qa' }, { step: 'capflightPromote' })
    expect(promoted.result).toMatchObject({ status: 'promoted', channel: 'qa', version: '1.0.0' })
    repo.commit('fix: next')
    repo.git('tag', 'v1.0.1')
    runStep(repo, {}, { env: { TAG_NAME: 'v1.0.1', BRANCH_NAME: 'v1.0.1' } })
    const back = runStep(repo, { channel: 'production' }, { step: 'capflightRollback' })
    expect(back.result).toMatchObject({ channel: 'production', version: '1.0.0', previousVersion: '1.0.1' })
    expect(runStep(repo, { command: 'release' }, { step: 'capflightPromote' }).error).toMatch(/capflightPromote: takes no command: option/)
  })

  test('the library resources are the current CLI bundle, every file of it listed', () => {
    const listed = readFileSync(path.join(ROOT, 'jenkins/resources/capflight/cli/files.txt'), 'utf8').trim().split('\n')
    expect(listed.sort()).toEqual(readdirSync(path.join(ROOT, 'dist/cli')).sort())
    for (const name of listed) expect(execFileSync('cmp', [path.join(ROOT, 'dist/cli', name), path.join(ROOT, 'jenkins/resources/capflight/cli', name)]).toString()).toBe('')
  })
})
