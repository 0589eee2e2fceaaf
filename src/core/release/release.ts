import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import semver from 'semver'
import { runBuild } from '../build/build.js'
import { renderChangelog } from '../changelog/changelog.js'
import { detectCi } from '../ci/index.js'
import { ConfigurationError, ConflictError } from '../errors.js'
import { packWebDir, type PackResult } from '../pack/pack.js'
import type { Runtime } from '../port.js'
import { progressFor } from '../progress.js'
import type { Settings } from '../settings/settings.js'
import { artifactOf, uploadsItself, type BundleRecord, type StoredManifestEntry, type UploadingStore } from '../store/types.js'
import { encryptFile, newEncryption, signChecksum } from '../crypto/encrypt.js'
import { parsePrivateKey, type Signer } from '../crypto/keys.js'
import { resolveSigner } from '../crypto/signer.js'
import { nextPrereleaseNumber } from '../version/next-version.js'
import { assertStored, pointChannel, startRollout, updateChannel } from './channels.js'
import { planRelease, type ReleasePlan } from './plan.js'

export type ReleaseStatus = 'released' | 'promoted' | 'unchanged' | 'skipped' | 'native-required' | 'dry-run'

/** The result every wrapper maps to its outputs (DESIGN §2 `release --json`). */
export interface ReleaseResult {
  status: ReleaseStatus
  version: string | null
  previousVersion: string | null
  channel: string | null
  appId: string
  commit: string
  checksum: string | null
  size: number | null
  releaseType: 'ota' | 'native'
  bundleUrl: string | null
  changelog: string
  message: string
  rule: string | null
  bump: string
  nativeChanges: string[]
  unparsed: { hash: string; subject: string }[]
  warnings: string[]
}

const VERSION_ATTEMPTS = 50

function resultOf(plan: ReleasePlan, status: ReleaseStatus, message: string, extra: Partial<ReleaseResult> = {}): ReleaseResult {
  return {
    status,
    version: plan.version ?? null,
    previousVersion: plan.channelRecord?.version ?? null,
    channel: plan.channel ?? null,
    appId: plan.appId,
    commit: plan.commit,
    checksum: null,
    size: null,
    releaseType: plan.nativeChanges.length > 0 ? 'native' : 'ota',
    bundleUrl: null,
    changelog: '',
    message,
    rule: plan.rule ?? null,
    bump: plan.bump,
    nativeChanges: plan.nativeChanges,
    unparsed: plan.analysis.unparsed,
    warnings: [],
    ...extra
  }
}

function minNativeVersion(plan: ReleasePlan, settings: Settings, version: string): string | undefined {
  if (settings.minNativeVersion) return settings.minNativeVersion
  if (plan.nativeChanges.length > 0) {
    const v = semver.parse(version)!
    return `${v.major}.${v.minor}.${v.patch}`
  }
  return plan.channelRecord?.minNativeVersion
}

function changelogFor(plan: ReleasePlan, version: string, runtime: Runtime): Promise<string> {
  return renderChangelog({
    version,
    previousTag: plan.last.tag,
    currentTag: plan.ref.tag,
    changes: plan.analysis.changes,
    repoUrl: detectCi(runtime.env).repoUrl,
    date: runtime.now()
  })
}

/**
 * The main job: plan by rule → build → pack → store blobs → bundle record →
 * move channel. A failure at any step leaves the channel where it was.
 */
export interface ReleaseHooks {
  /** Runs just before the build (a wrapper installs dependencies there), only when a build happens. */
  beforeBuild?: () => Promise<void>
}

