// Benchmarks, reported as ratios against baselines measured in the same run.
//   0. the CLI's start: CPU time of `capflight --version` and of `capflight pack` on a one-file
//      bundle next to `node -e 0` (BENCH_ONLY=start runs this section alone).
//   1. `capflight pack` vs `zip -qr -6` + `sha256sum`, and vs `@capgo/cli bundle zip`,
//      on @ionic/core@8's dist/ and components/ (~23 MB, ~2,700 files) plus an index.html.
//   2. peak memory of `capflight pack` as the bundle grows 4x (should stay flat).
//   3. `capflight version` on a repository with 50,000 commits since the last tag.
//   5. the s3:// store on a local S3-compatible server (s3rver): upload MB/s next to a plain
//      @aws-sdk/lib-storage upload of the same file; a re-release where one file of the ~2,700
//      changed: its time next to the first release (the compression cache), the bytes it sends,
//      and the bytes a device downloads through the manifest next to the full zip.
//   4. `capflight serve` under load on 127.0.0.1 (autocannon, bounded in time): POST /updates
//      throughput and p99 latency next to a bare Node http server answering a fixed body.
//   7. health data (scripts/bench-health.ts): 1,000,000 stats events from 100,000 devices through
//      serve next to a bare server, the objects written, and status over 30 days of rollups.
//   6. installing the packed package (`npm pack`) offline into an empty project: time next to
//      installing a one-file package the same way, and the installed size.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import autocannon from 'autocannon'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist/cli/index.js')
const capgo = path.join(root, 'node_modules/@capgo/cli/dist/index.js')
const ionic = path.join(root, 'node_modules/@ionic/core')
const work = mkdtempSync(path.join(os.tmpdir(), 'capflight-bench-'))
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
// --json: every figure as one JSON object on stdout, the report on stderr.
const JSON_OUT = process.argv.includes('--json')
const say = JSON_OUT ? (...a) => console.error(...a) : (...a) => console.log(...a)
const figures = { node: process.version, cores: os.cpus().length, runs: RUNS }

for (const [what, p] of [['@ionic/core@8', ionic], ['@capgo/cli', capgo]]) {
  if (!existsSync(p)) { console.error(`${what} is missing: run "npm ci" first (it is a dev dependency).`); process.exit(2) }
}
if (spawnSync('zip', ['-v']).status !== 0) { console.error('zip is missing: apt-get install zip'); process.exit(2) }

function timeIt(cmd, args, opts = {}) {
  const start = process.hrtime.bigint()
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`)
  return ms
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
function bench(label, run) {
  run() // warm-up: file cache, JIT
  const times = Array.from({ length: RUNS }, run)
  const m = median(times)
  say(`  ${label.padEnd(34)} median ${m.toFixed(0).padStart(6)} ms  (${times.map((t) => t.toFixed(0)).join(', ')})`)
  return m
}
/** Like bench, for commands compared with each other: they run in turns, one of each per round. */
function benchInTurns(runs) {
  for (const { run } of runs) run()
  const times = runs.map(() => [])
  for (let r = 0; r < RUNS; r++) runs.forEach(({ run }, i) => times[i].push(run()))
  return runs.map(({ label }, i) => {
    const m = median(times[i])
    say(`  ${label.padEnd(34)} median ${m.toFixed(0).padStart(6)} ms  (${times[i].map((t) => t.toFixed(0)).join(', ')})`)
    return m
  })
}
function peakRssKb(cmd, args, opts) {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8', ...opts })
  if (r.status !== 0) throw new Error(r.stderr)
  return Number(r.stderr.trim().split('\n').pop())
}

function makeApp(dir, copies) {
  const web = path.join(dir, 'www')
  mkdirSync(web, { recursive: true })
  for (let i = 0; i < copies; i++) {
    const sub = copies === 1 ? web : path.join(web, `copy${i}`)
    cpSync(path.join(ionic, 'dist'), path.join(sub, 'dist'), { recursive: true })
    cpSync(path.join(ionic, 'components'), path.join(sub, 'components'), { recursive: true })
  }
  writeFileSync(path.join(web, 'index.html'), '<!doctype html><html><head><script type="module" src="app.js"></script></head><body><ion-app></ion-app></body></html>\n')
  writeFileSync(path.join(web, 'app.js'), "import { CapacitorUpdater } from '@capgo/capacitor-updater'\nCapacitorUpdater.notifyAppReady()\n")
  writeFileSync(path.join(dir, 'capacitor.config.json'), JSON.stringify({ appId: 'com.bench.app', appName: 'bench', webDir: 'www' }))
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bench', version: '1.0.0', dependencies: { '@capgo/capacitor-updater': '^8.51.0' } }))
  // @capgo/cli reads the installed plugin's version; its package.json is all it needs.
  mkdirSync(path.join(dir, 'node_modules/@capgo/capacitor-updater'), { recursive: true })
  writeFileSync(path.join(dir, 'node_modules/@capgo/capacitor-updater/package.json'), JSON.stringify({ name: '@capgo/capacitor-updater', version: '8.51.0' }))
  return web
}

say(`capflight benchmarks — node ${process.version}, ${os.cpus().length} cores, ${RUNS} runs each (median)\n`)

// CPU time (user + system) of child processes, read from getrusage(RUSAGE_CHILDREN) by a small
// python3 helper: microseconds, where /usr/bin/time rounds to 10 ms. The commands run in turns
// (one of each per round), so a machine that gets busier or quieter mid-run moves every figure
// alike and the ratios hold.
const CPU_HELPER = `
import resource, subprocess, sys, json
rounds, cwd, cmds = int(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3])
times = [[] for _ in cmds]
for _ in range(rounds):
    for i, cmd in enumerate(cmds):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd, check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times[i].append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
