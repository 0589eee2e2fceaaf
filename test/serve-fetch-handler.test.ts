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
    const s = await runCli(['status', '--json'], { cwd: repo.dir })
    expect(s.json.stats).toEqual([{ version: '1.0.0', set: 1, set_fail: 0, update_fail: 0, download_fail: 0, failureRate: 0 }])
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