export async function release(settings: Settings, runtime: Runtime, hooks: ReleaseHooks = {}): Promise<ReleaseResult> {
  const { reporter } = runtime
  const plan = await planRelease(settings, runtime)
  const warnings: string[] = []
  const warn = (message: string) => {
    warnings.push(message)
    reporter.warn(message)
  }
  if (plan.analysis.unparsed.length > 0) {
    warn(`${plan.analysis.unparsed.length} commit(s) since ${plan.last.tag ?? plan.last.version} are not Conventional Commits and were not counted: ${plan.analysis.unparsed.slice(0, 5).map((c) => `${c.hash.slice(0, 7)} "${c.subject}"`).join(', ')}${plan.analysis.unparsed.length > 5 ? ', …' : ''}`)
  }
  if (plan.action === 'skip') return resultOf(plan, 'skipped', plan.reason, { warnings })
  const signer = plan.action === 'build' ? resolveSigner(settings, runtime) : undefined
  if (plan.action === 'unchanged') return resultOf(plan, 'unchanged', plan.reason, { version: plan.channelRecord?.version ?? null, warnings })

  if (plan.nativeChanges.length > 0 && !settings.allowNativeChange) {
    const message = `This release changes native code, so it cannot ship over the air to channel "${plan.channel}": ${plan.nativeChanges.join('; ')}. Ship a new store build, then release again with --allow-native-change (bundles then require that native version).`
    warn(message)
    return resultOf(plan, 'native-required', message, { releaseType: 'native', warnings })
  }

  if (settings.rolloutBps !== undefined && !plan.channelRecord) {
    throw new ConfigurationError([`Channel "${plan.channel}" has no bundle yet, so there is nothing to roll out against. Release to it once without --rollout.`])
  }
  if (plan.action === 'reuse') return applyReuse(plan, settings, runtime, warnings)

  if (settings.dryRun) {
    return resultOf(plan, 'dry-run', `Would build and release ${plan.version} to ${plan.channel} (${plan.reason}).`, { warnings, changelog: await changelogFor(plan, plan.version!, runtime) })
  }

  await hooks.beforeBuild?.()
  if (settings.buildCommand) {
    await reporter.group(`Build: ${settings.buildCommand}`, () => runBuild(settings.buildCommand!, settings.cwd, runtime.env, reporter))
  }
  const temp = await mkdtemp(path.join(os.tmpdir(), 'capflight-pack-'))
  try {
    const packed = await reporter.group('Pack', () => packWebDir({
      webDir: path.resolve(settings.cwd, settings.webDir),
      out: path.join(temp, 'bundle.zip'),
      exclude: settings.exclude,
      requireNotifyAppReady: settings.requireNotifyAppReady,
      reporter: { info: (m) => reporter.info(m), warn, debug: (m) => reporter.debug(m), group: (n, r) => reporter.group(n, r), setSecret: (v) => reporter.setSecret(v) }
    }))
    reporter.info(`Packed ${packed.files} files: ${packed.size} bytes, sha256 ${packed.checksum}`)
    // A store that packs bundles itself (Capgo) keeps capflight's pack checksum beside its own.
    const current = plan.preid && plan.channelRecord && (plan.channelRecord.checksum === packed.checksum || uploadsItself(plan.store))
      ? await plan.store.getBundle(plan.appId, plan.channelRecord.version) : undefined
    if (current && (current.packChecksum ?? current.checksum) === packed.checksum) {
      return resultOf(plan, 'unchanged', `The bundle is byte-identical to ${current.version}, already on ${plan.channel}.`, {
        version: current.version, checksum: current.checksum, size: current.size || packed.size, warnings,
        bundleUrl: plan.store.blobUrl(plan.appId, 'artifacts', artifactOf(current))
      })
    }
    if (uploadsItself(plan.store)) return await uploadWhole(plan, plan.store, settings, runtime, packed, warnings)
    const stored = await prepareBlobs(plan, packed, settings, signer, temp)
    await reporter.group('Upload', () => storeBlobs(plan, stored, runtime))
    const bundle = await createBundleRecord(plan, settings, runtime, packed, stored)
    const moved = await moveTo(plan, bundle, 'release', runtime, settings.rolloutBps)
    return resultOf(plan, 'released', settings.rolloutBps !== undefined
      ? `Rolling ${bundle.version} out to ${settings.rolloutBps / 100}% of ${plan.channel}; the rest stay on ${moved}.`
      : `Released ${bundle.version} to ${plan.channel}.`, {
      version: bundle.version,
      previousVersion: moved ?? null,
      checksum: bundle.checksum,
      size: bundle.size,
      bundleUrl: plan.store.blobUrl(plan.appId, 'artifacts', artifactOf(bundle)),
      changelog: bundle.changelog,
      warnings
    })
  } finally {
    await rm(temp, { recursive: true, force: true })
  }
}

