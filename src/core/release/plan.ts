import semver from 'semver'
import { laneOf } from '../health/gate.js'
import type { StoredPolicy } from '../health/policy.js'
import type { RolloutPolicyConfig } from '../settings/settings.js'
import { ConfigurationError, VersionError } from '../errors.js'
import { assertNames } from '../names.js'
import { describeNativeChange, type NativeFingerprint } from '../native/fingerprint.js'
import { matchRule, whyNoRule, type RefContext, type Rule } from '../settings/rules.js'
import type { BundleRecord, ChannelMove, ChannelRecord } from '../store/types.js'

export type { ChannelMove }
import type { CommitAnalysis } from '../version/commits.js'
import { nextPrereleaseNumber, nextStable, type LastRelease } from '../version/next-version.js'
import { TagFormat } from '../version/tag-format.js'

export type PlanBump = 'major' | 'minor' | 'patch' | 'prerelease' | 'none'

/** What the caller asks of a release: the part of the settings the plan depends on. */
export interface PlanRequest {
  appId: string
  /** Channel named by a flag or input, instead of the rule's. */
  channel?: string
  rules: readonly Rule[]
  tagFormat: string
  allowNativeChange: boolean
  /** Move everyone although a rollout is in progress on the channel. */
  replaceRollout: boolean
  rolloutBps?: number
  rolloutPolicy?: RolloutPolicyConfig
  minNativeVersion?: string
  /** How the web bundle is built and packed, when the plan builds one. */
  build: BuildStep
  /** How the bundle is encrypted: by a private key, by an external signer, or not at all. */
  encryption: 'private-key' | 'sign-command' | null
}

export interface BuildStep {
  command?: string
  webDir: string
  exclude: string[]
  requireNotifyAppReady: boolean
}

/**
 * Everything a release plan is computed from, gathered once (see `gatherFacts`): plain data,
 * so a plan can be computed, printed and tested without git, a store or a network.
 */
export interface ReleaseFacts {
  request: PlanRequest
  storeUrl: string
  commit: string
  ref: RefContext & { ciName: string; repoUrl?: string; ephemeral?: boolean }
  last: LastRelease
  analysis: CommitAnalysis
  /** Versions of release tags in the repository. */
  tagged: string[]
  /** Versions of bundles in the store. */
  stored: string[]
  fingerprint: NativeFingerprint
  /** The app version each native project declares (the store build's own version). */
  nativeVersions: { android?: string; ios?: string }
  /** Tracked files under the app with uncommitted changes: a bundle built now would not be the commit. */
  uncommitted: string[]
  /** The target channel as the store has it, and the bundle it serves. */
  channel?: ChannelRecord
  channelBundle?: BundleRecord
  /** Bundle records read for this plan (see `bundleLookups`), by version; null when absent. */
  bundles: Record<string, BundleRecord | null>
  /**
   * Whether a promotion under a new version writes a bundle record of its own. Capgo names a
   * bundle once, at upload: there a promotion points the channel at that very bundle.
   */
  promotionRecords: boolean
}

interface PlanCommon {
  appId: string
  commit: string
  channel: string | null
  rule: string | null
  bump: PlanBump
  reason: string
  ref: ReleaseFacts['ref']
  last: LastRelease
  commits: number
  unparsed: CommitAnalysis['unparsed']
  changes: CommitAnalysis['changes']
  /** The version the channel serves now. */
  previousVersion: string | null
  fingerprint: NativeFingerprint
  nativeChanges: string[]
}

/**
 * What a release does, as a value: `planRelease` computes it without touching anything;
 * `applyPlan` carries out a `release` or `promote`; the other actions are answers already.
 */
export type ReleasePlan = PlanCommon & (
  | { action: 'skipped'; version: null }
  | { action: 'unchanged'; version: string | null; existing?: BundleRecord }
  | { action: 'native-required'; version: string }
  | {
    action: 'release'
    version: string
    /** The stable version this release leads to (`1.4.3` for `1.4.3-beta.2`). */
    base: string
    /** Set when the version is a prerelease: a version race then takes the next number. */
    preid?: string
    /** Versions already taken (tags and store), for a version race. */
    taken: string[]
    minNativeVersion?: string
    build: BuildStep
    encryption: PlanRequest['encryption']
    /** Tracked files under the app with uncommitted changes (a build would not be the commit). */
    uncommitted: string[]
    /** Native changes were allowed (a backend with its own native check is told to skip it). */
    allowNativeChange: boolean
    /** The bundle the channel serves: a build with the same bytes is `unchanged` instead. */
    unchangedIf?: BundleRecord
    move: ChannelMove
  }
  | {
    action: 'promote'
    version: string
    /** The stored bundle whose bytes the channel gets. */
    source: BundleRecord
    /** A new bundle record under `version`, sharing the source's bytes. */
    newRecord?: { minNativeVersion?: string; promotedFrom: string }
    move: ChannelMove
  }
)