print(json.dumps(times))
`
function cpuMsInTurns(commands, cwd, runs = Math.max(RUNS * 4, 15)) {
  const times = JSON.parse(execFileSync('python3', ['-c', CPU_HELPER, String(runs), cwd, JSON.stringify(commands.map((c) => c.argv))], { encoding: 'utf8' }))
  return commands.map(({ label }, i) => {
    const m = median(times[i])
    say(`  ${label.padEnd(34)} median ${m.toFixed(1).padStart(6)} ms CPU  (${runs} runs)`)
    return m
  })
}
{
  say('0. Starting the CLI (CPU time)')
  const tiny = path.join(work, 'startup')
  mkdirSync(path.join(tiny, 'www'), { recursive: true })
  writeFileSync(path.join(tiny, 'www/index.html'), '<!doctype html><script>CapacitorUpdater.notifyAppReady()</script>\n')
  writeFileSync(path.join(tiny, 'capacitor.config.json'), JSON.stringify({ appId: 'com.bench.tiny', webDir: 'www' }))
  // The compile cache fills on the first run, as on a user's machine after the first command.
  execFileSync(process.execPath, [cli, 'pack', '--out', path.join(tiny, 'b.zip')], { cwd: tiny, stdio: 'ignore' })
  const [bare, versionCpu, packCpu] = cpuMsInTurns([
    { label: 'node -e 0 (baseline)', argv: [process.execPath, '-e', '0'] },
    { label: 'capflight --version', argv: [process.execPath, cli, '--version'] },
    { label: 'capflight pack (one file)', argv: [process.execPath, cli, 'pack', '--out', path.join(tiny, 'b.zip')] }
  ], tiny)
  say(`  ratio --version / node -e 0 = ${(versionCpu / bare).toFixed(2)}; pack / node -e 0 = ${(packCpu / bare).toFixed(2)}   (target ≤ 2.00)\n`)
  figures.start = { nodeCpuMs: bare, versionCpuMs: versionCpu, packCpuMs: packCpu, versionRatio: versionCpu / bare, packRatio: packCpu / bare, target: 2 }
  if (process.env.BENCH_ONLY === 'start' && JSON_OUT) console.log(JSON.stringify(figures))
  if (process.env.BENCH_ONLY === 'start') process.exit(0)
}
const app = path.join(work, 'app')
const web = makeApp(app, 1)
const files = execFileSync('find', [web, '-type', 'f'], { encoding: 'utf8' }).trim().split('\n').length
const bytes = Number(execFileSync('du', ['-sb', web], { encoding: 'utf8' }).split('\t')[0])
say(`1. Packing ${files} files, ${(bytes / 1e6).toFixed(1)} MB`)
const [capflight, zip, capgoMs] = benchInTurns([
  { label: 'capflight pack', run: () => timeIt(process.execPath, [cli, 'pack', '--web-dir', web, '--out', path.join(work, 'capflight.zip')]) },
  {
    label: 'zip -qr -6 + sha256sum',
    run: () => {
      rmSync(path.join(work, 'zip.zip'), { force: true })
      return timeIt('sh', ['-c', `cd "${web}" && zip -qr -6 "${work}/zip.zip" . && sha256sum "${work}/zip.zip" >/dev/null`])
    }
  },
  { label: '@capgo/cli bundle zip', run: () => timeIt(process.execPath, [capgo, 'bundle', 'zip', 'com.bench.app', '--path', 'www', '--json', '--name', path.join(work, 'capgo')], { cwd: app }) }
])
const sizes = { capflight: readFileSync(path.join(work, 'capflight.zip')).length, zip: readFileSync(path.join(work, 'zip.zip')).length }
say(`  zip sizes: capflight ${sizes.capflight} B, zip -6 ${sizes.zip} B (ratio ${(sizes.capflight / sizes.zip).toFixed(3)})`)
say(`  ratio capflight / (zip + sha256sum) = ${(capflight / zip).toFixed(2)}   (target ≤ 0.90)`)
say(`  speed-up over @capgo/cli          = ${(capgoMs / capflight).toFixed(2)}x  (target ≥ 5x)`)
figures.pack = { files, bytes, capflightMs: capflight, zipMs: zip, capgoMs, ratioToZip: capflight / zip, targetRatioToZip: 0.9, speedupOverCapgo: capgoMs / capflight, targetSpeedup: 5, zipBytes: sizes }

say('\n2. Peak memory of capflight pack as the bundle grows')
const app4 = path.join(work, 'app4')
const web4 = makeApp(app4, 4)
// Peak RSS moves by a tenth from run to run here: the median of RUNS runs of each, in turns.
const peaks = { 1: [], 4: [] }
for (let r = 0; r < RUNS; r++) {
  peaks[1].push(peakRssKb(process.execPath, [cli, 'pack', '--web-dir', web, '--out', path.join(work, 'm1.zip')]))
  peaks[4].push(peakRssKb(process.execPath, [cli, 'pack', '--web-dir', web4, '--out', path.join(work, 'm4.zip')]))
}
const rss1 = median(peaks[1])
const rss4 = median(peaks[4])
say(`  1x bundle: ${(rss1 / 1024).toFixed(0)} MB peak RSS; 4x bundle: ${(rss4 / 1024).toFixed(0)} MB; ratio ${(rss4 / rss1).toFixed(2)} (target ≤ 1.25; medians of ${RUNS} runs each)`)
figures.memory = { peakRss1xKb: rss1, peakRss4xKb: rss4, ratio: rss4 / rss1, target: 1.25 }

say('\n3. capflight version with 50,000 commits since the last tag')
const repo = path.join(work, 'repo')
mkdirSync(repo)
const env = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@b', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@b' }
for (const key of ['GITHUB_ACTIONS', 'GITLAB_CI', 'TF_BUILD', 'JENKINS_URL']) delete env[key]
execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo, env })
const types = ['fix', 'chore', 'docs', 'feat', 'refactor', 'test']
let stream = 'blob\nmark :1\ndata 2\n{}\n'
const N = 50001
for (let i = 0; i < N; i++) {
  const msg = i === 0 ? 'feat: initial' : `${types[i % types.length]}(area${i % 17}): change number ${i}\n\nBody text explaining change ${i}.\n\nRefs: #${i}`
  stream += `commit refs/heads/main\nmark :${i + 2}\ncommitter b <b@b> ${1700000000 + i} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}\n`
  if (i > 0) stream += `from :${i + 1}\n`
  stream += 'M 100644 :1 capacitor.config.json\n\n'
}
execFileSync('git', ['fast-import', '--quiet'], { cwd: repo, input: stream, env, maxBuffer: 1 << 30 })
execFileSync('git', ['checkout', '-q', 'main'], { cwd: repo, env })
execFileSync('git', ['tag', 'v1.0.0', 'main~50000'], { cwd: repo, env })
writeFileSync(path.join(repo, 'capacitor.config.json'), JSON.stringify({ appId: 'com.bench.app', webDir: 'www' }))
const gitLog = bench('git log (baseline)', () => timeIt('git', ['log', '--format=%H%x1f%B%x1e', 'v1.0.0..HEAD'], { cwd: repo, env, maxBuffer: 1 << 30 }))
const version = bench('capflight version', () => timeIt(process.execPath, [cli, 'version', '--json'], { cwd: repo, env, maxBuffer: 1 << 30 }))
const out = JSON.parse(execFileSync(process.execPath, [cli, 'version', '--json'], { cwd: repo, env, encoding: 'utf8', maxBuffer: 1 << 30 }))
say(`  → ${out.version} from ${out.commits} commits; ratio to git log ${(version / gitLog).toFixed(2)} (target ≤ 1.5); ${(version / 1000).toFixed(2)} s`)
figures.version = { commits: out.commits, gitLogMs: gitLog, capflightMs: version, ratio: version / gitLog, target: 1.5 }

