// capflight serve against capacitor-updater 8.x's own Android code. The plugin's classes
// (CapgoUpdater, DownloadService, CryptoCipher, BundleInfo, BundleStatus, Callback, DataManager,
// DownloadWorkerManager, InternalUtils, Logger) are compiled unmodified from the npm package with
// the JDK, against Debian's org.json (Android's own), OkHttp and Okio, and the stubs in
// test/android/stubs (Android's Context, SharedPreferences, Base64, Log, Build; an in-process
// WorkManager; Capacitor's JSObject; one OkHttp 4 overload; org.brotli:dec's BrotliInputStream
// over Debian's brotli command, the reference decoder that library ports). test/android/Driver.java calls them
// as CapacitorUpdaterPlugin does. Nothing of the plugin's networking, download, checksum, unzip or
// decryption code is replaced.
import { spawn, execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { createKeyPair } from '../src/core/crypto/keys.js'
import { cleanupTemps, exampleRepo, Repo, ROOT, runCli, tempDir } from './helpers/repo.js'
import { startServe } from './helpers/serve.js'

const PLUGIN = path.join(ROOT, 'node_modules/@capgo/capacitor-updater')
const SOURCES = path.join(PLUGIN, 'android/src/main/java/ee/forgr/capacitor_updater')
const CLASSES = ['CapgoUpdater', 'DownloadService', 'CryptoCipher', 'BundleInfo', 'BundleStatus', 'Callback', 'DataManager', 'DownloadWorkerManager', 'InternalUtils', 'Logger']
const JARS = ['/usr/share/java/okhttp.jar', '/usr/share/java/okio.jar', '/usr/share/java/com.android.json.jar']
let classpath: string

function javaFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? javaFiles(path.join(dir, e.name)) : e.name.endsWith('.java') ? [path.join(dir, e.name)] : [])
}

beforeAll(() => {
  const pluginVersion = JSON.parse(readFileSync(path.join(PLUGIN, 'package.json'), 'utf8')).version
  expect(pluginVersion).toMatch(/^8\./)
  const out = tempDir('capflight-android-classes-')
  const sources = [...javaFiles(path.join(ROOT, 'test/android/stubs')), ...CLASSES.map((c) => path.join(SOURCES, `${c}.java`)), path.join(ROOT, 'test/android/Driver.java')]
  execFileSync('javac', ['-nowarn', '-encoding', 'UTF-8', '-d', out, '-cp', JARS.join(':'), ...sources], { stdio: 'pipe' })
  // The stubs' okhttp3.RequestBody comes first: it adds OkHttp 4's argument order to Debian's 3.13.
  classpath = [out, ...JARS].join(':')
}, 120_000)
afterAll(cleanupTemps)

let devices = 0
/** A device: the plugin's own classes in a JVM, one JSON command at a time. */
class AndroidDevice {
  private readonly child
  private readonly lines: AsyncIterator<string>
  log = ''

  constructor() {
    this.child = spawn('java', ['-cp', classpath, 'ee.forgr.capacitor_updater.Driver'], { stdio: ['pipe', 'pipe', 'pipe'] })
    this.child.stderr.on('data', (c) => { this.log += c })
    this.lines = createInterface({ input: this.child.stdout })[Symbol.asyncIterator]()
  }

  async send(command: Record<string, unknown>): Promise<any> {
    this.child.stdin.write(`${JSON.stringify(command)}\n`)
    const { value, done } = await this.lines.next()
    if (done) throw new Error(`the device exited:\n${this.log}`)
    const answer = JSON.parse(value)
    if (answer.exception) throw new Error(`${answer.exception}\n${this.log}`)
    return answer
  }

  static async boot(url: string, options: { deviceId?: string; versionBuild?: string; defaultChannel?: string; publicKey?: string } = {}): Promise<AndroidDevice> {
    const device = new AndroidDevice()
    await device.send({
      op: 'init', root: tempDir('capflight-android-device-'), appId: 'com.example.capflight',
      deviceId: options.deviceId ?? `a1b2c3d4-0000-4000-8000-${String(++devices).padStart(12, '0')}`,
      versionBuild: options.versionBuild ?? '1.0.0', defaultChannel: options.defaultChannel ?? '', publicKey: options.publicKey ?? '',
      updateUrl: `${url}/updates`, statsUrl: `${url}/stats`, channelUrl: `${url}/channel_self`
    })
    return device
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve())
      this.child.stdin.end()
    })
  }
}

