import { SimulatedDevice } from './helpers/device.js'
import { cleanupTemps, exampleRepo, Repo, runCli } from './helpers/repo.js'
import { startServe } from './helpers/serve.js'

afterAll(cleanupTemps)

let repo: Repo
let server: Awaited<ReturnType<typeof startServe>>
let url: string
beforeAll(async () => {
  repo = exampleRepo()
  repo.git('tag', 'v1.0.0')
  await runCli(['release'], { cwd: repo.dir })
  server = await startServe(repo.dir)
  url = server.url
})
afterAll(() => server.stop())

async function post(path: string, body: string | undefined, headers: Record<string, string> = {}, method = 'POST') {
  const res = await fetch(`${url}${path}`, { method, body, headers: { 'content-type': 'application/json', ...headers } })
  const text = await res.text()
  let json: any
  try { json = JSON.parse(text) } catch { json = undefined }
  return { status: res.status, json, text }
}

const device = () => new SimulatedDevice('http://unused').info()

describe('capflight serve: bad input gets a clear 4xx and nothing outside the store is read', () => {
  test.each([
    ['malformed JSON', '/updates', '{"app_id": ', 400, 'invalid_json'],
    ['a JSON array where an object is expected', '/updates', '[1,2]', 400, 'invalid_body'],
    ['missing app_id', '/updates', JSON.stringify({ ...device(), app_id: undefined }), 400, 'missing_app_id'],
    ['missing device_id', '/updates', JSON.stringify({ ...device(), device_id: '' }), 400, 'missing_device_id'],
    ['an unknown app', '/updates', JSON.stringify({ ...device(), app_id: 'com.unknown.app' }), 404, 'app_not_found'],
    ['a version_build that is not a version', '/updates', JSON.stringify({ ...device(), version_build: 'banana' }), 400, 'invalid_version_build'],
    ['an app_id with path characters', '/updates', JSON.stringify({ ...device(), app_id: '../../etc' }), 400, 'invalid_app_id'],
    ['is_emulator that is not a boolean', '/updates', JSON.stringify({ ...device(), is_emulator: 'yes' }), 400, 'invalid_is_emulator'],
    ['a stats event without action', '/stats', JSON.stringify([{ ...device() }]), 400, 'invalid_action']
  ])('%s', async (_name, path, body, status, error) => {
    const r = await post(path, body)
    expect(r.status).toBe(status)
    expect(r.json.error).toBe(error)
    expect(typeof r.json.message).toBe('string')
    expect(r.json.message.length).toBeGreaterThan(10)
  })

  test('a body over the limit is 413, and so is a stats array of 100,000 events', async () => {
    const big = await post('/updates', JSON.stringify({ ...device(), custom_id: 'x'.repeat(100_000) }))
    expect(big.status).toBe(413)
    expect(big.json.error).toBe('body_too_large')
    const event = { ...device(), action: 'set', version_name: '1.0.0' }
    const many = await post('/stats', JSON.stringify(Array.from({ length: 100_000 }, () => event)))
    expect(many.status).toBe(413)
  })

  test.each([
    '/download/com.example.capflight/artifacts/../../../../etc/passwd',
    '/download/com.example.capflight/artifacts/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/download/..%2f..%2f..%2fetc/files/' + 'a'.repeat(64),
    '/download/com.example.capflight/files/' + 'A'.repeat(64),
    '/download/com.example.capflight/artifacts/' + '0'.repeat(64) + '.zip',
    '/download/com.example.capflight/files/' + '0'.repeat(64) + '.zip',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/admin',
    '/updates/extra'
  ])('GET %s is 404 and reads nothing outside the store', async (path) => {
    const res = await fetch(`${url}${path}`)
    expect(res.status).toBe(404)
    const text = await res.text()
    expect(text).not.toMatch(/root:/)
    expect(JSON.parse(text).error).toBe('not_found')
  })

  test('wrong methods are 405', async () => {
    expect((await fetch(`${url}/updates`)).status).toBe(405)
    expect((await fetch(`${url}/stats`, { method: 'PUT', body: '{}' })).status).toBe(405)
  })

  test('fuzz: thousands of random bodies and paths never crash the server or get a 5xx', async () => {
    // Seeded: a failing run is reproduced exactly by the same seed (FUZZ_SEED to try others).
    let seed = Number(process.env.FUZZ_SEED ?? 42)
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]
    const junk = () => {
      const kinds = [
        () => rand().toString(36).repeat(Math.floor(rand() * 5)),
        () => JSON.stringify({ ...device(), [pick(Object.keys(device()))]: pick([null, 1, -1, 1e308, true, [], {}, '', '../x', '\u0000', 'x'.repeat(300)]) }),
        () => JSON.stringify(pick([null, 1, 'str', [], [null], [{}], { app_id: 1 }, { app_id: 'com.example.capflight', device_id: 'd', version_build: pick(['1', '1.2', 'x.y', '', '9999999999999999999.0.0']) }])),
        () => JSON.stringify([{ ...device(), action: pick(['set', 'SET', 1, '', 'x'.repeat(100)]), version_name: pick(['1.0.0', 5, null]), timestamp: pick([1, -1, 'x', 1e20]) }]),
        () => String.fromCharCode(...Array.from({ length: Math.floor(rand() * 200) }, () => Math.floor(rand() * 256)))
      ]
      return pick(kinds)()
    }
    const paths = ['/updates', '/stats', '/channel_self', '/download/com.example.capflight/artifacts/x', '/%00', '/download/%2e%2e/files/1', '/channel_self?app_id=%00', '/' + 'a'.repeat(3000)]
    const methods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD']
    const statuses = new Map<number, number>()
    for (let batch = 0; batch < 60; batch++) {
      await Promise.all(Array.from({ length: 50 }, async () => {
        const method = pick(methods)
        const res = await fetch(`${url}${pick(paths)}`, { method, body: method === 'GET' || method === 'HEAD' ? undefined : junk() })
        await res.arrayBuffer()
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
      }))
    }
    expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([])
    expect([...statuses.values()].reduce((a, b) => a + b)).toBe(3000)
    // Still answering correctly afterwards.
    const ok = await new SimulatedDevice(url).update()
    expect(ok).toMatchObject({ outcome: 'updated', version: '1.0.0' })
    expect(server.stderr()).not.toMatch(/request failed/)
  })
})
