// What one device or one connection can do to `capflight serve` (the real process): huge or slow
// bodies, stats floods, and large bodies over and over. Nothing here waits on a clock: each
// outcome is decided by what the client sends, not by how fast the machine is.
import net from 'node:net'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { SimulatedDevice } from './helpers/device.js'
import { cleanupTemps, exampleRepo, Repo, runCli } from './helpers/repo.js'
import { startServe } from './helpers/serve.js'

afterAll(cleanupTemps)

let repo: Repo
beforeAll(async () => {
  repo = exampleRepo()
  repo.git('tag', 'v1.0.0')
  expect((await runCli(['release'], { cwd: repo.dir })).code).toBe(0)
})

/** Sends raw bytes and resolves with everything the server answers until it closes or answers fully. */
function rawRequest(url: string, head: string, body = ''): Promise<string> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(head + body))
    let answer = ''
    socket.on('data', (c) => {
      answer += c
      const [headers, rest = ''] = answer.split('\r\n\r\n')
      const length = /content-length: (\d+)/i.exec(headers)
      if (length && Buffer.byteLength(rest) >= Number(length[1])) { socket.destroy(); resolve(answer) }
    })
    socket.on('close', () => resolve(answer))
    socket.on('error', reject)
  })
}

/** Starts the real `capflight serve` over the test app's store, runs `use`, always stops it. */
async function withServe(args: string[], use: (server: Awaited<ReturnType<typeof startServe>>) => Promise<void>): Promise<void> {
  const server = await startServe(repo.dir, args)
  try {
    await use(server)
  } finally {
    await server.stop()
  }
}

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1])

test('Content-Length: 999999999999 is answered 413 at once, before any body is sent', async () => {
  await withServe([], async (server) => {
    const answer = await rawRequest(server.url, 'POST /updates HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 999999999999\r\n\r\n')
    expect(answer).toMatch(/^HTTP\/1\.1 413 /)
    expect(answer).toContain('"error":"body_too_large"')
    // The server still answers everyone else.
    expect((await new SimulatedDevice(server.url).update()).version).toBe('1.0.0')
  })
})

test('a body that never finishes arriving is cut off with 408 after --request-timeout', async () => {
  await withServe(['--request-timeout', '300'], async (server) => {
    // 10 of the 100 announced bytes, then silence: only the server's timeout can end this.
    const answer = await rawRequest(server.url, 'POST /updates HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n', '{"app_id":')
    expect(answer).toMatch(/^HTTP\/1\.1 408 /)
    expect((await new SimulatedDevice(server.url).update()).version).toBe('1.0.0')
  })
})

test('one device sending 60 × 1,000 stats events gets 429s; at most its per-minute rate is stored, and the refusals are counted', async () => {
  await withServe(['--stats-rate', '100'], async (server) => {
    const flooder = new SimulatedDevice(server.url, { deviceId: 'flooder-0001' })
    const event = { ...flooder.info(), action: 'set', version_name: '1.0.0', timestamp: Date.now() }
    const statuses: number[] = []
    for (let i = 0; i < 60; i++) statuses.push((await flooder.post('/stats', Array.from({ length: 1000 }, () => event))).status)
    expect(statuses[0]).toBe(200)
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(58)
    // Another device is not held back by the flooder.
    const honest = new SimulatedDevice(server.url)
    expect((await honest.update()).version).toBe('1.0.0')
    const health = await (await fetch(`${server.url}/health`)).json()
    expect(health.stats.refused).toBeGreaterThanOrEqual(59_000)
  })
  // Stopped, serve has flushed: the flooder's stored events are its rate's worth, and it is one device.
  const root = path.join(repo.dir, '.capflight/store/apps/com.example.capflight/telemetry/events')
  const rows = readdirSync(root).flatMap((day) => readdirSync(path.join(root, day)).flatMap((f) => readFileSync(path.join(root, day, f), 'utf8').trim().split('\n')))
  const stored = rows.map((line) => JSON.parse(line)).filter((r) => r.device_id === 'flooder-0001' && r.action === 'set').length
  // The rate is per clock minute: a run that crosses a minute boundary may take two windows' worth.
  expect(stored).toBeGreaterThanOrEqual(100)
  expect(stored).toBeLessThanOrEqual(200)
})

test('memory stays flat under a fuzz of large bodies', async () => {
  await withServe([], async (server) => {
    let seed = 7
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    const device = new SimulatedDevice(server.url).info()
    const send = async (i: number) => {
      const size = Math.floor(rand() * 3 * 1024 * 1024)
      const body = i % 3 === 0
        ? JSON.stringify(Array.from({ length: 900 }, () => ({ ...device, device_id: `d-${Math.floor(rand() * 1e9)}`, action: 'set', custom_id: 'x'.repeat(Math.floor(size / 900)) })))
        : 'x'.repeat(size)
      const res = await fetch(`${server.url}${i % 2 ? '/stats' : '/updates'}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
      await res.arrayBuffer()
      expect(res.status).toBeLessThan(500)
    }
    for (let i = 0; i < 20; i++) await send(i)
    const before = rssKb(server.pid)
    for (let batch = 0; batch < 20; batch++) await Promise.all(Array.from({ length: 8 }, (_, j) => send(20 + batch * 8 + j)))
    const after = rssKb(server.pid)
    // 160 bodies of up to 3 MiB (~240 MB in all): a leak would keep most of it.
    expect(after - before).toBeLessThan(120 * 1024)
  })
})