/** Hands the web folder to a backend that uploads whole bundles (Capgo); it moves the channel last. */
async function uploadWhole(plan: ReleasePlan, store: UploadingStore, settings: Settings, runtime: Runtime, packed: PackResult, warnings: string[]): Promise<ReleaseResult> {
  if (settings.signCommand) {
    throw new ConfigurationError([`The ${store.url} store encrypts through the Capgo CLI, which needs the private key itself (--private-key or CAPFLIGHT_PRIVATE_KEY); --sign-command works with file: and s3:// stores.`])
  }
  const repoUrl = detectCi(runtime.env).repoUrl
  let version = plan.version!
  let changelog = await changelogFor(plan, version, runtime)
  const upload = () => runtime.reporter.group(`Upload to ${store.url}`, () => store.upload({
    appId: plan.appId,
    version,
    channel: plan.channel!,
    cwd: settings.cwd,
    webDir: path.resolve(settings.cwd, settings.webDir),
    commit: plan.commit,
    commitUrl: repoUrl ? `${repoUrl}/commit/${plan.commit}` : undefined,
    changelog,
    fingerprint: plan.fingerprint,
    packChecksum: packed.checksum,
    minNativeVersion: minNativeVersion(plan, settings, version),
    privateKey: settings.privateKey && parsePrivateKey(settings.privateKey, settings.privateKeySource ?? 'the private key').export({ type: 'pkcs1', format: 'pem' }).toString(),
    rolloutPercent: settings.rolloutBps !== undefined ? settings.rolloutBps / 100 : undefined,
    allowNativeChange: settings.allowNativeChange
  }))
  let bundle: BundleRecord | undefined
  for (let attempt = 1; !bundle; attempt++) {
    try {
      bundle = await upload()
    } catch (error) {
      // Another pipeline took this prerelease number meanwhile: take the next one, as with file: and s3://.
      if (!(error instanceof ConflictError) || !plan.preid || attempt >= VERSION_ATTEMPTS) throw error
      const known = [...plan.knownVersions, ...(await store.listBundleVersions(plan.appId)), version]
      version = `${plan.base}-${plan.preid}.${nextPrereleaseNumber(plan.base!, plan.preid, known)}`
      changelog = await changelogFor(plan, version, runtime)
      runtime.reporter.info(`Another pipeline took that version; trying ${version}`)
    }
  }
  return resultOf(plan, 'released', settings.rolloutBps !== undefined
    ? `Rolling ${version} out to ${settings.rolloutBps / 100}% of ${plan.channel} on Capgo.`
    : `Released ${version} to ${plan.channel}.`, {
    version,
    checksum: bundle.checksum,
    size: packed.size,
    bundleUrl: store.blobUrl(plan.appId, 'artifacts', bundle.checksum),
    changelog,
    warnings
  })
}

/** The blobs a bundle needs, encrypted (encryption v2) when a signer is configured. */
interface PreparedBlobs {
  artifact: { sha256: string; path: string; size: number }
  files: { blob: string; path: string }[]
  manifest: StoredManifestEntry[]
  sessionKey?: string
  signature?: string
}

async function prepareBlobs(plan: ReleasePlan, packed: PackResult, settings: Settings, signer: Signer | undefined, temp: string): Promise<PreparedBlobs> {
  const webDir = path.resolve(settings.cwd, settings.webDir)
  if (!signer) {
    return {
      artifact: { sha256: packed.checksum, path: packed.path, size: packed.size },
      files: packed.manifest.map((f) => ({ blob: f.sha256, path: path.join(webDir, f.path) })),
      manifest: packed.manifest
    }
  }
  // One AES key and IV per bundle; the zip and every delta file are encrypted with them.
  const material = await newEncryption(signer)
  const encryptedZip = path.join(temp, 'bundle.zip.enc')
  const artifact = await encryptFile(packed.path, encryptedZip, material)
  const files: PreparedBlobs['files'] = []
  const manifest: StoredManifestEntry[] = []
  let n = 0
  for (const f of packed.manifest) {
    const target = path.join(temp, `file-${n++}.enc`)
    const encrypted = await encryptFile(path.join(webDir, f.path), target, material)
    files.push({ blob: encrypted.sha256, path: target })
    manifest.push({ ...f, blob: encrypted.sha256, hashSignature: await signChecksum(signer, f.sha256) })
  }
  return {
    artifact: { sha256: artifact.sha256, path: encryptedZip, size: artifact.size },
    files,
    manifest,
    sessionKey: material.sessionKey,
    signature: await signChecksum(signer, packed.checksum)
  }
}

/** Per-file blobs go up this many at a time: object stores answer each request slowly, not per byte. */
const BLOB_CONCURRENCY = 16

async function storeBlobs(plan: ReleasePlan, blobs: PreparedBlobs, runtime: Runtime): Promise<void> {
  const unique = [...new Map(blobs.files.map((f) => [f.blob, f])).values()]
  const progress = progressFor(runtime)('Storing files', unique.length, 'files')
  let next = 0
  let done = 0
  const worker = async () => {
    while (next < unique.length) {
      const file = unique[next++]
      await plan.store.putBlob(plan.appId, 'files', file.blob, file.path)
      progress(++done)
    }
  }
  await Promise.all(Array.from({ length: Math.min(BLOB_CONCURRENCY, unique.length) }, worker))
  await plan.store.putBlob(plan.appId, 'artifacts', blobs.artifact.sha256, blobs.artifact.path)
  runtime.reporter.info(`Stored bundle ${blobs.artifact.sha256}.zip in ${plan.store.url}${blobs.sessionKey ? ' (encrypted)' : ''}`)
}