say('\n4. capflight serve under load (POST /updates, 127.0.0.1)')
const served = path.join(work, 'served')
cpSync(path.join(root, 'examples/capacitor-app'), served, { recursive: true, filter: (src) => !/(www|node_modules|\.capflight)$/.test(src) })
execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: served, env })
execFileSync('git', ['add', '-A'], { cwd: served, env })
execFileSync('git', ['commit', '-q', '-m', 'feat: app'], { cwd: served, env })
execFileSync('git', ['tag', 'v1.0.0'], { cwd: served, env })
execFileSync(process.execPath, [cli, 'release'], { cwd: served, env, stdio: 'ignore' })

function startChild(args, cwd, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (c) => {
      out += c
      if (out.includes('\n')) resolve({ url: JSON.parse(out.split('\n')[0]).url, stop: () => child.kill('SIGTERM') })
    })
    child.on('error', reject)
  })
}
// The bare server answers the very bytes serve answers this device (its update, manifest
// included), read from serve first and handed over in ANSWER.
const bareSource = `
const http = require('node:http')
const body = process.env.ANSWER
const server = http.createServer((req, res) => {
  req.resume()
  req.on('end', () => { res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }); res.end(body) })
})
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ url: 'http://127.0.0.1:' + server.address().port })))
process.on('SIGTERM', () => process.exit(0))
`
const device = JSON.stringify({ platform: 'android', device_id: 'bench-device', app_id: 'com.example.capflight', custom_id: '', version_build: '1.0.0', version_code: '1', version_os: '14', version_name: 'builtin', plugin_version: '8.51.23', is_emulator: false, is_prod: true, defaultChannel: '' })
function load(url, extra) {
  return autocannon({ url: `${url}/updates`, method: 'POST', headers: { 'content-type': 'application/json' }, body: device, connections: 32, duration: 8, ...extra })
}
const capflightServe = await startChild([cli, 'serve', '--port', '0', '--json'], served)
const answer = await (await fetch(`${capflightServe.url}/updates`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: device })).text()
const bare = await startChild(['-e', bareSource], work, { ANSWER: answer })
say(`  the answer: ${answer.length} bytes (an update with its manifest), from both servers`)
try {
  await load(capflightServe.url, { duration: 2 }) // warm-up
  const bareMax = await load(bare.url)
  const serveMax = await load(capflightServe.url)
  say(`  bare http server       ${Math.round(bareMax.requests.average)} req/s, p99 ${bareMax.latency.p99} ms`)
  say(`  capflight serve        ${Math.round(serveMax.requests.average)} req/s, p99 ${serveMax.latency.p99} ms, non-2xx ${serveMax.non2xx}`)
  say(`  throughput ratio       ${(serveMax.requests.average / bareMax.requests.average).toFixed(2)} (target ≥ 0.85)`)
  const paced = await load(capflightServe.url, { connections: 16, overallRate: 1000, duration: 8 })
  say(`  at 1,000 req/s         p99 ${paced.latency.p99} ms, p50 ${paced.latency.p50} ms (target p99 < 10 ms), ${Math.round(paced.requests.average)} req/s served`)
  figures.serve = { answerBytes: answer.length, bareRps: bareMax.requests.average, serveRps: serveMax.requests.average, ratio: serveMax.requests.average / bareMax.requests.average, target: 0.85, non2xx: serveMax.non2xx, p99AtMaxMs: serveMax.latency.p99, p99At1000RpsMs: paced.latency.p99, p50At1000RpsMs: paced.latency.p50, targetP99Ms: 10 }
} finally {
  bare.stop()
  capflightServe.stop()
}