export type PlanAction = ReleasePlan['action']

/** The channel and prerelease id a build goes to: a flag, else the first matching rule. */
export function chooseTarget(request: PlanRequest, ref: RefContext): { channel?: string; preid?: string; rule?: string; tagVersion?: string } {
  const format = new TagFormat(request.tagFormat)
  let tagVersion: string | undefined
  if (ref.tag) {
    tagVersion = format.version(ref.tag)
    if (!tagVersion) {
      throw new ConfigurationError([`Tag "${ref.tag}" does not follow tagFormat "${request.tagFormat}". Tag releases as ${format.tag('1.2.3')}, or set "tagFormat" in capflight.config.json.`])
    }
  }
  if (request.channel) {
    const same = request.rules.find((r) => r.channel === request.channel && !r.tag)
    const preid = tagVersion ? undefined : same?.prerelease ?? request.channel.replace(/[^A-Za-z0-9-]/g, '-')
    return { channel: request.channel, preid, rule: '--channel', tagVersion }
  }
  const match = matchRule(request.rules, ref)
  if (!match) return { tagVersion }
  assertNames([['channel', match.channel, `Channel of rule "${match.description}"`]])
  return { channel: match.channel, preid: match.preid, rule: match.description, tagVersion }
}

type VersionFacts = Omit<ReleaseFacts, 'bundles' | 'channelBundle' | 'promotionRecords'>

/** The version a build would get, or why there is none; pure. */
function versionOf(facts: VersionFacts, target: ReturnType<typeof chooseTarget>): { version: string; base: string; bump: PlanBump } | { none: string } {
  const { last, analysis } = facts
  if (target.tagVersion) {
    return { version: target.tagVersion, base: target.tagVersion, bump: (nextStable(last, analysis)?.bump as PlanBump | undefined) ?? 'none' }
  }
  const next = nextStable(last, analysis)
  if (!next && (analysis.commits === 0 || !target.preid)) {
    return {
      none: analysis.commits === 0
        ? `Nothing to release: no commits since ${last.tag ?? last.version}.`
        : `Nothing to release: the ${analysis.commits} commit(s) since ${last.tag ?? last.version} hold no feat, fix, perf or breaking change.`
    }
  }
  const base = next?.version ?? semver.inc(last.version, 'patch')!
  if (next && semver.lte(next.version, last.version)) {
    throw new VersionError(`Release-As ${next.version} is not above the last release ${last.version}. Use a higher version in the Release-As footer.`)
  }
  if (!target.preid) return { version: base, base, bump: next!.bump }
  const version = `${base}-${target.preid}.${nextPrereleaseNumber(base, target.preid, knownVersions(facts))}`
  if (!semver.valid(version)) throw new ConfigurationError([`Prerelease id "${target.preid}" gives the invalid version ${version}. Use letters, digits and dashes.`])
  return { version, base, bump: next?.bump ?? 'prerelease' }
}

function knownVersions(facts: Pick<ReleaseFacts, 'tagged' | 'stored'>): string[] {
  return [...new Set([...facts.tagged, ...facts.stored])]
}

/**
 * The bundle records a plan needs, in the order it looks at them: the version it would mint,
 * then stored bundles of the same release (a rerun of this commit reuses its bundle), then, for
 * a tag, any other version (a tag on a commit that shipped as a prerelease promotes it).
 */
export function bundleLookups(facts: VersionFacts): { exact?: string; candidates: string[] } {
  const target = chooseTarget(facts.request, facts.ref)
  if (!target.channel) return { candidates: [] }
  const v = versionOf(facts, target)
  if ('none' in v) return { candidates: [] }
  return { exact: v.version, candidates: candidatesOf(facts, target, v.base) }
}

