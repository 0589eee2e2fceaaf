import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../src/core/errors.js'
import { globToRegExp, matchRule, DEFAULT_RULES } from '../src/core/settings/rules.js'
import { buildSettings, CONFIG_KEYS } from '../src/core/settings/settings.js'
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
      expect.stringMatching(/Invalid tagFormat "v": it must contain \$\{version\} exactly once/),
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

  test('the shipped JSON Schema and the validator know the same keys', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/capflight.config.schema.json'), 'utf8'))
    expect(Object.keys(schema.properties).sort()).toEqual([...CONFIG_KEYS].sort())
    expect(Object.keys(schema.properties.rules.items.properties).sort()).toEqual(['branch', 'channel', 'defaultBranch', 'prerelease', 'pullRequest', 'tag'])
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
