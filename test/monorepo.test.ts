/**
 * Monorepos (DESIGN §3) on real git repositories and the real CLI: an app below the repository's
 * root counts only the commits touching its folder and its configured shared `paths`, has its
 * own tagFormat, and finds its plugins as npm, pnpm and Yarn workspaces lay them out.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { cleanupTemps, EXAMPLE, Repo, runCli, tempDir } from './helpers/repo.js'
import { storePaths } from './helpers/store.js'

afterAll(cleanupTemps)

type Layout = 'npm' | 'pnpm' | 'yarn'

/** A workspace: packages/mobile (the Capacitor app), packages/web, packages/shared; plugins installed as the manager lays them out. */
function workspace(layout: Layout): { repo: Repo; mobile: string } {
  const repo = new Repo(tempDir())
  repo.git('init', '-q', '-b', 'main')
  const mobile = path.join(repo.dir, 'packages/mobile')
  mkdirSync(mobile, { recursive: true })
  cpSync(EXAMPLE, mobile, { recursive: true, filter: (src) => !/(www|node_modules|\.capflight)$/.test(src) })
  repo.write('packages/mobile/capflight.config.json', JSON.stringify({ tagFormat: 'mobile-v${version}', paths: ['packages/shared/**'] }))
  repo.write('packages/web/index.js', 'export const web = 1\n')
  repo.write('packages/shared/util.js', 'export const util = 1\n')
  repo.write('.gitignore', 'node_modules/\n.capflight/\nwww/\n')
  const pkg = { name: 'acme', private: true, workspaces: ['packages/*'] }
  if (layout === 'pnpm') {
    repo.write('package.json', JSON.stringify({ name: 'acme', private: true }))
    repo.write('pnpm-workspace.yaml', "packages:\n  - 'packages/*'\n")
    repo.write('pnpm-lock.yaml', "lockfileVersion: '9.0'\n\nimporters:\n\n  .: {}\n\n  packages/mobile:\n    dependencies:\n      '@capacitor/core':\n        specifier: ^7.4.0\n        version: 7.4.2\n      '@capgo/capacitor-updater':\n        specifier: ^8.51.0\n        version: 8.51.23(@capacitor/core@7.4.2)\n")
  } else {
    repo.write('package.json', JSON.stringify(pkg))
    repo.write(layout === 'npm' ? 'package-lock.json' : 'yarn.lock', layout === 'npm'
      ? JSON.stringify({ lockfileVersion: 3, packages: { '': pkg, 'packages/mobile': {}, 'node_modules/@capacitor/core': { version: '7.4.2' }, 'node_modules/@capgo/capacitor-updater': { version: '8.51.23' } } })
      : '"@capacitor/core@^7.4.0":\n  version "7.4.2"\n\n"@capgo/capacitor-updater@^8.51.0":\n  version "8.51.23"\n')
  }
  repo.commit('chore: workspace')
  repo.git('tag', 'mobile-v1.0.0')
  repo.git('tag', 'web-v3.0.0')
  // pnpm links each package's own node_modules; npm and Yarn hoist to the root.
  const modules = layout === 'pnpm' ? path.join(mobile, 'node_modules') : path.join(repo.dir, 'node_modules')
  for (const [name, version] of [['@capacitor/core', '7.4.2'], ['@capgo/capacitor-updater', '8.51.23']]) {
    repo.write(path.relative(repo.dir, path.join(modules, name, 'package.json')), JSON.stringify({ name, version, capacitor: {} }))
  }
  return { repo, mobile }
}

describe.each<Layout>(['npm', 'pnpm', 'yarn'])('a %s workspace', (layout) => {
  test('only commits touching the app and its shared paths count; its own tag format; plugins as installed', async () => {
    const { repo, mobile } = workspace(layout)
    repo.commit('feat!: rewrite the web app', { 'packages/web/index.js': 'export const web = 2\n' })
    const untouched = await runCli(['version', '--json'], { cwd: mobile })
    expect(untouched.json).toMatchObject({ previousVersion: '1.0.0', commits: 0, lastRelease: { tag: 'mobile-v1.0.0' } })

    repo.commit('fix: shared rounding', { 'packages/shared/util.js': 'export const util = 2\n' })
    expect((await runCli(['version', '--json'], { cwd: mobile })).json).toMatchObject({ version: '1.0.1-dev.1', bump: 'patch', commits: 1 })
    repo.commit('feat: offline mode', { 'packages/mobile/src/offline.js': 'export const offline = true\n' })
    const released = await runCli(['release', '--json'], { cwd: mobile })
    expect(released.json).toMatchObject({ status: 'released', version: '1.1.0-dev.1', bump: 'minor' })
    expect(storePaths(mobile).channel('development').nativeFingerprint.plugins).toEqual({ '@capacitor/core': '7.4.2', '@capgo/capacitor-updater': '8.51.23' })

    // A job with nothing installed reads the same versions from the workspace's lockfile.
    rmSync(path.join(layout === 'pnpm' ? mobile : repo.dir, 'node_modules'), { recursive: true })
    repo.commit('fix: offline copy', { 'packages/mobile/src/offline.js': 'export const offline = "yes"\n' })
    expect((await runCli(['release', '--json'], { cwd: mobile })).json).toMatchObject({ status: 'released', nativeChanges: [] })
  })
})

test('from the repository root, a command that finds no app names the folders that hold one', async () => {
  const { repo } = workspace('npm')
  const r = await runCli(['release', '--json'], { cwd: repo.dir })
  expect(r.code).toBe(2)
  expect(r.json.error).toMatch(/No Capacitor app in \S+; one is in packages\/mobile\. Run capflight there: --cwd packages\/mobile/)
})
