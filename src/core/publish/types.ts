import type { Signer } from '../crypto/keys.js'
import type { NativeFingerprint } from '../native/fingerprint.js'
import type { PackResult } from '../pack/pack.js'
import type { Reporter } from '../port.js'
import type { StartProgress } from '../progress.js'
import type { BundleRecord, ChannelMove } from '../store/types.js'

/** A packed bundle on its way into a store, and what its record will say. */
export interface PublishInput {
  appId: string
  packed: PackResult
  /** The web folder the bundle was packed from (absolute). */
  webDir: string
  /** The project folder (a backend's own uploader reads its capacitor config there). */
  cwd: string
  commit: string
  commitUrl?: string
  fingerprint: NativeFingerprint
  /** Encryption v2: the signer, and for an uploader that encrypts itself the key's PEM. */
  signer?: Signer
  privateKeyPem?: string
  /** The bundle is signed by an external command (a KMS or HSM), not by a key capflight holds. */
  signedByCommand: boolean
  allowNativeChange: boolean
  /** Where the release moves next; an uploader that moves the channel itself needs it. */
  move: ChannelMove
  /** A folder for encrypted copies; removed by the caller. */
  temp: string
  reporter: Reporter
  startProgress: StartProgress
}

/** What the record of a published version says beyond its bytes. */
export interface RecordFields {
  version: string
  changelog: string
  minNativeVersion?: string
  createdAt: string
}

/** A bundle whose bytes are stored; `publish` names it. */
export interface PreparedBundle {
  /** Stores the bundle as `fields.version` and returns its record; a `ConflictError` when another pipeline holds that version. */
  publish(fields: RecordFields): Promise<BundleRecord>
}

/**
 * How a release gets into a store: a content-addressed publisher (file:, s3://, Capgo with an
 * external store) or an uploader that packs and stores whole bundles itself (Capgo).
 */
export interface Publisher {
  /** False where a bundle is named once, at upload (Capgo): a promotion points the channel at that very bundle. */
  readonly promotionRecords: boolean
  /** Whether it stores each file's Brotli form, which devices download through the manifest. */
  readonly deltaFiles: boolean
  /** Stores what every version of this bundle shares (its blobs); nothing is named yet. */
  prepare(input: PublishInput): Promise<PreparedBundle>
  /**
   * Points the channel at a published bundle (or starts its rollout) and returns the version it
   * served before. Blobs first, record second, channel last: the bundle is checked stored first.
   */
  moveChannel(bundle: BundleRecord, move: ChannelMove, at: Date): Promise<string | undefined>
}
