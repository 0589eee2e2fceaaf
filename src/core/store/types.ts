import type { ManifestEntry } from '../pack/pack.js'
import type { NativeFingerprint } from '../native/fingerprint.js'
import type { StoredPolicy } from '../health/policy.js'

/** A bundle file; encrypted bundles store each file encrypted under `blob`, its hash signed. */
export interface StoredManifestEntry extends ManifestEntry {
  /** Blob key (SHA-256 of the stored bytes) when it differs from `sha256` (encrypted files). */
  blob?: string
  /** Hex of the RSA private-key encryption of `sha256`: the `file_hash` devices check. */
  hashSignature?: string
  /** The file Brotli-compressed (then encrypted, for encrypted bundles): what a device downloads as `<path>.br`. */
  brotli?: { blob: string; size: number }
}

/** apps/<appId>/bundles/<version>.json — immutable once written. */
export interface BundleRecord {
  version: string
  appId: string
  /** SHA-256 of the plain zip: what a device verifies after decrypting. */
  checksum: string
  /** Blob key of the stored zip when it differs from `checksum` (encrypted bundles). */
  artifact?: string
  /** Size in bytes of the stored (downloaded) zip. */
  size: number
  commit: string
  createdAt: string
  nativeFingerprint: NativeFingerprint
  minNativeVersion?: string
  changelog: string
  manifest: StoredManifestEntry[]
  /** Version this bundle's bytes were first released as, when it is a promotion. */
  promotedFrom?: string
  /** Encryption v2: `base64(iv):base64(RSA private-key encryption of the AES key)`. */
  sessionKey?: string
  /** Encryption v2: hex of the RSA private-key encryption of the 32 checksum bytes. */
  signature?: string
  /** SHA-256 of capflight's deterministic zip, when the store packed its own (Capgo). */
  packChecksum?: string
}

/** A channel move a release plan makes. */
export interface ChannelMove {
  channel: string
  /** What the channel served when the plan was made (the move itself is compare-and-swap). */
  fromVersion: string | null
  kind: 'release' | 'promote'
  /** Starts (or changes) a rollout to this share of devices, in basis points, instead of moving everyone. */
  rolloutBps?: number
  /** The policy a guarded rollout runs under (config `rolloutPolicy`). */
  policy?: StoredPolicy
}

/** The blob holding a bundle's zip. */
export function artifactOf(bundle: BundleRecord): string {
  return bundle.artifact ?? bundle.checksum
}

export interface ChannelHistoryEntry {
  version: string
  checksum: string
  at: string
  action: 'release' | 'promote' | 'rollback' | 'rollout' | 'rollout-abort'
  commit?: string
  /** For rollbacks: the version that was current before. */
  from?: string
  /** For rollouts: the share of devices, in basis points. */
  percentageBps?: number
}

/** apps/<appId>/channels/<name>.json — replaced only by compare-and-swap on `revision`. */
export interface ChannelRecord {
  name: string
  version: string
  checksum: string
  revision: number
  updatedAt: string
  nativeFingerprint: NativeFingerprint
  minNativeVersion?: string
  /** A second bundle served to a share of devices (basis points, 0–10000) on top of `version`. */
  rollout?: {
    version: string
    checksum: string
    percentageBps: number
    startedAt: string
    /** When the current share began (bake time counts from here); `startedAt` when absent. */
    stepStartedAt?: string
    /** A paused rollout keeps the devices already on it and reaches no new one. */
    paused?: boolean
    /** The policy `rollout advance` applies, when the rollout is guarded. */
    policy?: StoredPolicy | null
  } | null
  /** Who may receive updates from this channel (all true when absent). */
  settings?: ChannelSettings
  history: ChannelHistoryEntry[]
}

export interface ChannelSettings {
  ios: boolean
  android: boolean
  allowEmulator: boolean
  /** Serve debug (non-production) builds. */
  allowDev: boolean
  /** Devices may pick this channel themselves (channel_self). */
  allowSelfSet: boolean
}

export const DEFAULT_CHANNEL_SETTINGS: ChannelSettings = { ios: true, android: true, allowEmulator: true, allowDev: true, allowSelfSet: false }

/** A channel's settings in full: what it stores over the defaults (older records store none). */
export function channelSettings(channel: Pick<ChannelRecord, 'settings'> | undefined): ChannelSettings {
  return { ...DEFAULT_CHANNEL_SETTINGS, ...channel?.settings }
}