/** Stored versions of the same release, newest first, then (for a tag) any other version. */
function candidatesOf(facts: VersionFacts, target: ReturnType<typeof chooseTarget>, base: string): string[] {
  const known = knownVersions(facts)
  const sameRelease = known.filter((k) => (target.preid
    ? k.startsWith(`${base}-${target.preid}.`)
    : semver.valid(k) && semver.major(k) === semver.major(base) && semver.minor(k) === semver.minor(base) && semver.patch(k) === semver.patch(base)))
    .sort(semver.rcompare)
  const others = target.tagVersion ? known.filter((k) => !sameRelease.includes(k) && semver.valid(k)).sort(semver.rcompare) : []
  return [...sameRelease, ...others]
}

/** Computes the release plan from gathered facts. Pure: no I/O, the same facts give the same plan. */
export function planRelease(facts: ReleaseFacts): ReleasePlan {
  const { request, analysis, channel: channelRecord } = facts
  const target = chooseTarget(request, facts.ref)
  const common: PlanCommon = {
    appId: request.appId, commit: facts.commit, channel: target.channel ?? null, rule: target.rule ?? null, bump: 'none', reason: '',
    ref: facts.ref, last: facts.last, commits: analysis.commits, unparsed: analysis.unparsed, changes: analysis.changes,
    previousVersion: channelRecord?.version ?? null, fingerprint: facts.fingerprint, nativeChanges: []
  }
  if (!target.channel) return { ...common, action: 'skipped', version: null, reason: whyNoRule(facts.ref) }
  const channel = target.channel
  const nativeChanges = channelRecord && channelRecord.nativeFingerprint.digest !== facts.fingerprint.digest
    ? describeNativeChange(channelRecord.nativeFingerprint, facts.fingerprint) : []
  const v = versionOf(facts, target)
  if ('none' in v) return { ...common, nativeChanges, action: 'unchanged', version: channelRecord?.version ?? null, reason: v.none }
  const planned = { ...common, nativeChanges, bump: v.bump }

  let exact = facts.bundles[v.version] ?? undefined
  if (exact && exact.commit !== facts.commit && target.preid) {
    // Another pipeline stored this number after the versions were listed: the next number is
    // this commit's (and if that is taken too, publishing moves on until one is free).
    v.version = semver.inc(v.version, 'prerelease') ?? v.version
    exact = undefined
  } else if (exact && exact.commit !== facts.commit) {
    throw new VersionError(`Version ${v.version} is already in ${facts.storeUrl}, ${exact.commit ? `built from commit ${exact.commit.slice(0, 7)}` : 'uploaded without capflight'}, not from ${facts.commit.slice(0, 7)}. Versions are immutable: tag a new version instead of moving an existing one.`)
  }
  if (nativeChanges.length > 0 && !request.allowNativeChange) {
    return {
      ...planned, action: 'native-required', version: v.version,
      reason: `This release changes native code, so it cannot ship over the air to channel "${channel}": ${nativeChanges.join('; ')}. Ship a new store build, then release again with --allow-native-change (bundles then require that native version).`
    }
  }
  // A guarded channel starts each release at its lane's first step (unless --rollout says a share).
  const guarded = request.rolloutPolicy && channelRecord && request.rolloutPolicy.channels.includes(channel) ? request.rolloutPolicy : undefined
  const lane = guarded ? laneOf(analysis.changes) : undefined
  const policy: StoredPolicy | undefined = guarded && lane ? { lane, ...guarded.lanes[lane] } : undefined
  const rolloutBps = request.rolloutBps ?? (policy ? Math.round(policy.steps[0] * 100) : undefined)
  if (request.rolloutBps !== undefined && !channelRecord) {
    throw new ConfigurationError([`Channel "${channel}" has no bundle yet, so there is nothing to roll out against. Release to it once without --rollout.`])
  }
  const minNativeVersion = request.minNativeVersion ?? (nativeChanges.length > 0 ? nativeMinimum(facts, channel) : channelRecord?.minNativeVersion)
  const move = (kind: ChannelMove['kind']): ChannelMove => ({
    channel, fromVersion: channelRecord?.version ?? null, kind,
    ...(rolloutBps !== undefined && rolloutBps < 10000 ? { rolloutBps, ...(policy ? { policy } : {}) } : {})
  })

  // The store is the source of truth: a commit already shipped is reused, never rebuilt.
  const existing = exact ?? bundleOfCommit(facts, candidatesOf(facts, target, v.base))
  if (existing) {
    const promoteAs = target.tagVersion && facts.promotionRecords ? target.tagVersion : existing.version
    const reason = exact
      ? `${v.version} is already stored for this commit.`
      : target.tagVersion
        ? `Commit ${facts.commit.slice(0, 7)} already shipped as ${existing.version}: its bytes are promoted as ${target.tagVersion}.`
        : `Commit ${facts.commit.slice(0, 7)} already shipped as ${existing.version}.`
    const served = channelRecord?.version
    const rolling = channelRecord?.rollout
    if (served === promoteAs || (request.rolloutBps !== undefined && rolling?.version === promoteAs && rolling.percentageBps === request.rolloutBps)) {
      return { ...planned, action: 'unchanged', version: promoteAs, existing, reason: `${promoteAs} from this commit is already on ${channel}.` }
    }
    if (promoteAs === existing.version && channelRecord?.history.some((h) => h.version === existing.version && h.action !== 'rollout' && h.action !== 'rollout-abort')) {
      return {
        ...planned, action: 'unchanged', version: existing.version, existing,
        reason: `${existing.version} from this commit was already released to ${channel} and has since been replaced; not moving the channel back. Use "capflight rollback --channel ${channel} --to ${existing.version}" to return to it.`
      }
    }
    refuseOverRollout(facts, channel)
    return {
      ...planned, action: 'promote', version: promoteAs, source: existing, reason, move: move('promote'),
      ...(promoteAs !== existing.version ? { newRecord: { minNativeVersion: minNativeVersion ?? existing.minNativeVersion, promotedFrom: existing.version } } : {})
    }
  }
  refuseOverRollout(facts, channel)
  return {
    ...planned, action: 'release', version: v.version, base: v.base, preid: target.preid, taken: knownVersions(facts),
    uncommitted: facts.uncommitted, minNativeVersion, build: request.build, encryption: request.encryption, allowNativeChange: request.allowNativeChange, reason: `${target.rule} → ${channel}`,
    // A prerelease of the same bytes as the channel's bundle is no release; a tag always is one.
    unchangedIf: target.preid && facts.channelBundle && sameButBytes(facts.channelBundle, facts, minNativeVersion) ? facts.channelBundle : undefined,
    move: move('release')
  }
}

