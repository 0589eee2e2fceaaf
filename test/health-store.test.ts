/**
 * Health data over time and across processes: rollup compaction on the file store and on a real
 * S3-compatible server (s3rver on 127.0.0.1), the real `capflight serve --auto-rollout` process
 * judging a rollout at its flush, and the rollout webhook POSTed to a real HTTP server. Clocks
 * are parameters: no test waits for wall-clock time.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRawHandler, serveHandler } from '../src/core/index.js'
import { compactRollups, readRollups, readSeries } from '../src/core/health/read.js'
import { healthRows, webhookProblem, type AdvanceResult } from '../src/core/health/operations.js'
import { Rollup } from '../src/core/health/rollup.js'
import { TelemetryRecorder } from '../src/core/health/recorder.js'
import { FileStore } from '../src/core/store/file-store.js'
import { openTelemetryStore } from '../src/core/store/registry.js'
import type { Store } from '../src/core/store/types.js'
import { EXAMPLE_APP_ID, guardedRollout } from './helpers/fleet.js'
import { cleanupTemps, exampleRepo, runCli, tempDir } from './helpers/repo.js'
import { S3_ENV, startS3 } from './helpers/s3.js'
import { startServe } from './helpers/serve.js'
import { storePaths } from './helpers/store.js'

let s3: Awaited<ReturnType<typeof startS3>>
beforeAll(async () => { s3 = await startS3() })
afterAll(async () => { await s3.stop(); cleanupTemps() })

const APP = EXAMPLE_APP_ID
const HOUR = 3600_000

/** Two instances' decisions and events over three days, flushed several times an hour. */
async function fill(store: Store, now: number): Promise<void> {
  const recorders = [new TelemetryRecorder(store, { instance: 'a' }), new TelemetryRecorder(store, { instance: 'b' })]
  for (let h = 70; h >= 0; h -= 5) {
    for (let flush = 0; flush < 3; flush++) {
      for (let d = 0; d < 60; d++) {
        const t = new Date(now - h * HOUR - flush * 600_000 - d * 1000).toISOString()
        const r = recorders[(d + flush) % 2]
        const device = `dev-${(d * 7 + h) % 90}`
        const common = { t, app_id: APP, device_id: device, channel: 'production', platform: d % 3 ? 'android' : 'ios', native: '1.0' }
        r.decision({ ...common, why: 'default', current: h > 30 ? '1.0.0' : '1.1.0', bucket: null, ...(d % 4 === 0 ? { sent: '1.1.0' } : { kind: 'up_to_date', reason: 'no_new_version_available' }) })
        if (d % 5 === 0) r.event({ ...common, action: d % 10 === 0 ? 'app_crash' : 'set', version: '1.1.0' })
        if (d % 11 === 0) r.event({ ...common, action: 'download_fail', version: '1.1.0' })
      }
      await Promise.all(recorders.map((r) => r.flush()))
    }
  }
}

async function objectsUnder(store: Store, path: string[]): Promise<string[]> {
  const out: string[] = []
  for (const name of await store.listTelemetry(APP, path)) {
    if (name.endsWith('.json')) out.push([...path, name].join('/'))
    else out.push(...await objectsUnder(store, [...path, name]))
  }
  return out
}

