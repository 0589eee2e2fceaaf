import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { brotliDecompressSync } from 'node:zlib'
import { SimulatedDevice } from './helpers/device.js'
import { cleanupTemps, exampleRepo, Repo, runCli } from './helpers/repo.js'
import { startServe } from './helpers/serve.js'
import { storePaths } from './helpers/store.js'

afterAll(cleanupTemps)

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')

/** A repository with v1.0.0 in production and a hotfix on beta. */
async function releasedApp(): Promise<Repo> {
  const repo = exampleRepo()
  repo.git('tag', 'v1.0.0')
  expect((await runCli(['release', '--json'], { cwd: repo.dir })).json.status).toBe('released')
  repo.git('checkout', '-q', '-b', 'hotfix/a')
  repo.commit('fix: hotfix a', { 'src/a.js': 'export const a = 1' })
  expect((await runCli(['release', '--json'], { cwd: repo.dir })).json.version).toBe('1.0.1-beta.1')
  // Testers' builds name beta: the channel lets devices pick it (off by default).
  expect((await runCli(['channel', '--channel', 'beta', '--allow-self-set', 'true'], { cwd: repo.dir })).code).toBe(0)
  return repo
}

async function withServer<T>(repo: Repo, run: (url: string) => Promise<T>, args: string[] = []): Promise<T> {
  const server = await startServe(repo.dir, ['--cache-ttl', '0', ...args])
  try {
    return await run(server.url)
  } finally {
    await server.stop()
  }
}

