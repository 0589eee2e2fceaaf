import { createHash } from 'node:crypto'
import { ConfigurationError } from '../errors.js'
import type { Runtime } from '../port.js'
import type { Settings } from '../settings/settings.js'
import { blobsRefusal, gcRefusal, openStore } from '../store/registry.js'
import { artifactOf, type BlobKind, type BundleRecord, type ReleaseStore } from '../store/types.js'
import { servedVersions } from './channels.js'

export interface StoreProblem {
  kind: 'channel' | 'bundle' | 'blob'
  name: string
  message: string
}

export interface CheckResult {
  appId: string
  store: string
  channels: number
  bundles: number
  blobsVerified: number
  problems: StoreProblem[]
}

function openMaintainable(settings: Settings, runtime: Runtime): ReleaseStore {
  const refusal = blobsRefusal(settings.store)
  if (refusal) {
    throw new ConfigurationError([`${settings.store.split(/[?#]/)[0]} ${refusal}: "capflight store check" and "capflight store gc" work on file: and s3:// stores.`])
  }
  return openStore(settings.store, settings.cwd, runtime.env, { apiKey: settings.apiKey, capgoCli: settings.capgoCli })
}

async function sha256Of(stream: ReadableStream<Uint8Array>): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) hash.update(chunk)
  return hash.digest('hex')
}

/**
 * Verifies the store: every channel (and rollout) points at a recorded bundle, and every
 * record's blobs are present with the size and SHA-256 their names promise. Each blob is
 * read once, however many bundles share it.
 */
export async function checkStore(settings: Settings, runtime: Runtime): Promise<CheckResult> {
  const store = openMaintainable(settings, runtime)
  const appId = settings.appId
  const problems: StoreProblem[] = []
  const verified = new Map<string, string | undefined>()
  const verify = async (kind: BlobKind, sha256: string, size?: number): Promise<string | undefined> => {
    const id = `${kind}/${sha256}`
    if (!verified.has(id)) {
      const stored = await store.statBlob(appId, kind, sha256)
      let problem: string | undefined
      if (stored === undefined) problem = 'is missing'
      else if (size !== undefined && stored !== size) problem = `holds ${stored} bytes, the record says ${size}`
      else if ((await sha256Of(store.readBlob(appId, kind, sha256))) !== sha256) problem = 'does not match its SHA-256 (corrupted)'
      verified.set(id, problem)
    }
    return verified.get(id)
  }

  const versions = await store.listBundleVersions(appId)
  if (versions.length === 0 && (await store.listChannels(appId)).length === 0) {
    throw new ConfigurationError([`${store.url} holds nothing for ${appId}: no bundle and no channel. Check --store and --app-id; "capflight release" creates it.`])
  }
  const bundles = new Map<string, BundleRecord>()
  for (const version of versions) {
    const bundle = await store.getBundle(appId, version)
    if (!bundle) continue
    bundles.set(version, bundle)
    runtime.reporter.debug(`Checking ${version}`)
    const artifact = await verify('artifacts', artifactOf(bundle), bundle.size)
    if (artifact) problems.push({ kind: 'blob', name: `${version}: artifacts/${artifactOf(bundle)}.zip`, message: `The zip of ${version} ${artifact}.` })
    for (const file of bundle.manifest) {
      const blob = file.blob ?? file.sha256
      const problem = await verify('files', blob, file.blob ? undefined : file.size)
      if (problem) problems.push({ kind: 'blob', name: `${version}: files/${blob}`, message: `${file.path} of ${version} ${problem}.` })
      if (file.brotli) {
        const brotli = await verify('files', file.brotli.blob, file.brotli.size)
        if (brotli) problems.push({ kind: 'blob', name: `${version}: files/${file.brotli.blob}`, message: `The Brotli form of ${file.path} of ${version} ${brotli}.` })
      }
    }
  }

  const channels = await store.listChannels(appId)
  for (const name of channels) {
    const channel = await store.getChannel(appId, name)
    if (!channel) continue
    for (const [role, version] of [['serves', channel.version], ['rolls out', channel.rollout?.version]] as const) {
      if (!version) continue
      const bundle = bundles.get(version)
      if (!bundle) problems.push({ kind: 'channel', name, message: `Channel ${name} ${role} ${version}, which has no bundle record.` })
      else if (problems.some((p) => p.name.startsWith(`${version}: `))) problems.push({ kind: 'channel', name, message: `Channel ${name} ${role} ${version}, whose blobs are not all intact.` })
    }
  }
  return { appId, store: store.url, channels: channels.length, bundles: bundles.size, blobsVerified: verified.size, problems }
}

