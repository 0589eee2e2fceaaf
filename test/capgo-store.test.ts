import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { capgoUploadArgs, parseCapgoUrl } from '../src/core/store/capgo-store.js'
import { explainCapgoFailure } from '../src/core/store/capgo-cli.js'
import { runAction } from './helpers/action.js'
import { FakeCapgo } from './helpers/capgo.js'
import { FakeGithubApi } from './helpers/github-api.js'
import { cleanupTemps, exampleRepo, ROOT, Repo, runCli, tempDir } from './helpers/repo.js'

// Capgo Cloud cannot be reached from here. These tests run the bundled capflight CLI, and
// through it the real @capgo/cli (the pinned release from node_modules), against FakeCapgo
// on 127.0.0.1: Capgo's documented public API plus the backend calls that CLI makes.
const CAPGO_CLI = path.join(ROOT, 'node_modules/@capgo/cli/dist/index.js')
const APP = 'com.example.capflight'

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
  repo.git('tag', 'v1.0.0')
  repo.git('checkout', '-q', '-b', 'hotfix/a')
  repo.commit('fix: a')
  return repo
}

const cli = (repo: Repo, args: string[], env: Record<string, string> = {}) =>
  runCli([...args, '--store', capgo.storeUrl, '--json'], { cwd: repo.dir, env: { CAPFLIGHT_API_KEY: 'good-key', CAPFLIGHT_CAPGO_CLI: CAPGO_CLI, ...env } })
const count = (method: string, prefix: string) => capgo.requests.filter((r) => r.method === method && r.path.startsWith(prefix)).length

