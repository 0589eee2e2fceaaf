// Benchmark 7, health data (run by scripts/bench.mjs through tsx; alone: node --import tsx scripts/bench-health.ts):
//   a. 1,000,000 stats events from 100,000 devices POSTed to the real `capflight serve` (dist CLI),
//      in batches of 10 as the plugin's stats queue sends them, next to a bare Node http server
//      answering the same requests: events per second of each, and their ratio;
//   b. the telemetry objects serve wrote for them, next to what one object per request would be;
//   c. `capflight status --since 30d` over 30 days of rollups of 100,000 devices (written by the
//      product's own recorder with the days' times, then compacted as serve does), next to
//      `capflight --version` (the CLI's start) in the same run. Target: under a second.
import autocannon from 'autocannon'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { compactRollups } from '../src/core/health/read.js'
import { TelemetryRecorder } from '../src/core/health/recorder.js'
import { FileStore } from '../src/core/store/file-store.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist/cli/index.js')
const work = mkdtempSync(path.join(os.tmpdir(), 'capflight-bench-health-'))
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const env = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@b', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@b' }
const APP = 'com.example.capflight'
const DEVICES = 100_000
const EVENTS = 1_000_000
const BATCH = 10
const json = process.argv.includes('--json')
const figures: Record<string, number> = {}
const say = (line: string) => { if (!json) console.log(line) }

function countFiles(dir: string): number {
  let n = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) n += e.isDirectory() ? countFiles(path.join(dir, e.name)) : 1
  return n
}

function startChild(args: string[], cwd: string): Promise<{ url: string; stop: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (c) => {
      out += c
      if (out.includes('\n')) resolve({ url: JSON.parse(out.split('\n')[0]).url, stop: () => new Promise((done) => { child.once('close', () => done()); child.kill('SIGTERM') }) })
    })
    child.on('error', reject)
  })
}

const app = path.join(work, 'app')
cpSync(path.join(root, 'examples/capacitor-app'), app, { recursive: true, filter: (src) => !/(www|node_modules|\.capflight)$/.test(src) })
for (const args of [['init', '-q', '-b', 'main'], ['add', '-A'], ['commit', '-q', '-m', 'feat: app'], ['tag', 'v1.0.0']]) execFileSync('git', args, { cwd: app, env })
execFileSync(process.execPath, [cli, 'release'], { cwd: app, env, stdio: 'ignore' })

say('\n7. Health data')
// a. Ingest: request i carries 10 events of device i mod 100,000, as a device's queued stats.
const ACTIONS = ['download_complete', 'set', 'app_moved_to_foreground', 'app_moved_to_background', 'app_moved_to_foreground', 'app_moved_to_background', 'app_moved_to_foreground', 'app_moved_to_background', 'download_fail', 'app_crash']
function batchOf(i: number): string {
  const device = i % DEVICES
  const info = { platform: device % 3 ? 'android' : 'ios', device_id: `bench-${device}`, app_id: APP, custom_id: '', version_build: device % 2 ? '1.0.0' : '1.1.0', version_code: '1', version_os: '14', version_name: '1.0.0', plugin_version: '8.51.23', is_emulator: false, is_prod: true, defaultChannel: '' }
  return JSON.stringify(ACTIONS.slice(0, BATCH).map((action) => ({ ...info, action, old_version_name: 'builtin' })))
}
function ingest(url: string): Promise<autocannon.Result> {
  let i = 0
  return autocannon({
    url: `${url}/stats`, connections: 32, amount: EVENTS / BATCH,
    requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (req) => ({ ...req, body: batchOf(i++) }) }]
  })
}
const bare = await startChild(['-e', `
const http = require('node:http')
http.createServer((req, res) => { req.resume(); req.on('end', () => { res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"status":"ok"}') }) })
  .listen(0, '127.0.0.1', function () { console.log(JSON.stringify({ url: 'http://127.0.0.1:' + this.address().port })) })
process.on('SIGTERM', () => process.exit(0))`], work)
const serve = await startChild([cli, 'serve', '--port', '0', '--json', '--stats-rate', '1000000', '--flush-interval', '10'], app)
let bareRun: autocannon.Result
let serveRun: autocannon.Result
const started = process.hrtime.bigint()
try {
  bareRun = await ingest(bare.url)
  serveRun = await ingest(serve.url)
} finally {
  await bare.stop()
}
await serve.stop() // the last flush
const seconds = Number(process.hrtime.bigint() - started) / 1e9 - bareRun.duration
const rate = (r: autocannon.Result) => (r.requests.total * BATCH) / r.duration
const objects = countFiles(path.join(app, '.capflight/store/apps', APP, 'telemetry'))
figures.healthIngestEventsPerSecond = Math.round(rate(serveRun))
figures.healthBareEventsPerSecond = Math.round(rate(bareRun))
figures.healthIngestRatio = rate(serveRun) / rate(bareRun)
figures.healthIngestNon2xx = serveRun.non2xx
figures.healthObjectsWritten = objects
figures.healthObjectsPerHour = (objects / seconds) * 3600
say(`  bare http server        ${figures.healthBareEventsPerSecond} events/s (${bareRun.requests.total} requests of ${BATCH})`)
say(`  capflight serve /stats  ${figures.healthIngestEventsPerSecond} events/s, non-2xx ${serveRun.non2xx}; ratio ${figures.healthIngestRatio.toFixed(2)}`)
say(`  objects written         ${objects} for ${serveRun.requests.total} requests in ${seconds.toFixed(0)} s: ${Math.round(figures.healthObjectsPerHour)}/hour at this rate, where one per request would be ${Math.round((serveRun.requests.total / seconds) * 3600)}/hour (at most 3 per flush; a flush every --flush-interval 10 s, or sooner at 50,000 buffered rows)`)

