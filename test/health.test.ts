/**
 * Release health and guarded rollouts (DESIGN §7), with the fleet simulator: devices speaking
 * the plugin's protocol over HTTP to real serve instances (in this process) over one file
 * store, filled by real releases of the bundled CLI. No wall-clock waits: bake time is 0.
 */
import path from 'node:path'
import { DistinctSet, deviceKey } from '../src/core/health/distinct.js'
import { excessBounds } from '../src/core/health/gate.js'
import { advanceRollout } from '../src/core/health/operations.js'
import { FileStore } from '../src/core/store/file-store.js'
import { Fleet, startInstance, type Behaviour, type Instance } from './helpers/fleet.js'
import { cleanupTemps, exampleRepo, runCli, type Repo } from './helpers/repo.js'

afterAll(cleanupTemps)

const APP = 'com.example.capflight'
const POLICY = { steps: [5, 25, 100], minDevices: 40, bakeMinutes: 0, maxExcessFailureRate: 0.05, maxExcessCrashRate: 0.03, onBreach: 'abort', confidence: 0.95 }

describe('distinct devices', () => {
  test('a union counts each device once however often and in whatever order it is merged; exact to 2,048, then within the sketch\'s error', () => {
    const a = new DistinctSet()
    const b = new DistinctSet()
    for (let i = 0; i < 1500; i++) a.add(deviceKey(APP, `d${i}`))
    for (let i = 1000; i < 2000; i++) b.add(deviceKey(APP, `d${i}`))
    const once = DistinctSet.union([a, b])
    const twice = DistinctSet.union([b, a, b, DistinctSet.fromJSON(JSON.parse(JSON.stringify(a.toJSON())))])
    expect([once.size, twice.size, once.isExact]).toEqual([2000, 2000, true])
    const big = new DistinctSet()
    for (let i = 0; i < 100_000; i++) big.add(deviceKey(APP, `d${i}`))
    expect(big.isExact).toBe(false)
    expect(Math.abs(big.size - 100_000) / 100_000).toBeLessThan(0.05)
    const again = DistinctSet.union([big, DistinctSet.fromJSON(big.toJSON()), once])
    expect(again.size).toBe(big.size)
  })

  test('the excess bound is a statistical one: 1 crash in 20 devices is no evidence of a 3-point excess, 8 in 40 against 1% is', () => {
    expect(excessBounds(1, 20, 10, 1000, 1.6449).lower).toBeLessThan(0.03)
    expect(excessBounds(8, 40, 10, 1000, 1.6449).lower).toBeGreaterThan(0.05)
    expect(excessBounds(0, 300, 3, 1000, 1.6449).upper).toBeLessThan(0.02)
  })
})

