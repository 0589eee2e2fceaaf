/**
 * The release plan in process: facts in, a plan out, no git, store or network. What the
 * release does with a plan is covered end to end by release.test.ts and capgo-store.test.ts.
 */
import { ConfigurationError, VersionError } from '../src/core/errors.js'
import { bundleLookups, planRelease, type PlanRequest, type ReleaseFacts } from '../src/core/release/plan.js'
import { DEFAULT_RULES } from '../src/core/settings/rules.js'
import type { BundleRecord, ChannelRecord } from '../src/core/store/types.js'
import { analyzeCommits } from '../src/core/version/commits.js'

const HEAD = 'a'.repeat(40)
const OTHER = 'b'.repeat(40)
const fp = (digest: string) => ({ digest, plugins: {} })

function request(overrides: Partial<PlanRequest> = {}): PlanRequest {
  return {
    appId: 'com.example.app', rules: DEFAULT_RULES, tagFormat: 'v${version}', allowNativeChange: false, replaceRollout: false,
    build: { command: 'npm run build', webDir: 'dist', exclude: [], requireNotifyAppReady: false }, encryption: null,
    ...overrides
  }
}

function bundle(version: string, commit = HEAD, extra: Partial<BundleRecord> = {}): BundleRecord {
  return {
    version, appId: 'com.example.app', checksum: `${version.replace(/\W/g, '')}`.padEnd(64, '0'), size: 100, commit, createdAt: '2026-01-01T00:00:00.000Z',
    nativeFingerprint: fp('n1'), changelog: `## ${version}`, manifest: [], ...extra
  }
}

function channel(name: string, version: string, extra: Partial<ChannelRecord> = {}): ChannelRecord {
  return {
    name, version, checksum: bundle(version).checksum, revision: 3, updatedAt: '2026-01-01T00:00:00.000Z', nativeFingerprint: fp('n1'),
    history: [{ version, checksum: bundle(version).checksum, at: '2026-01-01T00:00:00.000Z', action: 'release' }], ...extra
  }
}

function facts(overrides: Partial<ReleaseFacts> & { messages?: string[] } = {}): ReleaseFacts {
  const { messages = ['feat: export to CSV'], ...rest } = overrides
  return {
    request: request(), storeUrl: 'file:///store', commit: HEAD,
    ref: { branch: 'main', isPr: false, defaultBranch: 'main', ciName: 'github' },
    last: { version: '1.4.2', tag: 'v1.4.2', source: 'tag' },
    analysis: analyzeCommits(messages.map((message, i) => ({ hash: `${i}`.padStart(40, 'c'), message }))),
    tagged: ['1.4.2'], stored: [], fingerprint: fp('n1'), nativeVersions: { android: '1.5' }, uncommitted: [], bundles: {}, promotionRecords: true,
    ...rest
  }
}

describe('planRelease: the rules pick channel and version', () => {
  test('the default branch builds the next minor as a dev prerelease, moving development', () => {
    const plan = planRelease(facts())
    expect(plan).toMatchObject({ action: 'release', version: '1.5.0-dev.1', base: '1.5.0', preid: 'dev', bump: 'minor', channel: 'development', rule: 'default branch' })
    expect(plan.action === 'release' && plan.move).toEqual({ channel: 'development', fromVersion: null, kind: 'release' })
  })

  test('hotfix/* goes to beta; the prerelease number follows the store and the tags', () => {
    const plan = planRelease(facts({ ref: { branch: 'hotfix/login', isPr: false, defaultBranch: 'main', ciName: 'github' }, messages: ['fix: login'], stored: ['1.4.3-beta.1', '1.4.3-beta.4'], tagged: ['1.4.2', '1.4.3-beta.2'] }))
    expect(plan).toMatchObject({ action: 'release', version: '1.4.3-beta.5', channel: 'beta', bump: 'patch' })
  })

  test('a tag releases its own version to production as a stable build', () => {
    const plan = planRelease(facts({ ref: { tag: 'v1.5.0', isPr: false, ciName: 'github' } }))
    expect(plan).toMatchObject({ action: 'release', version: '1.5.0', channel: 'production', rule: 'tag' })
    expect(plan.action === 'release' && plan.preid).toBeUndefined()
  })

  test('a branch no rule matches is skipped, saying why', () => {
    const plan = planRelease(facts({ ref: { branch: 'feature/x', isPr: false, defaultBranch: 'main', ciName: 'github' } }))
    expect(plan).toMatchObject({ action: 'skipped', version: null, channel: null })
    expect(plan.reason).toMatch(/No rule matches branch "feature\/x"/)
  })

  test('commits that call for no release leave the channel unchanged, with its version', () => {
    const plan = planRelease(facts({ ref: { tag: 'v1.5.0', isPr: false, ciName: 'github' }, messages: [] }))
    expect(plan.action).toBe('release')
    const none = planRelease(facts({ messages: [], channel: channel('development', '1.5.0-dev.2') }))
    expect(none).toMatchObject({ action: 'unchanged', version: '1.5.0-dev.2', reason: expect.stringMatching(/no commits since v1.4.2/) })
  })

  test('--channel overrides the rule; a tag that breaks tagFormat is a configuration error', () => {
    expect(planRelease(facts({ request: request({ channel: 'qa' }) }))).toMatchObject({ action: 'release', channel: 'qa', version: '1.5.0-qa.1', rule: '--channel' })
    expect(() => planRelease(facts({ ref: { tag: 'release-1.5.0', isPr: false, ciName: 'github' } }))).toThrow(ConfigurationError)
  })
})

