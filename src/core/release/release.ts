import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runBuild } from '../build/build.js'
import { renderChangelog } from '../changelog/changelog.js'
import { ConfigurationError, ConflictError } from '../errors.js'
import { Git } from '../git/git.js'
import { CACHE_KEEP_UNUSED_MS, pruneCompressionCache } from '../pack/cache-prune.js'
import { packWebDir } from '../pack/pack.js'
import type { Reporter, Runtime } from '../port.js'
import { progressFor } from '../progress.js'
import type { Publisher } from '../publish/types.js'
import type { Settings } from '../settings/settings.js'
import { openPublishing } from '../store/registry.js'
import { artifactOf, type BundleRecord, type ReleaseStore } from '../store/types.js'
import { parsePrivateKey, type Signer } from '../crypto/keys.js'
import { resolveSigner } from '../crypto/signer.js'
import { assertStored } from './channels.js'
import { gatherFacts } from './facts.js'
import { nextStep } from './next-step.js'
import { nextFreeVersion, planRelease, type ReleasePlan } from './plan.js'

export type ReleaseStatus = 'released' | 'promoted' | 'rolled-back' | 'unchanged' | 'skipped' | 'native-required' | 'dry-run'

/** A rollout the result leaves in progress: the share of the channel's devices that get `version`. */
export interface RolloutState {
  percentageBps: number
  /** The rollout policy that widens it (section 7); null when it is moved by hand. */
  policy: string | null
}

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
  /** Null unless the version reaches only a share of the channel: never described as serving everyone. */
  rollout: RolloutState | null
  /** How a device gets this version from here, when the channel serves it. */
  next?: string | null
  /** When this run packed a bundle: files whose compressed forms came from the compression cache, and files compressed anew. */
  compression?: { reused: number; compressed: number }
}

/** How many prerelease numbers a release tries when other pipelines keep taking them. */
const VERSION_ATTEMPTS = 50

type Applicable = Extract<ReleasePlan, { action: 'release' | 'promote' }>

function resultOf(plan: ReleasePlan, status: ReleaseStatus, message: string, extra: Partial<ReleaseResult> = {}): ReleaseResult {
  return {
    status,
    version: plan.version,
    previousVersion: plan.previousVersion,
    channel: plan.channel,
    appId: plan.appId,
    commit: plan.commit,
    checksum: null,
    size: null,
    releaseType: plan.nativeChanges.length > 0 ? 'native' : 'ota',
    bundleUrl: null,
    changelog: '',
    message,
    rule: plan.rule,
    bump: plan.bump,
    nativeChanges: plan.nativeChanges,
    unparsed: plan.unparsed,
    warnings: [],
    rollout: null,
    ...extra
  }
}

function bundleFields(store: ReleaseStore, bundle: BundleRecord): Pick<ReleaseResult, 'version' | 'checksum' | 'size' | 'bundleUrl' | 'changelog'> {
  return { version: bundle.version, checksum: bundle.checksum, size: bundle.size, bundleUrl: store.blobUrl(bundle.appId, 'artifacts', artifactOf(bundle)), changelog: bundle.changelog }
}

function changelogFor(plan: ReleasePlan, version: string, now: Date): Promise<string> {
  return renderChangelog({ version, previousTag: plan.last.tag, currentTag: plan.ref.tag, changes: plan.changes, repoUrl: plan.ref.repoUrl, date: now })
}

export interface ReleaseHooks {
  /** Runs just before the build (a wrapper installs dependencies there), only when a build happens. */
  beforeBuild?: () => Promise<void>
}

/**
 * The main job: gather facts → plan → apply. Dry runs stop after the plan. A failure at any
 * step leaves the channel where it was.
 */
export async function release(settings: Settings, runtime: Runtime, hooks: ReleaseHooks = {}): Promise<ReleaseResult> {
  const result = await planAndApply(settings, runtime, hooks)
  return { ...result, next: nextStep(result, settings) }
}

