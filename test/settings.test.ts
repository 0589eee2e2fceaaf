import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../src/core/errors.js'
import { globToRegExp, matchRule, DEFAULT_RULES } from '../src/core/settings/rules.js'
import { buildSettings } from '../src/core/settings/settings.js'
import { CONFIG_SCHEMA } from '../src/core/settings/config-schema.js'
import { ROOT, cleanupTemps, tempDir } from './helpers/repo.js'

afterAll(cleanupTemps)

function app(files: Record<string, unknown>): string {
  const dir = tempDir()
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content))
  return dir
}

function problemsOf(run: () => unknown): string[] {
  try {
    run()
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems
    throw error
  }
  throw new Error('expected a ConfigurationError')
}

describe('settings', () => {
  test('precedence: flag > CAPFLIGHT_* env > capflight.config.json > capacitor config > defaults', () => {
    const dir = app({ 'capacitor.config.json': { appId: 'cap.id', webDir: 'cap-www' }, 'capflight.config.json': { webDir: 'cfg-www' }, 'package.json': { version: '2.3.4', scripts: { build: 'vite build' } } })
    let s = buildSettings({}, {}, dir)
    expect(s).toMatchObject({ appId: 'cap.id', webDir: 'cfg-www', buildCommand: 'npm run build', store: '.capflight/store', tagFormat: 'v${version}', baseVersion: '2.3.4' })
    s = buildSettings({}, { CAPFLIGHT_WEB_DIR: 'env-www', CAPFLIGHT_APP_ID: 'env.id' }, dir)
    expect(s).toMatchObject({ appId: 'env.id', webDir: 'env-www' })
    s = buildSettings({ 'web-dir': 'flag-www', 'no-build': true }, { CAPFLIGHT_WEB_DIR: 'env-www' }, dir)
    expect(s).toMatchObject({ webDir: 'flag-www', buildCommand: null })
  })

  test('capacitor.config.ts is read for appId and webDir; package.json#capflight is a config source', () => {
    const dir = app({ 'capacitor.config.ts': "const config: CapacitorConfig = {\n  appId: 'com.ts.app',\n  webDir: \"dist\",\n}\nexport default config\n", 'package.json': { capflight: { tagFormat: 'release-${version}' } } })
    expect(buildSettings({}, {}, dir)).toMatchObject({ appId: 'com.ts.app', webDir: 'dist', tagFormat: 'release-${version}', buildCommand: null })
  })

  test('every problem is collected before failing, each saying what to do', () => {
    const dir = app({ 'capflight.config.json': { appid: 'x', tagFormat: 'v', rules: [{ branch: 'x/*' }, { channel: 'a', tag: true, branch: 'y' }], exclude: 'x' } })
    const problems = problemsOf(() => buildSettings({}, {}, dir))
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/unknown key "appid". Known keys: appId, webDir/),
      expect.stringMatching(/"tagFormat" must be a tag format holding \$\{version\} exactly once/),
      expect.stringMatching(/rules\[0\]\.channel must be a channel name/),
      expect.stringMatching(/rules\[1\] needs exactly one trigger/),
      expect.stringMatching(/"exclude" must be an array/),
      expect.stringMatching(/No appId/)
    ]))
  })

  test('malformed JSON in the config file is a clear error', () => {
    const dir = app({ 'capflight.config.json': '{ "appId": "x", }' })
    expect(problemsOf(() => buildSettings({}, {}, dir))[0]).toMatch(/capflight.config.json is not valid JSON .*Fix the syntax/)
  })

  test('the shipped JSON Schema validates the file: one problem per value, each saying what it must be', () => {
    const dir = app({ 'capacitor.config.json': { appId: 'a.b' }, 'capflight.config.json': { webDir: '', minNativeVersion: '1.2', buildCommand: 7, rules: [{ branch: 'x/*', channel: 'a', color: 'red' }] } })
    const problems = problemsOf(() => buildSettings({}, {}, dir))
    expect(problems).toEqual([
      'capflight.config.json: "webDir" must be a non-empty folder path.',
      'capflight.config.json: "buildCommand" must be a shell command string, or false to skip the build.',
      'capflight.config.json: "minNativeVersion" must be a semantic version such as 1.2.0.',
      'capflight.config.json: rules[0] has unknown key "color". Known keys: branch, tag, defaultBranch, pullRequest, channel, prerelease.'
    ])
    // Every key the schema names is accepted by buildSettings.
    const keys = Object.keys(CONFIG_SCHEMA.properties).filter((k) => k !== '$schema')
    expect(keys).toEqual(expect.arrayContaining(['appId', 'webDir', 'rules', 'tagFormat', 'exclude']))
    const good = app({ 'capflight.config.json': { $schema: './schema.json', appId: 'c.d', webDir: 'dist', buildCommand: false, store: 's', tagFormat: 'app-v${version}', defaultBranch: 'trunk', pullRequestPreviews: true, exclude: ['**/*.map'], requireNotifyAppReady: true, minNativeVersion: '1.2.0', rules: [{ branch: ['a/*'], channel: 'a', prerelease: false }] } })
    expect(buildSettings({}, {}, good)).toMatchObject({ appId: 'c.d', buildCommand: null, tagFormat: 'app-v${version}', exclude: ['**/*.map'], rules: [{ pullRequest: true }, { branch: ['a/*'], channel: 'a' }] })
  })

  test('each problem in the file carries its line, for annotations', () => {
    const dir = app({ 'capacitor.config.json': { appId: 'a.b' }, 'capflight.config.json': '{\n  "webDir": "dist",\n  "exclude": "x"\n}\n' })
    try {
      buildSettings({}, {}, dir)
      throw new Error('expected a ConfigurationError')
    } catch (error) {
      expect((error as ConfigurationError).locations[0]).toEqual({ file: path.join(dir, 'capflight.config.json'), line: 3 })
    }
  })
})