say('\n5. s3:// store on a local S3-compatible server (s3rver, 127.0.0.1)')
{
  const { default: S3rver } = await import('s3rver')
  const { S3Client } = await import('@aws-sdk/client-s3')
  const { Upload } = await import('@aws-sdk/lib-storage')
  const { openStore } = await import(path.join(root, 'dist/serve/index.js'))
  const s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: path.join(work, 's3'), configureBuckets: [{ name: 'bench' }] })
  const { port } = await s3.run()
  const endpoint = `http://127.0.0.1:${port}`
  // What a release sends is measured on the server's side: the objects it newly stores.
  const s3Root = path.join(work, 's3')
  const storedBytes = () => {
    let total = 0
    const walk = (dir) => { for (const e of readdirSync(dir, { withFileTypes: true })) { const p = path.join(dir, e.name); if (e.isDirectory()) walk(p); else if (e.name.endsWith('._S3rver_object')) total += statSync(p).size } }
    walk(s3Root)
    return total
  }
  const s3env = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' }
  const big = path.join(work, 'big.bin')
  writeFileSync(big, Buffer.concat(Array.from({ length: 48 }, () => Buffer.from(Array.from({ length: 1 << 20 }, () => Math.floor(Math.random() * 256))))))
  const size = 48 * 1024 * 1024
  const client = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }, requestChecksumCalculation: 'WHEN_REQUIRED' })
  const { createReadStream } = await import('node:fs')
  const sha = execFileSync('sha256sum', [big], { encoding: 'utf8' }).split(' ')[0]
  const time = async (fn) => { const t = process.hrtime.bigint(); await fn(); return Number(process.hrtime.bigint() - t) / 1e6 }
  const plainTimes = []
  for (let i = 0; i < RUNS; i++) plainTimes.push(await time(() => new Upload({ client, params: { Bucket: 'bench', Key: `plain-${i}`, Body: createReadStream(big) }, partSize: 8 << 20, queueSize: 4 }).done()))
  const storeTimes = []
  for (let i = 0; i < RUNS; i++) {
    const store = openStore(`s3://bench/run${i}?endpoint=${encodeURIComponent(endpoint)}`, work, s3env)
    storeTimes.push(await time(() => store.putBlob('com.bench.app', 'artifacts', sha, big)))
  }
  const mbps = (ms) => (size / 1e6 / (ms / 1000)).toFixed(1)
  say(`  plain lib-storage upload   ${mbps(median(plainTimes))} MB/s`)
  figures.s3 = { plainMBps: Number(mbps(median(plainTimes))), putBlobMBps: Number(mbps(median(storeTimes))) }
  say(`  capflight s3 putBlob       ${mbps(median(storeTimes))} MB/s (includes hashing, and a read-back: s3rver does not give S3's multipart ETags, so each upload is read back as on an SSE-KMS bucket); ratio ${(median(plainTimes) / median(storeTimes)).toFixed(2)}`)

  // A release that changes one file of the benchmark bundle sends about that file and the records.
  const relRepo = path.join(work, 'rel')
  mkdirSync(relRepo)
  cpSync(web, path.join(relRepo, 'www'), { recursive: true })
  writeFileSync(path.join(relRepo, 'capacitor.config.json'), JSON.stringify({ appId: 'com.bench.app', webDir: 'www' }))
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: relRepo, env })
  execFileSync('git', ['add', '-A'], { cwd: relRepo, env })
  execFileSync('git', ['commit', '-q', '-m', 'feat: app'], { cwd: relRepo, env })
  const storeUrl = `s3://bench/release?endpoint=${encodeURIComponent(endpoint)}`
  // The S3 server runs in this process: the releases must not block its event loop.
  const { promisify } = await import('node:util')
  const { execFile } = await import('node:child_process')
  const run = promisify(execFile)
  const release = async () => {
    let r
    const ms = await time(async () => { r = await run(process.execPath, [cli, 'release', '--no-build', '--store', storeUrl], { cwd: relRepo, env: { ...env, ...s3env }, maxBuffer: 1 << 26 }) })
    return { ms, r }
  }
  const firstRelease = await release()
  writeFileSync(path.join(relRepo, 'www/app.js'), "import { CapacitorUpdater } from '@capgo/capacitor-updater'\nCapacitorUpdater.notifyAppReady()\nsay('v2')\n")
  execFileSync('git', ['commit', '-qam', 'fix: one file'], { cwd: relRepo, env })
  const before = storedBytes()
  const secondRelease = await release()
  const sent = storedBytes() - before
  const compressedLine = /Compressed \d+ of \d+ files[^\n]*/.exec(secondRelease.r.stderr)?.[0] ?? '(no compression line)'
  say(`  first release ${firstRelease.ms.toFixed(0)} ms; re-release with 1 of ${files} files changed ${secondRelease.ms.toFixed(0)} ms (ratio ${(secondRelease.ms / firstRelease.ms).toFixed(2)}): ${compressedLine}`)
  // What a device on the first release downloads for the second: the manifest entries it lacks
  // (the Brotli form where there is one), next to the whole zip.
  const relStore = openStore(storeUrl, relRepo, s3env)
  const versions = (await relStore.listBundleVersions('com.bench.app')).sort()
  const [older, newer] = await Promise.all(versions.slice(-2).map((v) => relStore.getBundle('com.bench.app', v)))
  const held = new Set(older.manifest.map((f) => f.sha256))
  const missing = newer.manifest.filter((f) => !held.has(f.sha256))
  const deltaBytes = missing.reduce((n, f) => n + (f.brotli?.size ?? f.size), 0)
  const plainDelta = missing.reduce((n, f) => n + f.size, 0)
  const withForm = newer.manifest.filter((f) => f.brotli).length
  say(`  release changing 1 of ${files} files stored ${(sent / 1e6).toFixed(2)} MB of new objects (the new zip is ~${(newer.size / 1e6).toFixed(2)} MB; the other files' blobs were already stored and not sent)`)
  say(`  a device on the first release downloads ${missing.length} file(s), ${deltaBytes} B through the manifest (${plainDelta} B uncompressed) vs the full zip ${newer.size} B; ${withForm} of ${newer.manifest.length} files have a Brotli form`)
  figures.rerelease = { files, firstReleaseMs: firstRelease.ms, reReleaseMs: secondRelease.ms, ratio: secondRelease.ms / firstRelease.ms, compression: compressedLine, bytesStored: sent, deviceDeltaBytes: deltaBytes, deviceDeltaPlainBytes: plainDelta, fullZipBytes: newer.size, filesWithBrotliForm: withForm }
  await s3.close()
}