describe('capflight serve with a simulated device', () => {
  test('a device updates from the default channel, verifies and unzips the bundle, and its stats reach status', async () => {
    const repo = await releasedApp()
    await withServer(repo, async (url) => {
      const device = new SimulatedDevice(url)
      const first = await device.update()
      expect(first).toMatchObject({ outcome: 'updated', version: '1.0.0' })
      expect(first.response.url).toMatch(new RegExp(`^${url}/download/com\\.example\\.capflight/artifacts/[0-9a-f]{64}\\.zip$`))
      const again = await device.update()
      expect(again).toMatchObject({ outcome: 'none', error: 'no_new_version_available' })
      expect(again.response.kind).toBe('up_to_date')

      const tester = new SimulatedDevice(url, { defaultChannel: 'beta' })
      expect(await tester.update()).toMatchObject({ outcome: 'updated', version: '1.0.1-beta.1' })
      await tester.report('download_fail', '1.0.1-beta.1')
      await tester.report('download_fail', '1.0.1-beta.1')
    })
    // Stopping serve flushes what it buffered. Devices are counted once, not per event.
    const s = await runCli(['status', '--json'], { cwd: repo.dir })
    expect(s.json.health).toEqual(expect.arrayContaining([
      expect.objectContaining({ channel: 'production', version: '1.0.0', installed: 1, offered: 1, failed: 0 }),
      expect.objectContaining({ channel: 'beta', version: '1.0.1-beta.1', installed: 1, offered: 1, failed: 1, failedBy: { download: 1 } })
    ]))
    const human = await runCli(['status'], { cwd: repo.dir })
    expect(human.stdout).toMatch(/beta\s+1\.0\.1-beta\.1\s+android\s+\S+\s+0\s+1\s+1\s+1\s+0/)
  })

  test('delta: manifest entries point at content-addressed files whose bytes match file_hash', async () => {
    const repo = await releasedApp()
    await withServer(repo, async (url) => {
      const { body } = await new SimulatedDevice(url).check()
      // Files Brotli saves bytes on are listed as <name>.br and sent compressed; the rest as they are.
      const names = body.manifest.map((m: { file_name: string }) => m.file_name)
      expect(names).toEqual(expect.arrayContaining(['index.html.br', 'app.js.br', 'build-info.json']))
      for (const entry of body.manifest) {
        const sent = Buffer.from(await (await fetch(entry.download_url)).arrayBuffer())
        const name = entry.file_name.replace(/\.br$/, '')
        const bytes = entry.file_name.endsWith('.br') ? brotliDecompressSync(sent) : sent
        if (entry.file_name.endsWith('.br')) expect(sent.length).toBeLessThan(bytes.length)
        expect(sha(bytes)).toBe(entry.file_hash)
        expect(bytes.equals(readFileSync(path.join(repo.dir, 'www', name)))).toBe(true)
      }
    })
  })

  test('a file named .br is sent as <name>.br.br; a bundle whose .br file has no Brotli form is sent as the zip only', async () => {
    const repo = exampleRepo()
    repo.commit('feat: precompressed asset', { 'src/data.json.br': 'plain text in a file named .br' })
    repo.git('tag', 'v1.0.0')
    expect((await runCli(['release', '--json'], { cwd: repo.dir })).json.status).toBe('released')
    await withServer(repo, async (url) => {
      const { body } = await new SimulatedDevice(url).check()
      // The plugin decompresses every entry ending in .br: this one is wrapped once more.
      const entry = body.manifest.find((m: { file_name: string }) => m.file_name === 'data.json.br.br')
      const sent = Buffer.from(await (await fetch(entry.download_url)).arrayBuffer())
      expect(brotliDecompressSync(sent).toString()).toBe('plain text in a file named .br')
    })
    // A record written before Brotli forms existed lists data.json.br plainly: no manifest, so no
    // device mistakes it for a compressed file; the zip still carries it.
    const store = storePaths(repo.dir)
    const file = store.bundlePath('1.0.0')
    const record = JSON.parse(readFileSync(file, 'utf8'))
    for (const f of record.manifest) delete f.brotli
    writeFileSync(file, JSON.stringify(record))
    await withServer(repo, async (url) => {
      const device = new SimulatedDevice(url)
      const { body } = await device.check()
      expect(body).toMatchObject({ version: '1.0.0' })
      expect(body.manifest).toBeUndefined()
      expect((await device.update()).outcome).toBe('updated')
    })
  })

  test('rollouts: cohorts only grow as the percentage rises; promote serves everyone; abort returns everyone', async () => {
    const repo = await releasedApp()
    repo.git('checkout', '-q', 'main')
    repo.commit('fix: main fix', { 'src/m.js': 'export const m = 1' })
    repo.git('tag', 'v1.0.2')
    const started = await runCli(['release', '--rollout', '20', '--json'], { cwd: repo.dir })
    expect(started.json).toMatchObject({ status: 'released', version: '1.0.2', channel: 'production' })
    expect(started.json.message).toMatch(/20% of production; the rest stay on 1\.0\.0/)
    await withServer(repo, async (url) => {
      const devices = Array.from({ length: 300 }, (_, i) => new SimulatedDevice(url, { deviceId: `fleet-${i}` }))
      const versionsOf = async () => Promise.all(devices.map(async (d) => (await d.check()).body.version as string))
      const at20 = await versionsOf()
      const in20 = new Set(at20.flatMap((v, i) => (v === '1.0.2' ? [i] : [])))
      expect(in20.size).toBeGreaterThan(30)
      expect(in20.size).toBeLessThan(90)
      expect(at20.every((v) => v === '1.0.2' || v === '1.0.0')).toBe(true)

      expect((await runCli(['rollout', '--channel', 'production', '--percentage', '50'], { cwd: repo.dir })).code).toBe(0)
      const at50 = await versionsOf()
      const in50 = new Set(at50.flatMap((v, i) => (v === '1.0.2' ? [i] : [])))
      for (const i of in20) expect(in50.has(i)).toBe(true)
      expect(in50.size).toBeGreaterThan(in20.size)

      const status = await runCli(['status', '--json'], { cwd: repo.dir })
      expect(status.json.channels.find((c: { name: string }) => c.name === 'production').rollout).toMatchObject({ version: '1.0.2', percentageBps: 5000 })

      expect((await runCli(['rollout', '--channel', 'production', '--abort', '--json'], { cwd: repo.dir })).json.version).toBe('1.0.0')
      expect(new Set(await versionsOf())).toEqual(new Set(['1.0.0']))

      await runCli(['release', '--rollout', '10'], { cwd: repo.dir })
      const promoted = await runCli(['rollout', '--channel', 'production', '--promote', '--json'], { cwd: repo.dir })
      expect(promoted.json).toMatchObject({ status: 'promoted', version: '1.0.2', previousVersion: '1.0.0' })
      expect(new Set(await versionsOf())).toEqual(new Set(['1.0.2']))
    })
  })

  test('rollback: devices get the previous bundle again', async () => {
    const repo = await releasedApp()
    repo.commit('fix: hotfix b', { 'src/b.js': 'export const b = 1' })
    await runCli(['release'], { cwd: repo.dir })
    await withServer(repo, async (url) => {
      const device = new SimulatedDevice(url, { defaultChannel: 'beta' })
      expect((await device.update()).version).toBe('1.0.1-beta.2')
      await runCli(['rollback', '--channel', 'beta'], { cwd: repo.dir })
      expect((await device.update()).version).toBe('1.0.1-beta.1')
    })
  })

  test('targeting: a bundle needing a newer native version goes only to binaries that have it', async () => {
    const repo = await releasedApp()
    const pkg = JSON.parse(readFileSync(path.join(repo.dir, 'package.json'), 'utf8'))
    pkg.dependencies['@capacitor/camera'] = '^7.0.0'
    // The store build that holds the camera is version 1.1 (its Android project says so).
    repo.commit('feat: camera', { 'package.json': JSON.stringify(pkg, null, 2), 'src/camera.js': 'export {}', 'android/app/build.gradle': 'android {\n  defaultConfig {\n    versionCode 2\n    versionName "1.1"\n  }\n}\n' })
    const native = await runCli(['release', '--allow-native-change', '--json'], { cwd: repo.dir })
    expect(native.json.nativeChanges).toContain('android/ sources changed')
    expect(native.json.version).toBe('1.1.0-beta.1')
    await withServer(repo, async (url) => {
      const old = new SimulatedDevice(url, { defaultChannel: 'beta', versionBuild: '1.0.0' })
      expect((await old.update()).version).toBe('1.0.1-beta.1')
      expect(await old.update()).toMatchObject({ outcome: 'none', error: 'no_new_version_available' })
      const fresh = new SimulatedDevice(url, { defaultChannel: 'beta', versionBuild: '1.1.0' })
      expect((await fresh.update()).version).toBe('1.1.0-beta.1')
    })
  })

  test('channel settings: platforms, emulators and dev builds', async () => {
    const repo = await releasedApp()
    const set = await runCli(['channel', '--channel', 'production', '--ios', 'false', '--allow-emulator', 'false', '--allow-dev', 'false', '--json'], { cwd: repo.dir })
    expect(set.json.settings).toEqual({ ios: false, android: true, allowEmulator: false, allowDev: false, allowSelfSet: false })
    await withServer(repo, async (url) => {
      expect((await new SimulatedDevice(url, { platform: 'ios' }).check()).body).toMatchObject({ kind: 'blocked', error: 'disabled_platform_ios' })
      expect((await new SimulatedDevice(url, { isEmulator: true }).check()).body).toMatchObject({ kind: 'blocked', error: 'disable_emulator' })
      expect((await new SimulatedDevice(url, { isProd: false }).check()).body).toMatchObject({ kind: 'blocked', error: 'disable_dev_build' })
      expect((await new SimulatedDevice(url).check()).body.version).toBe('1.0.0')
    })
    const bad = await runCli(['channel', '--channel', 'production', '--ios', 'maybe'], { cwd: repo.dir })
    expect(bad.code).toBe(2)
  })

  test('channel_self: numeric ids, self-assignment only where allowed, kept on the device as 8.x does', async () => {
    const repo = await releasedApp()
    repo.git('checkout', '-q', '-b', 'release/internal')
    repo.commit('fix: internal build', { 'src/i.js': 'export const i = 1' })
    expect((await runCli(['release', '--channel', 'internal', '--json'], { cwd: repo.dir })).json.status).toBe('released')
    await withServer(repo, async (url) => {
      const device = new SimulatedDevice(url)
      const list = await device.listChannels()
      expect(list.body.map((c: { name: string }) => c.name)).toEqual(['beta', 'internal', 'production'])
      for (const c of list.body) expect(Number.isInteger(c.id) && c.id > 0).toBe(true)
      expect(new Set(list.body.map((c: { id: number }) => c.id)).size).toBe(3)
      expect((await device.listChannels()).body).toEqual(list.body) // stable ids
      expect(list.body.map((c: { allow_self_set: boolean; public: boolean }) => [c.allow_self_set, c.public])).toEqual([[true, false], [false, false], [false, true]])

      expect((await device.getChannel()).body).toEqual({ channel: 'production', status: 'default', allowSet: false })
      expect((await device.setChannel('beta')).body).toMatchObject({ status: 'ok' })
      expect(device.chosenChannel).toBe('beta')
      expect((await device.getChannel()).body).toMatchObject({ channel: 'beta', status: 'override' })
      expect((await device.update()).version).toBe('1.0.1-beta.1')
      expect((await device.setChannel('nightly')).body).toMatchObject({ error: 'channel_not_found' })
      // An internal channel cannot be joined by naming it, whether through setChannel() or a build's defaultChannel.
      expect((await device.setChannel('internal')).body).toMatchObject({ error: 'channel_set_from_device_not_allowed' })
      const intruder = new SimulatedDevice(url, { defaultChannel: 'internal' })
      expect((await intruder.update()).version).toBe('1.0.0')
      expect((await device.setChannel('production')).body).toMatchObject({ status: 'ok', unset: true })
      expect(device.chosenChannel).toBeUndefined()
      await device.setChannel('beta')
      device.unsetChannel()
      expect((await device.check()).body.version).toBe('1.0.0')
    })
  })

  test('turning self-assignment off stops serving the channel to devices that had joined it', async () => {
    const repo = await releasedApp()
    await withServer(repo, async (url) => {
      const device = new SimulatedDevice(url)
      await device.setChannel('beta')
      expect((await device.update()).version).toBe('1.0.1-beta.1')
      expect((await runCli(['channel', '--channel', 'beta', '--allow-self-set', 'false'], { cwd: repo.dir })).code).toBe(0)
      expect((await device.check()).body.version).toBe('1.0.0')
    })
  })

  test('an operator override (device set-channel) wins over self-assignment and the default, and unset-channel removes it', async () => {
    const repo = await releasedApp()
    await runCli(['channel', '--channel', 'beta', '--allow-self-set', 'false'], { cwd: repo.dir })
    await withServer(repo, async (url) => {
      const device = new SimulatedDevice(url, { deviceId: 'a1b2c3d4-0000-4000-8000-000000000001' })
      expect((await device.check()).body.version).toBe('1.0.0')
      const set = await runCli(['device', 'set-channel', '--device', device.deviceId, '--channel', 'beta', '--json'], { cwd: repo.dir })
      expect(set.json).toMatchObject({ device: device.deviceId, channel: 'beta', previous: null })
      expect((await device.check()).body.version).toBe('1.0.1-beta.1')
      expect((await device.getChannel()).body).toMatchObject({ channel: 'beta', status: 'override' })
      const missing = await runCli(['device', 'set-channel', '--device', device.deviceId, '--channel', 'nightly'], { cwd: repo.dir })
      expect(missing.code).toBe(2)
      expect(missing.stderr).toMatch(/Channel "nightly" does not exist/)
      const unset = await runCli(['device', 'unset-channel', '--device', device.deviceId, '--json'], { cwd: repo.dir })
      expect(unset.json).toMatchObject({ channel: null, previous: 'beta' })
      expect((await device.check()).body.version).toBe('1.0.0')
    })
  })

  test('manifest_size: the download size of each manifest entry (plugin 8.47+)', async () => {
    const repo = await releasedApp()
    await withServer(repo, async (url) => {
      const device = new SimulatedDevice(url)
      const { body } = await device.check()
      const manifest = [...body.manifest, { file_name: 'nope.js', file_hash: 'f'.repeat(64), download_url: `${url}/download/com.example.capflight/files/${'f'.repeat(64)}` }]
      const sized = await device.post('/updates/manifest_size', { ...device.info(), version: body.version, manifest })
      expect(sized.status).toBe(200)
      let total = 0
      for (const entry of body.manifest) {
        const bytes = Buffer.from(await (await fetch(entry.download_url)).arrayBuffer()).length
        total += bytes
        expect(sized.body.files).toContainEqual({ file_name: entry.file_name, file_hash: entry.file_hash, download_url: entry.download_url, size: bytes })
      }
      expect(sized.body).toMatchObject({ totalSize: total, knownFiles: body.manifest.length, unknownFiles: 1 })
      expect(sized.body.files.at(-1)).toMatchObject({ file_name: 'nope.js', error: 'unknown_file' })
      // Named by its hash alone, a file with a Brotli form is sized as that form: what is downloaded.
      const app = body.manifest.find((m: { file_name: string }) => m.file_name === 'app.js.br')
      const brotliBytes = Buffer.from(await (await fetch(app.download_url)).arrayBuffer()).length
      const byHash = await device.post('/updates/manifest_size', { ...device.info(), version: body.version, manifest: [{ file_name: 'app.js', file_hash: app.file_hash }] })
      expect(byHash.body.files[0]).toMatchObject({ size: brotliBytes })
      expect((await device.post('/updates/manifest_size', { ...device.info(), manifest: 'x' })).status).toBe(400)
    })
  })

  test('downloads: length, ETag, immutable caching, HEAD, ranges, 304 and 416', async () => {
    const repo = await releasedApp()
    await withServer(repo, async (url) => {
      const { body } = await new SimulatedDevice(url).check()
      const full = await fetch(body.url)
      const bytes = Buffer.from(await full.arrayBuffer())
      expect(full.headers.get('content-length')).toBe(String(bytes.length))
      expect(full.headers.get('etag')).toBe(`"${body.checksum}"`)
      expect(full.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect(full.headers.get('accept-ranges')).toBe('bytes')
      const head = await fetch(body.url, { method: 'HEAD' })
      expect(head.status).toBe(200)
      expect(head.headers.get('content-length')).toBe(String(bytes.length))
      const part = await fetch(body.url, { headers: { range: 'bytes=10-99' } })
      expect(part.status).toBe(206)
      expect(part.headers.get('content-range')).toBe(`bytes 10-99/${bytes.length}`)
      expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(10, 100))).toBe(true)
      const tail = await fetch(body.url, { headers: { range: 'bytes=-16' } })
      expect(Buffer.from(await tail.arrayBuffer()).equals(bytes.subarray(bytes.length - 16))).toBe(true)
      expect((await fetch(body.url, { headers: { range: `bytes=${bytes.length}-` } })).status).toBe(416)
      expect((await fetch(body.url, { headers: { 'if-none-match': `"${body.checksum}"` } })).status).toBe(304)
    })
  })
})
