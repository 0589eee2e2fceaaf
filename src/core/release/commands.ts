import semver from 'semver'
import { ConfigurationError, ConflictError, HealthGateError, StoreError } from '../errors.js'
import { describeNativeChange } from '../native/fingerprint.js'
import { assertNames } from '../names.js'
import type { Runtime } from '../port.js'
import type { Settings } from '../settings/settings.js'
import { openStore, openTelemetryStore, telemetryRefusal } from '../store/registry.js'
import { artifactOf, channelSettings, type BundleRecord, type ChannelRecord, type ChannelSettings, type ReleaseStore, type Store } from '../store/types.js'
import { assertStored, pointChannel, rollbackTarget, startRollout, updateChannel } from './channels.js'
import type { ReleaseResult, ReleaseStatus } from './release.js'
import type { BundleVerdict } from '../health/gate.js'
import { DEFAULT_POLICY } from '../health/policy.js'
import { bundleVerdict, healthRows, parseSince, type HealthRow } from '../health/operations.js'
import { readRollup } from '../health/read.js'

function channelResult(appId: string, status: ReleaseStatus, channel: string, bundle: BundleRecord | undefined, previous: string | undefined, store: ReleaseStore, message: string, nativeChanges: string[] = [], rollout: ReleaseResult['rollout'] = null): ReleaseResult {
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
    bundleUrl: bundle ? store.blobUrl(appId, 'artifacts', artifactOf(bundle)) : null,
    changelog: bundle?.changelog ?? '',
    message,
    rule: null,
    bump: 'none',
    nativeChanges,
    unparsed: [],
    warnings: [],
    rollout
  }
}

async function requireChannel(store: ReleaseStore, appId: string, name: string): Promise<ChannelRecord> {
  const channel = await store.getChannel(appId, name)
  if (!channel) {
    const known = await store.listChannels(appId)
    throw new ConfigurationError([`Channel "${name}" does not exist for ${appId} in ${store.url}. Known channels: ${known.length ? known.join(', ') : 'none yet (run "capflight release" first)'}.`])
  }
  return channel
}

async function requireBundle(store: ReleaseStore, appId: string, version: string): Promise<BundleRecord> {
  const bundle = await store.getBundle(appId, version)
  if (!bundle) {
    const known = (await store.listBundleVersions(appId)).sort(semver.rcompare).slice(0, 10)
    throw new ConfigurationError([`Version ${version} is not in the store for ${appId}. Recent versions: ${known.length ? known.join(', ') : 'none'}. See "capflight status".`])
  }
  return bundle
}

/**
 * Points channel `to` at the bundle `from` serves (or `version`): the exact stored bytes, no
 * rebuild. With `requireHealthy` the bundle must first pass the health gate (exit 4 otherwise).
 */
export async function promote(settings: Settings, runtime: Runtime, options: { from?: string; to: string; version?: string; requireHealthy?: boolean }): Promise<ReleaseResult & { health?: BundleVerdict }> {
  assertNames([['channel', options.from, '--from channel'], ['channel', options.to, '--to channel'], ['version', options.version, '--version']])
  // The health gate reads device data, which some backends (Capgo) cannot hold: refused up front.
  const store = options.requireHealthy
    ? openTelemetryStore(settings.store, settings.cwd, runtime.env, 'promote --require-healthy')
    : openStore(settings.store, settings.cwd, runtime.env, { apiKey: settings.apiKey, capgoCli: settings.capgoCli })
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
  if (target?.rollout && !settings.replaceRollout) {
    throw new ConfigurationError([`Channel "${options.to}" is rolling ${target.rollout.version} out to ${target.rollout.percentageBps / 100}% of its devices: promoting ${bundle.version} onto it would replace that rollout for every device. Finish it first ("capflight rollout --channel ${options.to} --promote" or "--abort"), or pass --replace-rollout.`])
  }
  let health: BundleVerdict | undefined
  if (options.requireHealthy) {
    // The policy's base (no lane): the gate asks for the evidence a rollout step would.
    health = await bundleVerdict(store as Store, appId, bundle, options.to, target, settings.rolloutPolicy?.base ?? DEFAULT_POLICY, runtime.now())
    if (!health.healthy) throw new HealthGateError(health.message, { health })
  }
  const withHealth = (result: ReleaseResult) => (health ? { ...result, message: `${result.message} ${health.message}`, health } : result)
  if (settings.dryRun) return withHealth(channelResult(appId, 'dry-run', options.to, bundle, target?.version, store, `Would point ${options.to} at ${bundle.version}.`, nativeChanges))
  const { before } = await updateChannel(store, appId, options.to, (current) => pointChannel(current, options.to, bundle, 'promote', runtime.now()))
  return withHealth(channelResult(appId, 'promoted', options.to, bundle, before?.version, store, `${options.to} now serves ${bundle.version}${options.from ? ` (from ${options.from})` : ''}.`, nativeChanges))
}

