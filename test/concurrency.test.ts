import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { baseEnv, cleanupTemps, exampleRepo, Repo, runCli, tempDir } from './helpers/repo.js'

afterAll(cleanupTemps)

describe('concurrent pipelines on one store', () => {
  test('ten capflight release processes on ten commits to one channel: ten versions, none lost', async () => {
    const origin = exampleRepo()
    origin.git('tag', 'v1.0.0')
    const store = path.join(tempDir(), 'shared-store')
    // Ten sibling commits, each checked out in its own worktree, as ten CI jobs would.
    const clones: Repo[] = []
    for (let i = 0; i < 10; i++) {
      const dir = path.join(tempDir(), `job-${i}`)
      execFileSync('git', ['clone', '-q', origin.dir, dir], { env: baseEnv() })
      const job = new Repo(dir)
      job.commit(`fix: change ${i}`, { [`src/change-${i}.js`]: `export const i = ${i}\n` })
      clones.push(job)
    }
    const results = await Promise.all(clones.map((job) => runCli(['release', '--store', store, '--json'], { cwd: job.dir })))
    for (const r of results) {
      expect(r.code === 0 ? '' : r.stderr).toBe('')
      expect(r.code).toBe(0)
      expect(r.json.status).toBe('released')
    }
    const versions = results.map((r) => r.json.version).sort((a: string, b: string) => Number(a.split('.').pop()) - Number(b.split('.').pop()))
    expect(versions).toEqual(Array.from({ length: 10 }, (_, i) => `1.0.1-dev.${i + 1}`))

    const channel = JSON.parse(execFileSync('cat', [path.join(store, 'apps/com.example.capflight/channels/development.json')], { encoding: 'utf8' }))
    expect(channel.revision).toBe(10)
    expect(channel.history.map((h: { version: string }) => h.version).sort()).toEqual([...versions].sort())
    // Each version belongs to exactly one commit.
    const byVersion = new Map(results.map((r) => [r.json.version, r.json.commit]))
    expect(new Set(byVersion.values()).size).toBe(10)
  })

  test('five clones of one commit released at once: one version, one bundle record, one channel move', async () => {
    const origin = exampleRepo()
    origin.git('tag', 'v1.0.0')
    origin.commit('fix: one change', { 'src/change.js': 'export const x = 1\n' })
    const store = path.join(tempDir(), 'shared-store')
    const clones = Array.from({ length: 5 }, (_, i) => {
      const dir = path.join(tempDir(), `clone-${i}`)
      execFileSync('git', ['clone', '-q', origin.dir, dir], { env: baseEnv() })
      return new Repo(dir)
    })
    const results = await Promise.all(clones.map((job) => runCli(['release', '--store', store, '--json'], { cwd: job.dir })))
    for (const r of results) {
      expect(r.code).toBe(0)
      // One builds and stores the bundle; one that reads the store after the bundle record and
      // before the channel move points the channel at that bundle (promoted: nothing rebuilt); the
      // others find the channel already on it.
      expect(['released', 'promoted', 'unchanged']).toContain(r.json.status)
    }
    expect(new Set(results.map((r) => r.json.version))).toEqual(new Set(['1.0.1-dev.1']))
    const app = path.join(store, 'apps/com.example.capflight')
    expect(execFileSync('ls', [path.join(app, 'bundles')], { encoding: 'utf8' }).trim().split('\n')).toEqual(['1.0.1-dev.1.json'])
    const channel = JSON.parse(execFileSync('cat', [path.join(app, 'channels/development.json')], { encoding: 'utf8' }))
    expect([channel.revision, channel.history.length, channel.version]).toEqual([1, 1, '1.0.1-dev.1'])
  })
})