/** One event the plugin reports to the stats endpoint. */
export interface StatsEvent {
  action: string
  version_name: string
  old_version_name?: string
  device_id: string
  platform?: string
  timestamp?: number
}

export type BlobKind = 'artifacts' | 'files'

/**
 * Release storage: content-addressed blobs, immutable bundle records, compare-and-swap channels.
 * Every backend has it. Writes are ordered blobs → bundle → channel.
 */
export interface ReleaseStore {
  readonly url: string
  /** Stores a content-addressed blob from a local file and verifies it; a present blob is kept. True when it was written. */
  putBlob(appId: string, kind: BlobKind, sha256: string, source: string): Promise<boolean>
  hasBlob(appId: string, kind: BlobKind, sha256: string): Promise<boolean>
  /** Where a device or a person can fetch the blob from. */
  blobUrl(appId: string, kind: BlobKind, sha256: string): string
  /** Creates the record only if absent. Returns false when that version already exists. */
  createBundle(record: BundleRecord): Promise<boolean>
  getBundle(appId: string, version: string): Promise<BundleRecord | undefined>
  listBundleVersions(appId: string): Promise<string[]>
  getChannel(appId: string, name: string): Promise<ChannelRecord | undefined>
  listChannels(appId: string): Promise<string[]>
  /**
   * Replaces the channel only if its revision is still `expectedRevision`
   * (undefined: only if the channel does not exist). Returns false on conflict.
   */
  putChannel(appId: string, record: ChannelRecord, expectedRevision: number | undefined): Promise<boolean>
  /** Size in bytes of a stored blob, or undefined when absent. */
  statBlob(appId: string, kind: BlobKind, sha256: string): Promise<number | undefined>
  /** The blob's bytes, or the inclusive byte range `[start, end]` of them. */
  readBlob(appId: string, kind: BlobKind, sha256: string, range?: { start: number; end: number }): ReadableStream<Uint8Array>
  /** Every stored blob of a kind, with when it was written (for garbage collection). */
  listBlobs(appId: string, kind: BlobKind): Promise<StoredBlob[]>
  deleteBlob(appId: string, kind: BlobKind, sha256: string): Promise<void>
  deleteBundle(appId: string, version: string): Promise<void>
}

/**
 * Device and telemetry state: operator overrides and stats. It changes far more often than
 * releases and is read by the endpoint; a backend that cannot hold it (Capgo) has none, and
 * says so where it would be needed (see `openTelemetryStore`).
 */
export interface TelemetryStore {
  readonly url: string
  /** The apps the store holds (folders under `apps/`), sorted; names that are not app ids are left out. */
  listApps(): Promise<string[]>
  /** An operator's override of a device's channel, if any. */
  getDeviceChannel(appId: string, deviceId: string): Promise<string | undefined>
  /** Devices with an override (so the rest need no lookup). */
  listDevicesWithChannel(appId: string): Promise<string[]>
  /** Sets (or with undefined, clears) a device's override. */
  putDeviceChannel(appId: string, deviceId: string, channel: string | undefined): Promise<void>
  /**
   * Writes one immutable telemetry object under `apps/<appId>/telemetry/<path…>` (a batch of raw
   * rows, a rollup part). Each writer names its objects uniquely, so writers never collide.
   */
  putTelemetry(appId: string, path: string[], body: string): Promise<void>
  /** Names of the telemetry objects and folders directly under a path (sorted). */
  listTelemetry(appId: string, path: string[]): Promise<string[]>
  /** A telemetry object's text, undefined when it is not there (any more). */
  readTelemetry(appId: string, path: string[]): Promise<string | undefined>
  deleteTelemetry(appId: string, path: string[]): Promise<void>
}

/** A backend that holds both (file:, s3://): what `capflight serve` runs on. */
export interface Store extends ReleaseStore, TelemetryStore {}

export interface StoredBlob {
  sha256: string
  size: number
  modifiedAt: Date
}

/** What a release hands a backend that stores whole bundles itself (Capgo). */
export interface UploadRequest {
  appId: string
  version: string
  channel: string
  /** The project folder (the uploader reads its capacitor config and node_modules there). */
  cwd: string
  webDir: string
  commit: string
  commitUrl?: string
  changelog: string
  fingerprint: NativeFingerprint
  /** SHA-256 of capflight's deterministic zip of the same folder: how a later push sees nothing changed. */
  packChecksum: string
  minNativeVersion?: string
  /** PEM of the encryption v2 private key. */
  privateKey?: string
  rolloutPercent?: number
  allowNativeChange: boolean
}
