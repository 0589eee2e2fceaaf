import { cleanupTemps, exampleRepo, runCli } from './helpers/repo.js'
import { snapshot, storePaths } from './helpers/store.js'

afterAll(cleanupTemps)

describe('bad input: a clear message, the right exit code, the store as it was', () => {
  test.each([
    ['invalid tagFormat', { args: ['--tag-format', 'release'] }, 2, /Invalid tagFormat "release": it must contain \$\{version\} exactly once/],
    ['malformed capflight.config.json', { files: { 'capflight.config.json': '{"rules": [' } }, 2, /capflight.config.json is not valid JSON/],
    ['unknown config key', { files: { 'capflight.config.json': '{"chanel": "beta"}' } }, 2, /unknown key "chanel"\. Known keys: appId/],
    ['unknown store scheme', { args: ['--store', 'ftp://host/x'] }, 2, /Unknown store "ftp:\/\/host\/x": scheme "ftp:" is not supported\. Known stores: file:/],
    ['failing build command', { args: ['--build-command', 'echo compiling; echo "src/app.ts(3,1): error TS1005" >&2; exit 7'] }, 1, /Build command .* failed \(exit code 7\)[\s\S]*error TS1005/],
    ['web dir without index.html', { args: ['--web-dir', 'src/missing'] }, 1, /does not exist/],
    ['unknown flag', { args: ['--chanel', 'beta'] }, 2, /Unknown option '--chanel'.*capflight release --help/],
    ['tag not in tagFormat', { args: ['--tag', 'release-1'] }, 2, /Tag "release-1" does not follow tagFormat/]
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

  test('unknown command and missing command', async () => {
    const repo = exampleRepo()
    const r = await runCli(['deploy'], { cwd: repo.dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/Unknown command "deploy". Commands: version, release, promote, rollback, rollout, channel, device, serve, keys, store, status, pack/)
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
