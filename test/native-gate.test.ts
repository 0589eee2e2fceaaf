import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { nativeFingerprint } from '../src/core/native/fingerprint.js'
import { cleanupTemps, exampleRepo, runCli, tempDir, type Repo } from './helpers/repo.js'
import { snapshot, storePaths } from './helpers/store.js'

afterAll(cleanupTemps)

function addDependency(dir: string, name: string, version: string): string {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))
  pkg.dependencies[name] = version
  return `${JSON.stringify(pkg, null, 2)}\n`
}

describe('native gate', () => {
  test('web-only changes pass; adding a Capacitor plugin is refused with exit 3 and leaves the store as it was', async () => {
    const repo = exampleRepo()
    repo.git('checkout', '-q', '-b', 'hotfix/a')
    expect((await runCli(['release', '--json'], { cwd: repo.dir })).json.status).toBe('released')
    repo.commit('fix: copy', { 'src/app.js': 'CapacitorUpdater.notifyAppReady(); // v2\n' })
    const web = await runCli(['release', '--json'], { cwd: repo.dir })
    expect(web.json).toMatchObject({ status: 'released', releaseType: 'ota' })

    const store = storePaths(repo.dir)
    const before = snapshot(store.root)
    repo.commit('feat: camera', { 'package.json': addDependency(repo.dir, '@capacitor/camera', '^7.0.0'), 'src/camera.js': 'export {}' })
    const refused = await runCli(['release', '--json'], { cwd: repo.dir })
    expect(refused.code).toBe(3)
    expect(refused.json).toMatchObject({ status: 'native-required', releaseType: 'native', channel: 'beta' })
    expect(refused.json.nativeChanges).toEqual(['plugin @capacitor/camera added (^7.0.0)'])
    expect(refused.json.message).toMatch(/--allow-native-change/)
    expect(snapshot(store.root)).toEqual(before)

    const allowed = await runCli(['release', '--allow-native-change', '--min-native-version', '1.1.0', '--json'], { cwd: repo.dir })
    expect(allowed.code).toBe(0)
    expect(allowed.json).toMatchObject({ status: 'released', releaseType: 'native', version: '1.1.0-beta.3' })
    expect(store.bundle('1.1.0-beta.3').minNativeVersion).toBe('1.1.0')
    expect(store.channel('beta')).toMatchObject({ minNativeVersion: '1.1.0' })
    expect(store.channel('beta').nativeFingerprint.plugins['@capacitor/camera']).toBe('^7.0.0')

    // The next web-only change keeps the raised minimum.
    repo.commit('fix: later', { 'src/later.js': 'export {}' })
    const later = await runCli(['release', '--json'], { cwd: repo.dir })
    expect(later.json).toMatchObject({ status: 'released', releaseType: 'ota' })
    expect(store.bundle(later.json.version).minNativeVersion).toBe('1.1.0')
  })

  test('edits to android/ or ios/ sources are caught; their build outputs are not', async () => {
    const repo = exampleRepo()
    repo.write('android/app/src/main/java/MainActivity.java', 'class MainActivity {}\n')
    repo.write('ios/App/App/AppDelegate.swift', 'class AppDelegate {}\n')
    repo.commit('chore: native projects')
    await runCli(['release'], { cwd: repo.dir })

    repo.write('android/app/build/outputs/app.apk', 'binary')
    repo.write('android/app/src/main/assets/public/index.html', 'copied web')
    repo.write('ios/App/Pods/Manifest.lock', 'pods')
    repo.commit('fix: web only', { 'src/x.js': 'export {}' })
    expect((await runCli(['release', '--json'], { cwd: repo.dir })).json.status).toBe('released')

    repo.commit('fix: swift', { 'ios/App/App/AppDelegate.swift': 'class AppDelegate { var x = 1 }\n' })
    const ios = await runCli(['release', '--json'], { cwd: repo.dir })
    expect(ios.code).toBe(3)
    expect(ios.json.nativeChanges).toEqual(['ios/ sources changed'])
  })

  test('promote to a channel whose native side differs needs --allow-native-change', async () => {
    const repo = exampleRepo()
    repo.git('tag', 'v1.0.0')
    repo.commit('fix: a')
    repo.git('tag', 'v1.0.1')
    await runCli(['release'], { cwd: repo.dir })
    repo.git('checkout', '-q', '-b', 'hotfix/b')
    repo.commit('feat: plugin', { 'package.json': addDependency(repo.dir, 'capacitor-plugin-x', '1.0.0') })
    expect((await runCli(['release', '--json'], { cwd: repo.dir })).json.status).toBe('released')
    const p = await runCli(['promote', '--from', 'beta', '--to', 'production', '--json'], { cwd: repo.dir })
    expect(p.code).toBe(3)
    expect(p.json.status).toBe('native-required')
    const ok = await runCli(['promote', '--from', 'beta', '--to', 'production', '--allow-native-change', '--json'], { cwd: repo.dir })
    expect(ok.json.status).toBe('promoted')
  })
})

