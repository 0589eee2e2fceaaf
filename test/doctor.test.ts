/** capflight doctor on real repositories with the real CLI and a real capflight serve: one line per check, exit 0 only when all pass. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { cleanupTemps, exampleRepo, runCli, type Repo } from './helpers/repo.js'
import { startServe } from './helpers/serve.js'

afterAll(cleanupTemps)

/** The plugin as npm installs it, and the plugin URLs pointed at `url`. */
function readyForDevices(repo: Repo, url: string, pluginVersion = '8.51.23'): void {
  mkdirSync(path.join(repo.dir, 'node_modules/@capgo/capacitor-updater'), { recursive: true })
  writeFileSync(path.join(repo.dir, 'node_modules/@capgo/capacitor-updater/package.json'), JSON.stringify({ name: '@capgo/capacitor-updater', version: pluginVersion }))
  const file = path.join(repo.dir, 'capacitor.config.json')
  const config = JSON.parse(readFileSync(file, 'utf8'))
  config.plugins.CapacitorUpdater = { ...config.plugins.CapacitorUpdater, updateUrl: `${url}/updates`, statsUrl: `${url}/stats`, channelUrl: `${url}/channel_self` }
  repo.commit('chore: point the plugin at the endpoint', { 'capacitor.config.json': JSON.stringify(config, null, 2) })
}

describe('capflight doctor', () => {
  test('everything in place: every check passes, the endpoint answers a real /updates, exit 0', async () => {
    const repo = exampleRepo()
    await runCli(['release', '--channel', 'production'], { cwd: repo.dir })
    const server = await startServe(repo.dir)
    try {
      readyForDevices(repo, server.url)
      const r = await runCli(['doctor', '--json'], { cwd: repo.dir })
      expect(r.json.checks.filter((c: { status: string }) => c.status === 'fail')).toEqual([])
      expect([r.code, r.json.ok]).toEqual([0, true])
      expect(r.json.checks.map((c: { name: string }) => c.name)).toEqual(['config', 'git', 'build', 'notifyAppReady', 'plugin', 'plugin URLs', 'keys', 'store', 'endpoint'])
      expect(r.json.checks.find((c: { name: string }) => c.name === 'endpoint').message).toMatch(/\/updates offers 1\.1\.0/)
      const human = await runCli(['doctor'], { cwd: repo.dir })
      expect(human.stdout).toMatch(/^✓ store +file:\/\/\S+ is reachable and writable: 1 channel\(s\)$/m)
      expect(human.stdout).toMatch(/^- keys +skipped: bundles are not encrypted/m)
      expect(human.stdout).toMatch(/Everything a release and a device need is in place\.$/m)
    } finally {
      await server.stop()
    }
  })

  test('each problem is a failed line with its fix, and exit 1', async () => {
    const repo = exampleRepo()
    readyForDevices(repo, 'http://127.0.0.1:9', '7.2.0')
    repo.commit('fix: drop the ready call', { 'src/app.js': 'console.log("no ready call")\n' })
    const r = await runCli(['doctor', '--json'], { cwd: repo.dir })
    expect([r.code, r.json.ok]).toEqual([1, false])
    const failed = Object.fromEntries(r.json.checks.filter((c: { status: string }) => c.status === 'fail').map((c: { name: string; message: string; fix: string }) => [c.name, `${c.message} | ${c.fix}`]))
    expect(Object.keys(failed).sort()).toEqual(['endpoint', 'notifyAppReady', 'plugin'])
    expect(failed.plugin).toMatch(/7\.2\.0 is installed; capflight speaks the 8\.x protocol \| npm install @capgo\/capacitor-updater@\^8/)
    expect(failed.notifyAppReady).toMatch(/no file calls CapacitorUpdater\.notifyAppReady\(\) \| Call CapacitorUpdater\.notifyAppReady\(\)/)
    expect(failed.endpoint).toMatch(/http:\/\/127\.0\.0\.1:9\/updates did not answer .* \| Start "capflight serve"/)
    const human = await runCli(['doctor'], { cwd: repo.dir })
    expect(human.stdout).toMatch(/^✗ plugin .*\n +fix: npm install/m)
    expect(human.stdout).toMatch(/^3 check\(s\) failed\.$/m)
  })

  test('keys that do not match the app\'s publicKey, and a plugin without URLs, fail', async () => {
    const repo = exampleRepo()
    await runCli(['keys', 'create', '--out', '.capflight/a'], { cwd: repo.dir })
    const other = await runCli(['keys', 'create', '--out', '.capflight/b', '--json'], { cwd: repo.dir })
    const config = JSON.parse(readFileSync(path.join(repo.dir, 'capacitor.config.json'), 'utf8'))
    config.plugins.CapacitorUpdater.publicKey = readFileSync(other.json.publicKeyPath, 'utf8')
    repo.commit('chore: encryption', { 'capacitor.config.json': JSON.stringify(config, null, 2) })
    const r = await runCli(['doctor', '--private-key', '.capflight/a/private_key.pem', '--json'], { cwd: repo.dir })
    const byName = Object.fromEntries(r.json.checks.map((c: { name: string }) => [c.name, c]))
    expect(byName.keys).toMatchObject({ status: 'fail', message: 'the private key does not match plugins.CapacitorUpdater.publicKey' })
    expect(byName['plugin URLs']).toMatchObject({ status: 'fail', message: 'plugins.CapacitorUpdater has no updateUrl, statsUrl, channelUrl' })
    const good = await runCli(['doctor', '--private-key', '.capflight/b/private_key.pem', '--json'], { cwd: repo.dir })
    expect(good.json.checks.find((c: { name: string }) => c.name === 'keys').status).toBe('pass')
  })
})
