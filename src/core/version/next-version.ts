import semver from 'semver'
import type { Bump, CommitAnalysis } from './commits.js'

export interface LastRelease {
  version: string
  /** The tag it came from; undefined when the base is package.json or 0.0.0. */
  tag?: string
  source: 'tag' | 'package.json' | 'default'
}

/** The effective bump: before 1.0.0 a breaking change bumps minor. */
export function effectiveBump(last: string, bump: Bump): Bump {
  if (bump === 'major' && semver.major(last) === 0) return 'minor'
  return bump
}

/**
 * The next stable version from the last release and the commits since it.
 * Returns undefined when nothing calls for a release.
 */
export function nextStable(last: LastRelease, analysis: CommitAnalysis): { version: string; bump: Bump } | undefined {
  if (analysis.releaseAs) return { version: analysis.releaseAs, bump: bumpBetween(last.version, analysis.releaseAs) }
  const bump = effectiveBump(last.version, analysis.bump)
  if (bump === 'none') return undefined
  return { version: semver.inc(last.version, bump)!, bump }
}

function bumpBetween(from: string, to: string): Bump {
  const diff = semver.diff(from, to)
  if (diff === 'major' || diff === 'premajor') return 'major'
  if (diff === 'minor' || diff === 'preminor') return 'minor'
  if (diff === null) return 'none'
  return 'patch'
}

/**
 * One more than the highest `n` already used for `<base>-<preid>.<n>` among
 * `known` versions (git tags and the store together).
 */
export function nextPrereleaseNumber(base: string, preid: string, known: Iterable<string>): number {
  let highest = 0
  const prefix = `${base}-${preid}.`
  for (const version of known) {
    if (!version.startsWith(prefix)) continue
    const rest = version.slice(prefix.length)
    if (/^\d+$/.test(rest)) highest = Math.max(highest, Number(rest))
  }
  return highest + 1
}

/** Picks the highest stable version among tags; prereleases never count as a release. */
export function highestStable(versions: { version: string; tag: string }[]): { version: string; tag: string } | undefined {
  return versions
    .filter((v) => semver.prerelease(v.version) === null)
    .sort((a, b) => semver.rcompare(a.version, b.version))[0]
}