describe('minNativeVersion after a native change', () => {
  test('is the store build\'s version its native projects declare (the higher of Android and iOS); none declared needs the flag', async () => {
    const repo = exampleRepo()
    repo.write('android/app/build.gradle', 'android {\n  defaultConfig {\n    versionName "2.1"\n  }\n}\n')
    repo.write('ios/App/App.xcodeproj/project.pbxproj', '\t\t\t\tMARKETING_VERSION = 2.0;\n')
    repo.commit('chore: native projects')
    expect((await runCli(['release', '--json'], { cwd: repo.dir })).json.status).toBe('released')
    repo.commit('feat: camera', { 'package.json': addDependency(repo.dir, '@capacitor/camera', '^7.0.0'), 'src/camera.js': 'export {}' })
    const allowed = await runCli(['release', '--allow-native-change', '--json'], { cwd: repo.dir })
    expect(allowed.json).toMatchObject({ status: 'released', releaseType: 'native' })
    expect(storePaths(repo.dir).bundle(allowed.json.version).minNativeVersion).toBe('2.1.0')

    const bare = exampleRepo()
    expect((await runCli(['release', '--json'], { cwd: bare.dir })).json.status).toBe('released')
    bare.commit('feat: camera', { 'package.json': addDependency(bare.dir, '@capacitor/camera', '^7.0.0'), 'src/camera.js': 'export {}' })
    const before = snapshot(storePaths(bare.dir).root)
    const refused = await runCli(['release', '--allow-native-change', '--json'], { cwd: bare.dir })
    expect([refused.code, refused.json.error]).toEqual([2, expect.stringMatching(/declare no app version .*Pass --min-native-version/)])
    expect(snapshot(storePaths(bare.dir).root)).toEqual(before)
  })
})

