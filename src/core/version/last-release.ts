import semver from 'semver'
import { GitError } from '../errors.js'
import type { Git } from '../git/git.js'
import type { Reporter } from '../port.js'
import { highestStable, type LastRelease } from './next-version.js'
import type { TagFormat } from './tag-format.js'

const DEEPEN_STEPS: (number | 'unshallow')[] = [50, 200, 1000, 5000, 'unshallow']

async function releaseTags(git: Git, format: TagFormat, below?: string): Promise<{ version: string; tag: string }[]> {
  return (await git.tagsMergedIntoHead())
    .map((tag) => ({ tag, version: format.version(tag) ?? '' }))
    .filter((t) => t.version && (!below || semver.lt(t.version, below)))
}

/**
 * CI clones are often shallow and tagless: deepen a shallow clone step by step, fetching tags,
 * until a release tag is reachable from HEAD or the history is complete.
 */
export async function deepenUntilTagged(git: Git, format: TagFormat, remote: string, reporter: Reporter, below?: string): Promise<void> {
  if (!(await git.hasRemote(remote))) {
    throw new GitError(`This is a shallow clone without a "${remote}" remote, so its tags and history cannot be fetched to find the last release. Clone with full history (actions/checkout: fetch-depth: 0; GitLab: GIT_DEPTH: 0; Azure: fetchDepth: 0).`)
  }
  for (const step of DEEPEN_STEPS) {
    reporter.info(`Shallow clone: fetching tags and ${step === 'unshallow' ? 'the full history' : `${step} more commits`} from ${remote}…`)
    const result = await git.fetchDeeper(remote, step)
    if (result.code !== 0) {
      throw new GitError(`This is a shallow clone and fetching tags from "${remote}" failed: ${result.stderr.trim().replace(/\s*\n\s*/g, ' ') || `exit code ${result.code}`} Make the remote reachable with credentials, or clone with full history (actions/checkout: fetch-depth: 0; GitLab: GIT_DEPTH: 0; Azure: fetchDepth: 0).`)
    }
    if (highestStable(await releaseTags(git, format, below))) return
    if (!(await git.isShallow())) return
  }
}

/** The highest stable release tag reachable from HEAD, else package.json's version, else 0.0.0. */
export async function findLastRelease(git: Git, format: TagFormat, baseVersion: string | undefined, below?: string): Promise<LastRelease> {
  const best = highestStable(await releaseTags(git, format, below))
  if (best) return { version: best.version, tag: best.tag, source: 'tag' }
  return untaggedRelease(baseVersion, below)
}

/** The last release when no release tag is reachable: package.json's version, else 0.0.0. */
export function untaggedRelease(baseVersion: string | undefined, below?: string): LastRelease {
  if (baseVersion && (!below || semver.lt(baseVersion, below))) return { version: baseVersion, source: 'package.json' }
  return { version: '0.0.0', source: 'default' }
}

/** Every stable release tag among `tags` (reachable or not), highest first: a cheap guess at the last release. */
export function stableTags(tags: string[], format: TagFormat, below?: string): { version: string; tag: string }[] {
  return tags
    .map((tag) => ({ tag, version: format.version(tag) ?? '' }))
    .filter((t) => t.version && semver.prerelease(t.version) === null && (!below || semver.lt(t.version, below)))
    .sort((a, b) => semver.rcompare(a.version, b.version))
}

/** Versions named by every tag among `tags` that follows the format (prereleases included). */
export function taggedVersions(tags: string[], format: TagFormat): string[] {
  return tags.map((t) => format.version(t)).filter((v): v is string => Boolean(v))
}
