import { createHash, randomBytes } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3'
import { SimulatedDevice } from './helpers/device.js'
import { baseEnv, cleanupTemps, exampleRepo, Repo, runCli, tempDir } from './helpers/repo.js'
import { S3_ENV, startS3, startS3Proxy } from './helpers/s3.js'
import { startServe } from './helpers/serve.js'

let s3: Awaited<ReturnType<typeof startS3>>
beforeAll(async () => { s3 = await startS3() })
afterAll(async () => {
  await s3.stop()
  cleanupTemps()
})

const storeUrl = (endpoint: string, prefix = `t${Math.random().toString(36).slice(2)}`) => `s3://updates/${prefix}?endpoint=${encodeURIComponent(endpoint)}`
const cli = (repo: Repo, args: string[], env: Record<string, string> = S3_ENV) => runCli([...args, '--json'], { cwd: repo.dir, env })

async function objectSha(endpoint: string, key: string): Promise<string> {
  const client = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
  const r = await client.send(new GetObjectCommand({ Bucket: 'updates', Key: key }))
  return createHash('sha256').update(Buffer.from(await r.Body!.transformToByteArray())).digest('hex')
}

describe('s3:// store against a real S3-compatible server (s3rver on 127.0.0.1)', () => {
  test('release, promote, rollback and status; otakit serve reads the same store', async () => {
    const repo = exampleRepo()
    const store = storeUrl(s3.endpoint)
    repo.git('tag', 'v1.0.0')
    repo.git('checkout', '-q', '-b', 'hotfix/s3')
    repo.commit('fix: s3')
    const beta = await cli(repo, ['release', '--store', store])
    expect(beta.json).toMatchObject({ status: 'released', channel: 'beta', version: '1.0.1-beta.1' })
    expect(beta.json.bundleUrl).toMatch(/^s3:\/\/updates\/t\w+\/apps\/com\.example\.otakit\/artifacts\/[0-9a-f]{64}\.zip$/)
    const key = beta.json.bundleUrl.replace('s3://updates/', '')
    expect(await objectSha(s3.endpoint, key)).toBe(beta.json.checksum)
    expect((await cli(repo, ['release', '--store', store])).json.status).toBe('unchanged')
    repo.git('tag', 'v1.0.1')
    const prod = await cli(repo, ['release', '--store', store])
    expect(prod.json).toMatchObject({ status: 'promoted', channel: 'production', checksum: beta.json.checksum })
    repo.commit('fix: second')
    await cli(repo, ['release', '--store', store, '--branch', 'hotfix/s3'])
    const back = await cli(repo, ['rollback', '--store', store, '--channel', 'beta'])
    expect(back.json).toMatchObject({ version: '1.0.1-beta.1', previousVersion: '1.0.2-beta.1' })
    const status = await cli(repo, ['status', '--store', store])
    expect(status.json.channels.map((c: { name: string; version: string }) => [c.name, c.version])).toEqual([['beta', '1.0.1-beta.1'], ['production', '1.0.1']])

    const server = await startServeWithEnv(repo.dir, ['--store', store])
    try {
      expect(await new SimulatedDevice(server.url).update()).toMatchObject({ outcome: 'updated', version: '1.0.1' })
      expect(await new SimulatedDevice(server.url, { defaultChannel: 'beta' }).update()).toMatchObject({ outcome: 'updated', version: '1.0.1-beta.1' })
    } finally {
      await server.stop()
    }
  })

  test('blobs already stored are not sent again: a release changing one file uploads that file, the zip and the records', async () => {
    const proxy = await startS3Proxy(s3.endpoint)
    try {
      const repo = exampleRepo()
      const store = storeUrl(proxy.endpoint)
      await cli(repo, ['release', '--store', store])
      const before = proxy.requests.length
      repo.commit('fix: one file', { 'src/styles.css': 'h1 { color: green; }\n' })
      await cli(repo, ['release', '--store', store])
      const puts = proxy.requests.slice(before).filter((r) => r.method === 'PUT').map((r) => r.path.split('?')[0].split('/apps/com.example.otakit/')[1])
      expect(puts.filter((p) => p.startsWith('files/'))).toHaveLength(1)
      expect(puts.filter((p) => p.startsWith('artifacts/'))).toHaveLength(1)
      expect(puts.filter((p) => p.startsWith('bundles/'))).toHaveLength(1)
      expect(puts.filter((p) => p.startsWith('channels/'))).toHaveLength(1)
    } finally {
      await proxy.stop()
    }
  })

  test('ten concurrent releases through conditional writes: ten versions, no lost history', async () => {
    // s3rver does not enforce If-None-Match / If-Match: the proxy's test layer does, as S3 would.
    const proxy = await startS3Proxy(s3.endpoint, { enforceConditions: true })
    try {
      const origin = exampleRepo()
      origin.git('tag', 'v1.0.0')
      const store = storeUrl(proxy.endpoint)
      const jobs = Array.from({ length: 10 }, (_, i) => {
        const dir = path.join(tempDir(), `job-${i}`)
        execFileSync('git', ['clone', '-q', origin.dir, dir], { env: baseEnv() })
        const job = new Repo(dir)
        job.commit(`fix: change ${i}`, { [`src/c${i}.js`]: `export const i = ${i}\n` })
        return job
      })
      const results = await Promise.all(jobs.map((job) => cli(job, ['release', '--store', store])))
      for (const r of results) expect(r.json?.status ?? r.stderr).toBe('released')
      const versions = results.map((r) => r.json.version).sort()
      expect(new Set(versions).size).toBe(10)
      const status = await cli(jobs[0], ['status', '--store', store, '--channel', 'development'])
      expect(status.json.channels[0].revision).toBe(10)
      expect(status.json.channels[0].history.map((h: { version: string }) => h.version).sort()).toEqual(versions)
      expect(proxy.requests.some((r) => r.method === 'PUT')).toBe(true)
    } finally {
      await proxy.stop()
    }
  }, 120000)

  test('faults (503s, dropped connections, cut-off bodies) are retried: releases succeed, nothing half-published', async () => {
    const proxy = await startS3Proxy(s3.endpoint, { faultRate: 0.15 })
    try {
      const repo = exampleRepo()
      const store = storeUrl(proxy.endpoint)
      for (const m of ['fix: one', 'fix: two', 'fix: three']) {
        repo.commit(m, { 'src/n.js': `export const n = ${JSON.stringify(m)}\n` })
        const r = await cli(repo, ['release', '--store', store])
        expect(r.json?.error ?? r.json?.status).toBe('released')
        // The channel points at a bundle whose artifact is fully stored with the right bytes.
        const key = r.json.bundleUrl.replace('s3://updates/', '')
        expect(await objectSha(s3.endpoint, key)).toBe(r.json.checksum)
      }
      expect(proxy.faults).toBeGreaterThan(0)
    } finally {
      await proxy.stop()
    }
  }, 120000)

  test('a large incompressible bundle goes up as a multipart upload with progress', async () => {
    const repo = exampleRepo()
    repo.write('src/video.bin', randomBytes(20 * 1024 * 1024).toString('latin1'))
    repo.commit('feat: big asset')
    const store = storeUrl(s3.endpoint)
    const r = await cli(repo, ['release', '--store', store])
    expect(r.json.status).toBe('released')
    expect(r.json.size).toBeGreaterThan(16 * 1024 * 1024)
    expect(r.stderr).toMatch(/Uploading [0-9a-f]{64}\.zip: 100% of \d+\.\d MB/)
    expect(await objectSha(s3.endpoint, r.json.bundleUrl.replace('s3://updates/', ''))).toBe(r.json.checksum)
  }, 120000)

  test.each([
    ['an unknown bucket', (e: string) => `s3://no-such-bucket/x?endpoint=${encodeURIComponent(e)}`, S3_ENV, 1, /Bucket "no-such-bucket" does not exist/],
    ['wrong credentials', (e: string) => storeUrl(e), { ...S3_ENV, AWS_ACCESS_KEY_ID: 'NOT-A-KEY' }, 1, /Access to s3:\/\/updates was denied .*Check AWS_ACCESS_KEY_ID/],
    ['an s3:// URL without a bucket', () => 's3:///prefix', S3_ENV, 2, /has no bucket/],
    ['an unknown URL parameter', (e: string) => `s3://updates/x?endpont=${encodeURIComponent(e)}`, S3_ENV, 2, /parameter "endpont" is unknown/]
  ])('%s: a clear error', async (_name, url, env, code, message) => {
    const repo = exampleRepo()
    const r = await cli(repo, ['release', '--store', (url as (e: string) => string)(s3.endpoint)], env as Record<string, string>)
    expect(r.code).toBe(code)
    expect(r.json.error).toMatch(message)
  })
})

function startServeWithEnv(cwd: string, args: string[]) {
  return startServe(cwd, args, S3_ENV)
}
