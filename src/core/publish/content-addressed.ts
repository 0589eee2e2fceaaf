import path from 'node:path'
import { encryptFile, newEncryption, signChecksum } from '../crypto/encrypt.js'
import { ConfigurationError, ConflictError } from '../errors.js'
import { assertStored, pointChannel, startRollout, updateChannel } from '../release/channels.js'
import type { BundleRecord, ChannelMove, ReleaseStore, StoredManifestEntry } from '../store/types.js'
import type { PreparedBundle, Publisher, PublishInput, RecordFields } from './types.js'

/** Per-file blobs go up this many at a time: object stores answer each request slowly, not per byte. */
const BLOB_CONCURRENCY = 16

/** The blobs a bundle needs, encrypted (encryption v2) when a signer is configured. */
interface Blobs {
  artifact: { sha256: string; path: string; size: number }
  files: { blob: string; path: string }[]
  manifest: StoredManifestEntry[]
  sessionKey?: string
  signature?: string
}

async function blobsOf(input: PublishInput): Promise<Blobs> {
  const { packed, signer, webDir, temp } = input
  if (!signer) {
    const files: Blobs['files'] = []
    const manifest = packed.manifest.map((f) => {
      files.push({ blob: f.sha256, path: path.join(webDir, f.path) })
      const br = packed.brotli?.get(f.sha256)
      if (!br) return f
      files.push({ blob: br.sha256, path: br.path })
      return { ...f, brotli: { blob: br.sha256, size: br.size } }
    })
    return { artifact: { sha256: packed.checksum, path: packed.path, size: packed.size }, files, manifest }
  }
  // One AES key and IV per bundle; the zip and every delta file are encrypted with them.
  const material = await newEncryption(signer)
  const encryptedZip = path.join(temp, 'bundle.zip.enc')
  const artifact = await encryptFile(packed.path, encryptedZip, material)
  const files: Blobs['files'] = []
  const manifest: StoredManifestEntry[] = []
  let n = 0
  for (const f of packed.manifest) {
    const target = path.join(temp, `file-${n++}.enc`)
    const encrypted = await encryptFile(path.join(webDir, f.path), target, material)
    files.push({ blob: encrypted.sha256, path: target })
    const entry: StoredManifestEntry = { ...f, blob: encrypted.sha256, hashSignature: await signChecksum(signer, f.sha256) }
    // The plugin decrypts a download first, then decompresses it: the Brotli form is encrypted.
    const br = packed.brotli?.get(f.sha256)
    if (br) {
      const brTarget = path.join(temp, `file-${n++}.br.enc`)
      const encryptedBr = await encryptFile(br.path, brTarget, material)
      files.push({ blob: encryptedBr.sha256, path: brTarget })
      entry.brotli = { blob: encryptedBr.sha256, size: encryptedBr.size }
    }
    manifest.push(entry)
  }
  return {
    artifact: { sha256: artifact.sha256, path: encryptedZip, size: artifact.size },
    files,
    manifest,
    sessionKey: material.sessionKey,
    signature: await signChecksum(signer, packed.checksum)
  }
}

async function storeBlobs(store: ReleaseStore, input: PublishInput, blobs: Blobs): Promise<void> {
  const unique = [...new Map(blobs.files.map((f) => [f.blob, f])).values()]
  const progress = input.startProgress('Storing files', unique.length, 'files')
  let next = 0
  let done = 0
  let written = 0
  const worker = async () => {
    while (next < unique.length) {
      const file = unique[next++]
      if (await store.putBlob(input.appId, 'files', file.blob, file.path)) written++
      progress(++done)
    }
  }
  await Promise.all(Array.from({ length: Math.min(BLOB_CONCURRENCY, unique.length) }, worker))
  await store.putBlob(input.appId, 'artifacts', blobs.artifact.sha256, blobs.artifact.path)
  const deltas = blobs.manifest.filter((f) => f.brotli).length
  input.reporter.info(`Stored bundle ${blobs.artifact.sha256}.zip in ${store.url}${blobs.sessionKey ? ' (encrypted)' : ''}: uploaded ${written} of ${unique.length} file blobs (${unique.length - written} already stored)${deltas ? `, ${deltas} files with a Brotli form for delta downloads` : ''}`)
}

/** Moves a channel by compare-and-swap to a bundle whose bytes are checked stored. */
export async function moveChannelTo(store: ReleaseStore, bundle: BundleRecord, move: ChannelMove, at: Date): Promise<string | undefined> {
  await assertStored(store, bundle)
  const { before, after } = await updateChannel(store, bundle.appId, move.channel, (current) => {
    if (move.rolloutBps !== undefined && current) {
      return current.rollout?.version === bundle.version && current.rollout.percentageBps === move.rolloutBps ? undefined : startRollout(current, bundle, move.rolloutBps, at, move.policy ?? null)
    }
    // Another pipeline of the same commit moved it there already: nothing to write.
    return current?.version === bundle.version && !current.rollout ? undefined : pointChannel(current, move.channel, bundle, move.kind, at)
  })
  return after ? before?.version : move.fromVersion ?? undefined
}

/**
 * The publisher of file:, s3:// and Capgo's external bundles: content-addressed blobs (the zip and
 * every file) first, then an immutable bundle record per version, then the channel by
 * compare-and-swap.
 */
export class ContentAddressedPublisher implements Publisher {
  readonly promotionRecords = true
  readonly deltaFiles = true

  constructor(private readonly store: ReleaseStore) {}

  async prepare(input: PublishInput): Promise<PreparedBundle> {
    const blobs = await blobsOf(input)
    await input.reporter.group('Upload', () => storeBlobs(this.store, input, blobs))
    return {
      publish: async (fields: RecordFields) => {
        const record: BundleRecord = {
          version: fields.version,
          appId: input.appId,
          checksum: input.packed.checksum,
          ...(blobs.artifact.sha256 !== input.packed.checksum ? { artifact: blobs.artifact.sha256 } : {}),
          size: blobs.artifact.size,
          commit: input.commit,
          createdAt: fields.createdAt,
          nativeFingerprint: input.fingerprint,
          minNativeVersion: fields.minNativeVersion,
          changelog: fields.changelog,
          manifest: blobs.manifest,
          ...(blobs.sessionKey ? { sessionKey: blobs.sessionKey, signature: blobs.signature } : {})
        }
        if (await this.store.createBundle(record)) return record
        throw new ConflictError(`Version ${fields.version} was just stored by another pipeline. Run again: capflight will reuse it if it came from this commit.`)
      }
    }
  }

  moveChannel(bundle: BundleRecord, move: ChannelMove, at: Date): Promise<string | undefined> {
    return moveChannelTo(this.store, bundle, move, at)
  }
}

/** Refuses an external signer where the uploader must hold the private key itself. */
export function requirePrivateKey(input: PublishInput, storeUrl: string): void {
  if (input.signedByCommand) {
    throw new ConfigurationError([`The ${storeUrl} store encrypts through the Capgo CLI, which needs the private key itself (--private-key or CAPFLIGHT_PRIVATE_KEY); --sign-command works with file: and s3:// stores.`])
  }
}
