import { ConflictError, StoreError } from '../errors.js'
import type { StoredPolicy } from '../health/policy.js'
import { artifactOf, type BundleRecord, type ChannelHistoryEntry, type ChannelRecord, type ReleaseStore } from '../store/types.js'

const HISTORY_LIMIT = 200
const MAX_ATTEMPTS = 200

/**
 * Moves a channel by compare-and-swap: read, compute, write if the revision is
 * unchanged, else read again. `decide` returns undefined to leave it as is.
 */
export async function updateChannel(
  store: ReleaseStore,
  appId: string,
  name: string,
  decide: (current: ChannelRecord | undefined) => ChannelRecord | undefined
): Promise<{ before?: ChannelRecord; after?: ChannelRecord }> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = await store.getChannel(appId, name)
    const next = decide(current)
    if (!next) return { before: current, after: undefined }
    if (await store.putChannel(appId, next, current?.revision)) return { before: current, after: next }
    await new Promise((r) => setTimeout(r, Math.random() * 20 * Math.min(attempt + 1, 10)))
  }
  throw new ConflictError(`Channel "${name}" kept changing under us (${MAX_ATTEMPTS} attempts). Another process is moving it constantly; try again.`)
}

/** The record a channel gets when it starts pointing at `bundle`. */
export function pointChannel(
  current: ChannelRecord | undefined,
  name: string,
  bundle: BundleRecord,
  action: ChannelHistoryEntry['action'],
  at: Date
): ChannelRecord {
  const entry: ChannelHistoryEntry = { version: bundle.version, checksum: bundle.checksum, at: at.toISOString(), action, commit: bundle.commit }
  if (action === 'rollback' && current) entry.from = current.version
  return {
    name,
    version: bundle.version,
    checksum: bundle.checksum,
    revision: (current?.revision ?? 0) + 1,
    updatedAt: at.toISOString(),
    nativeFingerprint: bundle.nativeFingerprint,
    minNativeVersion: bundle.minNativeVersion,
    rollout: null,
    settings: current?.settings,
    history: [...(current?.history ?? []), entry].slice(-HISTORY_LIMIT)
  }
}

/** The record a channel gets when `bundle` starts rolling out to `percentageBps` of its devices. */
export function startRollout(current: ChannelRecord, bundle: BundleRecord, percentageBps: number, at: Date, policy?: StoredPolicy | null): ChannelRecord {
  const same = current.rollout?.version === bundle.version ? current.rollout : undefined
  return {
    ...current,
    revision: current.revision + 1,
    updatedAt: at.toISOString(),
    rollout: {
      version: bundle.version, checksum: bundle.checksum, percentageBps, startedAt: same?.startedAt ?? at.toISOString(), stepStartedAt: at.toISOString(),
      policy: policy === undefined ? same?.policy ?? null : policy
    },
    history: [...current.history, { version: bundle.version, checksum: bundle.checksum, at: at.toISOString(), action: 'rollout' as const, commit: bundle.commit, percentageBps }].slice(-HISTORY_LIMIT)
  }
}

/** Versions that became the stable bundle, oldest first, with those later rolled back from marked. */
function stableEntries(channel: Pick<ChannelRecord, 'history'>): ChannelHistoryEntry[] {
  return channel.history.filter((e) => e.action === 'release' || e.action === 'promote' || e.action === 'rollback')
}

/** Versions a channel served and did not roll back from, newest first (the current one first). */
export function servedVersions(channel: Pick<ChannelRecord, 'version' | 'history'>): string[] {
  const rolledBack = rolledBackVersions(channel)
  const out: string[] = [channel.version]
  for (const e of [...stableEntries(channel)].reverse()) {
    if (!out.includes(e.version) && !rolledBack.has(e.version)) out.push(e.version)
  }
  return out
}

function rolledBackVersions(channel: Pick<ChannelRecord, 'history'>): Set<string> {
  const rolledBack = new Set<string>()
  for (const entry of stableEntries(channel)) {
    if (entry.action === 'rollback' && entry.from) rolledBack.add(entry.from)
    else rolledBack.delete(entry.version)
  }
  return rolledBack
}

/**
 * The version a rollback returns to: the latest earlier entry that is neither
 * the current version nor one that was itself rolled back.
 */
export function rollbackTarget(channel: ChannelRecord): string | undefined {
  return servedVersions(channel)[1]
}

/** A channel may only point at a bundle whose blobs are all stored. */
export async function assertStored(store: ReleaseStore, bundle: BundleRecord): Promise<void> {
  if (!(await store.hasBlob(bundle.appId, 'artifacts', artifactOf(bundle)))) {
    throw new StoreError(`Bundle ${bundle.version} is recorded but its artifact ${artifactOf(bundle)}.zip is missing from the store. Release it again to re-upload it.`)
  }
}