describe('plugin versions without node_modules: the lockfile, or node_modules hoisted in a workspace', () => {
  const install = (repo: Repo, dir: string, versions: Record<string, string>, nativeCode = false) => {
    for (const [name, version] of Object.entries(versions)) {
      repo.write(path.join(dir, 'node_modules', name, 'package.json'), JSON.stringify({ name, version, capacitor: {} }))
      if (nativeCode) repo.write(path.join(dir, 'node_modules', name, 'android/src/main/Plugin.java'), 'class Plugin {}')
    }
  }
  const VERSIONS = { '@capacitor/core': '7.4.2', '@capgo/capacitor-updater': '8.51.23' }
  const LOCKFILES: [string, string][] = [
    ['package-lock.json', JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/@capacitor/core': { version: '7.4.2' }, 'node_modules/@capgo/capacitor-updater': { version: '8.51.23' } } })],
    ['pnpm-lock.yaml', "lockfileVersion: '9.0'\n\nimporters:\n\n  .:\n    dependencies:\n      '@capacitor/core':\n        specifier: ^7.4.0\n        version: 7.4.2\n      '@capgo/capacitor-updater':\n        specifier: ^8.51.0\n        version: 8.51.23(@capacitor/core@7.4.2)\n\npackages:\n\n  '@capacitor/core@7.4.2':\n    resolution: {integrity: sha512-x}\n"],
    ['yarn.lock', '# yarn lockfile v1\n\n\n"@capacitor/core@^7.4.0":\n  version "7.4.2"\n  resolved "https://registry.yarnpkg.com/@capacitor/core/-/core-7.4.2.tgz"\n\n"@capgo/capacitor-updater@^8.51.0":\n  version "8.51.23"\n']
  ]

  test.each(LOCKFILES)('a --no-build job without node_modules reads the versions from %s: no false native change', async (file, content) => {
    const repo = exampleRepo()
    repo.commit('chore: lockfile', { [file]: content })
    install(repo, '.', VERSIONS, true)
    const built = await runCli(['release', '--json'], { cwd: repo.dir })
    expect(built.json.status).toBe('released')
    expect(storePaths(repo.dir).channel('development').nativeFingerprint.plugins['@capacitor/core']).toMatch(/^7\.4\.2\+/)
    // The next job: a fresh checkout with the web folder prebuilt and nothing installed.
    rmSync(path.join(repo.dir, 'node_modules'), { recursive: true })
    repo.commit('fix: copy', { 'src/app.js': 'CapacitorUpdater.notifyAppReady(); // v2\n' })
    // The prebuilt folder holds the same bytes: unchanged, which needs the native fingerprint to match too.
    const prebuilt = await runCli(['release', '--no-build', '--json'], { cwd: repo.dir })
    expect(prebuilt.json).toMatchObject({ status: 'unchanged', releaseType: 'ota', nativeChanges: [] })
    // A version the lockfile moves is a native change.
    repo.commit('chore: bump core', { [file]: content.replace(/7\.4\.2/g, '7.5.0') })
    const bumped = await runCli(['release', '--no-build', '--json'], { cwd: repo.dir })
    expect([bumped.code, bumped.json.nativeChanges]).toEqual([3, ['plugin @capacitor/core changed (7.4.2 → 7.5.0)']])
  })

  test('in a workspace, plugins hoisted to the root node_modules (or its lockfile) are the installed versions', async () => {
    const repo = exampleRepo()
    // Move the app into packages/mobile of an npm workspace.
    const root = repo.dir
    const mobile = path.join(root, 'packages/mobile')
    mkdirSync(mobile, { recursive: true })
    for (const f of ['build.mjs', 'capacitor.config.json', 'package.json', 'src', '.gitignore']) renameSync(path.join(root, f), path.join(mobile, f))
    repo.write('package.json', JSON.stringify({ name: 'workspace', private: true, workspaces: ['packages/*'] }))
    repo.write('.gitignore', 'node_modules/\n.capflight/\nwww/\n')
    repo.write('package-lock.json', LOCKFILES[0][1].replace('"packages":{"":{}', '"packages":{"":{},"packages/mobile":{}'))
    repo.commit('chore: workspace')
    install(repo, '.', VERSIONS)
    const first = await runCli(['release', '--json'], { cwd: mobile })
    expect(first.json.status).toBe('released')
    expect(storePaths(mobile).channel('development').nativeFingerprint.plugins).toEqual(VERSIONS)
    rmSync(path.join(root, 'node_modules'), { recursive: true })
    repo.commit('fix: copy', { 'packages/mobile/src/app.js': 'CapacitorUpdater.notifyAppReady(); // v2\n' })
    expect((await runCli(['release', '--json'], { cwd: mobile })).json).toMatchObject({ status: 'released', nativeChanges: [] })
  })
})

describe('the capacitor config, as the Capacitor CLI reads it', () => {
  const settings = { appId: 'com.example.capflight', appName: 'Example', webDir: 'www', plugins: { CapacitorUpdater: { autoUpdate: true, updateUrl: 'https://updates.example.com/updates' } } }
  const forms: Record<string, string> = {
    'capacitor.config.json': JSON.stringify(settings, null, 2),
    'capacitor.config.ts': `import type { CapacitorConfig } from '@capacitor/cli';\n\nconst config: CapacitorConfig = {\n  appId: 'com.example.capflight',\n  appName: 'Example',\n  webDir: 'dist',\n  plugins: {\n    CapacitorUpdater: { autoUpdate: true, updateUrl: 'https://updates.example.com/updates' },\n  },\n};\n\nexport default config;\n`,
    'capacitor.config.js': `module.exports = { appName: 'Example', appId: 'com.example.capflight', webDir: 'www', plugins: { CapacitorUpdater: { updateUrl: 'https://updates.example.com/updates', autoUpdate: true } } }\n`
  }

  test('the same settings fingerprint the same as JSON, TypeScript or CommonJS (webDir aside)', async () => {
    const digests = await Promise.all(Object.entries(forms).map(async ([file, content]) => {
      const dir = tempDir()
      writeFileSync(path.join(dir, file), content)
      const fingerprint = await nativeFingerprint(dir)
      expect(readdirSync(dir)).toEqual([file]) // the evaluated copy is gone
      return fingerprint.config
    }))
    expect(new Set(digests).size).toBe(1)
    const other = tempDir()
    writeFileSync(path.join(other, 'capacitor.config.ts'), forms['capacitor.config.ts'].replace('autoUpdate: true', 'autoUpdate: false'))
    expect((await nativeFingerprint(other)).config).not.toBe(digests[0])
  })

  test('a capacitor.config.ts that does not load is a configuration error naming the file, not a native change', async () => {
    const repo = exampleRepo()
    expect((await runCli(['release', '--json'], { cwd: repo.dir })).json.status).toBe('released')
    rmSync(path.join(repo.dir, 'capacitor.config.json'))
    repo.commit('chore: TypeScript config', { 'capacitor.config.ts': "const config = { appId: 'com.example.capflight', webDir: 'www' \nexport default config\n" })
    const before = snapshot(storePaths(repo.dir).root)
    const r = await runCli(['release', '--json'], { cwd: repo.dir })
    expect([r.code, r.json.error]).toEqual([2, expect.stringMatching(/^capacitor\.config\.ts could not be read \(.+\)\. Fix it so "npx cap sync" loads it too/)])
    expect(snapshot(storePaths(repo.dir).root)).toEqual(before)
    expect(r.stderr).not.toMatch(/ExperimentalWarning/)
  })
})