export interface GcResult {
  appId: string
  store: string
  dryRun: boolean
  kept: string[]
  deletedBundles: string[]
  deletedBlobs: { kind: BlobKind; sha256: string; size: number }[]
  freedBytes: number
}

/** Bundles and blobs younger than this are left alone: a release may be writing them right now. */
export const GC_GRACE_MS = 60 * 60 * 1000

/**
 * Deletes bundle records no channel needs — beyond the last `keep` bundles each channel served,
 * its current one and any rollout — then every blob no remaining record references. Nothing
 * younger than `minAgeMs` (an hour by default) is touched, so a release running meanwhile is
 * not undercut.
 */
export async function collectGarbage(settings: Settings, runtime: Runtime, options: { keep: number; minAgeMs?: number }): Promise<GcResult> {
  if (!Number.isInteger(options.keep) || options.keep < 1) throw new ConfigurationError([`--keep must be a whole number of at least 1 (bundles kept per channel), got ${options.keep}.`])
  const refusal = gcRefusal(settings.store)
  if (refusal) throw new ConfigurationError([`capflight store gc ${refusal}`])
  const store = openMaintainable(settings, runtime)
  const appId = settings.appId
  const cutoff = runtime.now().getTime() - (options.minAgeMs ?? GC_GRACE_MS)

  const keptVersions = async (): Promise<Set<string>> => {
    const kept = new Set<string>()
    for (const name of await store.listChannels(appId)) {
      const channel = await store.getChannel(appId, name)
      if (!channel) continue
      for (const v of servedVersions(channel).slice(0, options.keep)) kept.add(v)
      if (channel.rollout) kept.add(channel.rollout.version)
    }
    return kept
  }

  const kept = await keptVersions()
  const records: BundleRecord[] = []
  for (const version of await store.listBundleVersions(appId)) {
    const bundle = await store.getBundle(appId, version)
    if (bundle) records.push(bundle)
  }
  const doomed = records.filter((b) => !kept.has(b.version) && Date.parse(b.createdAt) < cutoff)
  // A channel may have moved while we looked: read them again right before deleting.
  const keptNow = await keptVersions()
  const deletedBundles = doomed.filter((b) => !keptNow.has(b.version))
  const remaining = records.filter((b) => !deletedBundles.includes(b))

  const referenced = { artifacts: new Set<string>(), files: new Set<string>() }
  for (const b of remaining) {
    referenced.artifacts.add(artifactOf(b))
    for (const f of b.manifest) {
      referenced.files.add(f.blob ?? f.sha256)
      if (f.brotli) referenced.files.add(f.brotli.blob)
    }
  }
  const deletedBlobs: GcResult['deletedBlobs'] = []
  for (const kind of ['artifacts', 'files'] as const) {
    for (const blob of await store.listBlobs(appId, kind)) {
      if (!referenced[kind].has(blob.sha256) && blob.modifiedAt.getTime() < cutoff) deletedBlobs.push({ kind, sha256: blob.sha256, size: blob.size })
    }
  }
  if (!settings.dryRun) {
    // Records first: a record never names a blob that is gone.
    for (const b of deletedBundles) await store.deleteBundle(appId, b.version)
    for (const blob of deletedBlobs) await store.deleteBlob(appId, blob.kind, blob.sha256)
  }
  return {
    appId,
    store: store.url,
    dryRun: settings.dryRun,
    kept: [...keptNow].sort(),
    deletedBundles: deletedBundles.map((b) => b.version).sort(),
    deletedBlobs,
    freedBytes: deletedBlobs.reduce((sum, b) => sum + b.size, 0)
  }
}
