import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { FakeCapgo } from './helpers/capgo.js'
import { cleanupTemps, exampleRepo, ROOT, Repo, runCli } from './helpers/repo.js'

// Capgo Cloud cannot be reached from here: these tests run otakit, and through it the real
// @capgo/cli (the pinned release from node_modules), against FakeCapgo on 127.0.0.1.
const CAPGO_CLI = path.join(ROOT, 'node_modules/@capgo/cli/dist/index.js')
const APP = 'com.example.otakit'

let capgo: FakeCapgo
beforeEach(async () => {
  capgo = new FakeCapgo()
  await capgo.start()
  capgo.addApp(APP)
})
afterEach(() => capgo.stop())
afterAll(() => cleanupTemps())

/** The example app with its plugins installed, as the Capgo CLI expects a project to be. */
function capgoRepo(): Repo {
  const repo = exampleRepo()
  for (const [name, version] of [['@capacitor/core', '7.4.0'], ['@capgo/capacitor-updater', '8.51.23']]) {
    mkdirSync(path.join(repo.dir, 'node_modules', name), { recursive: true })
    writeFileSync(path.join(repo.dir, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }))
  }
  return repo
}

const cli = (repo: Repo, args: string[], env: Record<string, string> = {}) =>
  runCli([...args, '--store', capgo.storeUrl, '--json'], { cwd: repo.dir, env: { OTAKIT_API_KEY: 'good-key', OTAKIT_CAPGO_CLI: CAPGO_CLI, ...env } })

describe('capgo: store (real Capgo CLI against a local stand-in for Capgo)', () => {
  test('release uploads through the Capgo CLI and points the channel at it', async () => {
    const repo = capgoRepo()
    repo.git('tag', 'v1.0.0')
    repo.git('checkout', '-q', '-b', 'hotfix/a')
    repo.commit('fix: a')
    const run = await cli(repo, ['release'])
    console.log(run.stderr, JSON.stringify(capgo.requests.map((r) => `${r.method} ${r.path}`)))
    expect(run.json).toMatchObject({ status: 'released', channel: 'beta', version: '1.0.1-beta.1' })
    expect(capgo.channelVersion(APP, 'beta')).toBe('1.0.1-beta.1')
  }, 60_000)
})