describe('rules', () => {
  test('globs', () => {
    expect(globToRegExp('hotfix/*').test('hotfix/a')).toBe(true)
    expect(globToRegExp('hotfix/*').test('hotfix/a/b')).toBe(false)
    expect(globToRegExp('qa/**').test('qa/a/b')).toBe(true)
    expect(globToRegExp('v?.x').test('v1.x')).toBe(true)
  })

  test('default rules: tag, hotfix/release, default branch; PR builds never match branch rules', () => {
    expect(matchRule(DEFAULT_RULES, { tag: 'v1.0.0', isPr: false })).toMatchObject({ channel: 'production', preid: undefined })
    expect(matchRule(DEFAULT_RULES, { branch: 'hotfix/x', isPr: false })).toMatchObject({ channel: 'beta', preid: 'beta' })
    expect(matchRule(DEFAULT_RULES, { branch: 'release/2', isPr: false })).toMatchObject({ channel: 'beta' })
    expect(matchRule(DEFAULT_RULES, { branch: 'master', isPr: false })).toMatchObject({ channel: 'development', preid: 'dev' })
    expect(matchRule(DEFAULT_RULES, { branch: 'trunk', isPr: false, defaultBranch: 'trunk' })).toMatchObject({ channel: 'development' })
    expect(matchRule(DEFAULT_RULES, { branch: 'main', isPr: false, defaultBranch: 'trunk' })).toBeUndefined()
    expect(matchRule(DEFAULT_RULES, { branch: 'hotfix/x', isPr: true, prNumber: 3 })).toBeUndefined()
  })
})

test('commands that need no app (serve, pack) get settings without an app id, never a placeholder', () => {
  const dir = app({})
  expect(() => buildSettings({}, {}, dir)).toThrow(/No appId/)
  const settings = buildSettings({}, {}, dir, { appId: false })
  expect(settings.appId).toBe('')
  // A given app id is still checked.
  expect(() => buildSettings({ 'app-id': '../x' }, {}, dir, { appId: false })).toThrow(/may only hold/)
})