describe('planRelease: the store is the source of truth', () => {
  test('a version stored from another commit is refused: versions are immutable', () => {
    const f = facts({ ref: { tag: 'v1.5.0', isPr: false, ciName: 'github' }, stored: ['1.5.0'], bundles: { '1.5.0': bundle('1.5.0', OTHER) } })
    expect(() => planRelease(f)).toThrow(VersionError)
  })

  test('a prerelease number another pipeline stored after the listing: the next number, not a refusal', () => {
    // The listing said nothing of 1.5.0-dev.1, but reading it found another commit's bundle.
    const f = facts({ bundles: { '1.5.0-dev.1': bundle('1.5.0-dev.1', OTHER) } })
    expect(planRelease(f)).toMatchObject({ action: 'release', version: '1.5.0-dev.2' })
  })

  test('a tag on a commit that shipped as a prerelease promotes those bytes under the tag version', () => {
    const source = bundle('1.5.0-beta.2')
    const f = facts({ ref: { tag: 'v1.5.0', isPr: false, ciName: 'github' }, stored: ['1.5.0-beta.1', '1.5.0-beta.2'], channel: channel('production', '1.4.2'), bundles: { '1.5.0': null, '1.5.0-beta.2': source } })
    const plan = planRelease(f)
    expect(plan).toMatchObject({ action: 'promote', version: '1.5.0', source, previousVersion: '1.4.2', newRecord: { promotedFrom: '1.5.0-beta.2' } })
    expect(plan.action === 'promote' && plan.move).toEqual({ channel: 'production', fromVersion: '1.4.2', kind: 'promote' })
  })

  test('where a bundle is named once (Capgo), the promotion points the channel at the bundle itself', () => {
    const f = facts({ ref: { tag: 'v1.5.0', isPr: false, ciName: 'github' }, stored: ['1.5.0-beta.2'], bundles: { '1.5.0': null, '1.5.0-beta.2': bundle('1.5.0-beta.2') }, promotionRecords: false })
    const plan = planRelease(f)
    expect(plan).toMatchObject({ action: 'promote', version: '1.5.0-beta.2' })
    expect(plan.action === 'promote' && plan.newRecord).toBeUndefined()
  })

  test('a rerun of a commit already on its channel is unchanged; one since replaced is not moved back', () => {
    const stored = ['1.5.0-dev.1']
    const bundles = { '1.5.0-dev.2': null, '1.5.0-dev.1': bundle('1.5.0-dev.1') }
    expect(planRelease(facts({ stored, bundles, channel: channel('development', '1.5.0-dev.1') }))).toMatchObject({ action: 'unchanged', version: '1.5.0-dev.1' })
    const replaced = channel('development', '1.5.0-dev.3', { history: [{ version: '1.5.0-dev.1', checksum: 'x', at: 't', action: 'release' }, { version: '1.5.0-dev.3', checksum: 'y', at: 't', action: 'release' }] })
    const plan = planRelease(facts({ stored: [...stored, '1.5.0-dev.3'], bundles, channel: replaced }))
    expect(plan).toMatchObject({ action: 'unchanged', version: '1.5.0-dev.1', reason: expect.stringMatching(/rollback --channel development --to 1.5.0-dev.1/) })
  })

  test('a prerelease carries the channel\'s bundle to compare bytes with; a tag build does not', () => {
    const current = bundle('1.5.0-dev.1', OTHER)
    const f = facts({ stored: ['1.5.0-dev.1'], channel: channel('development', '1.5.0-dev.1'), channelBundle: current, bundles: { '1.5.0-dev.2': null, '1.5.0-dev.1': current } })
    expect(planRelease(f)).toMatchObject({ action: 'release', version: '1.5.0-dev.2', unchangedIf: current })
    const tag = planRelease({ ...f, ref: { tag: 'v1.5.0', isPr: false, ciName: 'github' } })
    expect(tag.action === 'release' && tag.unchangedIf).toBeUndefined()
  })

  test('equal bytes are unchanged only with the same encryption, native fingerprint and minNativeVersion', () => {
    const current = bundle('1.5.0-dev.1', OTHER)
    const base = { stored: ['1.5.0-dev.1'], channel: channel('development', '1.5.0-dev.1'), channelBundle: current, bundles: { '1.5.0-dev.2': null, '1.5.0-dev.1': current } }
    const unchangedIf = (f: Partial<ReleaseFacts>) => { const p = planRelease(facts({ ...base, ...f })); return p.action === 'release' ? p.unchangedIf : 'no release' }
    expect(unchangedIf({})).toBe(current)
    expect(unchangedIf({ request: request({ encryption: 'private-key' }) })).toBeUndefined()
    expect(unchangedIf({ channelBundle: { ...current, sessionKey: 'iv:key' }, bundles: { ...base.bundles, '1.5.0-dev.1': { ...current, sessionKey: 'iv:key' } } })).toBeUndefined()
    expect(unchangedIf({ request: request({ minNativeVersion: '1.5.0' }) })).toBeUndefined()
    expect(unchangedIf({ fingerprint: { digest: 'n2', plugins: { '@capacitor/camera': '7.0.0' } }, request: request({ allowNativeChange: true }) })).toBeUndefined()
  })

  test('the lookups name the minted version first, then the same release\'s bundles newest first', () => {
    expect(bundleLookups(facts({ stored: ['1.5.0-dev.1', '1.5.0-dev.3', '1.4.0-dev.9'] }))).toEqual({ exact: '1.5.0-dev.4', candidates: ['1.5.0-dev.3', '1.5.0-dev.1'] })
    expect(bundleLookups(facts({ ref: { branch: 'feature/x', isPr: false, ciName: 'github' } }))).toEqual({ candidates: [] })
  })
})