say('\n6. Installing the published package (npm pack, then npm install --offline into an empty project)')
{
  const packs = path.join(work, 'packs')
  mkdirSync(packs)
  const npmOpts = (cwd) => ({ cwd, env: { ...process.env, npm_config_cache: path.join(work, 'npm-cache') }, encoding: 'utf8' })
  const npmFlags = ['--offline', '--no-audit', '--no-fund', '--loglevel=error']
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', packs, ...npmFlags], npmOpts(root)))
  const tarball = path.join(packs, packed.filename)
  // Baseline: a package of one small file, installed by the same npm the same way.
  const tiny = path.join(work, 'tiny')
  mkdirSync(tiny)
  writeFileSync(path.join(tiny, 'package.json'), JSON.stringify({ name: 'tiny', version: '1.0.0' }))
  writeFileSync(path.join(tiny, 'index.js'), 'export {}\n')
  const [tinyPacked] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', packs, ...npmFlags], npmOpts(tiny)))
  let n = 0
  const installInto = (tgz) => {
    const dir = path.join(work, `consumer-${n++}`)
    mkdirSync(dir)
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true }))
    return timeIt('npm', ['install', tgz, ...npmFlags], npmOpts(dir))
  }
  const tinyMs = bench('npm install (one-file package)', () => installInto(path.join(packs, tinyPacked.filename)))
  const packageMs = bench('npm install capflight tarball', () => installInto(tarball))
  const installed = Number(execFileSync('du', ['-sb', path.join(work, `consumer-${n - 1}`, 'node_modules')], { encoding: 'utf8' }).split('\t')[0])
  const modules = readdirSync(path.join(work, `consumer-${n - 1}`, 'node_modules')).filter((d) => !d.startsWith('.'))
  say(`  tarball ${(statSync(tarball).size / 1e6).toFixed(2)} MB, ${packed.files.length} files; installed ${(installed / 1e6).toFixed(2)} MB in node_modules (${modules.join(', ')}: no dependencies)`)
  say(`  install time ratio to a one-file package = ${(packageMs / tinyMs).toFixed(2)}`)
  figures.install = { tarballBytes: statSync(tarball).size, installedBytes: installed, tinyMs, packageMs, ratio: packageMs / tinyMs }
}

// 7 runs the product's own recorder from its sources, so through tsx.
{
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/bench-health.ts'), ...(JSON_OUT ? ['--json'] : [])], { cwd: root, stdio: JSON_OUT ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: { ...process.env, BENCH_RUNS: String(RUNS) } })
  if (r.status !== 0) throw new Error('the health benchmark failed')
  if (JSON_OUT) figures.health = JSON.parse(r.stdout)
}

rmSync(work, { recursive: true, force: true })
if (JSON_OUT) console.log(JSON.stringify(figures, null, 2))