describe.each([
  ['file', () => openTelemetryStore(tempDir('capflight-rollups-'), '/')],
  ['s3 (s3rver)', () => openTelemetryStore(`s3://updates/r${Math.random().toString(36).slice(2)}?endpoint=${encodeURIComponent(s3.endpoint)}`, '/', S3_ENV)]
])('rollup compaction on the %s store', (_name, open) => {
  test('finished hours and old days fold into merged objects; every window counts the same devices before and after; a late part still counts', async () => {
    const store = open()
    const now = Date.UTC(2026, 11, 2, 15, 30)
    await fill(store, now)
    // Windows that start on the hour: after compaction earlier hours of today and yesterday count to
    // the hour (docs/health.md), so these count exactly the same devices.
    const starts = [new Date(now - 72 * HOUR), new Date(now - 20.5 * HOUR), new Date(now - 1.5 * HOUR)]
    const before = (await readRollups(store, APP, starts, new Date(now))).map(healthRows)
    const objects = (await objectsUnder(store, ['rollups'])).length
    expect(before[0].length).toBeGreaterThan(0)

    expect(await compactRollups(store, APP, new Date(now), 'c')).toBeGreaterThan(0)
    const after = await objectsUnder(store, ['rollups'])
    expect(after.length).toBeLessThan(objects / 4)
    // Days before yesterday: one object each; today's and yesterday's finished hours: one each.
    expect(after.filter((o) => /day=2026-11-(29|30)\//.test(o)).every((o) => /day=[^/]+\/merged-c-/.test(o))).toBe(true)
    expect(after.filter((o) => /day=2026-12-02\/hour=(0\d|1[0-4])\//.test(o)).every((o) => /\/merged-c-/.test(o))).toBe(true)
    expect((await readRollups(store, APP, starts, new Date(now))).map(healthRows)).toEqual(before)
    // Nothing left to do: a second run changes nothing.
    expect(await compactRollups(store, APP, new Date(now), 'd')).toBe(0)

    // A flush retried after the compaction (rows of an hour already merged) is read beside it.
    const late = new TelemetryRecorder(store, { instance: 'late' })
    late.event({ t: new Date(now - 26 * HOUR).toISOString(), app_id: APP, device_id: 'dev-late', channel: 'production', action: 'set', version: '1.1.0', platform: 'ios', native: '1.0' })
    await late.flush()
    const installed = (rows: ReturnType<typeof healthRows>) => rows.filter((r) => r.version === '1.1.0').reduce((n, r) => n + r.installed, 0)
    const withLate = await readRollups(store, APP, [starts[0]], new Date(now))
    expect(installed(healthRows(withLate[0]))).toBe(installed(before[0]) + 1)
  })

  test('a series: one point an hour where the rows are; one a day, whose union is the window', async () => {
    const store = open()
    const now = Date.UTC(2026, 11, 2, 15, 30)
    await fill(store, now)
    await compactRollups(store, APP, new Date(now), 'c')
    const hourly = await readSeries(store, APP, new Date(now - 6 * HOUR), new Date(now), HOUR)
    // fill() writes rows 5 hours apart, three flushes 10 minutes apart: 10:10–10:30 and 15:10–15:30.
    expect(hourly.map((p) => p.start.toISOString())).toEqual(['2026-12-02T10:00:00.000Z', '2026-12-02T15:00:00.000Z'])
    const from = new Date(Date.UTC(2026, 10, 29))
    const daily = await readSeries(store, APP, from, new Date(now), 24 * HOUR)
    expect(daily.map((p) => p.start.toISOString().slice(0, 10))).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02'])
    const union = new Rollup()
    for (const p of daily) union.merge(p.rollup)
    expect(healthRows(union)).toEqual(healthRows((await readRollups(store, APP, [from], new Date(now)))[0]))
  })
})

describe('buffering', () => {
  test('under a burst serve writes its buffer as soon as it holds flushRows rows, without waiting for its timer', async () => {
    const repo = exampleRepo()
    repo.git('tag', 'v1.0.0')
    await runCli(['release'], { cwd: repo.dir })
    const store = new FileStore(`${repo.dir}/.capflight/store`)
    const handler = createRawHandler({ store, cacheTtlMs: 0, statsPerDevicePerMinute: 1000, flushRows: 20 })
    const server = await serveHandler(handler, { port: 0, host: '127.0.0.1' })
    try {
      const info = { platform: 'ios', device_id: 'burst-1', app_id: APP, custom_id: '', version_build: '1.0', version_code: '1', version_os: '17', version_name: '1.0.0', plugin_version: '8.51.23', is_emulator: false, is_prod: true }
      const batch = JSON.stringify(Array.from({ length: 10 }, () => ({ ...info, action: 'app_moved_to_foreground' })))
      const post = async () => expect((await fetch(`${server.url}/stats`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: batch })).status).toBe(200)
      await post()
      expect(handler.recorder.rows).toBe(10)
      await post()
      // The second batch reached 20 rows: the flush began before the answer left.
      expect(handler.recorder.rows).toBe(0)
      await handler.recorder.flush()
      // One batch of objects (events, decisions none, a rollup part), all 20 rows in it.
      const [day] = await store.listTelemetry(APP, ['events'])
      const [part] = await store.listTelemetry(APP, ['events', day])
      expect((await store.readTelemetry(APP, ['events', day, part]))!.trim().split('\n')).toHaveLength(20)
    } finally {
      await server.close()
    }
  })
})

describe('the gate outside the command line', () => {
  test('serve --auto-rollout aborts a crashing rollout at its flush, as rollout advance would', async () => {
    const repo = exampleRepo()
    let serveLog = ''
    await guardedRollout(repo, 0.4, 600, async () => {
      // One flush at the end (on SIGTERM): the gate then sees the whole round.
      const server = await startServe(repo.dir, ['--auto-rollout', '--cache-ttl', '0', '--flush-interval', '3600', '--stats-rate', '100000'])
      return [{ url: server.url, flush: async () => 0, close: async () => { await server.stop(); serveLog = server.stderr() } }]
    })
    expect(serveLog).toMatch(/auto-rollout com\.example\.capflight: Aborting the rollout of 1\.1\.0 on production at 5%: crash rate/)
    const channel = storePaths(repo.dir).channel('production')
    expect(channel.rollout).toBeNull()
    expect(channel.history.at(-1)).toMatchObject({ action: 'rollout-abort', version: '1.1.0' })
  })

  test('rollout advance tells the webhook what it did, with the numbers; a dry run and a hold tell it nothing', async () => {
    const received: Array<{ path: string; body: any }> = []
    const hook = createServer((req, res) => {
      let body = ''
      req.on('data', (c) => { body += c })
      req.on('end', () => { received.push({ path: req.url!, body: JSON.parse(body) }); res.writeHead(204).end() })
    })
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/capflight`
    try {
      const repo = exampleRepo()
      await guardedRollout(repo, 0.4)
      const dry = await runCli(['rollout', 'advance', '--channel', 'production', '--webhook', url, '--dry-run', '--json'], { cwd: repo.dir })
      expect(dry.json).toMatchObject({ decision: 'abort', applied: false, dryRun: true })
      expect(received).toEqual([])
      const run = await runCli(['rollout', 'advance', '--channel', 'production', '--webhook', url, '--json'], { cwd: repo.dir })
      expect(run.code).toBe(4)
      expect(run.json.webhook).toEqual({ url, status: 204 })
      expect(received).toHaveLength(1)
      expect(received[0].path).toBe('/capflight')
      expect(received[0].body).toMatchObject({ event: 'rollout.abort', appId: APP, channel: 'production', version: '1.1.0', stableVersion: '1.0.0', percentage: 5 })
      expect(received[0].body.crash.lower).toBeGreaterThan(0.03)
      expect(received[0].body.rollout.devices).toBeGreaterThan(0)
      expect(webhookProblem(run.json)).toBeUndefined()
      // A hook that answers an error, or cannot be reached, is warned about (the move stands).
      expect(webhookProblem({ ...run.json, webhook: { url, status: 500 } } as AdvanceResult)).toBe(`The webhook ${url} was not told: it answered 500.`)
      expect(webhookProblem({ ...run.json, webhook: { url, status: null, error: 'connect ECONNREFUSED' } } as AdvanceResult)).toMatch(/was not told: connect ECONNREFUSED/)
    } finally {
      await new Promise((resolve) => hook.close(resolve))
    }
  })
})
