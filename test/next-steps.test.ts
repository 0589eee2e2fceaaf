/** What the output says comes next (real git, the real CLI): how a device gets the release, warnings that save a lost release, --verbose. */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { cleanupTemps, exampleRepo, runCli } from './helpers/repo.js'
import { SimulatedDevice } from './helpers/device.js'
import { startServe } from './helpers/serve.js'

afterAll(cleanupTemps)

describe('after a release', () => {
  test('a line says how a device gets it: the endpoint and config when self-hosted', async () => {
    const repo = exampleRepo()
    const first = await runCli(['release', '--json'], { cwd: repo.dir })
    expect(first.json.next).toBe('To get 1.1.0-dev.1 onto a device: run "capflight serve --store .capflight/store", set plugins.CapacitorUpdater.updateUrl to its URL + /updates (statsUrl /stats, channelUrl /channel_self) and defaultChannel "development" in the capacitor config, and ship that build.')
    const human = await runCli(['release', '--channel', 'development'], { cwd: repo.dir })
    expect(human.stdout).toMatch(/^ {2}next {5}To get 1\.1\.0-dev\.1 onto a device/m)

    const config = JSON.parse(readFileSync(path.join(repo.dir, 'capacitor.config.json'), 'utf8'))
    config.plugins.CapacitorUpdater.updateUrl = 'https://updates.example.com/updates'
    repo.commit('fix: point devices at the endpoint', { 'capacitor.config.json': JSON.stringify(config, null, 2), 'src/x.js': 'export const x = 1\n' })
    const configured = await runCli(['release', '--allow-native-change', '--min-native-version', '1.0.0', '--json'], { cwd: repo.dir })
    expect(configured.json.next).toBe('Devices whose build has updateUrl https://updates.example.com/updates get 1.1.0-dev.2 on channel "development" at their next check, as long as "capflight serve --store .capflight/store" answers there.')
  })

  test('on a hosted runner the default local store is thrown away with it: a warning; a named store: none', async () => {
    const repo = exampleRepo()
    const hosted = { GITHUB_ACTIONS: 'true', GITHUB_REF: 'refs/heads/main', RUNNER_ENVIRONMENT: 'github-hosted' }
    const r = await runCli(['release', '--json'], { cwd: repo.dir, env: hosted })
    expect(r.json.warnings).toEqual([expect.stringMatching(/^This runner is thrown away after the job, and with it the default local store .*--store s3:\/\/bucket\/prefix or CAPFLIGHT_STORE/)])
    // The same hosted runner with a store named: no warning (the same folder, named, stands in for a lasting store).
    repo.commit('fix: next', { 'src/n.js': 'export const n = 1\n' })
    const named = await runCli(['release', '--store', '.capflight/store', '--json'], { cwd: repo.dir, env: hosted })
    expect([named.json.status, named.json.warnings]).toEqual(['released', []])
  })

  test('a local store git would commit gets a hint to ignore it', async () => {
    const repo = exampleRepo()
    writeFileSync(path.join(repo.dir, '.gitignore'), 'www/\nnode_modules/\n')
    repo.commit('chore: gitignore')
    const r = await runCli(['release', '--json'], { cwd: repo.dir })
    expect(r.json.warnings).toEqual([expect.stringMatching(/^\.capflight\/store is not in \.gitignore: add "\.capflight\/" there/)])
    writeFileSync(path.join(repo.dir, '.gitignore'), 'www/\nnode_modules/\n.capflight/\n')
    repo.commit('chore: ignore the store', { 'src/y.js': 'export const y = 1\n' })
    expect((await runCli(['release', '--json'], { cwd: repo.dir })).json.warnings).toEqual([])
  })
})

describe('--verbose', () => {
  test('release and version say which commits counted and how each bumped', async () => {
    const repo = exampleRepo()
    repo.commit('fix(ui): contrast')
    repo.commit('tidy up')
    for (const command of ['version', 'release']) {
      const r = await runCli([command, '--verbose'], { cwd: repo.dir })
      expect(r.stderr).toMatch(/^debug: commit [0-9a-f]{7} fix\(ui\): contrast → patch$/m)
      expect(r.stderr).toMatch(/^debug: commit [0-9a-f]{7} feat: first version → minor$/m)
      expect(r.stderr).toMatch(/^debug: commit [0-9a-f]{7} "tidy up" → not a Conventional Commit, not counted$/m)
    }
    expect((await runCli(['version'], { cwd: repo.dir })).stderr).not.toMatch(/debug:/)
  })

  test('serve logs one access line per request, without the query string', async () => {
    const repo = exampleRepo()
    await runCli(['release', '--channel', 'production'], { cwd: repo.dir })
    const server = await startServe(repo.dir, ['--verbose'])
    try {
      await new SimulatedDevice(server.url, { deviceId: 'device-1' }).check()
      await fetch(`${server.url}/channel_self?app_id=com.example.capflight&device_id=device-1`)
    } finally {
      await server.stop()
    }
    // Read once the server has exited and its output is complete.
    expect(server.stderr()).toMatch(/^POST \/updates 200 \d+\.\d ms$/m)
    expect(server.stderr()).toMatch(/^GET \/channel_self \d{3} \d+\.\d ms$/m)
    expect(server.stderr()).not.toContain('device-1')
  })
})
