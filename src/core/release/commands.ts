import semver from 'semver'
import { ConfigurationError, StoreError } from '../errors.js'
import { describeNativeChange } from '../native/fingerprint.js'
import type { Runtime } from '../port.js'
import type { Settings } from '../settings/settings.js'
import { openStore } from '../store/registry.js'
import type { BundleRecord, ChannelRecord, Store } from '../store/types.js'
import { assertStored, pointChannel, rollbackTarget, updateChannel } from './channels.js'
import type { ReleaseResult, ReleaseStatus } from './release.js'

function channelResult(appId: string, status: ReleaseStatus, channel: string, bundle: BundleRecord | undefined, previous: string | undefined, store: Store, message: string, nativeChanges: string[] = []): ReleaseResult {
  return {
    status,
    version: bundle?.version ?? null,
    previousVersion: previous ?? null,
    channel,
    appId,
    commit: bundle?.commit ?? '',
    checksum: bundle?.checksum ?? null,
    size: bundle?.size ?? null,
    releaseType: nativeChanges.length > 0 ? 'native' : 'ota',
    bundleUrl: bundle ? store.blobUrl(appId, 'artifacts', bundle.checksum) : null,
    changelog: bundle?.changelog ?? '',
    message,
    rule: null,
    bump: 'none',
    nativeChanges,
    unparsed: [],
    warnings: []
  }
}

async function requireChannel(store: Store, appId: string, name: string): Promise<ChannelRecord> {
  const channel = await store.getChannel(appId, name)
  if (!channel) {
    const known = await store.listChannels(appId)
    throw new ConfigurationError([`Channel "${name}" does not exist for ${appId} in ${store.url}. Known channels: ${known.length ? known.join(', ') : 'none yet (run "otakit release" first)'}.`])
  }
  return channel
}

async function requireBundle(store: Store, appId: string, version: string): Promise<BundleRecord> {
  const bundle = await store.getBundle(appId, version)
  if (!bundle) {
    const known = (await store.listBundleVersions(appId)).sort(semver.rcompare).slice(0, 10)
    throw new ConfigurationError([`Version ${version} is not in the store for ${appId}. Recent versions: ${known.length ? known.join(', ') : 'none'}. See "otakit status".`])
  }
  return bundle
}

/** Points channel `to` at the bundle `from` serves (or `version`): the exact stored bytes, no rebuild. */
export async function promote(settings: Settings, runtime: Runtime, options: { from?: string; to: string; version?: string }): Promise<ReleaseResult> {
  const store = openStore(settings.store, settings.cwd)
  const appId = settings.appId
  if (!options.from && !options.version) throw new ConfigurationError(['promote needs --from <channel> or --version <version>, and --to <channel>.'])
  const version = options.version ?? (await requireChannel(store, appId, options.from!)).version
  const bundle = await requireBundle(store, appId, version)
  await assertStored(store, bundle)
  const target = await store.getChannel(appId, options.to)
  if (target?.version === bundle.version) {
    return channelResult(appId, 'unchanged', options.to, bundle, target.version, store, `${options.to} already serves ${bundle.version}.`)
  }
  const nativeChanges = target && target.nativeFingerprint.digest !== bundle.nativeFingerprint.digest
    ? describeNativeChange(target.nativeFingerprint, bundle.nativeFingerprint) : []
  if (nativeChanges.length > 0 && !settings.allowNativeChange) {
    return channelResult(appId, 'native-required', options.to, bundle, target?.version, store,
      `${bundle.version} was built for different native code than ${options.to} serves (${nativeChanges.join('; ')}). Ship the store build first, then promote with --allow-native-change.`, nativeChanges)
  }
  if (settings.dryRun) return channelResult(appId, 'dry-run', options.to, bundle, target?.version, store, `Would point ${options.to} at ${bundle.version}.`, nativeChanges)
  const { before } = await updateChannel(store, appId, options.to, (current) => pointChannel(current, options.to, bundle, 'promote', runtime.now()))
  return channelResult(appId, 'promoted', options.to, bundle, before?.version, store, `${options.to} now serves ${bundle.version}${options.from ? ` (from ${options.from})` : ''}.`, nativeChanges)
}

/** Moves a channel back one step (or to `to`). */
export async function rollback(settings: Settings, runtime: Runtime, options: { channel: string; to?: string }): Promise<ReleaseResult> {
  const store = openStore(settings.store, settings.cwd)
  const appId = settings.appId
  const channel = await requireChannel(store, appId, options.channel)
  const version = options.to ?? rollbackTarget(channel)
  if (!version) {
    throw new StoreError(`Channel "${options.channel}" has no earlier bundle to roll back to (it has only served ${channel.version}). Use --to <version> to pick one from "otakit status".`)
  }
  const bundle = await requireBundle(store, appId, version)
  await assertStored(store, bundle)
  if (channel.version === version) return channelResult(appId, 'unchanged', options.channel, bundle, channel.version, store, `${options.channel} already serves ${version}.`)
  if (settings.dryRun) return channelResult(appId, 'dry-run', options.channel, bundle, channel.version, store, `Would roll ${options.channel} back from ${channel.version} to ${version}.`)
  const { before } = await updateChannel(store, appId, options.channel, (current) => {
    if (!current) return undefined
    return pointChannel(current, options.channel, bundle, 'rollback', runtime.now())
  })
  return channelResult(appId, 'promoted', options.channel, bundle, before?.version, store, `Rolled ${options.channel} back from ${before?.version} to ${version}.`)
}

export interface ChannelStatus {
  name: string
  version: string
  checksum: string
  revision: number
  updatedAt: string
  minNativeVersion: string | null
  rollout: ChannelRecord['rollout']
  commit: string | null
  history: ChannelRecord['history']
}

export interface StatusResult {
  appId: string
  store: string
  channels: ChannelStatus[]
}

/** Channels with their current bundle and history. */
export async function status(settings: Settings, options: { channel?: string }): Promise<StatusResult> {
  const store = openStore(settings.store, settings.cwd)
  const names = options.channel ? [options.channel] : await store.listChannels(settings.appId)
  const channels: ChannelStatus[] = []
  for (const name of names) {
    const c = options.channel ? await requireChannel(store, settings.appId, name) : await store.getChannel(settings.appId, name)
    if (!c) continue
    const bundle = await store.getBundle(settings.appId, c.version)
    channels.push({
      name: c.name, version: c.version, checksum: c.checksum, revision: c.revision, updatedAt: c.updatedAt,
      minNativeVersion: c.minNativeVersion ?? null, rollout: c.rollout ?? null, commit: bundle?.commit ?? null, history: c.history
    })
  }
  return { appId: settings.appId, store: store.url, channels }
}
