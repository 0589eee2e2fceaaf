// Names that come from users never leave the store: every command and every wrapper input that
// names a channel, version, app or device, fed with traversal strings. Each run must be refused
// with exit 2 and a message naming the input, and leave the store, and the disk around it, as it was.
import { existsSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runAction } from './helpers/action.js'
import { cleanupTemps, exampleRepo, Repo, runCli } from './helpers/repo.js'
import { snapshot, storePaths } from './helpers/store.js'

afterAll(cleanupTemps)

const escape = path.join(os.tmpdir(), `capflight-escape-${process.pid}`)
const TRAVERSALS = [`../../../../../../../..${escape}`, '../bundles/1.1.0-dev.1', '..', '.', 'beta/../../x', 'a\\b', '%2e%2e', ' beta', 'beta\n']

let repo: Repo
beforeAll(async () => {
  repo = exampleRepo()
  expect((await runCli(['release'], { cwd: repo.dir })).code).toBe(0)
})
afterEach(() => {
  // Nothing may have been written outside the store, whatever the outcome.
  expect(existsSync(`${escape}.json`) || existsSync(escape)).toBe(false)
  rmSync(`${escape}.json`, { force: true })
})

type Case = [string, (bad: string) => string[]]
const CLI_CASES: Case[] = [
  ['promote --to', (bad) => ['promote', '--from', 'development', '--to', bad]],
  ['promote --from', (bad) => ['promote', '--from', bad, '--to', 'qa']],
  ['promote --version', (bad) => ['promote', '--version', bad, '--to', 'qa']],
  ['rollback --channel', (bad) => ['rollback', '--channel', bad]],
  ['rollback --to', (bad) => ['rollback', '--channel', 'development', '--to', bad]],
  ['rollout --channel', (bad) => ['rollout', '--channel', bad, '--abort']],
  ['channel --channel', (bad) => ['channel', '--channel', bad, '--ios', 'false']],
  ['status --channel', (bad) => ['status', '--channel', bad]],
  ['release --channel', (bad) => ['release', '--channel', bad, '--no-build']],
  ['release --app-id', (bad) => ['release', '--app-id', bad, '--no-build']],
  ['device set-channel --device', (bad) => ['device', 'set-channel', '--device', bad, '--channel', 'development']],
  ['device set-channel --channel', (bad) => ['device', 'set-channel', '--device', 'd-1', '--channel', bad]],
  ['device unset-channel --device', (bad) => ['device', 'unset-channel', '--device', bad]],
  ['serve --default-channel', (bad) => ['serve', '--port', '0', '--default-channel', bad]]
]

describe.each(CLI_CASES)('capflight %s', (_name, args) => {
  test.each(TRAVERSALS)('%j is refused with exit 2 and the store unchanged', async (bad) => {
    const before = snapshot(storePaths(repo.dir).root)
    const r = await runCli([...args(bad), '--json'], { cwd: repo.dir })
    expect(r.code).toBe(2)
    expect(r.json?.error).toMatch(/may only hold|is not a semantic version|is empty/)
    expect(r.stderr).not.toMatch(/\n\s+at /) // a clear message, no stack trace
    expect(snapshot(storePaths(repo.dir).root)).toEqual(before)
  })
})

test('store check still passes after every attempt', async () => {
  const check = await runCli(['store', 'check', '--json'], { cwd: repo.dir })
  expect(check.code).toBe(0)
  expect(check.json.problems).toEqual([])
})

const ACTION_CASES: Array<[string, (bad: string) => Record<string, string>]> = [
  ['to (promote)', (bad) => ({ command: 'promote', from: 'development', to: bad })],
  ['from (promote)', (bad) => ({ command: 'promote', from: bad, to: 'qa' })],
  ['version (promote)', (bad) => ({ command: 'promote', version: bad, to: 'qa' })],
  ['channel (rollback)', (bad) => ({ command: 'rollback', channel: bad })],
  ['to (rollback)', (bad) => ({ command: 'rollback', channel: 'development', to: bad })],
  ['channel (release)', (bad) => ({ command: 'release', channel: bad })],
  ['app-id', (bad) => ({ command: 'status', 'app-id': bad })]
]

describe.each(ACTION_CASES)('GitHub Action input %s', (_name, inputs) => {
  test.each(TRAVERSALS.slice(0, 4))('%j fails the step before anything runs', async (bad) => {
    const before = snapshot(storePaths(repo.dir).root)
    const run = await runAction({ workspace: repo.dir, ref: 'refs/heads/main', sha: repo.head(), inputs: { install: 'false', ...inputs(bad) } })
    expect(run.code).toBe(2) // a configuration error, as in the CLI
    expect(run.stdout).toMatch(/::error::.*(may only hold|is not a semantic version)/)
    expect(run.outputs.status ?? '').not.toMatch(/released|promoted|rolled-back/)
    expect(snapshot(storePaths(repo.dir).root)).toEqual(before)
  })
})

describe('the store layer refuses any key part that is not a plain name (defence in depth)', () => {
  test.each(['../x', '../../../../etc/passwd', 'a/b', 'a\\b', 'x\u0000'])('FileStore, channel %j', async (bad) => {
    const { FileStore } = await import('../src/core/store/file-store.js')
    const store = new FileStore(path.join(repo.dir, '.capflight/store'))
    const before = snapshot(storePaths(repo.dir).root)
    await expect(store.getChannel('com.example.capflight', bad)).rejects.toThrow(/Refusing store key part/)
    const record = { ...storePaths(repo.dir).channel('development'), name: bad }
    await expect(store.putChannel('com.example.capflight', record, record.revision)).rejects.toThrow(/Refusing store key part/)
    await expect(store.getChannel(bad, 'development')).rejects.toThrow(/Refusing store key part/)
    expect(snapshot(storePaths(repo.dir).root)).toEqual(before)
  })

  test('S3 keys are built by the same check', async () => {
    const { appKeyParts } = await import('../src/core/store/keys.js')
    expect(appKeyParts('com.example.app', ['channels', 'beta.json'])).toEqual(['apps', 'com.example.app', 'channels', 'beta.json'])
    expect(() => appKeyParts('com.example.app', ['channels', '../bundles/1.0.0.json'])).toThrow(/Refusing store key part/)
    expect(() => appKeyParts('..', ['channels'])).toThrow(/Refusing store key part/)
  })
})
