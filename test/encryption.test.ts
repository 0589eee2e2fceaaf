import { generateKeyPairSync } from 'node:crypto'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { brotliDecompressSync } from 'node:zlib'
import { createKeyPair } from '../src/core/crypto/keys.js'
import { decryptFile, decryptSessionKey, openEncryptedBundle } from './helpers/decrypt.js'
import { SimulatedDevice } from './helpers/device.js'
import { cleanupTemps, exampleRepo, Repo, ROOT, runCli, tempDir } from './helpers/repo.js'
import { startServe } from './helpers/serve.js'
import { snapshot, storePaths } from './helpers/store.js'

afterAll(cleanupTemps)

/** The example app with encryption on: its capacitor config holds the public key. */
function encryptedApp(): { repo: Repo; privateKeyFile: string; publicKey: string } {
  const repo = exampleRepo()
  const { privateKeyPem, publicKeyPem } = createKeyPair()
  const keyDir = tempDir('capflight-keys-')
  const privateKeyFile = path.join(keyDir, 'private_key.pem')
  writeFileSync(privateKeyFile, privateKeyPem, { mode: 0o600 })
  const config = JSON.parse(readFileSync(path.join(repo.dir, 'capacitor.config.json'), 'utf8'))
  config.plugins.CapacitorUpdater.publicKey = publicKeyPem
  repo.commit('chore: encryption', { 'capacitor.config.json': JSON.stringify(config, null, 2) })
  repo.git('tag', 'v1.0.0')
  return { repo, privateKeyFile, publicKey: publicKeyPem }
}