/** v1.0.0 built into the app, 1.0.1 on production, 1.0.2-beta.1 on beta (which testers may join). */
async function releasedApp(options: { privateKeyFile?: string; publicKey?: string } = {}): Promise<Repo> {
  const repo = exampleRepo()
  if (options.publicKey) {
    const config = JSON.parse(readFileSync(path.join(repo.dir, 'capacitor.config.json'), 'utf8'))
    config.plugins.CapacitorUpdater.publicKey = options.publicKey
    repo.commit('chore: encryption', { 'capacitor.config.json': JSON.stringify(config, null, 2) })
  }
  const key = options.privateKeyFile ? ['--private-key', options.privateKeyFile, '--allow-native-change'] : []
  repo.git('tag', 'v1.0.0')
  repo.commit('fix: one', { 'src/one.js': 'export const one = 1' })
  repo.git('tag', 'v1.0.1')
  expect((await runCli(['release', '--json', ...key], { cwd: repo.dir })).json.status).toBe('released')
  repo.git('checkout', '-q', '-b', 'hotfix/two')
  repo.commit('fix: two', { 'src/two.js': `export const two = ${JSON.stringify('two, '.repeat(40))}\n` })
  expect((await runCli(['release', '--json', ...key], { cwd: repo.dir })).json.version).toBe('1.0.2-beta.1')
  expect((await runCli(['channel', '--channel', 'beta', '--allow-self-set', 'true'], { cwd: repo.dir })).code).toBe(0)
  return repo
}

/** Boots a device, runs `use`, and always shuts the JVM down. */
async function withDevice<T>(url: string, options: Parameters<typeof AndroidDevice.boot>[1], use: (device: AndroidDevice) => Promise<T>): Promise<T> {
  const device = await AndroidDevice.boot(url, options)
  try {
    return await use(device)
  } finally {
    await device.close()
  }
}

async function withServer<T>(repo: Repo, run: (url: string) => Promise<T>): Promise<T> {
  const server = await startServe(repo.dir, ['--cache-ttl', '0'])
  try {
    return await run(server.url)
  } finally {
    await server.stop()
  }
}

/** Distinct devices per version from status (serve flushes what it buffered when it stops). */
async function reported(repo: Repo): Promise<Record<string, Record<string, number>>> {
  const s = await runCli(['status', '--json'], { cwd: repo.dir })
  return Object.fromEntries(s.json.health.map((v: Record<string, number> & { version: string }) => [v.version, v]))
}

