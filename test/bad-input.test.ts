import { readFileSync } from 'node:fs'
import path from 'node:path'
import { cleanupTemps, EXAMPLE, exampleRepo, runCli } from './helpers/repo.js'
import { snapshot, storePaths } from './helpers/store.js'

afterAll(cleanupTemps)

const examplePackage = JSON.parse(readFileSync(path.join(EXAMPLE, 'package.json'), 'utf8'))
const exampleCapacitor = JSON.parse(readFileSync(path.join(EXAMPLE, 'capacitor.config.json'), 'utf8'))

describe('bad input: a clear message, the right exit code, the store as it was', () => {
  test.each([
    ['invalid tagFormat', { args: ['--tag-format', 'release'] }, 2, /Invalid tagFormat "release": it must contain \$\{version\} exactly once/],
    ['malformed capflight.config.json', { files: { 'capflight.config.json': '{"rules": [' } }, 2, /capflight.config.json is not valid JSON/],
    ['unknown config key', { files: { 'capflight.config.json': '{"chanel": "beta"}' } }, 2, /unknown key "chanel"\. Known keys: appId/],
    ['unknown store scheme', { args: ['--store', 'ftp://host/x'] }, 2, /Unknown store "ftp:\/\/host\/x": scheme "ftp:" is not supported\. Known stores: file:/],
    ['failing build command', { args: ['--build-command', 'echo compiling; echo "src/app.ts(3,1): error TS1005" >&2; exit 7'] }, 1, /Build command .* failed \(exit code 7\)[\s\S]*error TS1005/],
    ['web dir without index.html', { args: ['--web-dir', 'src/missing'] }, 1, /does not exist/],
    ['unknown flag', { args: ['--chanel', 'beta'] }, 2, /Unknown option '--chanel'.*capflight release --help/],
    ['tag not in tagFormat', { args: ['--tag', 'release-1'] }, 2, /Tag "release-1" does not follow tagFormat/],
    ['empty --rollout', { args: ['--rollout', ''] }, 2, /--rollout is empty: give it a value, or leave it out/],
    ['empty --channel', { args: ['--channel', ''] }, 2, /--channel is empty/],
    ['empty --app-id', { args: ['--app-id', ''] }, 2, /--app-id is empty/],
    ['a file: URL naming another host', { args: ['--store', 'file://host/x'] }, 2, /Store URL "file:\/\/host\/x" is not a local folder/],
    ['a store under /proc, which cannot hold folders', { args: ['--store', '/proc/capflight/store'] }, 2, /Cannot create the store folder \/proc\/capflight \(\w+\): .*Use another --store/],
    ['a store below a file', { args: ['--store', 'package.json/store'] }, 2, /package.json\/store\S*: a part of the path is a file, not a folder; fix the path \(ENOTDIR\)/],
    ['an invalid S3 bucket name, named before credentials are looked up', { args: ['--store', 's3://Bad_Bucket/x'] }, 2, /"Bad_Bucket" .* is not a valid bucket name/],
    ['a wrong type in the capacitor config', { files: { 'capacitor.config.json': JSON.stringify({ ...exampleCapacitor, webDir: 42 }) } }, 2, /capacitor.config.json: "webDir" must be a non-empty string, got 42/],
    ['a malformed capacitor.config.json', { files: { 'capacitor.config.json': '{"appId": "a.b",' } }, 2, /capacitor.config.json is not valid JSON/],
    ['a wrong type in package.json\'s capflight key', { files: { 'package.json': JSON.stringify({ ...examplePackage, capflight: { webDir: 42 } }) } }, 2, /package.json#capflight: "webDir" must be a non-empty folder path/]
  ])('%s', async (_name, input, code, message) => {
    const repo = exampleRepo()
    await runCli(['release'], { cwd: repo.dir }) // something already in the store
    for (const [f, c] of Object.entries((input as { files?: Record<string, string> }).files ?? {})) repo.write(f, c)
    repo.commit('fix: next')
    const store = storePaths(repo.dir)
    const before = snapshot(store.root)
    const r = await runCli(['release', '--json', ...((input as { args?: string[] }).args ?? [])], { cwd: repo.dir })
    expect(r.code).toBe(code)
    expect(r.json.status).toBe('failed')
    expect(r.json.error).toMatch(message)
    expect(r.stderr).toMatch(/^error: /m)
    expect(snapshot(store.root)).toEqual(before)
  })

  test('store check of a store that does not exist says so (exit 2)', async () => {
    const repo = exampleRepo()
    const r = await runCli(['store', 'check', '--store', 'no-such-store', '--json'], { cwd: repo.dir })
    expect([r.code, r.json.error]).toEqual([2, expect.stringMatching(/no-such-store holds nothing for com.example.capflight: no bundle and no channel/)])
  })

  test.each([
    ['/proc/bundle.zip', /Cannot open \/proc\/bundle.zip: .* \(ENOENT\)/],
    ['package.json/bundle.zip', /Cannot open \S*package.json\/bundle.zip: a part of the path is a file, not a folder; fix the path \(ENOTDIR\)/]
  ])('pack --out %s: one line naming the path and the fix, no stack trace', async (out, message) => {
    const repo = exampleRepo()
    await runCli(['release'], { cwd: repo.dir })
    const r = await runCli(['pack', '--out', out, '--json'], { cwd: repo.dir })
    expect([r.code, r.json.kind]).toEqual([2, 'SystemPathError'])
    expect(r.json.error).toMatch(message)
    expect(r.stderr).not.toMatch(/^\s+at /m)
  })

  test('--private-key "$(cat key.pem)": a value starting with dashes is the key, not an option', async () => {
    const repo = exampleRepo()
    await runCli(['keys', 'create'], { cwd: repo.dir })
    const pem = readFileSync(path.join(repo.dir, '.capflight/keys/private_key.pem'), 'utf8')
    const r = await runCli(['release', '--private-key', pem, '--json'], { cwd: repo.dir })
    expect(r.json).toMatchObject({ status: 'released' })
    expect(storePaths(repo.dir).bundle(r.json.version).sessionKey).toBeDefined()
    expect(r.stdout + r.stderr).not.toContain(pem.split('\n')[1])
  })

  test('unknown command and missing command', async () => {
    const repo = exampleRepo()
    const r = await runCli(['deploy'], { cwd: repo.dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/Unknown command "deploy". Commands: version, release, promote, rollback, rollout, channel, device, serve, keys, store, explain, status, init, doctor, pack/)
    const none = await runCli([], { cwd: repo.dir })
    expect(none.code).toBe(2)
    expect(none.stdout).toMatch(/Usage: capflight <command>/)
  })

  test('--help for every command lists its options', async () => {
    const repo = exampleRepo()
    for (const cmd of ['version', 'release', 'promote', 'rollback', 'rollout', 'channel', 'serve', 'status', 'pack']) {
      const r = await runCli([cmd, '--help'], { cwd: repo.dir })
      expect(r.code).toBe(0)
      expect(r.stdout).toMatch(new RegExp(`Usage: capflight ${cmd}`))
      expect(r.stdout).toMatch(/--json/)
    }
  })
})