describe('capflight keys create', () => {
  test('writes a PKCS#1 RSA-2048 pair, the private key 0600, prints the config snippet, refuses to overwrite', async () => {
    const repo = exampleRepo()
    const r = await runCli(['keys', 'create', '--json'], { cwd: repo.dir })
    expect(r.code).toBe(0)
    expect(r.json.privateKeyPath).toBe(path.join(repo.dir, '.capflight/keys/private_key.pem'))
    expect(statSync(r.json.privateKeyPath).mode & 0o777).toBe(0o600)
    expect(readFileSync(r.json.publicKeyPath, 'utf8')).toMatch(/^-----BEGIN RSA PUBLIC KEY-----\n/)
    expect(readFileSync(r.json.privateKeyPath, 'utf8')).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/)
    expect(r.json.capacitorConfig.plugins.CapacitorUpdater.publicKey).toBe(readFileSync(r.json.publicKeyPath, 'utf8'))
    expect(r.json.ignoredByGit).toBe(true) // the example app's .gitignore covers .capflight/
    expect(r.stderr).not.toMatch(/not covered by .gitignore/)
    expect(r.stdout).not.toContain(readFileSync(r.json.privateKeyPath, 'utf8').split('\n')[1])

    const again = await runCli(['keys', 'create'], { cwd: repo.dir })
    expect(again.code).toBe(2)
    expect(again.stderr).toMatch(/already exists.*--force/)
    expect((await runCli(['keys', 'create', '--force'], { cwd: repo.dir })).code).toBe(0)

    const exposed = await runCli(['keys', 'create', '--out', 'keys'], { cwd: repo.dir })
    expect(exposed.stderr).toMatch(/warning: keys\/private_key\.pem is not covered by \.gitignore/)
    expect(exposed.stdout).toMatch(/"CapacitorUpdater": \{\n\s+"publicKey": "-----BEGIN RSA PUBLIC KEY-----\\n/)
  })
})

describe('encrypted bundles (capacitor-updater encryption v2)', () => {
  test('turning encryption on with only a config change releases an encrypted bundle, not "unchanged"', async () => {
    const repo = exampleRepo()
    const plain = await runCli(['release', '--json'], { cwd: repo.dir })
    expect(plain.json.status).toBe('released')
    const { privateKeyPem, publicKeyPem } = createKeyPair()
    const privateKeyFile = path.join(tempDir('capflight-keys-'), 'private_key.pem')
    writeFileSync(privateKeyFile, privateKeyPem, { mode: 0o600 })
    const config = JSON.parse(readFileSync(path.join(repo.dir, 'capacitor.config.json'), 'utf8'))
    config.plugins.CapacitorUpdater = { ...config.plugins.CapacitorUpdater, publicKey: publicKeyPem, updateUrl: 'https://updates.example.com/updates' }
    repo.commit('chore: encrypt updates', { 'capacitor.config.json': JSON.stringify(config, null, 2) })
    // The web bytes are the same; the encryption and the native config are not.
    const encrypted = await runCli(['release', '--allow-native-change', '--min-native-version', '1.1.0', '--private-key', privateKeyFile, '--json'], { cwd: repo.dir })
    expect(encrypted.json).toMatchObject({ status: 'released', version: '1.1.0-dev.2', releaseType: 'native' })
    const store = storePaths(repo.dir)
    expect(store.bundle('1.1.0-dev.2').sessionKey).toBeDefined()
    expect(store.channel('development').version).toBe('1.1.0-dev.2')
    // From then on the channel's bundle matches in everything: the next push of the same bytes is unchanged, not native-required.
    repo.commit('chore: tidy', { 'NOTES.md': 'outside the web app\n' })
    const next = await runCli(['release', '--private-key', privateKeyFile, '--json'], { cwd: repo.dir })
    expect(next.json).toMatchObject({ status: 'unchanged', version: '1.1.0-dev.2' })
  })

  test('a device holding the public key decrypts and verifies the bundle and every delta file; promotion keeps the bytes and key', async () => {
    const { repo, privateKeyFile, publicKey } = encryptedApp()
    repo.git('checkout', '-q', '-b', 'hotfix/x')
    repo.commit('fix: encrypted fix', { 'src/x.js': 'export const x = 1' })
    const beta = await runCli(['release', '--private-key', privateKeyFile, '--json'], { cwd: repo.dir })
    expect(beta.code).toBe(0)
    const store = storePaths(repo.dir)
    const record = store.bundle(beta.json.version)
    expect(record.sessionKey).toMatch(/^[A-Za-z0-9+/=]{24}:[A-Za-z0-9+/=]{344}$/)
    expect(record.signature).toMatch(/^[0-9a-f]{512}$/)
    expect(record.artifact).not.toBe(record.checksum)
    expect(record.manifest.every((f: { blob: string; hashSignature: string }) => f.blob && /^[0-9a-f]{512}$/.test(f.hashSignature))).toBe(true)
    // The stored zip is ciphertext: no zip signature at its start.
    expect(readFileSync(store.artifact(record.artifact)).subarray(0, 2).toString('latin1')).not.toBe('PK')

    repo.git('tag', 'v1.0.1')
    const prod = await runCli(['release', '--private-key', privateKeyFile, '--json'], { cwd: repo.dir })
    expect(prod.json.status).toBe('promoted')
    const promoted = store.bundle('1.0.1')
    expect(promoted).toMatchObject({ artifact: record.artifact, sessionKey: record.sessionKey, signature: record.signature, checksum: record.checksum })

    const server = await startServe(repo.dir, ['--cache-ttl', '0'])
    try {
      const device = new SimulatedDevice(server.url, { publicKey })
      const result = await device.update()
      expect(result).toMatchObject({ outcome: 'updated', version: '1.0.1' })
      expect(result.response.session_key).toBe(record.sessionKey)
      expect(result.response.checksum).toBe(record.signature)

      const zip = Buffer.from(await (await fetch(result.response.url)).arrayBuffer())
      const plain = openEncryptedBundle(zip, result.response.session_key, result.response.checksum, publicKey)
      expect(plain.subarray(0, 2).toString('latin1')).toBe('PK')
      // A tampered zip, a tampered session key and another signer are all refused.
      const tampered = Buffer.from(zip)
      tampered[100] ^= 0xff
      expect(() => openEncryptedBundle(tampered, result.response.session_key, result.response.checksum, publicKey)).toThrow()
      const [iv, sealed] = result.response.session_key.split(':')
      const badSealed = Buffer.from(sealed, 'base64')
      badSealed[10] ^= 0xff
      expect(() => openEncryptedBundle(zip, `${iv}:${badSealed.toString('base64')}`, result.response.checksum, publicKey)).toThrow()
      const stranger = createKeyPair().publicKeyPem
      expect(() => openEncryptedBundle(zip, result.response.session_key, result.response.checksum, stranger)).toThrow()
      const other = await new SimulatedDevice(server.url, { publicKey: stranger }).update()
      expect(other.outcome).toBe('failed')

      const { key, iv: ivBytes } = decryptSessionKey(result.response.session_key, publicKey)
      const first = result.response.manifest[0]
      // A Brotli form is encrypted after compression: decrypt, then decompress.
      expect(first.file_name).toMatch(/\.br$/)
      const fileBytes = brotliDecompressSync(decryptFile(Buffer.from(await (await fetch(first.download_url)).arrayBuffer()), key, ivBytes))
      expect(fileBytes.equals(readFileSync(path.join(repo.dir, 'www', first.file_name.replace(/\.br$/, ''))))).toBe(true)
    } finally {
      await server.stop()
    }
  })

  test('CAPFLIGHT_PRIVATE_KEY as base64 of the PEM on one line, and an external --sign-command', async () => {
    const { repo, privateKeyFile, publicKey } = encryptedApp()
    const b64 = Buffer.from(readFileSync(privateKeyFile, 'utf8')).toString('base64')
    const viaEnv = await runCli(['release', '--json'], { cwd: repo.dir, env: { CAPFLIGHT_PRIVATE_KEY: b64 } })
    expect(viaEnv.json.status).toBe('released')
    expect(viaEnv.stdout + viaEnv.stderr).not.toContain(b64)

    repo.commit('fix: signed elsewhere', { 'src/y.js': 'export const y = 1' })
    const signCommand = `openssl pkeyutl -sign -inkey ${privateKeyFile}`
    const viaCommand = await runCli(['release', '--sign-command', signCommand, '--json'], { cwd: repo.dir })
    expect(viaCommand.code).toBe(0)
    const record = storePaths(repo.dir).bundle(viaCommand.json.version)
    const server = await startServe(repo.dir, ['--default-channel', 'development'])
    try {
      expect(await new SimulatedDevice(server.url, { publicKey }).update()).toMatchObject({ outcome: 'updated', version: record.version })
    } finally {
      await server.stop()
    }
  })

  test.each([
    ['a private key that is not PEM', (k: string) => ({ env: { CAPFLIGHT_PRIVATE_KEY: 'definitely-not-a-key' } }), 2, /is not a PEM key/],
    ['an encrypted PEM', () => {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }, publicKeyEncoding: { type: 'pkcs1', format: 'pem' } })
      return { env: { CAPFLIGHT_PRIVATE_KEY: privateKey } }
    }, 2, /encrypted with a passphrase/],
    ['an RSA key of the wrong size', () => {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'pkcs1', format: 'pem' } })
      return { env: { CAPFLIGHT_PRIVATE_KEY: privateKey } }
    }, 2, /RSA-1024; capacitor-updater needs RSA-2048/],
    ['a private key that does not match the app\'s public key', () => ({ env: { CAPFLIGHT_PRIVATE_KEY: createKeyPair().privateKeyPem } }), 2, /does not match plugins\.CapacitorUpdater\.publicKey/],
    ['no key although the app expects encrypted bundles', () => ({ env: {} }), 2, /devices only accept encrypted bundles/],
    ['a sign command that fails', () => ({ args: ['--sign-command', 'echo "kms: access denied" >&2; exit 4'] }), 1, /sign command failed \(exit code 4\): kms: access denied/],
    ['a sign command that returns garbage', () => ({ args: ['--sign-command', 'echo hello'] }), 1, /not a 256-byte RSA signature/],
    ['a sign command with another key', () => {
      const file = path.join(tempDir(), 'other.pem')
      writeFileSync(file, createKeyPair().privateKeyPem)
      return { args: ['--sign-command', `openssl pkeyutl -sign -inkey ${file}`] }
    }, 1, /does not verify with the public key/]
  ])('%s: a clear error, nothing stored', async (_name, make, code, message) => {
    const { repo } = encryptedApp()
    const input = (make as (k: string) => { env?: Record<string, string>; args?: string[] })('')
    const r = await runCli(['release', '--json', ...(input.args ?? [])], { cwd: repo.dir, env: input.env })
    expect(r.code).toBe(code)
    expect(r.json.error).toMatch(message)
    expect(snapshot(storePaths(repo.dir).root)).toEqual({})
    const secret = input.env?.CAPFLIGHT_PRIVATE_KEY
    if (secret && secret.length > 40) expect(r.stdout + r.stderr).not.toContain(secret.split('\n')[1])
  })
})

