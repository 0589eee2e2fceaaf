import semver from 'semver'
import { detectCi } from '../ci/index.js'
import { Git } from '../git/git.js'
import { nativeAppVersions, nativeFingerprint } from '../native/fingerprint.js'
import type { Runtime } from '../port.js'
import type { Settings } from '../settings/settings.js'
import type { BundleRecord, ReleaseStore } from '../store/types.js'
import { CommitAnalyzer } from '../version/commits.js'
import { deepenUntilTagged, findLastRelease, stableTags, taggedVersions } from '../version/last-release.js'
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
    minNativeVersion: settings.minNativeVersion,
    build: { command: settings.buildCommand ?? undefined, webDir: settings.webDir, exclude: settings.exclude, requireNotifyAppReady: settings.requireNotifyAppReady },
    encryption: settings.signCommand ? 'sign-command' : settings.privateKey ? 'private-key' : null
  }
}

async function resolveRef(settings: Settings, runtime: Runtime, git: Git, format: TagFormat): Promise<ReleaseFacts['ref']> {
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
  return { branch, tag, isPr, prNumber, defaultBranch, ciName: ci.name, repoUrl: ci.repoUrl, ...(ci.ephemeral ? { ephemeral: true } : {}) }
}

async function readCommits(git: Git, since: string | undefined, paths: string[]): Promise<CommitAnalyzer> {
  const analyzer = new CommitAnalyzer()
  await git.eachCommit(since ? `${since}..HEAD` : 'HEAD', (c) => analyzer.add(c), paths)
  return analyzer
}

/**
 * The paths whose commits count: everything at the repository's root; in a monorepo the app's
 * folder and the shared folders its bundle holds (`paths` in the config, globs from the root).
 */
async function countedPaths(git: Git, settings: Settings): Promise<string[]> {
  const prefix = await git.prefix()
  if (!prefix) return []
  return ['.', ...settings.paths.map((glob) => `:(top,glob)${glob}`)]
}

/**
 * Reads everything a plan needs from git, the CI environment and the store, and nothing
 * more; changes nothing. `promotionRecords` comes from the publisher the release would use.
 */
export async function gatherFacts(settings: Settings, runtime: Runtime, store: ReleaseStore, promotionRecords: boolean): Promise<ReleaseFacts> {
  const git = new Git(settings.cwd, runtime.env)
  await git.assertRepository()
  const request = planRequestOf(settings)
  const format = new TagFormat(settings.tagFormat)
  const ref = await resolveRef(settings, runtime, git, format)
  const [commit, fingerprint, uncommitted, nativeVersions] = await Promise.all([git.head(), nativeFingerprint(settings.cwd), git.changedTrackedFiles(), nativeAppVersions(settings.cwd)])
  const target = chooseTarget(request, ref)
  const paths = await countedPaths(git, settings)

  await deepenUntilTagged(git, format, settings.remote, runtime.reporter, target.tagVersion)
  // Finding the reachable tag and reading the log both walk the history: guess
  // the highest stable tag and read its log meanwhile; redo it only if wrong.
  const tags = await git.allTags()
  const guess = stableTags(tags, format, target.tagVersion)[0]
  const [last, guessed, stored, channel] = await Promise.all([
    findLastRelease(git, format, settings.baseVersion, target.tagVersion),
    readCommits(git, guess?.tag, paths),
    store.listBundleVersions(settings.appId),
    target.channel ? store.getChannel(settings.appId, target.channel) : undefined
  ])
  const analysis = (last.tag === guess?.tag ? guessed : await readCommits(git, last.tag, paths)).finish()
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
