/** Channel logic in process: records, history, rollback targets and compare-and-swap on a real file store. */
import { FileStore } from '../src/core/store/file-store.js'
import { pointChannel, rollbackTarget, servedVersions, startRollout, updateChannel } from '../src/core/release/channels.js'
import type { BundleRecord, ChannelRecord } from '../src/core/store/types.js'
import { cleanupTemps, tempDir } from './helpers/repo.js'

afterAll(cleanupTemps)

const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, n))
const bundle = (version: string): BundleRecord => ({
  version, appId: 'com.example.app', checksum: version.replace(/\W/g, '').padEnd(64, 'f'), size: 1, commit: 'c'.repeat(40),
  createdAt: at(0).toISOString(), nativeFingerprint: { digest: 'n', plugins: {} }, changelog: '', manifest: []
})

function history(...steps: Array<[string, 'release' | 'promote' | 'rollback']>): ChannelRecord {
  let channel: ChannelRecord | undefined
  steps.forEach(([version, action], i) => { channel = pointChannel(channel, 'production', bundle(version), action, at(i)) })
  return channel!
}

describe('channel records', () => {
  test('each move raises the revision and appends to the history; a rollback names where it came from', () => {
    const c = history(['1.0.0', 'release'], ['1.1.0', 'release'], ['1.0.0', 'rollback'])
    expect(c).toMatchObject({ version: '1.0.0', revision: 3, rollout: null })
    expect(c.history.map((h) => [h.version, h.action, h.from])).toEqual([['1.0.0', 'release', undefined], ['1.1.0', 'release', undefined], ['1.0.0', 'rollback', '1.1.0']])
  })

  test('a rollback returns to the last version served and not itself rolled back from', () => {
    expect(rollbackTarget(history(['1.0.0', 'release'], ['1.1.0', 'release'], ['1.2.0', 'release']))).toBe('1.1.0')
    // 1.2.0 was rolled back from: the next rollback skips it and goes on to 1.0.0.
    const twice = history(['1.0.0', 'release'], ['1.1.0', 'release'], ['1.2.0', 'release'], ['1.1.0', 'rollback'])
    expect(servedVersions(twice)).toEqual(['1.1.0', '1.0.0'])
    expect(rollbackTarget(twice)).toBe('1.0.0')
    // Released again after a rollback, a version counts as served once more.
    expect(servedVersions(history(['1.0.0', 'release'], ['1.1.0', 'release'], ['1.0.0', 'rollback'], ['1.1.0', 'promote']))).toEqual(['1.1.0', '1.0.0'])
    expect(rollbackTarget(history(['1.0.0', 'release']))).toBeUndefined()
  })

  test('a rollout keeps the stable bundle and its start time while its share changes', () => {
    const stable = history(['1.0.0', 'release'])
    const started = startRollout(stable, bundle('1.1.0'), 500, at(5))
    const widened = startRollout(started, bundle('1.1.0'), 2500, at(9))
    expect(widened).toMatchObject({ version: '1.0.0', revision: 3, rollout: { version: '1.1.0', percentageBps: 2500, startedAt: at(5).toISOString() } })
    expect(widened.history.slice(-2).map((h) => [h.action, h.percentageBps])).toEqual([['rollout', 500], ['rollout', 2500]])
  })
})

describe('compare-and-swap on a real store', () => {
  test('concurrent moves all land, one after another, none lost', async () => {
    const store = new FileStore(tempDir())
    const versions = Array.from({ length: 12 }, (_, i) => `1.0.${i}`)
    await Promise.all(versions.map((v, i) => updateChannel(store, 'com.example.app', 'beta', (current) => pointChannel(current, 'beta', bundle(v), 'release', at(i)))))
    const channel = await store.getChannel('com.example.app', 'beta')
    expect(channel?.revision).toBe(versions.length)
    expect(channel?.history.map((h) => h.version).sort()).toEqual([...versions].sort())
  })

  test('a decision to leave the channel as it is writes nothing', async () => {
    const store = new FileStore(tempDir())
    await updateChannel(store, 'com.example.app', 'beta', (current) => pointChannel(current, 'beta', bundle('1.0.0'), 'release', at(0)))
    const { before, after } = await updateChannel(store, 'com.example.app', 'beta', () => undefined)
    expect([before?.revision, after]).toEqual([1, undefined])
    expect((await store.getChannel('com.example.app', 'beta'))?.revision).toBe(1)
  })
})
