import semver from 'semver'
import { detectCi } from '../ci/index.js'
import { ConfigurationError, VersionError } from '../errors.js'
import { Git } from '../git/git.js'
import { assertNames } from '../names.js'
import { describeNativeChange, nativeFingerprint, type NativeFingerprint } from '../native/fingerprint.js'
import type { Runtime } from '../port.js'
import { progressFor } from '../progress.js'
import { matchRule, whyNoRule, type RefContext } from '../settings/rules.js'
import type { Settings } from '../settings/settings.js'
import { openStore } from '../store/registry.js'
import type { BundleRecord, ChannelRecord, ReleaseStore } from '../store/types.js'
import { CommitAnalyzer, type CommitAnalysis } from '../version/commits.js'
import { deepenUntilTagged, findLastRelease, stableTags, taggedVersions } from '../version/last-release.js'
import { nextPrereleaseNumber, nextStable, type LastRelease } from '../version/next-version.js'
import { TagFormat } from '../version/tag-format.js'

export type PlanBump = 'major' | 'minor' | 'patch' | 'prerelease' | 'none'

/**
 * What a release would do, computed without changing anything. `version`,
 * dry runs and the release itself all start from it.
 */
export interface ReleasePlan {
  /** skip: no rule; unchanged: nothing new; reuse: a stored bundle of this commit; build: build and upload. */
  action: 'skip' | 'unchanged' | 'reuse' | 'build'
  reason: string
  appId: string
  channel?: string
  rule?: string
  commit: string
  ref: RefContext
  last: LastRelease
  bump: PlanBump
  /** The stable version this release leads to (`1.4.3` for `1.4.3-beta.2`). */
  base?: string
  preid?: string
  version?: string
  analysis: CommitAnalysis
  /** For reuse: the stored bundle built from this commit. */
  existing?: BundleRecord
  channelRecord?: ChannelRecord
  fingerprint: NativeFingerprint
  nativeChanges: string[]
  knownVersions: string[]
  store: ReleaseStore
  git: Git
  format: TagFormat
}

async function resolveRef(settings: Settings, runtime: Runtime, git: Git, format: TagFormat): Promise<RefContext & { ciName: string; repoUrl?: string }> {
  const ci = detectCi(runtime.env)
  let branch = settings.ref.branch ?? ci.branch
  let tag = settings.ref.tag ?? ci.tag
  const prNumber = settings.ref.prNumber ?? ci.prNumber
  const isPr = settings.ref.prNumber !== undefined || (ci.isPr && !settings.ref.branch && !settings.ref.tag)
  if (ci.name === 'local' && !settings.ref.branch && !settings.ref.tag && !isPr) {
    // Locally, a release tag on HEAD makes this a tag build, as a tag push would in CI.
    const headTags = (await git.tagsPointingAtHead()).filter((t) => format.version(t))
    tag = headTags.sort((a, b) => semver.rcompare(format.version(a)!, format.version(b)!))[0]
    if (!tag) branch = await git.tryCurrentBranch()
  }
  if (!branch && !tag && !isPr) branch = await git.tryCurrentBranch()
  const defaultBranch = settings.defaultBranch ?? ci.defaultBranch ?? (await git.tryRemoteDefaultBranch(settings.remote))
  return { branch, tag, isPr, prNumber, defaultBranch, ciName: ci.name, repoUrl: ci.repoUrl }
}

async function readCommits(git: Git, since: string | undefined): Promise<CommitAnalyzer> {
  const analyzer = new CommitAnalyzer()
  await git.eachCommit(since ? `${since}..HEAD` : 'HEAD', (c) => analyzer.add(c))
  return analyzer
}

async function findBundleOfCommit(store: ReleaseStore, appId: string, versions: string[], commit: string): Promise<BundleRecord | undefined> {
  for (const version of versions) {
    const bundle = await store.getBundle(appId, version)
    if (bundle?.commit === commit) return bundle
  }
  return undefined
}