/** Moves a channel back one step (or to `to`). */
export async function rollback(settings: Settings, runtime: Runtime, options: { channel: string; to?: string }): Promise<ReleaseResult> {
  assertNames([['channel', options.channel], ['version', options.to, '--to version']])
  const store = openStore(settings.store, settings.cwd, runtime.env, { apiKey: settings.apiKey, capgoCli: settings.capgoCli })
  const appId = settings.appId
  const channel = await requireChannel(store, appId, options.channel)
  const version = options.to ?? rollbackTarget(channel)
  if (!version) {
    throw new StoreError(channel.history.length === 0
      ? `${store.url} keeps no history for channel "${options.channel}", so capflight cannot tell what it served before ${channel.version}. Name the bundle: --to <version> (see "capflight status" or the store's bundle list).`
      : `Channel "${options.channel}" has no earlier bundle to roll back to (it has only served ${channel.version}). Use --to <version> to pick one from "capflight status".`)
  }
  const bundle = await requireBundle(store, appId, version)
  await assertStored(store, bundle)
  if (channel.version === version) return channelResult(appId, 'unchanged', options.channel, bundle, channel.version, store, `${options.channel} already serves ${version}.`)
  if (settings.dryRun) return channelResult(appId, 'dry-run', options.channel, bundle, channel.version, store, `Would roll ${options.channel} back from ${channel.version} to ${version}.`)
  const { before } = await updateChannel(store, appId, options.channel, (current) => {
    if (!current) return undefined
    return pointChannel(current, options.channel, bundle, 'rollback', runtime.now())
  })
  return channelResult(appId, 'rolled-back', options.channel, bundle, before?.version, store, `Rolled ${options.channel} back from ${before?.version} to ${version}.`)
}

export interface ChannelStatus {
  name: string
  version: string
  checksum: string
  revision: number
  updatedAt: string
  minNativeVersion: string | null
  rollout: ChannelRecord['rollout']
  settings: ChannelSettings
  commit: string | null
  history: ChannelRecord['history']
}

export interface StatusResult {
  appId: string
  store: string
  channels: ChannelStatus[]
  /** The window the health covers. */
  since: string | null
  /** Distinct devices per bundle version, channel, platform and native build over the window. */
  health: HealthRow[]
}

/** Channels with their current bundle, rollout and history, and the devices' health over the window. */
export async function status(settings: Settings, options: { channel?: string; now?: Date; env?: Record<string, string | undefined>; stats?: boolean; since?: string }): Promise<StatusResult> {
  assertNames([['channel', options.channel]])
  const now = options.now ?? new Date()
  const since = options.stats === false ? undefined : parseSince(options.since, now)
  // Device reports come from the same store object where the backend holds them (file:, s3://).
  const telemetry = options.stats !== false && !telemetryRefusal(settings.store) ? openTelemetryStore(settings.store, settings.cwd, options.env ?? {}) : undefined
  const store: ReleaseStore = telemetry ?? openStore(settings.store, settings.cwd, options.env ?? {}, { apiKey: settings.apiKey, capgoCli: settings.capgoCli })
  const names = options.channel ? [options.channel] : await store.listChannels(settings.appId)
  const channels: ChannelStatus[] = []
  for (const name of names) {
    const c = options.channel ? await requireChannel(store, settings.appId, name) : await store.getChannel(settings.appId, name)
    if (!c) continue
    const bundle = await store.getBundle(settings.appId, c.version)
    channels.push({
      name: c.name, version: c.version, checksum: c.checksum, revision: c.revision, updatedAt: c.updatedAt,
      minNativeVersion: c.minNativeVersion ?? null, rollout: c.rollout ?? null, settings: channelSettings(c), commit: bundle?.commit ?? null, history: c.history
    })
  }
  if (!telemetry || !since) return { appId: settings.appId, store: store.url, channels, since: null, health: [] }
  const rows = healthRows(await readRollup(telemetry, settings.appId, since, now))
  return { appId: settings.appId, store: store.url, channels, since: since.toISOString(), health: options.channel ? rows.filter((r) => r.channel === options.channel) : rows }
}