describe('capacitor-updater 8.x Android code against capflight serve', () => {
  test('delta (manifest) update: per-file download with file hashes, set, then up_to_date with no failure reported', async () => {
    const repo = await releasedApp()
    await withServer(repo, async (url) => {
      await withDevice(url, {}, async (device) => {
        const first = await device.send({ op: 'update' })
        expect(first.downloaded).toEqual({ version: '1.0.1', status: 'pending', manifest: true })
        expect(first.set).toBe(true)
        // Files Brotli shrinks come as <name>.br; the plugin decompressed them to their own names.
        expect(first.latest.manifest.map((f: { file_name: string }) => f.file_name)).toEqual(expect.arrayContaining(['index.html.br', 'app.js.br']))
        expect(first.files).toEqual(expect.arrayContaining(['index.html', 'one.js']))
        expect(first.files.some((f: string) => f.endsWith('.br'))).toBe(false)
        for (const f of ['index.html', 'app.js', 'styles.css']) expect(readFileSync(path.join(first.dir, f)).equals(readFileSync(path.join(repo.dir, 'www', f)))).toBe(true)
        const again = await device.send({ op: 'update' })
        expect(again.kind).toBe('up_to_date')
        expect(again.latest).toMatchObject({ error: 'no_new_version_available' })
        const latest = await device.send({ op: 'getLatest' })
        expect(latest.result.kind).toBe('up_to_date')
        // Stats go out in batches on the plugin's timer: one more event waits for the batch to be sent.
        expect((await device.send({ op: 'stats', action: 'app_moved_to_background', version: '1.0.1' })).sent).toBe(true)
      })
    })
    const stats = await reported(repo)
    expect(stats['1.0.1']).toMatchObject({ offered: 1, installed: 1, failed: 0, unhealthy: 0 })
  }, 120_000)

  test('a one-file change: the device downloads only that file\'s Brotli form and reuses the rest', async () => {
    const repo = await releasedApp()
    const server = await startServe(repo.dir, ['--cache-ttl', '0', '--verbose'])
    const downloads = () => server.stderr().split('\n').filter((l) => /GET \/download\/[^ ]+\/files\//.test(l))
    try {
      await withDevice(server.url, {}, async (device) => {
        expect((await device.send({ op: 'update' })).current).toBe('1.0.1')
        const before = downloads().length
        expect(before).toBeGreaterThan(3)
        expect((await device.send({ op: 'setChannel', channel: 'beta' })).defaultChannel).toBe('beta')
        const update = await device.send({ op: 'update' })
        expect(update.downloaded).toEqual({ version: '1.0.2-beta.1', status: 'pending', manifest: true })
        // 1.0.2-beta.1 adds two.js to 1.0.1: one download, the Brotli form of two.js.
        const two = update.latest.manifest.find((f: { file_name: string }) => f.file_name === 'two.js.br')
        const fetched = downloads().slice(before)
        expect(fetched).toHaveLength(1)
        expect(fetched[0]).toContain(new URL(two.download_url).pathname)
        for (const f of ['index.html', 'app.js', 'one.js', 'two.js']) expect(readFileSync(path.join(update.dir, f)).equals(readFileSync(path.join(repo.dir, 'www', f)))).toBe(true)
      })
    } finally {
      await server.stop()
    }
  }, 120_000)

  test('full-zip update: the zip downloaded, its checksum verified and unzipped by the plugin', async () => {
    const repo = await releasedApp()
    await withServer(repo, async (url) => {
      await withDevice(url, {}, async (device) => {
        const update = await device.send({ op: 'updateFullZip' })
        expect(update.downloaded).toEqual({ version: '1.0.1', status: 'pending', manifest: false })
        expect(update.files).toEqual(expect.arrayContaining(['index.html', 'one.js', 'app.js']))
        expect(update.current).toBe('1.0.1')
      })
    })
  }, 120_000)

  test('encrypted bundles: session key, RSA-signed checksum and file hashes, both paths', async () => {
    const { privateKeyPem, publicKeyPem } = createKeyPair()
    const keyFile = path.join(tempDir(), 'private_key.pem')
    writeFileSync(keyFile, privateKeyPem, { mode: 0o600 })
    const repo = await releasedApp({ privateKeyFile: keyFile, publicKey: publicKeyPem })
    await withServer(repo, async (url) => {
      for (const op of ['update', 'updateFullZip']) {
        await withDevice(url, { publicKey: publicKeyPem }, async (device) => {
          const update = await device.send({ op })
          expect(update.latest.sessionKey).toMatch(/^[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/)
          expect(update.downloaded).toMatchObject({ version: '1.0.1', status: 'pending' })
          expect(update.files).toEqual(expect.arrayContaining(['index.html', 'one.js']))
          // Delta entries are Brotli forms, encrypted: the plugin decrypts, then decompresses.
          if (op === 'update') expect(update.latest.manifest.map((f: { file_name: string }) => f.file_name)).toContain('app.js.br')
          for (const f of ['index.html', 'app.js', 'one.js']) expect(readFileSync(path.join(update.dir, f)).equals(readFileSync(path.join(repo.dir, 'www', f)))).toBe(true)
        })
      }
      // A device with another public key refuses the bundle: decryption is really checked.
      await withDevice(url, { publicKey: createKeyPair().publicKeyPem }, async (stranger) => {
        await expect(stranger.send({ op: 'update' })).rejects.toThrow(/IOException/)
      })
    })
  }, 180_000)

  test('channels: numeric ids, the device\'s own choice kept on the device, unset local only', async () => {
    const repo = await releasedApp()
    await withServer(repo, async (url) => {
      await withDevice(url, {}, async (device) => {
        const list = await device.send({ op: 'listChannels' })
        expect(list.result.channels.map((c: { name: string }) => c.name).sort()).toEqual(['beta', 'production'])
        for (const c of list.result.channels) expect(typeof c.id).toBe('number')
        expect((await device.send({ op: 'getChannel' })).result).toMatchObject({ channel: 'production', status: 'default' })
        const set = await device.send({ op: 'setChannel', channel: 'beta' })
        expect(set.result.error).toBeUndefined()
        expect(set.defaultChannel).toBe('beta')
        expect((await device.send({ op: 'update' })).downloaded.version).toBe('1.0.2-beta.1')
        const refused = await device.send({ op: 'setChannel', channel: 'nightly' })
        expect(refused.result.error).toBe('channel_not_found')
        expect(refused.defaultChannel).toBe('beta')
        const unset = await device.send({ op: 'unsetChannel' })
        expect(unset.result).toMatchObject({ status: 'ok' })
        expect(unset.defaultChannel).toBe('')
        expect((await device.send({ op: 'getLatest' })).result.version).toBe('1.0.1')
      })
    })
  }, 120_000)

  test('stats batches reach the server; manifest_size answers the plugin\'s getBundleDownloadSize', async () => {
    const repo = await releasedApp()
    await withServer(repo, async (url) => {
      await withDevice(url, {}, async (device) => {
        const latest = await device.send({ op: 'getLatest' })
        const sized = await device.send({ op: 'manifestSize', version: latest.result.version, manifest: latest.result.manifest })
        expect(sized.result.knownFiles).toBe(latest.result.manifest.length)
        expect(sized.result.unknownFiles).toBe(0)
        expect(sized.result.totalSize).toBeGreaterThan(0)
        expect((await device.send({ op: 'stats', action: 'app_crash', version: '1.0.1' })).sent).toBe(true)
      })
    })
    // The plugin's own crash event counts its device as unhealthy on the version it runs.
    expect((await reported(repo))['1.0.1']).toMatchObject({ unhealthy: 1, unhealthyBy: { crash: 1 } })
  }, 120_000)

  test('native-version targeting: a bundle needing a newer native build is not offered to an older one', async () => {
    const repo = exampleRepo()
    repo.git('tag', 'v1.0.0')
    repo.commit('feat: needs 2.0', { 'src/n.js': 'export const n = 1' })
    repo.git('tag', 'v1.1.0')
    expect((await runCli(['release', '--min-native-version', '2.0.0', '--json'], { cwd: repo.dir })).json.status).toBe('released')
    await withServer(repo, async (url) => {
      const old = await AndroidDevice.boot(url, { versionBuild: '1.0.0' })
      const fresh = await AndroidDevice.boot(url, { versionBuild: '2.0.0' })
      try {
        expect((await old.send({ op: 'update' })).kind).toBe('up_to_date')
        expect((await fresh.send({ op: 'update' })).downloaded.version).toBe('1.1.0')
      } finally {
        await old.close()
        await fresh.close()
      }
    })
  }, 120_000)
})

// The iOS sources (ios/Sources/CapacitorUpdaterPlugin) cannot run here; their decoders' rules are
// ported as checks on what capflight serve answers: ChannelInfo decodes `id: Int`, CryptoCipher
// reads the session key with Data(base64Encoded:) (strict: no whitespace, padded) and the checksum
// as hex (isHexString) that must decrypt from 256 bytes, and compares hashes as lowercase hex.
describe('capacitor-updater 8.x iOS decoders\' rules (ported as checks)', () => {
  const strictBase64 = (s: string) => /^[A-Za-z0-9+/]*={0,2}$/.test(s) && s.length % 4 === 0 && Buffer.from(s, 'base64').toString('base64') === s

  test('integer channel ids; lowercase hex checksums and file hashes; strict base64 session keys; known kinds', async () => {
    const { privateKeyPem, publicKeyPem } = createKeyPair()
    const keyFile = path.join(tempDir(), 'private_key.pem')
    writeFileSync(keyFile, privateKeyPem, { mode: 0o600 })
    for (const encrypted of [false, true]) {
      const repo = await releasedApp(encrypted ? { privateKeyFile: keyFile, publicKey: publicKeyPem } : {})
      await withServer(repo, async (url) => {
        const info = { platform: 'ios', device_id: 'e1b2c3d4-0000-4000-8000-000000000042', app_id: 'com.example.capflight', custom_id: '', version_build: '1.0.0', version_code: '1', version_os: '17.4', version_name: 'builtin', plugin_version: '8.51.23', is_emulator: false, is_prod: true, defaultChannel: '' }
        const post = async (route: string, body: unknown, method = 'POST') => (await fetch(`${url}${route}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()
        const update = await post('/updates', info)
        const hexLength = encrypted ? 512 : 64
        expect(update.checksum).toMatch(new RegExp(`^[0-9a-f]{${hexLength}}$`))
        for (const file of update.manifest) expect(file.file_hash).toMatch(new RegExp(`^[0-9a-f]{${hexLength}}$`))
        if (encrypted) {
          const [iv, key] = update.session_key.split(':')
          expect(strictBase64(iv) && strictBase64(key)).toBe(true)
          expect(Buffer.from(key, 'base64')).toHaveLength(256)
        } else {
          expect(update.session_key).toBeUndefined()
        }
        const current = await post('/updates', { ...info, version_name: update.version })
        expect(['up_to_date', 'blocked']).toContain(current.kind)
        const channels = await (await fetch(`${url}/channel_self?${new URLSearchParams(info as unknown as Record<string, string>)}`)).json()
        for (const c of channels) expect(Number.isSafeInteger(c.id)).toBe(true)
      })
    }
  }, 180_000)
})