async function planAndApply(settings: Settings, runtime: Runtime, hooks: ReleaseHooks): Promise<ReleaseResult> {
  const { reporter } = runtime
  const { store, publisher } = openPublishing(settings.store, settings.cwd, runtime.env, {
    apiKey: settings.apiKey,
    capgoCli: settings.capgoCli,
    onProgress: (m) => reporter.info(m),
    startProgress: progressFor(runtime)
  })
  const plan = planRelease(await gatherFacts(settings, runtime, store, publisher.promotionRecords))
  const warnings: string[] = []
  if (plan.unparsed.length > 0) {
    warnings.push(`${plan.unparsed.length} commit(s) since ${plan.last.tag ?? plan.last.version} are not Conventional Commits and were not counted: ${plan.unparsed.slice(0, 5).map((c) => `${c.hash.slice(0, 7)} "${c.subject}"`).join(', ')}${plan.unparsed.length > 5 ? ', …' : ''}`)
  }
  if (plan.action === 'native-required') warnings.push(plan.reason)
  if (settings.storeIsDefault && plan.ref.ephemeral) {
    warnings.push(`This runner is thrown away after the job, and with it the default local store (${settings.store}): devices would never see this release, and the next run would start from nothing. Give the job a store that lasts: --store s3://bucket/prefix or CAPFLIGHT_STORE (see docs/stores.md).`)
  }
  for (const warning of warnings) reporter.warn(warning)
  if (reporter.verbose !== false) for (const line of commitLines(plan)) reporter.debug(line)
  // The bundle must be the commit: checked before anything is built, dry runs included.
  if (plan.action === 'release' && plan.uncommitted.length > 0 && !settings.allowDirty) {
    const shown = plan.uncommitted.slice(0, 5).join(', ') + (plan.uncommitted.length > 5 ? `, and ${plan.uncommitted.length - 5} more` : '')
    throw new ConfigurationError([`The working tree has uncommitted changes to tracked files (${shown}), so the bundle would not be commit ${plan.commit.slice(0, 7)}. Commit or stash them, or pass --allow-dirty to release it anyway.`])
  }
  // The key is checked before anything else happens, dry runs included.
  const signer = plan.action === 'release' ? resolveSigner(settings, runtime) : undefined

  if (plan.action === 'skipped' || plan.action === 'native-required') return resultOf(plan, plan.action, plan.reason, { warnings })
  if (plan.action === 'unchanged') return resultOf(plan, 'unchanged', plan.reason, { warnings, ...(plan.existing ? bundleFields(store, plan.existing) : {}), version: plan.version })
  if (settings.dryRun) return describeDryRun(plan, store, runtime.now(), warnings)
  const applied = await applyPlan(plan, {
    store, publisher, reporter, now: runtime.now, startProgress: progressFor(runtime), beforeBuild: hooks.beforeBuild, signer,
    cwd: settings.cwd, env: runtime.env, cacheDir: settings.cacheDir,
    privateKeyPem: settings.privateKey === undefined ? undefined : parsePrivateKey(settings.privateKey, settings.privateKeySource ?? 'the private key').export({ type: 'pkcs1', format: 'pem' }).toString()
  })
  const result = { ...applied, warnings: [...warnings, ...applied.warnings] }
  if (settings.storeIsDefault && !(await new Git(settings.cwd, runtime.env).isIgnored(settings.store))) {
    const hint = `${settings.store} is not in .gitignore: add ".capflight/" there, so the local store (and keys made by "capflight keys create") are never committed.`
    result.warnings.push(hint)
    reporter.warn(hint)
  }
  return result
}

/** What the compression cache saved: a re-release compresses only the files that changed. */
export function compressionLine({ reused, compressed }: { reused: number; compressed: number }, cacheDir: string): string {
  return `Compressed ${compressed} of ${reused + compressed} files; ${reused} reused from the compression cache (${cacheDir})`
}

/** For --verbose: every commit counted and what it did to the version. */
export function commitLines(plan: ReleasePlan): string[] {
  return [
    ...plan.changes.map((c) => `commit ${c.hash.slice(0, 7)} ${c.type}${c.scope ? `(${c.scope})` : ''}${c.breaking ? '!' : ''}: ${c.subject} → ${c.bump === 'none' ? 'no bump' : c.bump}`),
    ...plan.unparsed.map((c) => `commit ${c.hash.slice(0, 7)} "${c.subject}" → not a Conventional Commit, not counted`)
  ]
}

