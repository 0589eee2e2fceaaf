import { readFileSync } from 'node:fs'
import path from 'node:path'
import { cleanupTemps, exampleRepo, runCli } from './helpers/repo.js'
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

    const allowed = await runCli(['release', '--allow-native-change', '--json'], { cwd: repo.dir })
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