describe('secrets never leak', () => {
  test('every command run with a private key and an API key keeps them out of stdout, stderr, JSON and the store', async () => {
    const { repo, privateKeyFile } = encryptedApp()
    const pem = readFileSync(privateKeyFile, 'utf8')
    const env = { CAPFLIGHT_PRIVATE_KEY: pem, CAPFLIGHT_API_KEY: 'capflight_api_4f3e2d1c0b9a' }
    // A build that prints the secrets (and, failing, puts them in the error): without redaction
    // this test fails.
    const leaky = `node ${path.join(ROOT, 'test/fixtures/leaky-build.mjs')}`
    const forms = [pem.trim(), Buffer.from(pem.trim()).toString('base64'), encodeURIComponent(pem.trim()), env.CAPFLIGHT_API_KEY, Buffer.from(env.CAPFLIGHT_API_KEY).toString('base64'), ...pem.split('\n').filter((l) => l.length > 20 && !l.startsWith('-----'))]
    const outputs: string[] = []
    for (const args of [['version'], ['release', '--build-command', `${leaky} fail`], ['release', '--build-command', leaky], ['release', '--dry-run'], ['status'], ['promote', '--from', 'development', '--to', 'qa'], ['rollback', '--channel', 'qa'], ['pack', '--web-dir', 'www'], ['channel', '--channel', 'qa', '--ios', 'false']]) {
      for (const json of [[], ['--json']]) {
        const r = await runCli([...args, ...json], { cwd: repo.dir, env })
        outputs.push(r.stdout, r.stderr)
      }
    }
    const all = outputs.join('\n')
    for (const form of forms) expect(all).not.toContain(form)
    const storeRoot = storePaths(repo.dir).root
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? walk(path.join(dir, n)) : [path.join(dir, n)]))
    const written = walk(storeRoot).filter((f) => f.endsWith('.json')).map((f) => readFileSync(f, 'utf8')).join('\n')
    for (const form of forms) expect(written).not.toContain(form)
  })
})
