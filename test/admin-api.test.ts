/**
 * The admin API of `capflight serve --console` (DESIGN §8), on the real serve process over a
 * store filled by real releases: bearer tokens (constant-time compared, never logged), every
 * action the core operation the CLI runs, with its refusals, and an audit entry per change.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { SimulatedDevice } from './helpers/device.js'
import { cleanupTemps, exampleRepo, runCli, tempDir, type Repo } from './helpers/repo.js'
import { startServe } from './helpers/serve.js'
import { storePaths } from './helpers/store.js'

afterAll(cleanupTemps)

const TOKEN = 'admin-token-0123456789abcdef'
const APP = 'com.example.capflight'

/** Production has served 1.0.0 then 1.0.1. */
async function released(): Promise<Repo> {
  const repo = exampleRepo()
  repo.git('tag', 'v1.0.0')
  await runCli(['release'], { cwd: repo.dir })
  repo.commit('fix: one')
  repo.git('tag', 'v1.0.1')
  await runCli(['release'], { cwd: repo.dir })
  return repo
}

function client(url: string, token?: string) {
  return async (method: string, route: string, body?: unknown): Promise<{ status: number; json: any; headers: Headers }> => {
    const res = await fetch(`${url}/api/v1${route}`, {
      method, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    return { status: res.status, json: await res.json(), headers: res.headers }
  }
}

describe('capflight serve --console: the admin API', () => {
  test('no token, no console: --console alone is exit 2 saying what to set; a short token is refused', async () => {
    const repo = exampleRepo()
    const none = await runCli(['serve', '--console', '--port', '0'], { cwd: repo.dir })
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/--console needs an admin token: set CAPFLIGHT_ADMIN_TOKEN/)
    const file = path.join(tempDir(), 'tokens')
    writeFileSync(file, 'alice short\n')
    const short = await runCli(['serve', '--console', '--port', '0', '--admin-tokens', file], { cwd: repo.dir })
    expect(short.code).toBe(2)
    expect(short.stderr).toMatch(/admin token of "alice" is too short/)
    // Without --console the admin routes do not exist, whatever the token.
    const server = await startServe(repo.dir, [], { CAPFLIGHT_ADMIN_TOKEN: TOKEN })
    try {
      expect((await client(server.url, TOKEN)('GET', '/whoami')).status).toBe(404)
    } finally {
      await server.stop()
    }
  })

  test('tokens: none or a wrong one is 401; the right one names itself; the token is never logged', async () => {
    const repo = await released()
    const file = path.join(tempDir(), 'tokens')
    writeFileSync(file, '# the release team\nalice alice-token-0123456789abcdef\n')
    const server = await startServe(repo.dir, ['--console', '--verbose', '--admin-tokens', file], { CAPFLIGHT_ADMIN_TOKEN: TOKEN })
    try {
      const anonymous = await client(server.url)('GET', '/whoami')
      expect(anonymous.status).toBe(401)
      expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="capflight"')
      expect((await client(server.url, `${TOKEN}x`)('GET', '/whoami')).status).toBe(401)
      expect((await client(server.url, TOKEN.slice(0, -1))('GET', '/whoami')).status).toBe(401)
      expect((await client(server.url, TOKEN)('GET', '/whoami')).json).toEqual({ token: 'admin' })
      expect((await client(server.url, 'alice-token-0123456789abcdef')('GET', '/whoami')).json).toEqual({ token: 'alice' })
      // The device routes stay public and unchanged.
      expect(await new SimulatedDevice(server.url).update()).toMatchObject({ outcome: 'updated', version: '1.0.1' })
    } finally {
      await server.stop()
    }
    expect(server.stderr()).toMatch(/admin API at \/api\/v1\/ for token\(s\): admin, alice/)
    expect(server.stderr()).toMatch(/GET \/api\/v1\/whoami 200/)
    expect(server.stderr()).not.toContain(TOKEN)
    expect(server.stderr()).not.toContain('alice-token')
  })

  test('every action runs the core operation with its checks, and every change and refusal is an audit entry', async () => {
    const repo = await released()
    const server = await startServe(repo.dir, ['--console', '--cache-ttl', '0'], { CAPFLIGHT_ADMIN_TOKEN: TOKEN })
    const api = client(server.url, TOKEN)
    try {
      expect((await api('GET', '/apps')).json).toEqual({ apps: [APP], defaultApp: APP })
      const channels = await api('GET', `/apps/${APP}/channels`)
      expect(channels.status).toBe(200)
      expect(channels.json.channels.map((c: { name: string; version: string }) => [c.name, c.version])).toEqual([['production', '1.0.1']])
      // What the page shows beside each channel: the bundle it serves, and where a rollback goes.
      expect(channels.json.bundles['1.0.1']).toMatchObject({ version: '1.0.1', commit: repo.git('rev-parse', 'HEAD').trim(), changelog: expect.stringContaining('one') })
      expect(channels.json.rollbackTo).toEqual({ production: ['1.0.0'] })
      expect((await api('GET', `/apps/${APP}/bundles`)).json).toEqual({ appId: APP, versions: ['1.0.1', '1.0.0'] })

      const back = await api('POST', `/apps/${APP}/channels/production/rollback`, {})
      expect(back.json).toMatchObject({ status: 'rolled-back', version: '1.0.0', previousVersion: '1.0.1' })
      expect(storePaths(repo.dir).channel('production').version).toBe('1.0.0')

      const promoted = await api('POST', `/apps/${APP}/channels/staging/promote`, { version: '1.0.1' })
      expect(promoted.json).toMatchObject({ status: 'promoted', channel: 'staging', version: '1.0.1' })
      // The health gate: no device ran 1.0.1 on record, so it is refused, and nothing moves.
      const gated = await api('POST', `/apps/${APP}/channels/production/promote`, { from: 'staging', requireHealthy: true })
      expect(gated.status).toBe(409)
      expect(gated.json).toMatchObject({ error: 'health_gate', details: { health: { healthy: false } } })
      expect(gated.json.message).toMatch(/only 0 device\(s\) ran 1\.0\.1/)
      expect(storePaths(repo.dir).channel('production').version).toBe('1.0.0')

      const configured = await api('PUT', `/apps/${APP}/channels/staging/settings`, { allowSelfSet: true, ios: false })
      expect(configured.json.settings).toMatchObject({ allowSelfSet: true, ios: false, android: true })
      expect((await api('PUT', `/apps/${APP}/channels/staging/settings`, { allowSelfSet: 'yes' })).status).toBe(400)
      expect((await api('PUT', `/apps/${APP}/channels/staging/settings`, { colour: true })).json.message).toMatch(/Unknown channel setting\(s\) colour/)

      expect((await api('PUT', `/apps/${APP}/devices/phone-1/channel`, { channel: 'staging' })).json).toMatchObject({ channel: 'staging', previous: null })
      expect((await api('PUT', `/apps/${APP}/devices/phone-1/channel`, { channel: 'nope' })).status).toBe(400)
      expect((await api('DELETE', `/apps/${APP}/devices/phone-1/channel`)).json).toMatchObject({ channel: null, previous: 'staging' })

      // Refusals: no rollout to pause, bad names before they reach the store, wrong methods, bad JSON.
      const noRollout = await api('POST', `/apps/${APP}/channels/production/rollout`, { action: 'pause' })
      expect(noRollout.status).toBe(400)
      expect((await api('POST', `/apps/${APP}/channels/..%2Fbundles/rollback`, {})).json).toMatchObject({ error: 'invalid_name' })
      expect((await api('GET', `/apps/${APP}/devices/..%2F..%2Fetc`)).status).toBe(400)
      expect((await api('GET', `/apps/${APP}/channels/production/rollback`)).status).toBe(405)
      const raw = await fetch(`${server.url}/api/v1/apps/${APP}/channels/production/rollback`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: '{not json' })
      expect(raw.status).toBe(400)

      const audit = await api('GET', `/apps/${APP}/audit`)
      const entries = audit.json.entries.map((e: Record<string, unknown>) => [e.token, e.action, e.channel ?? e.device, e.from, e.to, e.status])
      expect(entries).toEqual([
        ['admin', 'POST channels/production/rollout', 'production', null, null, 'refused'],
        ['admin', 'device-channel', 'phone-1', 'staging', null, 'unset'],
        ['admin', 'PUT devices/phone-1/channel', 'phone-1', null, null, 'refused'],
        ['admin', 'device-channel', 'staging', null, 'staging', 'set'],
        ['admin', 'PUT channels/staging/settings', 'staging', null, null, 'refused'],
        ['admin', 'PUT channels/staging/settings', 'staging', null, null, 'refused'],
        ['admin', 'channel-settings', 'staging', expect.stringContaining('"allowSelfSet":false'), expect.stringContaining('"allowSelfSet":true'), 'configured'],
        ['admin', 'POST channels/production/promote', 'production', null, null, 'refused'],
        ['admin', 'promote', 'staging', null, '1.0.1', 'promoted'],
        ['admin', 'rollback', 'production', '1.0.1', '1.0.0', 'rolled-back']
      ])
    } finally {
      await server.stop()
    }
  })

  test('rollouts from the API: a new share, pause and resume, advance refused without a policy, abort; health and a device\'s decisions read back', async () => {
    const repo = await released()
    repo.commit('fix: two')
    repo.git('tag', 'v1.0.2')
    expect((await runCli(['release', '--rollout', '10', '--json'], { cwd: repo.dir })).json.rollout).toMatchObject({ percentageBps: 1000 })
    const server = await startServe(repo.dir, ['--console', '--cache-ttl', '0'], { CAPFLIGHT_ADMIN_TOKEN: TOKEN })
    const api = client(server.url, TOKEN)
    const route = `/apps/${APP}/channels/production/rollout`
    try {
      expect((await api('POST', route, { percentage: 25 })).json.rollout).toMatchObject({ percentageBps: 2500 })
      expect((await api('POST', route, { percentage: 0 })).status).toBe(400)
      expect((await api('POST', route, { action: 'pause' })).json.message).toMatch(/paused at 25%/)
      expect(storePaths(repo.dir).channel('production').rollout.paused).toBe(true)
      expect((await api('POST', route, { action: 'resume' })).status).toBe(200)
      const advance = await api('POST', `${route}/advance`)
      expect(advance.status).toBe(400)
      expect(advance.json.message).toMatch(/has no policy/)
      expect((await api('POST', route, { action: 'abort' })).status).toBe(200)
      expect(storePaths(repo.dir).channel('production').rollout).toBeNull()
      await new SimulatedDevice(server.url, { deviceId: 'phone-7' }).update()
    } finally {
      await server.stop() // flushes the decision log
    }
    const again = await startServe(repo.dir, ['--console'], { CAPFLIGHT_ADMIN_TOKEN: TOKEN })
    try {
      const reader = client(again.url, TOKEN)
      expect((await reader('GET', `/apps/${APP}/health?since=1h`)).json.rows.some((r: { checked: number }) => r.checked === 1)).toBe(true)
      expect((await reader('GET', `/apps/${APP}/devices/phone-7`)).json.decisions).toHaveLength(1)
      expect((await reader('GET', `/apps/${APP}/health?since=soon`)).status).toBe(400)
      const series = await reader('GET', `/apps/${APP}/health/series?since=2h`)
      expect(series.json.bucket).toBe('1h')
      expect(series.json.points.at(-1).rows.some((r: { checked: number }) => r.checked === 1)).toBe(true)
      expect((await reader('GET', `/apps/${APP}/health/series?bucket=5m`)).status).toBe(400)
      const actions = (await reader('GET', `/apps/${APP}/audit`)).json.entries.map((e: { action: string; status: string }) => `${e.action}:${e.status}`)
      expect(actions).toEqual(['rollout-abort:promoted', 'POST channels/production/rollout/advance:refused', 'rollout-resume:promoted', 'rollout-pause:promoted', 'POST channels/production/rollout:refused', 'rollout-percentage:promoted'])
    } finally {
      await again.stop()
    }
  })
})