describe('planRelease: the native gate and rollouts', () => {
  const changed = { channel: channel('development', '1.4.2-dev.1', { nativeFingerprint: { digest: 'old', plugins: { '@capacitor/camera': '6.0.0' } } }), fingerprint: { digest: 'new', plugins: { '@capacitor/camera': '7.0.0' } } }

  test('native code that changed needs a store build', () => {
    const plan = planRelease(facts(changed))
    expect(plan).toMatchObject({ action: 'native-required', version: '1.5.0-dev.1' })
    expect(plan.nativeChanges.join()).toMatch(/camera/)
  })

  test('allowed, minNativeVersion becomes the store build\'s version its native projects declare, else the flag is needed', () => {
    const allowed = request({ allowNativeChange: true })
    expect(planRelease(facts({ ...changed, request: allowed, nativeVersions: { android: '2.3', ios: '2.4' } }))).toMatchObject({ action: 'release', minNativeVersion: '2.4.0', allowNativeChange: true })
    expect(() => planRelease(facts({ ...changed, request: allowed, nativeVersions: {} }))).toThrow(/declare no app version .*--min-native-version/)
    expect(planRelease(facts({ ...changed, request: request({ allowNativeChange: true, minNativeVersion: '2.0.0' }), nativeVersions: {} }))).toMatchObject({ minNativeVersion: '2.0.0' })
  })

  test('a rollout moves a share of the channel; without a bundle on it there is nothing to roll out against', () => {
    const plan = planRelease(facts({ channel: channel('development', '1.4.2-dev.1'), request: request({ rolloutBps: 1250 }) }))
    expect(plan.action === 'release' && plan.move).toEqual({ channel: 'development', fromVersion: '1.4.2-dev.1', kind: 'release', rolloutBps: 1250 })
    expect(() => planRelease(facts({ request: request({ rolloutBps: 1250 }) }))).toThrow(/nothing to roll out against/)
  })

  test('a plan is plain data: it survives JSON unchanged', () => {
    const plan = planRelease(facts({ channel: channel('development', '1.4.2-dev.1') }))
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan)
  })
})