// c. 30 days of one app's health: 100,000 devices, 25,000 of them active a day, hourly flushes.
const store = new FileStore(path.join(work, 'history'))
const recorder = new TelemetryRecorder(store, { instance: 'bench' })
const now = Date.UTC(2026, 11, 2, 12, 0)
for (let hour = 30 * 24; hour > 0; hour--) {
  const t0 = now - hour * 3600_000
  const day = Math.floor(hour / 24)
  const version = day > 20 ? '1.0.0' : day > 10 ? '1.1.0' : '1.2.0'
  for (let k = 0; k < 25_000 / 24; k++) {
    const d = (day * 25_000 + (hour % 24) * 1042 + k) % DEVICES
    const t = new Date(t0 + k * 3000).toISOString()
    const common = { t, app_id: APP, device_id: `dev-${d}`, channel: d % 10 ? 'production' : 'beta', platform: d % 3 ? 'android' : 'ios', native: d % 2 ? '1.0.0' : '1.1.0' }
    recorder.decision({ ...common, why: 'default', current: version, bucket: null, kind: 'up_to_date', reason: 'no_new_version_available' })
    if (k % 5 === 0) recorder.event({ ...common, action: 'set', version })
    if (k % 50 === 0) recorder.event({ ...common, action: 'app_crash', version })
  }
  await recorder.flush()
}
await compactRollups(store, APP, new Date(now), 'bench')
const timeIt = (args: string[]) => {
  const start = process.hrtime.bigint()
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 })
  if (r.status !== 0) throw new Error(`capflight ${args.join(' ')}: ${r.stderr}`)
  return Number(process.hrtime.bigint() - start) / 1e6
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
// `status` reads the clock: the data ends at `now`, so the window is the 30 days before it.
const statusArgs = ['status', '--json', '--store', path.join(work, 'history'), '--since', new Date(now - 30 * 86400_000).toISOString()]
timeIt(statusArgs)
const statusMs = median(Array.from({ length: RUNS }, () => timeIt(statusArgs)))
const startMs = median(Array.from({ length: RUNS }, () => timeIt(['--version'])))
figures.healthStatus30dMs = statusMs
figures.healthCliStartMs = startMs
say(`  status over 30 days     ${statusMs.toFixed(0)} ms (capflight --version ${startMs.toFixed(0)} ms; ${countFiles(path.join(work, 'history/apps', APP, 'telemetry/rollups'))} rollup objects after compaction; target < 1,000 ms)`)
if (json) console.log(JSON.stringify(figures))
rmSync(work, { recursive: true, force: true })