/**
 * The native version a bundle needs after a native change: the store build's own version, as its
 * native projects declare it (the higher when Android and iOS differ), so binaries older than
 * the build that holds the change never receive it.
 */
function nativeMinimum(facts: ReleaseFacts, channel: string): string {
  const declared = Object.entries(facts.nativeVersions).flatMap(([platform, v]) => {
    const version = semver.coerce(v)?.version
    return version ? [{ platform, raw: v, version }] : []
  })
  if (declared.length === 0) {
    throw new ConfigurationError([`Native code changed for channel "${channel}" and the native projects declare no app version (versionName in android/app/build.gradle, MARKETING_VERSION in the iOS project), so capflight cannot tell which binaries hold the change. Pass --min-native-version <the store build's version>.`])
  }
  return declared.map((d) => d.version).sort(semver.rcompare)[0]
}

/** A move of every device onto a channel whose rollout is in progress replaces that rollout: only when asked to. */
function refuseOverRollout(facts: ReleaseFacts, channel: string): void {
  const rollout = facts.channel?.rollout
  if (!rollout || facts.request.rolloutBps !== undefined || facts.request.replaceRollout) return
  throw new ConfigurationError([`Channel "${channel}" is rolling ${rollout.version} out to ${rollout.percentageBps / 100}% of its devices: a release now would replace that rollout for every device. Finish it first ("capflight rollout --channel ${channel} --promote" or "--abort"), release with --rollout <percent>, or pass --replace-rollout.`])
}

/**
 * Whether a build now would equal `current` in all but its bytes: encryption, native fingerprint
 * and minNativeVersion. Only then can equal bytes mean `unchanged` (DESIGN §5).
 */
function sameButBytes(current: BundleRecord, facts: ReleaseFacts, minNativeVersion: string | undefined): boolean {
  return Boolean(current.sessionKey) === (facts.request.encryption !== null)
    && describeNativeChange(current.nativeFingerprint, facts.fingerprint).length === 0
    && (current.minNativeVersion ?? undefined) === minNativeVersion
}

function bundleOfCommit(facts: ReleaseFacts, versions: string[]): BundleRecord | undefined {
  for (const version of versions) {
    const bundle = facts.bundles[version]
    if (bundle?.commit === facts.commit) return bundle
  }
  return undefined
}

/** The next free prerelease version after `version` was taken by another pipeline. */
export function nextFreeVersion(plan: Extract<ReleasePlan, { action: 'release' }>, taken: string[]): string {
  return `${plan.base}-${plan.preid}.${nextPrereleaseNumber(plan.base, plan.preid!, [...plan.taken, ...taken])}`
}