async function describeDryRun(plan: Applicable, store: ReleaseStore, now: Date, warnings: string[]): Promise<ReleaseResult> {
  if (plan.action === 'release') {
    return resultOf(plan, 'dry-run', `Would build and release ${plan.version} to ${plan.channel} (${plan.reason}).`, { warnings, changelog: await changelogFor(plan, plan.version, now) })
  }
  const { version: _v, changelog: _c, ...fields } = bundleFields(store, plan.source)
  return resultOf(plan, 'dry-run', `Would point ${plan.channel} at ${plan.version} (${plan.reason})`, { ...fields, warnings })
}

/** What carrying out a plan needs: where to store it, how, and the ambient state. */
export interface ApplyContext {
  store: ReleaseStore
  publisher: Publisher
  reporter: Reporter
  now: () => Date
  startProgress: ReturnType<typeof progressFor>
  cwd: string
  env: Record<string, string | undefined>
  signer?: Signer
  privateKeyPem?: string
  beforeBuild?: () => Promise<void>
  /** The compression cache (Settings.cacheDir); without one, compressed forms live for this release only. */
  cacheDir?: string
}

/** Carries out a `release` (build → pack → publish → move) or `promote` (record → move) plan. */
export async function applyPlan(plan: Applicable, context: ApplyContext): Promise<ReleaseResult> {
  return plan.action === 'promote' ? applyPromotion(plan, context) : applyRelease(plan, context)
}