describe('capgo: store (real Capgo CLI against a local stand-in for Capgo)', () => {
  test('release uploads through the Capgo CLI; reruns, promotions and rollbacks are channel moves', async () => {
    const repo = capgoRepo()
    const beta = await cli(repo, ['release'])
    expect(beta.json).toMatchObject({ status: 'released', channel: 'beta', version: '1.0.1-beta.1', bundleUrl: expect.stringMatching(/^capgo:com\.example\.capflight\//) })
    expect(beta.json.next).toBe('Devices on channel "beta" get 1.0.1-beta.1 from Capgo at their next update check.')
    expect(capgo.channelVersion(APP, 'beta')).toBe('1.0.1-beta.1')
    // The checksum reported is that of the bytes Capgo holds; the comment carries the changelog and capflight's trailers.
    const zip = capgo.uploads.get(`${APP}/1.0.1-beta.1`)!
    expect(beta.json.checksum).toBe(createHash('sha256').update(zip).digest('hex'))
    const row = capgo.versions.find((v) => v.name === '1.0.1-beta.1')!
    expect(row.comment).toContain(beta.json.changelog.trim())
    expect(row.comment).toContain(`capflight-commit: ${repo.head()}`)
    // The key reaches the Capgo CLI through its environment, never its command line.
    expect(capgo.requests.filter((r) => r.path.startsWith('/rest/v1/rpc/')).every((r) => r.headers.capgkey === 'good-key')).toBe(true)
    expect(beta.stderr).not.toContain('good-key')

    const again = await cli(repo, ['release'])
    expect(again.json).toMatchObject({ status: 'unchanged', version: '1.0.1-beta.1' })
    expect(count('PUT', '/upload/')).toBe(1)
    // A new commit that leaves the web bundle as it was is no new bundle either.
    repo.commit('fix: the build script only', { 'NOTES.md': 'no web change' })
    const same = await cli(repo, ['release'])
    expect(same.json).toMatchObject({ status: 'unchanged', version: '1.0.1-beta.1', checksum: beta.json.checksum })
    expect(same.json.message).toMatch(/byte-identical to 1\.0\.1-beta\.1/)
    expect(count('PUT', '/upload/')).toBe(1)

    repo.git('tag', 'v1.0.1', 'HEAD~1')
    repo.git('checkout', '-q', 'v1.0.1')
    const prod = await cli(repo, ['release'])
    expect(prod.json).toMatchObject({ status: 'promoted', channel: 'production', version: '1.0.1-beta.1', checksum: beta.json.checksum })
    expect(capgo.channelVersion(APP, 'production')).toBe('1.0.1-beta.1')
    expect(count('PUT', '/upload/')).toBe(1)
    expect((await cli(repo, ['release'])).json.status).toBe('unchanged')

    repo.git('checkout', '-q', 'hotfix/a')
    repo.commit('fix: b')
    const second = await cli(repo, ['release', '--branch', 'hotfix/a'])
    expect(second.json).toMatchObject({ status: 'released', version: '1.0.2-beta.1', previousVersion: '1.0.1-beta.1' })
    expect(count('PUT', '/upload/')).toBe(2)

    const noHistory = await cli(repo, ['rollback', '--channel', 'beta'])
    expect(noHistory.code).toBe(1)
    expect(noHistory.json.error).toMatch(/keeps no history for channel "beta".*--to <version>/)
    const back = await cli(repo, ['rollback', '--channel', 'beta', '--to', '1.0.1-beta.1'])
    expect(back.json).toMatchObject({ status: 'rolled-back', version: '1.0.1-beta.1', previousVersion: '1.0.2-beta.1' })
    expect(capgo.channelVersion(APP, 'beta')).toBe('1.0.1-beta.1')
    const promoted = await cli(repo, ['promote', '--version', '1.0.2-beta.1', '--to', 'production'])
    expect(promoted.json).toMatchObject({ status: 'promoted', version: '1.0.2-beta.1' })
    expect(count('PUT', '/upload/')).toBe(2)

    const status = await cli(repo, ['status'])
    expect(status.json.channels.map((c: { name: string; version: string }) => [c.name, c.version])).toEqual([['beta', '1.0.1-beta.1'], ['production', '1.0.2-beta.1']])
  }, 120_000)

  test('an invalid key, a key without upload rights and a missing app fail clearly and move nothing', async () => {
    const repo = capgoRepo()
    const bad = await cli(repo, ['release'], { CAPFLIGHT_API_KEY: 'wrong-key' })
    expect(bad.code).toBe(1)
    expect(bad.json.error).toMatch(/Capgo refused the API key \(HTTP 401.*api-key/)
    expect(bad.stderr).not.toContain('wrong-key')

    capgo.validKeys.add('read-key')
    capgo.readOnlyKeys.add('read-key')
    const readOnly = await cli(repo, ['release'], { CAPFLIGHT_API_KEY: 'read-key' })
    expect(readOnly.code).toBe(1)
    expect(readOnly.json.error).toMatch(/may not upload bundles for com\.example\.capflight.*"all" or "upload" mode/)

    const missing = await cli(repo, ['release', '--app-id', 'com.example.missing'])
    expect(missing.code).toBe(1)
    expect(missing.json.error).toMatch(/App com\.example\.missing does not exist in Capgo.*app add com\.example\.missing/)

    const serve = await cli(repo, ['serve'])
    expect(serve.code).toBe(2)
    expect(serve.json.error).toMatch(/capflight serve needs device data, which capgo: stores cannot hold: devices on Capgo update from Capgo itself.*Use a file: or s3:\/\/ store/)

    const noKey = await runCli(['release', '--store', capgo.storeUrl, '--json'], { cwd: repo.dir })
    expect(noKey.code).toBe(2)
    expect(noKey.json.error).toMatch(/needs a Capgo API key: pass --api-key, set CAPFLIGHT_API_KEY/)

    expect(count('PUT', '/upload/')).toBe(0)
    expect(capgo.channels.get(APP)!.size).toBe(0)
  }, 120_000)

  test('a version Capgo already has from elsewhere is refused, not overwritten', async () => {
    const repo = capgoRepo()
    capgo.seedBundle(APP, '1.0.1', { comment: 'uploaded by hand' })
    repo.git('tag', 'v1.0.1')
    const run = await cli(repo, ['release'])
    expect(run.code).toBe(1)
    expect(run.json.error).toMatch(/Version 1\.0\.1 is already in capgo:.*uploaded without capflight.*tag a new version/)
    expect(count('PUT', '/upload/')).toBe(0)
    expect(capgo.channels.get(APP)!.size).toBe(0)
  }, 60_000)

  test('every page of Capgo\'s bundle list counts: the prerelease number follows the 50 Capgo already has', async () => {
    const repo = capgoRepo()
    for (let n = 1; n <= 50; n++) capgo.seedBundle(APP, `1.0.1-beta.${n}`)
    const run = await cli(repo, ['release'])
    expect(run.json).toMatchObject({ status: 'released', version: '1.0.1-beta.51' })
    // Page 0 held 50 bundles; page 1 (empty) is Capgo's 400 "Cannot get bundle", read as the end.
    expect(capgo.requests.filter((r) => r.path === '/functions/v1/bundle/' && r.query.page === '1').length).toBeGreaterThan(0)
  }, 60_000)

  test('the native gate runs before any upload, against what Capgo recorded for the channel', async () => {
    const repo = capgoRepo()
    capgo.seedBundle(APP, '1.0.0-beta.9', { channel: 'beta', plugins: { '@capacitor/core': '7.4.0', '@capgo/capacitor-updater': '8.40.0' } })
    const refused = await cli(repo, ['release'])
    expect(refused.code).toBe(3)
    expect(refused.json).toMatchObject({ status: 'native-required' })
    expect(refused.json.nativeChanges).toEqual(['plugin @capgo/capacitor-updater changed (8.40.0 → 8.51.23)'])
    expect(count('PUT', '/upload/')).toBe(0)

    capgo.seedBundle(APP, '1.0.0-beta.10', { channel: 'beta', plugins: { '@capacitor/core': '7.4.0', '@capgo/capacitor-updater': '8.51.23' } })
    const same = await cli(repo, ['release'])
    expect(same.json).toMatchObject({ status: 'released', previousVersion: '1.0.0-beta.10' })
  }, 60_000)

  test('a run stopped after its upload, before the channel moved, is finished by the next run without a second upload', async () => {
    const repo = capgoRepo()
    capgo.failChannelMoves = 1
    const stopped = await cli(repo, ['release'])
    expect(stopped.code).toBe(1)
    expect(stopped.json.error).toMatch(/^Capgo stored the bundle but the channel move failed\. Run the release again/)
    expect(capgo.channelVersion(APP, 'beta')).toBeUndefined()
    const uploads = count('PUT', '/upload/')

    const resumed = await cli(repo, ['release'])
    expect(resumed.json).toMatchObject({ version: '1.0.1-beta.1', channel: 'beta' })
    expect(capgo.channelVersion(APP, 'beta')).toBe('1.0.1-beta.1')
    expect(count('PUT', '/upload/')).toBe(uploads)
    expect(capgo.versions.filter((v) => !v.deleted)).toHaveLength(1)
  }, 60_000)

  test('a prerelease number another pipeline takes meanwhile is detected on read-back; capflight takes the next one', async () => {
    const repo = capgoRepo()
    capgo.raceNextVersionCheck = true
    const run = await cli(repo, ['release'])
    expect(run.json).toMatchObject({ status: 'released', version: '1.0.1-beta.2' })
    expect(run.stderr).toMatch(/Another pipeline took that version; trying 1\.0\.1-beta\.2/)
    expect(capgo.channelVersion(APP, 'beta')).toBe('1.0.1-beta.2')
    expect(capgo.versions.find((v) => v.name === '1.0.1-beta.1')!.comment).toMatch(/from another pipeline/)
  }, 60_000)

  test('5xx and 429 from the public API are retried (Retry-After honoured); the release completes', async () => {
    const repo = capgoRepo()
    capgo.faults.push({ status: 503, count: 2 }, { status: 429, count: 1, retryAfter: '1' })
    const run = await cli(repo, ['release'])
    expect(run.json).toMatchObject({ status: 'released', version: '1.0.1-beta.1' })
    expect(run.stderr).toMatch(/failed \(HTTP 503\); retrying/)
    // The wait itself is tested with an injected clock (retry.test.ts); here: the server's ask is read.
    expect(run.stderr).toMatch(/failed \(HTTP 429\); retrying in 1\.0 s/)
    expect(capgo.channelVersion(APP, 'beta')).toBe('1.0.1-beta.1')
  }, 60_000)
})

describe('capgo: external bundles (bytes in your own storage, registered through the public API)', () => {
  const CDN = 'https://cdn.example.test/updates'
  const externalCli = (repo: Repo, dir: string, args: string[]) => runCli([...args, '--store', `${capgo.storeUrl}&externalStore=${encodeURIComponent(dir)}&externalUrl=${encodeURIComponent(CDN)}`, '--json'], { cwd: repo.dir, env: { CAPFLIGHT_API_KEY: 'good-key' } })

  test('release stores the zip in the external store, registers it in Capgo, moves the channel; a tag promotes the same bytes', async () => {
    const repo = capgoRepo()
    const dir = tempDir('capflight-cdn-')
    const beta = await externalCli(repo, dir, ['release'])
    expect(beta.json).toMatchObject({ status: 'released', channel: 'beta', version: '1.0.1-beta.1' })
    const zipUrl = `${CDN}/apps/${APP}/artifacts/${beta.json.checksum}.zip`
    expect(beta.json.bundleUrl).toBe(zipUrl)
    const row = capgo.versions.find((v) => v.name === '1.0.1-beta.1')!
    expect(row).toMatchObject({ external_url: zipUrl, checksum: beta.json.checksum, storage_provider: 'external' })
    // The bytes behind that address are capflight's own zip, verified by its checksum; no Capgo CLI ran.
    const zip = readFileSync(path.join(dir, 'apps', APP, 'artifacts', `${beta.json.checksum}.zip`))
    expect(createHash('sha256').update(zip).digest('hex')).toBe(beta.json.checksum)
    expect(capgo.requests.filter((r) => r.path.startsWith('/rest/v1/') || r.path.startsWith('/upload/'))).toEqual([])
    expect(capgo.channelVersion(APP, 'beta')).toBe('1.0.1-beta.1')
    expect((await externalCli(repo, dir, ['release'])).json.status).toBe('unchanged')

    repo.git('tag', 'v1.0.1')
    const prod = await externalCli(repo, dir, ['release'])
    expect(prod.json).toMatchObject({ status: 'promoted', channel: 'production', version: '1.0.1', checksum: beta.json.checksum })
    expect(capgo.versions.find((v) => v.name === '1.0.1')).toMatchObject({ external_url: zipUrl, checksum: beta.json.checksum })
    expect(capgo.channelVersion(APP, 'production')).toBe('1.0.1')

    const check = await externalCli(repo, dir, ['store', 'check'])
    expect(check.json).toMatchObject({ channels: 2, bundles: 2, problems: [] })
    const gc = await externalCli(repo, dir, ['store', 'gc', '--keep', '1'])
    expect(gc.code).toBe(2)
    expect(gc.json.error).toMatch(/does not delete from Capgo/)
  }, 60_000)

  test('encrypted: Capgo gets the signed checksum and the session key; the stored zip is ciphertext', async () => {
    const repo = capgoRepo()
    const dir = tempDir('capflight-cdn-')
    const keys = await runCli(['keys', 'create', '--json'], { cwd: repo.dir })
    const run = await externalCli(repo, dir, ['release', '--private-key', keys.json.privateKeyPath])
    expect(run.json.status).toBe('released')
    const row = capgo.versions.find((v) => v.name === run.json.version)!
    expect(row.checksum).toMatch(/^[0-9a-f]{512}$/)
    expect(row.session_key).toMatch(/^[A-Za-z0-9+/=]{24}:[A-Za-z0-9+/=]{344}$/)
    const file = path.join(dir, 'apps', APP, 'artifacts', path.basename(row.external_url!))
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).not.toBe('PK')
  }, 60_000)

  test('a bundle creation whose answer was lost is retried and found, not duplicated; bad external settings are refused', async () => {
    const repo = capgoRepo()
    const dir = tempDir('capflight-cdn-')
    capgo.loseBundleCreateAnswers = 1
    const run = await externalCli(repo, dir, ['release'])
    expect(run.json).toMatchObject({ status: 'released', version: '1.0.1-beta.1' })
    expect(capgo.versions.filter((v) => !v.deleted)).toHaveLength(1)
    expect(capgo.requests.filter((r) => r.method === 'POST' && r.path === '/functions/v1/bundle/')).toHaveLength(2)

    const http = await runCli(['release', '--store', `${capgo.storeUrl}&externalStore=${encodeURIComponent(dir)}&externalUrl=http%3A%2F%2Fcdn`, '--json'], { cwd: repo.dir, env: { CAPFLIGHT_API_KEY: 'good-key' } })
    expect(http.code).toBe(2)
    expect(http.json.error).toMatch(/must start with https:\/\/: Capgo only registers bundles served over HTTPS/)
  }, 60_000)
})

describe('capgo: through a CI wrapper', () => {
  test('the GitHub Action takes store and api-key inputs, masks the key and sets its outputs', async () => {
    const repo = capgoRepo()
    const github = new FakeGithubApi()
    const apiUrl = await github.start()
    try {
      const run = await runAction({
        workspace: repo.dir, ref: 'refs/heads/hotfix/a', sha: repo.head(), apiUrl,
        inputs: { install: 'false', store: capgo.storeUrl, 'api-key': 'good-key' },
        env: { CAPFLIGHT_CAPGO_CLI: CAPGO_CLI }
      })
      expect(run.code).toBe(0)
      expect(run.outputs).toMatchObject({ status: 'released', channel: 'beta', version: '1.0.1-beta.1' })
      expect(run.stdout).toMatch(/::add-mask::good-key/)
      expect(run.stdout.replace(/::add-mask::.*/g, '')).not.toContain('good-key')
      expect(capgo.channelVersion(APP, 'beta')).toBe('1.0.1-beta.1')
      // The commit link handed to Capgo points at the repository the runner names.
      expect(capgo.versions[0].link).toBe(`https://github.com/octo/app/commit/${repo.head()}`)
    } finally {
      await github.stop()
    }
  }, 60_000)
})

describe('capgo: pieces', () => {
  test('store URL: Capgo Cloud by default, a self-hosted Capgo with supaHost and supaAnon', () => {
    expect(parseCapgoUrl('capgo:')).toEqual({ apiBase: 'https://api.capgo.app', supaHost: undefined, supaAnon: undefined })
    expect(parseCapgoUrl('capgo:?supaHost=https%3A%2F%2Fsb.example.com%2F&supaAnon=a')).toMatchObject({ apiBase: 'https://sb.example.com/functions/v1', supaHost: 'https://sb.example.com' })
    expect(() => parseCapgoUrl('capgo:?supaHost=https://x')).toThrow(/needs both supaHost and supaAnon/)
    expect(() => parseCapgoUrl('capgo:?region=eu')).toThrow(/parameter "region" is unknown/)
    expect(() => parseCapgoUrl('capgo://bucket/x')).toThrow(/has a path/)
    expect(parseCapgoUrl('capgo:?externalStore=s3%3A%2F%2Fb%2Fp&externalUrl=https%3A%2F%2Fcdn.example.com%2Fp%2F').external).toEqual({ store: 's3://b/p', url: 'https://cdn.example.com/p' })
    expect(() => parseCapgoUrl('capgo:?externalStore=s3://b/p')).toThrow(/need both externalStore .* and externalUrl/)
    expect(() => parseCapgoUrl('capgo:?externalStore=capgo:&externalUrl=https://x')).toThrow(/file: or s3:\/\/ store, not capgo:/)
  })

  test('the Capgo CLI gets exactly the flags the plan implies', () => {
    const fingerprint = { digest: 'd', plugins: { '@capgo/capacitor-updater': '8.51.23' } }
    const base = { appId: APP, version: '1.4.3-beta.2', channel: 'beta', cwd: '/p', webDir: '/p/www', commit: 'a'.repeat(40), changelog: '## 1.4.3-beta.2\n* fix: x', fingerprint, packChecksum: 'c'.repeat(64), allowNativeChange: false }
    const comment = `## 1.4.3-beta.2\n* fix: x\n\ncapflight-commit: ${'a'.repeat(40)}\ncapflight-pack: ${'c'.repeat(64)}\ncapflight-native: ${JSON.stringify(fingerprint)}`
    expect(capgoUploadArgs(base, parseCapgoUrl('capgo:'))).toEqual([
      'bundle', 'upload', APP, '--path', '/p/www', '--bundle', '1.4.3-beta.2', '--channel', 'beta', '--comment', comment, '--delta', '--version-exists-ok', '--no-code-check'
    ])
    expect(capgoUploadArgs({ ...base, commitUrl: 'https://github.com/o/r/commit/aaa', privateKey: 'PEM', rolloutPercent: 12.5, minNativeVersion: '1.4.0', allowNativeChange: true }, parseCapgoUrl('capgo:?supaHost=http://h&supaAnon=k')).slice(14)).toEqual([
      '--link', 'https://github.com/o/r/commit/aaa', '--key-data-v2', 'PEM', '--rollout', '12.5', '--min-update-version', '1.4.0', '--ignore-metadata-check', '--supa-host', 'http://h', '--supa-anon', 'k'
    ])
  })

  test('Capgo CLI failures become errors that say what to do', () => {
    expect(explainCapgoFailure(['│', '■  Cannot check 2FA compliance: Invalid API key'], 1, APP).message).toMatch(/^Capgo rejected the API key.*Capgo said: Cannot check 2FA compliance: Invalid API key$/)
    expect(explainCapgoFailure(['■  Something odd', '■  Error: Something odd'], 1, APP).message).toBe('The Capgo CLI failed (exit 1): Something odd / Error: Something odd. Nothing was moved; fix the cause and run the release again.')
  })
})
