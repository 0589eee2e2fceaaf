/**
 * A fleet simulator: thousands of devices speaking capacitor-updater 8.x's protocol over HTTP
 * (the same info object the plugin sends; /updates, then /stats with the plugin's own action
 * names), against one or several `serve` instances (real Node HTTP servers on 127.0.0.1) over
 * one store. Seeded, so a run is the same every time; no wall-clock waits.
 */
import { createRawHandler, serveHandler } from '../../src/core/index.js'
import path from 'node:path'
import { FileStore } from '../../src/core/store/file-store.js'
import type { Store } from '../../src/core/store/types.js'
import { runCli, type Repo } from './repo.js'

/** The example app's id (examples/capacitor-app/capacitor.config.json). */
export const EXAMPLE_APP_ID = 'com.example.capflight'

/** mulberry32: a small, seeded PRNG. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface Instance { url: string; flush(): Promise<number>; close(): Promise<void> }

/** A serve instance in this process: the real handler behind a real HTTP server. */
export async function startInstance(store: Store): Promise<Instance> {
  const handler = createRawHandler({ store, cacheTtlMs: 0, statsPerDevicePerMinute: 100_000 })
  const server = await serveHandler(handler, { port: 0, host: '127.0.0.1' })
  return { url: server.url, flush: () => handler.flush(), close: async () => { await handler.flush(); await server.close() } }
}

export interface FleetDevice { id: string; platform: 'android' | 'ios'; native: string; version: string; received: string[]; rand: () => number }

/** How a bundle behaves on a device: the chance a download fails, the chance the app crashes on it. */
export type Behaviour = (version: string) => { downloadFail: number; crash: number }

export class Fleet {
  readonly devices: FleetDevice[]

  /** `channel`: the builds' `defaultChannel` (the plugin sends it with every check); '' for the server's. */
  constructor(readonly appId: string, count: number, seed: number, natives: string[] = ['1.0.0'], readonly channel = '') {
    // Each device draws from its own sequence, so what it does does not depend on request order.
    this.devices = Array.from({ length: count }, (_, i) => ({
      id: `sim-${seed}-${i}`, platform: i % 3 === 0 ? 'ios' : 'android', native: natives[i % natives.length], version: 'builtin', received: [], rand: random(seed * 1_000_003 + i)
    }))
  }

  private info(d: FleetDevice): Record<string, unknown> {
    return {
      platform: d.platform, device_id: d.id, app_id: this.appId, custom_id: '', version_build: d.native, version_code: '1', version_os: '14',
      version_name: d.version, plugin_version: '8.51.23', is_emulator: false, is_prod: true, defaultChannel: this.channel
    }
  }

  private async post(url: string, body: unknown): Promise<Record<string, unknown>> {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    return await res.json() as Record<string, unknown>
  }

  /**
   * Every device checks once (spread over the instances) and acts on the answer as the plugin
   * does: an offered bundle is downloaded and set, or its download fails; a bundle the device
   * runs may crash the app. Devices already current report nothing.
   */
  async round(instances: Instance[], behaviour: Behaviour, concurrency = 16): Promise<void> {
    const queue = [...this.devices]
    const work = async (worker: number) => {
      for (let d = queue.shift(), n = worker; d; d = queue.shift(), n++) {
        const base = instances[n % instances.length].url
        const answer = await this.post(`${base}/updates`, this.info(d))
        if (typeof answer.version === 'string' && typeof answer.url === 'string') {
          const offered = answer.version
          d.received.push(offered)
          if (d.rand() < behaviour(offered).downloadFail) {
            await this.post(`${base}/stats`, { ...this.info(d), action: 'download_fail', version_name: offered, old_version_name: d.version })
            continue
          }
          const old = d.version
          d.version = offered
          await this.post(`${base}/stats`, { ...this.info(d), action: 'set', version_name: offered, old_version_name: old })
        }
        if (d.version !== 'builtin' && d.rand() < behaviour(d.version).crash) {
          await this.post(`${base}/stats`, { ...this.info(d), action: d.rand() < 0.5 ? 'app_crash' : 'app_anr', version_name: d.version })
        }
      }
    }
    await Promise.all(Array.from({ length: concurrency }, (_, i) => work(i)))
  }
}

/**
 * A guarded rollout with health data, for the wrappers' `rollout-advance`: the repo's production
 * serves 1.0.0 to a fleet, then 1.1.0 is tagged and released at the policy's first step (5%), and
 * the fleet runs a round in which 1.1.0 crashes with the chance given, against in-process serve
 * instances or those `serve` starts. The data is flushed to the repo's own store (closing them); a crashing bundle is then aborted by the gate, a healthy one advances.
 */
export async function guardedRollout(repo: Repo, crash: number, devices = 600, serve?: (store: FileStore) => Promise<Instance[]>): Promise<void> {
  repo.write('capflight.config.json', JSON.stringify({ rolloutPolicy: { steps: [5, 25, 100], minDevices: 40, bakeMinutes: 0, maxExcessFailureRate: 0.05, maxExcessCrashRate: 0.03, onBreach: 'abort' } }))
  repo.commit('chore: rollout policy')
  repo.git('tag', 'v1.0.0')
  const first = await runCli(['release', '--json'], { cwd: repo.dir })
  if (first.json?.status !== 'released') throw new Error(`release 1.0.0: ${first.stdout}${first.stderr}`)
  const store = new FileStore(path.join(repo.dir, '.capflight/store'))
  const instances = serve ? await serve(store) : [await startInstance(store)]
  try {
    const fleet = new Fleet(EXAMPLE_APP_ID, devices, 3)
    await fleet.round(instances, () => ({ downloadFail: 0.01, crash: 0.01 }))
    repo.commit('feat: guarded feature')
    repo.git('tag', 'v1.1.0')
    const second = await runCli(['release', '--json'], { cwd: repo.dir })
    if (second.json?.rollout?.percentageBps !== 500) throw new Error(`release 1.1.0: ${second.stdout}${second.stderr}`)
    await fleet.round(instances, (v) => ({ downloadFail: 0.01, crash: v === '1.1.0' ? crash : 0.01 }))
  } finally {
    await Promise.all(instances.map((i) => i.close()))
  }
}