/** Computes the release plan: rule, version, what is already stored. Changes nothing. */
export async function planRelease(settings: Settings, runtime: Runtime): Promise<ReleasePlan> {
  const git = new Git(settings.cwd, runtime.env)
  await git.assertRepository()
  const format = new TagFormat(settings.tagFormat)
  const store = openStore(settings.store, settings.cwd, runtime.env, {
    apiKey: settings.apiKey,
    onProgress: (m) => runtime.reporter.info(m),
    startProgress: progressFor(runtime)
  })
  const ref = await resolveRef(settings, runtime, git, format)
  const [commit, fingerprint] = await Promise.all([git.head(), nativeFingerprint(settings.cwd)])

  let tagVersion: string | undefined
  if (ref.tag) {
    tagVersion = format.version(ref.tag)
    if (!tagVersion) {
      throw new ConfigurationError([`Tag "${ref.tag}" does not follow tagFormat "${settings.tagFormat}". Tag releases as ${format.tag('1.2.3')}, or set "tagFormat" in capflight.config.json.`])
    }
  }

  let channel = settings.channel
  let preid: string | undefined
  let ruleName: string | undefined
  if (channel) {
    const same = settings.rules.find((r) => r.channel === channel && !r.tag)
    preid = tagVersion ? undefined : same?.prerelease ?? channel.replace(/[^A-Za-z0-9-]/g, '-')
    ruleName = '--channel'
  } else {
    const match = matchRule(settings.rules, ref)
    if (match) {
      channel = match.channel
      preid = match.preid
      ruleName = match.description
      assertNames([['channel', channel, `Channel of rule "${ruleName}"`]])
    }
  }

  await deepenUntilTagged(git, format, settings.remote, runtime.reporter, tagVersion)
  // Finding the reachable tag and reading the log both walk the history: guess
  // the highest stable tag and read its log meanwhile; redo it only if wrong.
  const tags = await git.allTags()
  const guess = stableTags(tags, format, tagVersion)[0]
  const [last, guessed, stored] = await Promise.all([
    findLastRelease(git, format, settings.baseVersion, tagVersion),
    readCommits(git, guess?.tag),
    store.listBundleVersions(settings.appId)
  ])
  const tagged = taggedVersions(tags, format)
  const analysis = (last.tag === guess?.tag ? guessed : await readCommits(git, last.tag)).finish()
  const knownVersions = [...new Set([...tagged, ...stored])]
  const base: Omit<ReleasePlan, 'action' | 'reason' | 'bump'> = {
    appId: settings.appId, channel, rule: ruleName, commit, ref, last, analysis, fingerprint,
    nativeChanges: [], knownVersions, store, git, format, preid
  }

  if (!channel) return { ...base, action: 'skip', reason: whyNoRule(ref), bump: 'none' }
  const channelRecord = await store.getChannel(settings.appId, channel)
  const nativeChanges = channelRecord && channelRecord.nativeFingerprint.digest !== fingerprint.digest
    ? describeNativeChange(channelRecord.nativeFingerprint, fingerprint) : []
  const planned = { ...base, channelRecord, nativeChanges }

  let version: string
  let bump: PlanBump
  let baseVersion: string
  if (tagVersion) {
    version = tagVersion
    baseVersion = tagVersion
    bump = (nextStable(last, analysis)?.bump as PlanBump | undefined) ?? 'none'
  } else {
    const next = nextStable(last, analysis)
    if (!next && (analysis.commits === 0 || !preid)) {
      return {
        ...planned, action: 'unchanged', bump: 'none',
        reason: analysis.commits === 0
          ? `Nothing to release: no commits since ${last.tag ?? last.version}.`
          : `Nothing to release: the ${analysis.commits} commit(s) since ${last.tag ?? last.version} hold no feat, fix, perf or breaking change.`
      }
    }
    baseVersion = next?.version ?? semver.inc(last.version, 'patch')!
    bump = next?.bump ?? 'prerelease'
    if (next && semver.lte(next.version, last.version)) {
      throw new VersionError(`Release-As ${next.version} is not above the last release ${last.version}. Use a higher version in the Release-As footer.`)
    }
    if (preid) {
      const n = nextPrereleaseNumber(baseVersion, preid, knownVersions)
      version = `${baseVersion}-${preid}.${n}`
      if (!semver.valid(version)) throw new ConfigurationError([`Prerelease id "${preid}" gives the invalid version ${version}. Use letters, digits and dashes.`])
    } else {
      version = baseVersion
    }
  }

  // The store is the source of truth: a commit already shipped is reused, never rebuilt.
  const exact = await store.getBundle(settings.appId, version)
  if (exact) {
    if (exact.commit !== commit) {
      throw new VersionError(`Version ${version} is already in ${store.url}, ${exact.commit ? `built from commit ${exact.commit.slice(0, 7)}` : 'uploaded without capflight'}, not from ${commit.slice(0, 7)}. Versions are immutable: tag a new version instead of moving an existing one.`)
    }
    return { ...planned, action: 'reuse', reason: `${version} is already stored for this commit.`, bump, base: baseVersion, version, existing: exact }
  }
  const candidates = knownVersions.filter((v) => (preid ? v.startsWith(`${baseVersion}-${preid}.`) : semver.valid(v) && semver.major(v) === semver.major(baseVersion) && semver.minor(v) === semver.minor(baseVersion) && semver.patch(v) === semver.patch(baseVersion)))
    .sort(semver.rcompare)
  let existing = await findBundleOfCommit(store, settings.appId, candidates, commit)
  if (!existing && tagVersion) {
    const others = knownVersions.filter((v) => !candidates.includes(v)).sort(semver.rcompare)
    existing = await findBundleOfCommit(store, settings.appId, others, commit)
  }
  if (existing) {
    return {
      ...planned, action: 'reuse', bump, base: baseVersion, existing,
      version: tagVersion ?? existing.version,
      reason: tagVersion
        ? `Commit ${commit.slice(0, 7)} already shipped as ${existing.version}: its bytes are promoted as ${tagVersion}.`
        : `Commit ${commit.slice(0, 7)} already shipped as ${existing.version}.`
    }
  }
  return { ...planned, action: 'build', reason: `${ruleName} → ${channel}`, bump, base: baseVersion, version }
}