async function applyRelease(plan: Extract<ReleasePlan, { action: 'release' }>, context: ApplyContext): Promise<ReleaseResult> {
  const { reporter, store, publisher } = context
  const warnings: string[] = []
  await context.beforeBuild?.()
  if (plan.build.command) {
    const command = plan.build.command
    await reporter.group(`Build: ${command}`, () => runBuild(command, context.cwd, context.env, reporter))
  }
  const webDir = path.resolve(context.cwd, plan.build.webDir)
  const temp = await mkdtemp(path.join(os.tmpdir(), 'capflight-pack-'))
  try {
    const packed = await reporter.group('Pack', () => packWebDir({
      webDir,
      out: path.join(temp, 'bundle.zip'),
      exclude: plan.build.exclude,
      requireNotifyAppReady: plan.build.requireNotifyAppReady,
      cache: { dir: context.cacheDir ?? path.join(temp, 'cache'), brotli: publisher.deltaFiles },
      reporter: { info: (m) => reporter.info(m), warn: (m) => { warnings.push(m); reporter.warn(m) }, debug: (m) => reporter.debug(m), group: (n, r) => reporter.group(n, r), setSecret: (v) => reporter.setSecret(v) }
    }))
    reporter.info(`Packed ${packed.files} files: ${packed.size} bytes, sha256 ${packed.checksum}`)
    if (packed.compression && context.cacheDir) {
      reporter.info(compressionLine(packed.compression, context.cacheDir))
      const pruned = await pruneCompressionCache(context.cacheDir, packed.manifest.map((f) => f.sha256), context.now())
      if (pruned.removed > 0) reporter.info(`Removed ${pruned.removed} compressed forms (${(pruned.bytes / 1e6).toFixed(1)} MB) from the compression cache: not used by this bundle, made over ${CACHE_KEEP_UNUSED_MS / 86_400_000} days ago`)
    }
    // A store that packs bundles itself (Capgo) keeps capflight's pack checksum beside its own.
    const current = plan.unchangedIf
    if (current && (current.packChecksum ?? current.checksum) === packed.checksum) {
      return resultOf(plan, 'unchanged', `The bundle is byte-identical to ${current.version}, already on ${plan.channel}.`, {
        ...bundleFields(store, current), size: current.size || packed.size, changelog: '', warnings, compression: packed.compression
      })
    }
    const prepared = await publisher.prepare({
      appId: plan.appId, packed, webDir, cwd: context.cwd, commit: plan.commit,
      commitUrl: plan.ref.repoUrl ? `${plan.ref.repoUrl}/commit/${plan.commit}` : undefined,
      fingerprint: plan.fingerprint, signer: context.signer, privateKeyPem: context.privateKeyPem,
      signedByCommand: plan.encryption === 'sign-command', allowNativeChange: plan.allowNativeChange,
      move: plan.move, temp, reporter, startProgress: context.startProgress
    })
    // Another pipeline may take this version meanwhile: a prerelease then takes the next number.
    let version = plan.version
    let bundle: BundleRecord | undefined
    const taken: string[] = []
    for (let attempt = 1; !bundle; attempt++) {
      try {
        bundle = await prepared.publish({ version, changelog: await changelogFor(plan, version, context.now()), minNativeVersion: plan.minNativeVersion, createdAt: context.now().toISOString() })
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error
        // A pipeline releasing this same commit (another clone, a rerun) got there first: one version, not one each.
        const raced = await store.getBundle(plan.appId, version)
        if (raced && raced.commit === plan.commit && (raced.packChecksum ?? raced.checksum) === packed.checksum) {
          reporter.info(`${version} was just stored from this same commit by another pipeline; using it.`)
          bundle = raced
          break
        }
        if (!plan.preid) throw error
        if (attempt >= VERSION_ATTEMPTS) throw new ConflictError(`Could not mint a free version after ${VERSION_ATTEMPTS} attempts; too many pipelines are racing. Try again.`)
        taken.push(version, ...(await store.listBundleVersions(plan.appId)))
        version = nextFreeVersion(plan, taken)
        reporter.info(`Another pipeline took that version; trying ${version}`)
      }
    }
    const previous = await publisher.moveChannel(bundle, plan.move, context.now())
    const share = plan.move.rolloutBps !== undefined ? plan.move.rolloutBps / 100 : undefined
    return resultOf(plan, 'released', share !== undefined
      ? `Rolling ${bundle.version} out to ${share}% of ${plan.channel}${plan.move.policy ? ` (${plan.move.policy.lane} lane: steps ${plan.move.policy.steps.join(', ')}%, widened by "capflight rollout advance" while it stays healthy)` : ''}; the rest stay on ${previous}.`
      : `Released ${bundle.version} to ${plan.channel}.`, {
      ...bundleFields(store, bundle),
      previousVersion: previous ?? null,
      warnings,
      compression: packed.compression,
      rollout: plan.move.rolloutBps !== undefined ? { percentageBps: plan.move.rolloutBps, policy: plan.move.policy?.lane ?? null } : null
    })
  } finally {
    await rm(temp, { recursive: true, force: true })
  }
}

async function applyPromotion(plan: Extract<ReleasePlan, { action: 'promote' }>, context: ApplyContext): Promise<ReleaseResult> {
  const { store, publisher } = context
  let bundle = plan.source
  if (plan.newRecord) {
    bundle = {
      ...plan.source,
      version: plan.version,
      createdAt: context.now().toISOString(),
      minNativeVersion: plan.newRecord.minNativeVersion,
      changelog: await changelogFor(plan, plan.version, context.now()),
      promotedFrom: plan.newRecord.promotedFrom
    }
    await assertStored(store, plan.source)
    if (!(await store.createBundle(bundle))) {
      const raced = await store.getBundle(plan.appId, bundle.version)
      if (raced?.checksum !== bundle.checksum) throw new ConflictError(`Version ${bundle.version} was just stored by another pipeline with different bytes. Check the store with "capflight status".`)
      bundle = raced
    }
  }
  const previous = await publisher.moveChannel(bundle, plan.move, context.now())
  const share = plan.move.rolloutBps
  return resultOf(plan, 'promoted', share !== undefined
    ? `${plan.reason} Rolling ${bundle.version} out to ${share / 100}% of ${plan.channel}; the rest stay on ${previous}.`
    : `${plan.reason} ${plan.channel} now serves ${bundle.version}.`, {
    ...bundleFields(store, bundle), previousVersion: previous ?? null, rollout: share !== undefined ? { percentageBps: share, policy: plan.move.policy?.lane ?? null } : null
  })
}
