import semver from 'semver'
import { detectCi, type CiContext } from '../ci/index.js'
import { Git } from '../git/git.js'
import { nativeAppVersions, nativeFingerprint } from '../native/fingerprint.js'
import type { Runtime } from '../port.js'
import type { Settings } from '../settings/settings.js'
import type { BundleRecord, ReleaseStore } from '../store/types.js'
import { CommitAnalyzer } from '../version/commits.js'
import { deepenUntilTagged, findLastRelease, stableTags, taggedVersions, untaggedRelease } from '../version/last-release.js'
import type { LastRelease } from '../version/next-version.js'
import { TagFormat } from '../version/tag-format.js'
import { bundleLookups, chooseTarget, type PlanRequest, type ReleaseFacts } from './plan.js'

/** The part of the settings a plan depends on. */
export function planRequestOf(settings: Settings): PlanRequest {
  return {
    appId: settings.appId,
    channel: settings.channel,
    rules: settings.rules,
    tagFormat: settings.tagFormat,
    allowNativeChange: settings.allowNativeChange,
    replaceRollout: settings.replaceRollout,
    rolloutBps: settings.rolloutBps,
    rolloutPolicy: settings.rolloutPolicy,
    minNativeVersion: settings.minNativeVersion,
    build: { command: settings.buildCommand ?? undefined, webDir: settings.webDir, exclude: settings.exclude, requireNotifyAppReady: settings.requireNotifyAppReady },
    encryption: settings.signCommand ? 'sign-command' : settings.privateKey ? 'private-key' : null
  }
}

/** What git says of the checkout, read by one round of calls. */
interface Checkout {
  currentBranch?: string
  remoteDefault?: string
  /** Release tags on HEAD (a local tag build). */
  headTags: string[]
}

function resolveRef(settings: Settings, ci: CiContext, format: TagFormat, checkout: Checkout): ReleaseFacts['ref'] {
  const prNumber = settings.ref.prNumber ?? ci.prNumber
  const isPr = settings.ref.prNumber !== undefined || (ci.isPr && !settings.ref.branch && !settings.ref.tag)
  const local = ci.name === 'local' && !settings.ref.branch && !settings.ref.tag && !isPr
  let branch = settings.ref.branch ?? ci.branch
  let tag = settings.ref.tag ?? ci.tag
  if (local) {
    // Locally, a release tag on HEAD makes this a tag build, as a tag push would in CI.
    tag = checkout.headTags.filter((t) => format.version(t)).sort((a, b) => semver.rcompare(format.version(a)!, format.version(b)!))[0]
    if (!tag) branch = checkout.currentBranch
  }
  if (!branch && !tag && !isPr) branch = checkout.currentBranch
  const defaultBranch = settings.defaultBranch ?? ci.defaultBranch ?? checkout.remoteDefault
  return { branch, tag, isPr, prNumber, defaultBranch, ciName: ci.name, repoUrl: ci.repoUrl, ...(ci.ephemeral ? { ephemeral: true } : {}) }
}

async function readCommits(git: Git, since: string | undefined, paths: string[]): Promise<{ analyzer: CommitAnalyzer; boundary?: Set<string> }> {
  const analyzer = new CommitAnalyzer()
  const { boundary } = await git.eachCommit(since ? `${since}..HEAD` : 'HEAD', (c) => analyzer.add(c), paths)
  return { analyzer, boundary }
}

/**
 * The paths whose commits count: everything at the repository's root; in a monorepo the app's
 * folder and the shared folders its bundle holds (`paths` in the config, globs from the root).
 */
function countedPaths(prefix: string, settings: Settings): string[] {
  if (!prefix) return []
  return ['.', ...settings.paths.map((glob) => `:(top,glob)${glob}`)]
}

/**
 * Reads everything a plan needs from git, the CI environment and the store, and nothing
 * more; changes nothing. `promotionRecords` comes from the publisher the release would use.
 */
export async function gatherFacts(settings: Settings, runtime: Runtime, store: ReleaseStore, promotionRecords: boolean): Promise<ReleaseFacts> {
  const git = new Git(settings.cwd, runtime.env)
  const request = planRequestOf(settings)
  const format = new TagFormat(settings.tagFormat)
  const ci = detectCi(runtime.env)
  // The lookups that depend on nothing run at once, beside the repository check. In a folder
  // that is no repository they fail too: the check's error is the one reported.
  const lookups = Promise.all([
    git.tryCurrentBranch(),
    settings.defaultBranch ?? ci.defaultBranch ? undefined : git.tryRemoteDefaultBranch(settings.remote),
    git.changedTrackedFiles(), git.tagCommits(), nativeFingerprint(settings.cwd), nativeAppVersions(settings.cwd)
  ])
  lookups.catch(() => {})
  const { head: commit, shallow, prefix } = await git.repository()
  const [currentBranch, remoteDefault, uncommitted, listed, fingerprint, nativeVersions] = await lookups
  let tagCommits = listed
  const headTags = [...tagCommits].filter(([, tagged]) => tagged === commit).map(([tag]) => tag)
  const ref = resolveRef(settings, ci, format, { currentBranch, remoteDefault, headTags })
  const target = chooseTarget(request, ref)
  if (shallow) {
    await deepenUntilTagged(git, format, settings.remote, runtime.reporter, target.tagVersion)
    tagCommits = await git.tagCommits()
  }
  const paths = countedPaths(prefix, settings)
  // Finding the reachable tag and reading the log both walk the history: guess the highest
  // stable tag and read its log, which proves the guess (its boundary holds the tag's commit)
  // outside a monorepo; there, and when the guess is wrong, ask git for the reachable tags.
  const tags = [...tagCommits.keys()]
  const guess = stableTags(tags, format, target.tagVersion)[0]
  const guessCommit = guess && tagCommits.get(guess.tag)
  const [guessed, stored, channel] = await Promise.all([
    readCommits(git, guess?.tag, paths),
    store.listBundleVersions(settings.appId),
    target.channel ? store.getChannel(settings.appId, target.channel) : undefined
  ])
  const proven = guessCommit !== undefined && (guessCommit === commit || guessed.boundary?.has(guessCommit))
  const last: LastRelease = !guess ? untaggedRelease(settings.baseVersion, target.tagVersion)
    : proven ? { version: guess.version, tag: guess.tag, source: 'tag' }
    : await findLastRelease(git, format, settings.baseVersion, target.tagVersion)
  const analysis = (last.tag === guess?.tag ? guessed.analyzer : (await readCommits(git, last.tag, paths)).analyzer).finish()
  const facts: ReleaseFacts = {
    request, storeUrl: store.url, commit, ref, last, analysis, tagged: taggedVersions(tags, format), stored, fingerprint,
    nativeVersions, uncommitted, channel, bundles: {}, promotionRecords
  }
  if (channel) {
    facts.channelBundle = await store.getBundle(settings.appId, channel.version)
    // The lookups below may name the same record: read it once.
    facts.bundles[channel.version] = facts.channelBundle ?? null
  }
  // Bundle records in the order the plan looks at them, up to the first built from this commit.
  const { exact, candidates } = bundleLookups(facts)
  const read = async (version: string): Promise<BundleRecord | undefined> => {
    if (!(version in facts.bundles)) facts.bundles[version] = (await store.getBundle(settings.appId, version)) ?? null
    return facts.bundles[version] ?? undefined
  }
  if (exact && !(await read(exact))) {
    const inStore = new Set(stored)
    for (const version of candidates) if (inStore.has(version) && (await read(version))?.commit === commit) break
  }
  return facts
}