/** An app released as 1.0.0 to production and run by a fleet; then 1.1.0 tagged and released as a guarded rollout. */
async function rolloutOf(seed: number, devices: number, instances: Instance[] | undefined, stable: Behaviour): Promise<{ repo: Repo; store: FileStore; fleet: Fleet; instances: Instance[] }> {
  const repo = exampleRepo()
  repo.write('capflight.config.json', JSON.stringify({ rolloutPolicy: POLICY }))
  repo.commit('chore: rollout policy')
  repo.git('tag', 'v1.0.0')
  expect((await runCli(['release', '--json'], { cwd: repo.dir })).json).toMatchObject({ status: 'released', channel: 'production', version: '1.0.0', rollout: null })
  const store = new FileStore(path.join(repo.dir, '.capflight/store'))
  const running = instances ?? [await startInstance(store), await startInstance(store)]
  const fleet = new Fleet(APP, devices, seed, ['1.0.0', '1.1.0'])
  await fleet.round(running, stable)
  repo.commit('feat: new checkout')
  repo.git('tag', 'v1.1.0')
  const released = await runCli(['release', '--json'], { cwd: repo.dir })
  expect(released.json).toMatchObject({ status: 'released', version: '1.1.0', rollout: { percentageBps: 500, policy: 'feat' } })
  expect(released.json.message).toMatch(/Rolling 1\.1\.0 out to 5% of production \(feat lane/)
  return { repo, store, fleet, instances: running }
}

const flushAll = (instances: Instance[]) => Promise.all(instances.map((i) => i.flush()))
const stableOnly: Behaviour = () => ({ downloadFail: 0.01, crash: 0.01 })

describe('guarded rollouts with a simulated fleet', () => {
  test('a crashing bundle is aborted at its first step, within the minimum devices; devices outside the cohort never receive it; exit 4 from the CLI', async () => {
    const { repo, store, fleet, instances } = await rolloutOf(1, 1200, undefined, stableOnly)
    try {
      const bad: Behaviour = (v) => (v === '1.1.0' ? { downloadFail: 0.01, crash: 0.4 } : { downloadFail: 0.01, crash: 0.01 })
      await fleet.round(instances, bad)
      await flushAll(instances)
      const verdict = await runCli(['rollout', 'advance', '--channel', 'production', '--json'], { cwd: repo.dir })
      expect(verdict.code).toBe(4)
      expect(verdict.json).toMatchObject({ decision: 'abort', percentage: 5, version: '1.1.0', stableVersion: '1.0.0', applied: true })
      expect(verdict.json.rollout.devices).toBeLessThanOrEqual(POLICY.minDevices * 3)
      expect(verdict.json.crash.lower).toBeGreaterThan(POLICY.maxExcessCrashRate)
      expect(verdict.json.message).toMatch(/Aborting the rollout of 1\.1\.0 on production at 5%: crash rate/)
      expect((await store.getChannel(APP, 'production'))!.rollout).toBeNull()
      // Only the 5% cohort ever got 1.1.0 (the bucket is the same hash serve uses).
      const { rolloutBucket } = await import('../src/core/serve/handler.js')
      const got = fleet.devices.filter((d) => d.received.includes('1.1.0'))
      expect(got.length).toBeGreaterThan(20)
      for (const d of got) expect(rolloutBucket(d.id, '1.1.0')).toBeLessThan(500)
      // After the abort no device is offered it any more.
      const before = got.length
      await fleet.round(instances, bad)
      expect(fleet.devices.filter((d) => d.received.includes('1.1.0')).length).toBe(before)
    } finally {
      await Promise.all(instances.map((i) => i.close()))
    }
  })

  test('a healthy bundle advances through every step to 100%, a second run in the same state holds, and up-to-date checks are no failures', async () => {
    const { repo, store, fleet, instances } = await rolloutOf(2, 1200, undefined, stableOnly)
    try {
      const decisions: string[] = []
      for (let step = 0; step < 6; step++) {
        await fleet.round(instances, stableOnly)
        await flushAll(instances)
        const result = await advanceRollout(store, APP, 'production', { now: () => new Date() })
        decisions.push(result.decision)
        if (result.decision === 'complete') break
        if (result.decision === 'advance') {
          // Idempotent: right after a move, the new step has no devices yet.
          expect((await advanceRollout(store, APP, 'production', { now: () => new Date() })).decision).toBe('hold')
        }
      }
      expect(decisions.filter((d) => d !== 'hold')).toEqual(['advance', 'complete'])
      const channel = (await store.getChannel(APP, 'production'))!
      expect([channel.version, channel.rollout ?? null]).toEqual(['1.1.0', null])
      const status = await runCli(['status', '--json', '--channel', 'production'], { cwd: repo.dir })
      // Devices are counted once: no more installs of 1.0.0 than devices, and checks of current devices are not failures.
      const rows = status.json.health.filter((r: { version: string }) => r.version === '1.0.0')
      const installed = rows.reduce((n: number, r: { installed: number }) => n + r.installed, 0)
      const failed = rows.reduce((n: number, r: { failed: number }) => n + r.failed, 0)
      expect(installed).toBeLessThanOrEqual(1200)
      expect(installed).toBeGreaterThan(1100)
      expect(failed).toBeLessThan(40)
    } finally {
      await Promise.all(instances.map((i) => i.close()))
    }
  })

  test('good releases replayed over several seeds never pause; one instance and two give the same numbers', async () => {
    for (const seed of [11, 12, 13]) {
      const { store, fleet, instances } = await rolloutOf(seed, 400, undefined, stableOnly)
      try {
        await fleet.round(instances, stableOnly)
        await flushAll(instances)
        const result = await advanceRollout(store, APP, 'production', { now: () => new Date() }, { dryRun: true })
        expect(['advance', 'hold']).toContain(result.decision)
      } finally {
        await Promise.all(instances.map((i) => i.close()))
      }
    }
    // The same fleet against one instance and against two: the same distinct counts.
    const counts: unknown[] = []
    for (const n of [1, 2]) {
      const repo = exampleRepo()
      repo.git('tag', 'v1.0.0')
      await runCli(['release'], { cwd: repo.dir })
      const store = new FileStore(path.join(repo.dir, '.capflight/store'))
      const instances = await Promise.all(Array.from({ length: n }, () => startInstance(store)))
      const fleet = new Fleet(APP, 300, 99)
      await fleet.round(instances, stableOnly)
      await fleet.round(instances, stableOnly)
      await Promise.all(instances.map((i) => i.close()))
      const s = await runCli(['status', '--json'], { cwd: repo.dir })
      counts.push(s.json.health.map((r: Record<string, unknown>) => [r.version, r.platform, r.checked, r.offered, r.installed, r.failed, r.unhealthy]))
    }
    expect(counts[1]).toEqual(counts[0])
  })
})

describe('promote --require-healthy', () => {
  /** Production serves 1.0.0 to a fleet; a hotfix branch ships 1.0.1-beta.1 to a beta fleet that behaves as given. */
  async function betaOf(seed: number, betaDevices: number, beta: Behaviour): Promise<{ repo: Repo; store: FileStore }> {
    const repo = exampleRepo()
    repo.write('capflight.config.json', JSON.stringify({ rolloutPolicy: { ...POLICY, channels: [] } }))
    repo.commit('chore: health policy')
    repo.git('tag', 'v1.0.0')
    await runCli(['release'], { cwd: repo.dir })
    repo.git('checkout', '-q', '-b', 'hotfix/login')
    repo.commit('fix: login button')
    expect((await runCli(['release', '--json'], { cwd: repo.dir })).json).toMatchObject({ status: 'released', channel: 'beta', version: '1.0.1-beta.1' })
    expect((await runCli(['channel', '--channel', 'beta', '--allow-self-set', 'true'], { cwd: repo.dir })).code).toBe(0)
    const store = new FileStore(path.join(repo.dir, '.capflight/store'))
    const instances = [await startInstance(store)]
    try {
      await new Fleet(APP, 400, seed).round(instances, stableOnly)
      const testers = new Fleet(APP, betaDevices, seed + 1, ['1.0.0'], 'beta')
      await testers.round(instances, beta)
      await testers.round(instances, beta)
    } finally {
      await Promise.all(instances.map((i) => i.close()))
    }
    return { repo, store }
  }
  const promoteArgs = ['promote', '--from', 'beta', '--to', 'production', '--require-healthy', '--json']

  test('a beta bundle that crashes is refused (exit 4) with the numbers, and production keeps its bundle', async () => {
    const { repo, store } = await betaOf(21, 200, (v) => ({ downloadFail: 0.01, crash: v === '1.0.1-beta.1' ? 0.3 : 0.01 }))
    const refused = await runCli(promoteArgs, { cwd: repo.dir })
    expect(refused.code).toBe(4)
    expect(refused.json).toMatchObject({ status: 'failed', exitCode: 4, kind: 'HealthGateError', details: { health: { healthy: false, targetChannel: 'production', stable: { version: '1.0.0' } } } })
    expect(refused.json.error).toMatch(/^Refusing to promote 1\.0\.1-beta\.1 to production: crash rate/)
    expect(refused.json.details.health.crash.lower).toBeGreaterThan(POLICY.maxExcessCrashRate)
    expect((await store.getChannel(APP, 'production'))!.version).toBe('1.0.0')
  })

  test('a healthy beta bundle is promoted with its numbers; too few testers is a refusal, not a pass', async () => {
    const healthy = await betaOf(31, 200, stableOnly)
    const promoted = await runCli(promoteArgs, { cwd: healthy.repo.dir })
    expect(promoted.code).toBe(0)
    expect(promoted.json).toMatchObject({ status: 'promoted', channel: 'production', version: '1.0.1-beta.1', health: { healthy: true, reasons: [] } })
    expect(promoted.json.health.candidate.devices).toBeGreaterThanOrEqual(POLICY.minDevices)
    expect(promoted.json.message).toMatch(/is as healthy as 1\.0\.0 on production/)
    expect((await healthy.store.getChannel(APP, 'production'))!.version).toBe('1.0.1-beta.1')

    const few = await betaOf(41, 12, stableOnly)
    const refused = await runCli(promoteArgs, { cwd: few.repo.dir })
    expect(refused.code).toBe(4)
    expect(refused.json.error).toMatch(/only \d+ device\(s\) ran 1\.0\.1-beta\.1 since .* \(the policy asks for 40\)/)
    // Without the gate the same promote goes through: the flag is what refuses.
    expect((await runCli(['promote', '--from', 'beta', '--to', 'production', '--dry-run', '--json'], { cwd: few.repo.dir })).json.status).toBe('dry-run')
  })
})

describe('the raw partitions', () => {
  test('a real engine (DuckDB) reads the NDJSON partitions and finds the same distinct devices as status', async () => {
    const repo = exampleRepo()
    repo.git('tag', 'v1.0.0')
    await runCli(['release'], { cwd: repo.dir })
    const store = new FileStore(path.join(repo.dir, '.capflight/store'))
    const instances = [await startInstance(store), await startInstance(store)]
    const fleet = new Fleet(APP, 300, 7)
    await fleet.round(instances, () => ({ downloadFail: 0.1, crash: 0.05 }))
    await fleet.round(instances, () => ({ downloadFail: 0.1, crash: 0.05 }))
    await Promise.all(instances.map((i) => i.close()))
    const { DuckDBInstance } = await import('@duckdb/node-api')
    const db = await (await DuckDBInstance.create(':memory:')).connect()
    const root = path.join(repo.dir, '.capflight/store/apps', APP, 'telemetry')
    const query = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJson()
    const events = await query(`SELECT action, count(DISTINCT device_id) AS devices FROM read_json_auto('${root}/events/*/*.ndjson', hive_partitioning = true) WHERE version = '1.0.0' GROUP BY action ORDER BY action`)
    const decisions = await query(`SELECT count(DISTINCT device_id) AS devices, count(*) FILTER (WHERE sent = '1.0.0') AS offers, min(day) AS day FROM read_json_auto('${root}/decisions/*/*.ndjson', hive_partitioning = true)`)
    const status = await runCli(['status', '--json'], { cwd: repo.dir })
    const row = status.json.health.filter((r: { version: string }) => r.version === '1.0.0')
    const sum = (key: string) => row.reduce((n: number, r: Record<string, number>) => n + r[key], 0)
    const byAction = Object.fromEntries(events.map((e) => [e.action, Number(e.devices)]))
    expect(byAction.set).toBe(sum('installed'))
    expect(byAction.download_fail).toBe(sum('failed'))
    expect(Number(decisions[0].devices)).toBe(300)
    expect(decisions[0].day).toBe(new Date().toISOString().slice(0, 10))
    // explain: one device's two checks, what it was sent, what it reported.
    const device = fleet.devices[0]
    const explained = await runCli(['explain', '--device', device.id, '--json'], { cwd: repo.dir })
    expect(explained.code).toBe(0)
    expect(explained.json.decisions.map((d: { current: string }) => d.current)).toEqual(['builtin', device.received.length ? '1.0.0' : 'builtin'])
    expect(explained.json.decisions[0]).toMatchObject({ channel: 'production', why: 'default', platform: device.platform, native: '1.0.0', bucket: null })
    expect(explained.json.events.map((e: { action: string }) => e.action)).toContain(device.version === '1.0.0' ? 'set' : 'download_fail')
    expect(explained.json.override).toBeNull()
    expect((await runCli(['explain', '--device', 'never-seen', '--json'], { cwd: repo.dir })).json.message).toMatch(/No decision for device never-seen/)
    expect((await runCli(['explain', '--device', '../etc'], { cwd: repo.dir })).code).toBe(2)
  })
})

describe('pausing a rollout by hand', () => {
  test('a paused rollout reaches no new device; a second pause changes nothing; resume lets the cohort in again', async () => {
    const repo = exampleRepo()
    repo.git('tag', 'v1.0.0')
    await runCli(['release'], { cwd: repo.dir })
    repo.commit('fix: small')
    repo.git('tag', 'v1.0.1')
    expect((await runCli(['release', '--rollout', '50', '--json'], { cwd: repo.dir })).json).toMatchObject({ version: '1.0.1', rollout: { percentageBps: 5000 } })
    const paused = await runCli(['rollout', '--channel', 'production', '--pause', '--json'], { cwd: repo.dir })
    expect(paused.json.message).toMatch(/paused at 50%/)
    const store = new FileStore(path.join(repo.dir, '.capflight/store'))
    const revision = (await store.getChannel(APP, 'production'))!.revision
    expect((await runCli(['rollout', '--channel', 'production', '--pause', '--json'], { cwd: repo.dir })).json.message).toMatch(/already paused; nothing changed/)
    expect((await store.getChannel(APP, 'production'))!.revision).toBe(revision)
    const instances = [await startInstance(store)]
    const fleet = new Fleet(APP, 200, 5)
    try {
      await fleet.round(instances, stableOnly)
      expect(fleet.devices.filter((d) => d.received.includes('1.0.1'))).toEqual([])
      expect((await runCli(['rollout', '--channel', 'production', '--resume'], { cwd: repo.dir })).code).toBe(0)
      await fleet.round(instances, stableOnly)
      expect(fleet.devices.filter((d) => d.received.includes('1.0.1')).length).toBeGreaterThan(50)
    } finally {
      await Promise.all(instances.map((i) => i.close()))
    }
  })
})
