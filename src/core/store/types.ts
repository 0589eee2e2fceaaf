import type { ManifestEntry } from '../pack/pack.js'
import type { NativeFingerprint } from '../native/fingerprint.js'

/** apps/<appId>/bundles/<version>.json — immutable once written. */
export interface BundleRecord {
  version: string
  appId: string
  checksum: string
  size: number
  commit: string
  createdAt: string
  nativeFingerprint: NativeFingerprint
  minNativeVersion?: string
  changelog: string
  manifest: ManifestEntry[]
  /** Version this bundle's bytes were first released as, when it is a promotion. */
  promotedFrom?: string
  sessionKey?: string
  signature?: string
}

export interface ChannelHistoryEntry {
  version: string
  checksum: string
  at: string
  action: 'release' | 'promote' | 'rollback'
  commit?: string
  /** For rollbacks: the version that was current before. */
  from?: string
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
  rollout?: { version: string; percentageBps: number } | null
  history: ChannelHistoryEntry[]
}

export type BlobKind = 'artifacts' | 'files'

/** One interface, one backend per URL scheme. Writes are ordered blobs → bundle → channel. */
export interface Store {
  readonly url: string
  /** Stores a content-addressed blob from a local file and verifies it; a present blob is kept. */
  putBlob(appId: string, kind: BlobKind, sha256: string, source: string): Promise<void>
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
}