/** Changes a channel's rollout: a new percentage, promote it to everyone, or abort it. */
export async function rollout(settings: Settings, runtime: Runtime, options: { channel: string; percentageBps?: number; promote?: boolean; abort?: boolean; pause?: boolean; resume?: boolean }): Promise<ReleaseResult> {
  assertNames([['channel', options.channel]])
  const store = openStore(settings.store, settings.cwd, runtime.env, { apiKey: settings.apiKey, capgoCli: settings.capgoCli })
  const appId = settings.appId
  const chosen = [options.percentageBps !== undefined, options.promote, options.abort, options.pause, options.resume].filter(Boolean).length
  if (chosen !== 1) throw new ConfigurationError(['rollout needs exactly one of --percentage <percent>, --promote, --abort, --pause or --resume (or: rollout advance).'])
  const channel = await requireChannel(store, appId, options.channel)
  if (!channel.rollout) {
    throw new ConfigurationError([`Channel "${options.channel}" has no rollout in progress. Start one with "capflight release --rollout <percent>".`])
  }
  const bundle = await requireBundle(store, appId, channel.rollout.version)
  if (settings.dryRun) return channelResult(appId, 'dry-run', options.channel, bundle, channel.version, store, `Would change the rollout of ${bundle.version} on ${options.channel}.`)
  const at = runtime.now()
  const { before, after } = await updateChannel(store, appId, options.channel, (current) => {
    if (!current?.rollout || current.rollout.version !== bundle.version) return undefined
    if (options.promote) return pointChannel(current, options.channel, bundle, 'promote', at)
    if (options.pause || options.resume) {
      // Already so: nothing to write (the result below says how it stands).
      if (Boolean(current.rollout.paused) === Boolean(options.pause)) return undefined
      return { ...current, revision: current.revision + 1, updatedAt: at.toISOString(), rollout: { ...current.rollout, paused: Boolean(options.pause) } }
    }
    if (options.abort) {
      return {
        ...current, revision: current.revision + 1, updatedAt: at.toISOString(), rollout: null,
        history: [...current.history, { version: bundle.version, checksum: bundle.checksum, at: at.toISOString(), action: 'rollout-abort' as const, commit: bundle.commit }]
      }
    }
    return startRollout(current, bundle, options.percentageBps!, at)
  })
  const unchanged = (options.pause || options.resume) && before?.rollout?.version === bundle.version && Boolean(before.rollout.paused) === Boolean(options.pause)
  if (unchanged) {
    return channelResult(appId, 'promoted', options.channel, bundle, before!.version, store, `The rollout of ${bundle.version} on ${options.channel} is already ${options.pause ? 'paused' : 'running'}; nothing changed.`, [], { percentageBps: before!.rollout!.percentageBps, policy: before!.rollout!.policy?.lane ?? null })
  }
  if (!after) throw new ConflictError(`The rollout on "${options.channel}" changed while we updated it. Check "capflight status --channel ${options.channel}" and try again.`)
  if (options.promote) return channelResult(appId, 'promoted', options.channel, bundle, before?.version, store, `${bundle.version} is now served to every device on ${options.channel}.`)
  const share = { percentageBps: after.rollout?.percentageBps ?? 0, policy: after.rollout?.policy?.lane ?? null }
  if (options.pause) return channelResult(appId, 'promoted', options.channel, bundle, after.version, store, `Rollout of ${bundle.version} on ${options.channel} paused at ${share.percentageBps / 100}%: the devices already on it keep it, no new device gets it.`, [], share)
  if (options.resume) return channelResult(appId, 'promoted', options.channel, bundle, after.version, store, `Rollout of ${bundle.version} on ${options.channel} resumed at ${share.percentageBps / 100}%.`, [], share)
  if (options.abort) {
    const stable = await requireBundle(store, appId, after.version)
    return channelResult(appId, 'promoted', options.channel, stable, bundle.version, store, `Rollout of ${bundle.version} aborted: every device on ${options.channel} gets ${after.version} again.`)
  }
  return channelResult(appId, 'promoted', options.channel, bundle, before?.version, store, `${bundle.version} now reaches ${options.percentageBps! / 100}% of ${options.channel}; the rest stay on ${after.version}.`, [], { percentageBps: options.percentageBps!, policy: null })
}

/** Updates who may receive a channel's bundles (platforms, emulators, debug builds, self-assignment). */
export async function configureChannel(settings: Settings, runtime: Runtime, options: { channel: string; changes: Partial<ChannelSettings> }): Promise<ChannelStatus> {
  assertNames([['channel', options.channel]])
  const store = openStore(settings.store, settings.cwd, runtime.env, { apiKey: settings.apiKey, capgoCli: settings.capgoCli })
  await requireChannel(store, settings.appId, options.channel)
  // No settings given: show them, change nothing (not even the revision).
  if (Object.keys(options.changes).length === 0) return (await status(settings, { channel: options.channel, env: runtime.env, stats: false })).channels[0]
  const { after } = await updateChannel(store, settings.appId, options.channel, (current) => current && {
    ...current,
    revision: current.revision + 1,
    updatedAt: runtime.now().toISOString(),
    settings: { ...channelSettings(current), ...options.changes }
  })
  return (await status(settings, { channel: after!.name, env: runtime.env, stats: false })).channels[0]
}

export interface DeviceChannelResult {
  appId: string
  device: string
  /** The operator's override now in force; null when none is. */
  channel: string | null
  previous: string | null
  dryRun: boolean
}

/**
 * An operator's override of one device's channel (`channel` undefined removes it). It wins over
 * what the device names and over the server's default, whatever the channel's self-assignment.
 */
export async function setDeviceChannel(settings: Settings, runtime: Runtime, options: { device: string; channel?: string }): Promise<DeviceChannelResult> {
  assertNames([['deviceId', options.device, '--device'], ['channel', options.channel]])
  const store = openTelemetryStore(settings.store, settings.cwd, runtime.env, 'capflight device')
  if (options.channel !== undefined) await requireChannel(store, settings.appId, options.channel)
  const previous = (await store.getDeviceChannel(settings.appId, options.device)) ?? null
  if (!settings.dryRun) await store.putDeviceChannel(settings.appId, options.device, options.channel)
  return { appId: settings.appId, device: options.device, channel: settings.dryRun ? previous : options.channel ?? null, previous, dryRun: settings.dryRun }
}