/** Creates the bundle record; a concurrent pipeline that took the version makes us take the next one. */
async function createBundleRecord(plan: ReleasePlan, settings: Settings, runtime: Runtime, packed: PackResult, blobs: PreparedBlobs): Promise<BundleRecord> {
  let version = plan.version!
  for (let attempt = 0; attempt < VERSION_ATTEMPTS; attempt++) {
    const record: BundleRecord = {
      version,
      appId: plan.appId,
      checksum: packed.checksum,
      ...(blobs.artifact.sha256 !== packed.checksum ? { artifact: blobs.artifact.sha256 } : {}),
      size: blobs.artifact.size,
      commit: plan.commit,
      createdAt: runtime.now().toISOString(),
      nativeFingerprint: plan.fingerprint,
      minNativeVersion: minNativeVersion(plan, settings, version),
      changelog: await changelogFor(plan, version, runtime),
      manifest: blobs.manifest,
      ...(blobs.sessionKey ? { sessionKey: blobs.sessionKey, signature: blobs.signature } : {})
    }
    if (await plan.store.createBundle(record)) return record
    if (!plan.preid) {
      throw new ConflictError(`Version ${version} was just stored by another pipeline. Run again: capflight will reuse it if it came from this commit.`)
    }
    const known = [...plan.knownVersions, ...(await plan.store.listBundleVersions(plan.appId)), version]
    version = `${plan.base}-${plan.preid}.${nextPrereleaseNumber(plan.base!, plan.preid, known)}`
    runtime.reporter.info(`Another pipeline took that version; trying ${version}`)
  }
  throw new ConflictError(`Could not mint a free version after ${VERSION_ATTEMPTS} attempts; too many pipelines are racing. Try again.`)
}

/** Moves the plan's channel to `bundle`; returns the version it pointed at before. */
async function moveTo(plan: ReleasePlan, bundle: BundleRecord, action: 'release' | 'promote', runtime: Runtime, rolloutBps?: number): Promise<string | undefined> {
  await assertStored(plan.store, bundle)
  const { before } = await updateChannel(plan.store, plan.appId, plan.channel!, (current) =>
    rolloutBps !== undefined && current
      ? startRollout(current, bundle, rolloutBps, runtime.now())
      : pointChannel(current, plan.channel!, bundle, action, runtime.now()))
  return before?.version
}

async function applyReuse(plan: ReleasePlan, settings: Settings, runtime: Runtime, warnings: string[]): Promise<ReleaseResult> {
  const existing = plan.existing!
  const url = plan.store.blobUrl(plan.appId, 'artifacts', artifactOf(existing))
  const common = { checksum: existing.checksum, size: existing.size, bundleUrl: url, warnings }
  const served = plan.channelRecord?.version
  if (served === plan.version || (uploadsItself(plan.store) && served === existing.version) || (settings.rolloutBps !== undefined && plan.channelRecord?.rollout?.version === plan.version && plan.channelRecord?.rollout?.percentageBps === settings.rolloutBps)) {
    return resultOf(plan, 'unchanged', `${plan.version} from this commit is already on ${plan.channel}.`, { ...common, changelog: existing.changelog })
  }
  if (plan.version === existing.version && plan.channelRecord?.history.some((h) => h.version === existing.version && h.action !== 'rollout' && h.action !== 'rollout-abort')) {
    return resultOf(plan, 'unchanged', `${existing.version} from this commit was already released to ${plan.channel} and has since been replaced; not moving the channel back. Use "capflight rollback --channel ${plan.channel} --to ${existing.version}" to return to it.`, { ...common, version: existing.version, changelog: existing.changelog })
  }
  if (settings.dryRun) return resultOf(plan, 'dry-run', `Would point ${plan.channel} at ${plan.version} (${plan.reason})`, common)
  let bundle = existing
  // Capgo names a bundle once, at upload: a promotion points the channel at that same bundle.
  if (plan.version !== existing.version && !uploadsItself(plan.store)) {
    bundle = {
      ...existing,
      version: plan.version!,
      createdAt: runtime.now().toISOString(),
      minNativeVersion: minNativeVersion(plan, settings, plan.version!) ?? existing.minNativeVersion,
      changelog: await changelogFor(plan, plan.version!, runtime),
      promotedFrom: existing.version
    }
    await assertStored(plan.store, existing)
    if (!(await plan.store.createBundle(bundle))) {
      const raced = await plan.store.getBundle(plan.appId, bundle.version)
      if (raced?.checksum !== bundle.checksum) throw new ConflictError(`Version ${bundle.version} was just stored by another pipeline with different bytes. Check the store with "capflight status".`)
      bundle = raced
    }
  }
  const previous = await moveTo(plan, bundle, 'promote', runtime, settings.rolloutBps)
  return resultOf(plan, 'promoted', `${plan.reason} ${plan.channel} now serves ${bundle.version}.`, { ...common, version: bundle.version, previousVersion: previous ?? null, changelog: bundle.changelog })
}
