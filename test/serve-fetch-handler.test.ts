import { createHash } from 'node:crypto'
import path from 'node:path'
import { createUpdateHandler } from '../src/core/serve/handler.js'
import { FileStore } from '../src/core/store/file-store.js'
import { cleanupTemps, exampleRepo, runCli } from './helpers/repo.js'

afterAll(cleanupTemps)

// The same protocol mounted the way a serverless function or an edge worker
// would: a (Request) => Promise<Response> handler, no Node http server.
describe('createUpdateHandler as a standard fetch handler', () => {
  test('answers /updates, serves the bundle with ranges, stores stats and enforces limits', async () => {
    const repo = exampleRepo()
    repo.git('tag', 'v1.0.0')
    await runCli(['release'], { cwd: repo.dir })
    const handler = createUpdateHandler({ store: new FileStore(path.join(repo.dir, '.capflight/store')), publicUrl: 'https://updates.example.com/' })
    const device = { platform: 'ios', device_id: 'A1B2', app_id: 'com.example.capflight', version_build: '1.0', version_name: 'builtin', is_emulator: false, is_prod: true, plugin_version: '8.51.23' }
    const res = await handler(new Request('https://fn.example.net/updates', { method: 'POST', body: JSON.stringify(device), headers: { 'content-type': 'application/json' } }))
    expect(res.status).toBe(200)
    const body = await res.json() as { version: string; url: string; checksum: string; manifest: unknown[] }
    expect(body.version).toBe('1.0.0')
    expect(body.url).toMatch(/^https:\/\/updates\.example\.com\/download\/com\.example\.capflight\/artifacts\/[0-9a-f]{64}\.zip$/)
    expect(body.manifest.length).toBeGreaterThan(0)

    const zip = await handler(new Request(body.url.replace('https://updates.example.com', 'https://fn.example.net')))
    const bytes = Buffer.from(await zip.arrayBuffer())
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(body.checksum)
    const part = await handler(new Request(body.url, { headers: { range: 'bytes=0-3' } }))
    expect(part.status).toBe(206)
    expect(Buffer.from(await part.arrayBuffer()).toString('latin1')).toBe('PK\x03\x04')

    const stats = await handler(new Request('https://fn.example.net/stats', { method: 'POST', body: JSON.stringify({ ...device, action: 'set', version_name: '1.0.0' }) }))
    expect(await stats.json()).toEqual({ status: 'ok' })
    const big = await handler(new Request('https://fn.example.net/updates', { method: 'POST', body: 'x'.repeat(70_000) }))
    expect(big.status).toBe(413)
    // Decisions and stats are buffered by the handler and written by flush().
    expect(await handler.flush()).toBeGreaterThan(0)
    const s = await runCli(['status', '--json'], { cwd: repo.dir })
    expect(s.json.health).toEqual(expect.arrayContaining([expect.objectContaining({ channel: 'production', version: '1.0.0', installed: 1, failed: 0, unhealthy: 0 })]))
  })

  test('the update answer is kept per bundle and base URL: each origin gets its own download URLs', async () => {
    const repo = exampleRepo()
    repo.git('tag', 'v1.0.0')
    await runCli(['release'], { cwd: repo.dir })
    const handler = createUpdateHandler({ store: new FileStore(path.join(repo.dir, '.capflight/store')) })
    const device = { platform: 'android', device_id: 'A1B2', app_id: 'com.example.capflight', version_build: '1.0', version_name: 'builtin', is_emulator: false, is_prod: true, plugin_version: '8.51.23' }
    const ask = async (origin: string) => (await handler(new Request(`${origin}/updates`, { method: 'POST', body: JSON.stringify(device) }))).json() as Promise<{ url: string; manifest: { download_url: string }[] }>
    for (const origin of ['https://a.example.com', 'https://b.example.com', 'https://a.example.com']) {
      const body = await ask(origin)
      expect(body.url.startsWith(`${origin}/download/`)).toBe(true)
      expect(body.manifest.every((f) => f.download_url.startsWith(`${origin}/download/`))).toBe(true)
    }
  })

  test('stats: past the instance buffer the answer is 429 until a flush has written what it holds; a device\'s rate runs per minute of the injected clock', async () => {
    const repo = exampleRepo()
    repo.git('tag', 'v1.0.0')
    await runCli(['release'], { cwd: repo.dir })
    const store = new FileStore(path.join(repo.dir, '.capflight/store'))
    let clock = Date.parse('2026-12-01T10:00:00Z')
    const handler = createUpdateHandler({ store, maxPendingStats: 10, flushRows: 100, statsPerDevicePerMinute: 3, now: () => new Date(clock) })
    const post = (deviceId: string, count: number) => handler(new Request('https://fn.example.net/stats', {
      method: 'POST', body: JSON.stringify(Array.from({ length: count }, () => ({ device_id: deviceId, app_id: 'com.example.capflight', version_name: '1.0.0', action: 'set' })))
    }))
    const health = async () => (await (await handler(new Request('https://fn.example.net/health'))).json()).stats
    for (let i = 0; i < 3; i++) expect((await post(`d-${i}`, 3)).status).toBe(200) // 9 events buffered
    expect((await health()).pending).toBe(9)
    const busy = await post('d-9', 2) // 9 + 2 > 10
    expect(busy.status).toBe(429)
    expect((await busy.json()).message).toMatch(/busy writing stats/)
    await handler.flush()
    expect((await health()).pending).toBe(0)
    // d-0 used its 3 events this minute; the next minute it may send again.
    expect((await post('d-0', 1)).status).toBe(429)
    clock += 60_000
    expect((await post('d-0', 1)).status).toBe(200)
    await handler.flush()
    expect(await health()).toEqual({ accepted: 10, refused: 3, pending: 0, written: 4, dropped: 0 })
    // Ten events of three devices: each counted once, in one hour's rollup.
    const s = await runCli(['status', '--json', '--since', '2026-12-01T00:00:00Z'], { cwd: repo.dir })
    expect(s.json.health).toEqual([expect.objectContaining({ version: '1.0.0', installed: 3 })])
  })
})

test('the published capflight/serve bundle exports the handler', async () => {
  const lib = await import(path.join(process.cwd(), 'dist/serve/index.js'))
  expect(typeof lib.createUpdateHandler).toBe('function')
  expect(typeof lib.openStore).toBe('function')
  const handler = lib.createUpdateHandler({ store: lib.openStore('.capflight/none', process.cwd()) })
  const res: Response = await handler(new Request('http://x/health'))
  expect(await res.json()).toMatchObject({ status: 'ok' })
})
