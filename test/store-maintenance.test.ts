import { readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { cleanupTemps, exampleRepo, Repo, runCli } from './helpers/repo.js'
import { startS3, S3_ENV } from './helpers/s3.js'
import { readJson, storePaths } from './helpers/store.js'

afterAll(() => cleanupTemps())

const cli = (repo: Repo, args: string[], env: Record<string, string> = {}) => runCli([...args, '--json'], { cwd: repo.dir, env })

/** Makes everything in a file store look two hours old, as gc leaves the last hour alone. */
function ageFileStore(repo: Repo): void {
  const app = path.join(repo.dir, '.capflight/store/apps/com.example.capflight')
  const past = new Date(Date.now() - 2 * 3600_000)
  for (const version of readdirSync(path.join(app, 'bundles'))) {
    const file = path.join(app, 'bundles', version)
    writeFileSync(file, JSON.stringify({ ...readJson(file), createdAt: past.toISOString() }))
  }
  for (const kind of ['artifacts', 'files']) for (const name of readdirSync(path.join(app, kind))) utimesSync(path.join(app, kind, name), past, past)
}

/** Three beta releases from hotfix/x, the first promoted to production by tag v1.0.1. */
async function releasedRepo(): Promise<Repo> {
  const repo = exampleRepo()
  repo.git('tag', 'v1.0.0')
  repo.git('checkout', '-q', '-b', 'hotfix/x')
  repo.commit('fix: one', { 'src/one.js': 'export const one = 1\n' })
  expect((await cli(repo, ['release'])).json.version).toBe('1.0.1-beta.1')
  repo.git('tag', 'v1.0.1')
  expect((await cli(repo, ['release'])).json).toMatchObject({ status: 'promoted', channel: 'production' })
  repo.git('checkout', '-q', 'hotfix/x')
  for (const n of [2, 3]) {
    repo.commit(`fix: change ${n}`, { 'src/one.js': `export const one = ${n}\n` })
    expect((await cli(repo, ['release', '--branch', 'hotfix/x'])).json.status).toBe('released')
  }
  return repo
}

describe('capflight store check', () => {
  test('passes on an intact store, names a corrupted file, a missing zip and the channels that need them', async () => {
    const repo = await releasedRepo()
    const ok = await cli(repo, ['store', 'check'])
    expect(ok.code).toBe(0)
    expect(ok.json).toMatchObject({ channels: 2, bundles: 4, problems: [] })
    expect(ok.json.blobsVerified).toBeGreaterThan(4)

    const store = storePaths(repo.dir)
    const current = store.bundle('1.0.2-beta.1')
    const changed = current.manifest.find((f: { path: string }) => f.path.endsWith('.js') && f.path.includes('one'))
      ?? current.manifest[current.manifest.length - 1]
    writeFileSync(store.file(changed.sha256), 'garbage')
    rmSync(store.artifact(store.bundle('1.0.1-beta.1').checksum))
    // A Brotli form (what devices download as app.js.br) is checked as its plain file is.
    const app = current.manifest.find((f: { path: string }) => f.path === 'app.js')
    writeFileSync(store.file(app.brotli.blob), 'garbage')
    const bad = await cli(repo, ['store', 'check'])
    expect(bad.code).toBe(1)
    const messages = bad.json.problems.map((p: { message: string }) => p.message)
    expect(messages).toEqual(expect.arrayContaining([
      `${changed.path} of 1.0.2-beta.1 holds 7 bytes, the record says ${changed.size}.`,
      'The zip of 1.0.1-beta.1 is missing.',
      `The Brotli form of app.js of 1.0.2-beta.1 holds 7 bytes, the record says ${app.brotli.size}.`,
      'Channel production serves 1.0.1, whose blobs are not all intact.'
    ]))
  }, 120_000)

  test('refuses a capgo: store, whose bytes Capgo keeps', async () => {
    const repo = exampleRepo()
    const run = await cli(repo, ['store', 'check', '--store', 'capgo:', '--api-key', 'k'])
    expect(run.code).toBe(2)
    expect(run.json.error).toMatch(/work on file: and s3:\/\/ stores/)
  })
})

describe('capflight store gc', () => {
  test('deletes what no channel needs beyond --keep, never a current bundle, and leaves the store intact', async () => {
    const repo = await releasedRepo()
    const store = storePaths(repo.dir)
    const young = await cli(repo, ['store', 'gc', '--keep', '1'])
    expect(young.json).toMatchObject({ deletedBundles: [], deletedBlobs: [] })

    ageFileStore(repo)
    const dry = await cli(repo, ['store', 'gc', '--keep', '1', '--dry-run'])
    expect(dry.json).toMatchObject({ dryRun: true, deletedBundles: ['1.0.1-beta.1', '1.0.2-beta.1'], kept: ['1.0.1', '1.0.2-beta.2'] })
    expect(store.bundles()).toHaveLength(4)

    // beta served 1.0.2-beta.2, 1.0.2-beta.1 and 1.0.1-beta.1: --keep 2 drops the oldest record. Its
    // bytes stay, because production's 1.0.1 was promoted from it and names the same blobs.
    const keep2 = await cli(repo, ['store', 'gc', '--keep', '2'])
    expect(keep2.json.deletedBundles).toEqual(['1.0.1-beta.1'])
    expect(keep2.json.deletedBlobs).toEqual([])
    const gc = await cli(repo, ['store', 'gc', '--keep', '1'])
    expect(gc.json.deletedBundles).toEqual(['1.0.2-beta.1'])
    expect(gc.json.deletedBlobs.map((b: { kind: string }) => b.kind)).toEqual(expect.arrayContaining(['artifacts', 'files']))
    expect(gc.json.freedBytes).toBeGreaterThan(0)
    expect(store.bundles()).toEqual(['1.0.1', '1.0.2-beta.2'])
    expect((await cli(repo, ['store', 'check'])).json.problems).toEqual([])

    const usage = await cli(repo, ['store', 'gc'])
    expect(usage.code).toBe(2)
    expect(usage.json.error).toMatch(/needs --keep <n>/)
  }, 120_000)

  test('works the same on an s3:// store', async () => {
    const s3 = await startS3()
    try {
      const repo = exampleRepo()
      const store = `s3://updates/gc${Date.now()}?endpoint=${encodeURIComponent(s3.endpoint)}`
      repo.git('tag', 'v1.0.0')
      repo.git('checkout', '-q', '-b', 'hotfix/x')
      for (const n of [1, 2]) {
        repo.commit(`fix: change ${n}`, { 'src/one.js': `export const one = ${n}\n` })
        expect((await cli(repo, ['release', '--store', store, '--branch', 'hotfix/x'], S3_ENV)).json.status).toBe('released')
      }
      const check = await cli(repo, ['store', 'check', '--store', store], S3_ENV)
      expect(check.json).toMatchObject({ channels: 1, bundles: 2, problems: [] })
      // Young objects are left alone unless --min-age says otherwise.
      expect((await cli(repo, ['store', 'gc', '--keep', '1', '--store', store], S3_ENV)).json.deletedBundles).toEqual([])
      const gc = await cli(repo, ['store', 'gc', '--keep', '1', '--min-age', '0', '--store', store], S3_ENV)
      expect(gc.json).toMatchObject({ deletedBundles: ['1.0.1-beta.1'], kept: ['1.0.1-beta.2'] })
      expect(gc.json.deletedBlobs.map((b: { kind: string }) => b.kind)).toEqual(expect.arrayContaining(['artifacts', 'files']))
      const after = await cli(repo, ['store', 'check', '--store', store], S3_ENV)
      expect(after.json).toMatchObject({ bundles: 1, problems: [] })
      const status = await cli(repo, ['status', '--store', store], S3_ENV)
      expect(status.json.channels[0]).toMatchObject({ name: 'beta', version: '1.0.1-beta.2' })
      const bad = await cli(repo, ['store', 'gc', '--keep', '1', '--min-age', 'soon', '--store', store], S3_ENV)
      expect(bad.code).toBe(2)
      expect(bad.json.error).toMatch(/--min-age must be a whole number of minutes/)
    } finally {
      await s3.stop()
    }
  }, 120_000)
})
