import { createHash, randomBytes } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3'
import { SimulatedDevice } from './helpers/device.js'
import { baseEnv, cleanupTemps, exampleRepo, Repo, runCli, tempDir } from './helpers/repo.js'
import { openTelemetryStore } from '../src/core/store/registry.js'
import { S3_ENV, startS3, startS3Proxy } from './helpers/s3.js'
import { startServe } from './helpers/serve.js'

let s3: Awaited<ReturnType<typeof startS3>>
beforeAll(async () => { s3 = await startS3() })
afterAll(async () => {
  await s3.stop()
  cleanupTemps()
})

const storeUrl = (endpoint: string, prefix = `t${Math.random().toString(36).slice(2)}`) => `s3://updates/${prefix}?endpoint=${encodeURIComponent(endpoint)}`
const cli = (repo: Repo, args: string[], env: Record<string, string> = S3_ENV, signal?: AbortSignal) => runCli([...args, '--json'], { cwd: repo.dir, env, signal })
/** The store's path part: the same objects reached through another endpoint (a proxy or the server itself). */
const sameStore = (url: string, endpoint: string) => url.replace(/\?endpoint=.*$/, `?endpoint=${encodeURIComponent(endpoint)}`)

/** `capflight store check` finds every channel's bundle and every blob whole. */
async function expectIntact(repo: Repo, store: string): Promise<void> {
  const check = await cli(repo, ['store', 'check', '--store', store])
  expect(check.json?.problems ?? check.stderr).toEqual([])
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600 && !condition(); i++) await new Promise((r) => setTimeout(r, 50))
  if (!condition()) throw new Error(`timed out waiting for ${what}`)
}

async function objectSha(endpoint: string, key: string): Promise<string> {
  const client = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
  const r = await client.send(new GetObjectCommand({ Bucket: 'updates', Key: key }))
  return createHash('sha256').update(Buffer.from(await r.Body!.transformToByteArray())).digest('hex')
}

describe('s3:// store against a real S3-compatible server (s3rver on 127.0.0.1)', () => {
  test('the apps a store holds, on S3 and on a folder: ids that prefix one another each listed once', async () => {
    const ids = ['com.a', 'com.a.b', 'com.a-x', 'com.a0', 'org.z_1']
    const dir = tempDir()
    for (const url of [storeUrl(s3.endpoint), dir]) {
      const store = openTelemetryStore(url, dir, S3_ENV)
      expect(await store.listApps()).toEqual([])
      for (const id of [...ids].reverse()) {
        await store.putTelemetry(id, ['stats', 'day=2026-12-01'], '{}\n')
        await store.putDeviceChannel(id, 'device-1', 'beta')
      }
      expect(await store.listApps()).toEqual([...ids].sort())
    }
  })

  test('release, promote, rollback and status; capflight serve reads the same store', async () => {
    const repo = exampleRepo()
    const store = storeUrl(s3.endpoint)
    repo.git('tag', 'v1.0.0')
    repo.git('checkout', '-q', '-b', 'hotfix/s3')
    repo.commit('fix: s3')
    const beta = await cli(repo, ['release', '--store', store])
    expect(beta.json).toMatchObject({ status: 'released', channel: 'beta', version: '1.0.1-beta.1' })
    expect(beta.json.bundleUrl).toMatch(/^s3:\/\/updates\/t\w+\/apps\/com\.example\.capflight\/artifacts\/[0-9a-f]{64}\.zip$/)
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

    expect((await cli(repo, ['channel', '--store', store, '--channel', 'beta', '--allow-self-set', 'true'])).json.settings.allowSelfSet).toBe(true)
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
      const puts = proxy.requests.slice(before).filter((r) => r.method === 'PUT').map((r) => r.path.split('?')[0].split('/apps/com.example.capflight/')[1])
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
      await expectIntact(repo, sameStore(store, s3.endpoint))
      const history = (await cli(repo, ['status', '--store', sameStore(store, s3.endpoint)])).json.channels[0].history
      expect(history.map((h: { version: string }) => h.version)).toHaveLength(3)
    } finally {
      await proxy.stop()
    }
  }, 120000)

  test('a store that keeps answering 503: one retry layer (at most 6 tries an object, a line each), then a clear failure, the channel unmoved', async () => {
    const proxy = await startS3Proxy(s3.endpoint, { unavailable: /^PUT .*\/bundles\// })
    try {
      const repo = exampleRepo()
      const store = storeUrl(proxy.endpoint)
      const r = await cli(repo, ['release', '--store', store])
      expect(r.code).toBe(1)
      expect(r.json.error).toMatch(/bundles/)
      const puts = proxy.requests.filter((q) => q.method === 'PUT' && q.path.includes('/bundles/'))
      // The SDK's retries and the store's own no longer multiply (they gave 30 tries an object).
      expect(puts.length).toBeGreaterThanOrEqual(2)
      expect(puts.length).toBeLessThanOrEqual(6)
      expect(r.stderr.match(/retrying \(attempt \d of 6\)/g)?.length).toBe(puts.length - 1)
      expect(proxy.requests.some((q) => q.method === 'PUT' && q.path.includes('/channels/'))).toBe(false)
    } finally {
      await proxy.stop()
    }
  }, 120000)

  test('a store that never answers: the request\'s deadline (?deadline=, retries included) ends the release with a clear error, the channel unmoved', async () => {
    const proxy = await startS3Proxy(s3.endpoint, { hold: /^PUT .*\/bundles\// })
    try {
      const repo = exampleRepo()
      const r = await cli(repo, ['release', '--store', `${storeUrl(proxy.endpoint)}&deadline=2`])
      expect(r.code).toBe(1)
      expect(r.json.error).toMatch(/Gave up trying to write \S+\/bundles\/\S+ in s3:\/\/updates\/\S+ after 2 s: the store did not answer in time, retries included\. Nothing was moved/)
      expect(proxy.held).toBeGreaterThan(0)
      expect(proxy.requests.some((q) => q.method === 'PUT' && q.path.includes('/channels/'))).toBe(false)
      const bad = await cli(repo, ['status', '--store', `${storeUrl(proxy.endpoint)}&deadline=0`])
      expect([bad.code, bad.json.error]).toEqual([2, expect.stringMatching(/deadline must be a number of seconds from 1 to 3600, got "0"/)])
    } finally {
      await proxy.stop()
    }
  }, 120000)

  test.each([
    // S3's multipart ETag (MD5 of the parts' MD5s) matches what capflight computed: nothing is read back.
    ['checked by its multipart ETag', false, 0],
    // An ETag no client can compute (SSE-KMS): the upload is read back and hashed instead.
    ['read back where the ETag says nothing (SSE-KMS)', true, 1]
  ])('a large incompressible bundle goes up as a multipart upload with progress, %s', async (_how, opaqueEtags, readBacks) => {
    // s3rver tags multipart objects with a plain MD5; the proxy's test layer answers S3's ETags.
    const proxy = await startS3Proxy(s3.endpoint, { opaqueEtags })
    try {
      const repo = exampleRepo()
      repo.write('src/video.bin', randomBytes(20 * 1024 * 1024).toString('latin1'))
      repo.commit('feat: big asset')
      const store = storeUrl(proxy.endpoint)
      const r = await cli(repo, ['release', '--store', store])
      expect(r.json?.status ?? r.stderr).toBe('released')
      expect(r.json.size).toBeGreaterThan(16 * 1024 * 1024)
      expect(r.stderr).toMatch(/Uploading [0-9a-f]{64}\.zip: 100% \((\d+\.\d) of \1 MB\)/)
      expect(r.stderr).toMatch(/Storing files: 100% \((\d+) of \1 files\)/)
      const artifactKey = r.json.bundleUrl.replace('s3://updates/', '')
      expect(proxy.requests.filter((q) => q.method === 'POST' && q.path.includes(`${artifactKey}?uploads`))).toHaveLength(1)
      expect(proxy.requests.filter((q) => q.method === 'GET' && q.path.split('?')[0].endsWith(artifactKey))).toHaveLength(readBacks)
      expect(await objectSha(s3.endpoint, artifactKey)).toBe(r.json.checksum)
    } finally {
      await proxy.stop()
    }
  }, 120000)

  test.each([
    // s3rver does not check Content-MD5; the proxy's test layer does, answering BadDigest as S3 does.
    ['a small PUT, by its Content-MD5', /^PUT \S+\/files\/[0-9a-f]{64}\?(?!\S*partNumber)/, false],
    ['a small PUT to a store that ignores Content-MD5, by the ETag it answers', /^PUT \S+\/files\/[0-9a-f]{64}\?(?!\S*partNumber)/, true],
    ['a multipart upload, by its ETag and a read-back', /^PUT \S+\/artifacts\/\S+partNumber=2\b/, false]
  ])('a body damaged on the way is caught and sent again: %s', async (_how, corrupt, ignoreContentMd5) => {
    const repo = exampleRepo()
    repo.write('src/video.bin', randomBytes(20 * 1024 * 1024).toString('latin1'))
    repo.commit('feat: big asset')
    const proxy = await startS3Proxy(s3.endpoint, { corrupt, ignoreContentMd5 })
    try {
      const store = storeUrl(proxy.endpoint)
      const r = await cli(repo, ['release', '--store', store])
      expect(r.json?.status ?? r.stderr).toBe('released')
      expect(proxy.faults).toBe(1)
      expect(await objectSha(s3.endpoint, r.json.bundleUrl.replace('s3://updates/', ''))).toBe(r.json.checksum)
      const badDigests = proxy.requests.filter((q) => q.status === 400).length
      const artifactUploads = proxy.requests.filter((q) => q.method === 'POST' && /\/artifacts\/\S+\?uploads\b/.test(q.path)).length
      const files = proxy.requests.filter((q) => q.method === 'PUT' && corrupt.test(`PUT ${q.path}`))
      if (String(corrupt).includes('artifacts')) expect([badDigests, artifactUploads]).toEqual([0, 2])
      else if (ignoreContentMd5) expect([badDigests, files.length - new Set(files.map((q) => q.path)).size]).toEqual([0, 1])
      else expect(badDigests).toBe(1)
      await expectIntact(repo, sameStore(store, s3.endpoint))
    } finally {
      await proxy.stop()
    }
  }, 120000)

  test.each([
    // The next run builds the record it never wrote ...
    ['after its blobs, before the bundle record', /^PUT \S+\/bundles\//, 'released'],
    // ... or finds the one this commit stored and points the channel at it.
    ['after the bundle record, before the channel moved', /^PUT \S+\/channels\//, 'promoted']
  ])('a run killed %s is finished by the next run: nothing sent twice, nothing half-published', async (_when, hold, finish) => {
    const repo = exampleRepo()
    const stalled = await startS3Proxy(s3.endpoint, { hold })
    const store = storeUrl(stalled.endpoint)
    const direct = sameStore(store, s3.endpoint)
    try {
      const killer = new AbortController()
      const killed = cli(repo, ['release', '--store', store], S3_ENV, killer.signal)
      await until(() => stalled.held > 0, 'the release to stall')
      killer.abort()
      expect((await killed).code).not.toBe(0)
    } finally {
      await stalled.stop()
    }
    expect((await cli(repo, ['status', '--store', direct])).json.channels).toEqual([])

    const proxy = await startS3Proxy(s3.endpoint)
    try {
      const resumed = await cli(repo, ['release', '--store', sameStore(store, proxy.endpoint)])
      expect(resumed.json).toMatchObject({ status: finish, channel: 'development' })
      const puts = proxy.requests.filter((r) => r.method === 'PUT').map((r) => r.path.split('?')[0].split('/apps/com.example.capflight/')[1])
      expect(puts.filter((p) => p.startsWith('files/') || p.startsWith('artifacts/'))).toEqual([])
      expect(puts.filter((p) => p.startsWith('bundles/'))).toHaveLength(finish === 'released' ? 1 : 0)
      expect(puts.filter((p) => p.startsWith('channels/'))).toEqual(['channels/development.json'])
      const status = await cli(repo, ['status', '--store', direct])
      expect(status.json.channels.map((c: { name: string; version: string }) => [c.name, c.version])).toEqual([['development', resumed.json.version]])
      expect(status.json.channels[0].history).toHaveLength(1)
      await expectIntact(repo, direct)
    } finally {
      await proxy.stop()
    }
  }, 120000)

  test.each([
    ['a bundle record', /^PUT \S+\/bundles\//],
    ['a channel move', /^PUT \S+\/channels\//]
  ])('%s stored but its answer lost: the retry\'s 412 is recognised as this run\'s own write', async (_what, lose) => {
    // s3rver does not enforce If-None-Match / If-Match: the proxy's test layer does, as S3 would.
    const proxy = await startS3Proxy(s3.endpoint, { lose, enforceConditions: true })
    try {
      const repo = exampleRepo()
      const store = storeUrl(proxy.endpoint)
      const r = await cli(repo, ['release', '--store', store])
      expect(r.json?.status ?? r.stderr).toBe('released')
      expect(proxy.faults).toBe(1)
      const writes = proxy.requests.filter((q) => q.method === 'PUT' && lose.test(`PUT ${q.path}`))
      expect(writes.map((q) => q.status)).toEqual([undefined, 412])
      // One record, the one whose answer was lost: no second version minted for the same commit.
      const records = new Set(proxy.requests.filter((q) => q.method === 'PUT' && q.path.includes('/bundles/')).map((q) => q.path.split('?')[0]))
      expect(records.size).toBe(1)
      const status = (await cli(repo, ['status', '--store', sameStore(store, s3.endpoint)])).json.channels[0]
      expect([status.version, status.revision]).toEqual([r.json.version, 1])
      await expectIntact(repo, sameStore(store, s3.endpoint))
    } finally {
      await proxy.stop()
    }
  })

  test('a bucket in another region: an error naming its region; with that region the release goes through', async () => {
    // AWS answers a request signed for the wrong region with 301 PermanentRedirect and the
    // bucket's region in x-amz-bucket-region; s3rver has no regions, so the proxy answers so.
    const proxy = await startS3Proxy(s3.endpoint, { bucketRegion: 'eu-west-1' })
    try {
      const repo = exampleRepo()
      const store = storeUrl(proxy.endpoint)
      const wrong = await cli(repo, ['release', '--store', store])
      expect(wrong.code).toBe(1)
      expect(wrong.json.error).toMatch(/^Bucket "updates" is in eu-west-1, not us-east-1\. Add \?region=eu-west-1 to --store or set AWS_REGION=eu-west-1\./)
      expect((await cli(repo, ['release', '--store', `${store}&region=eu-west-1`])).json.status).toBe('released')
    } finally {
      await proxy.stop()
    }
  })

  test.each([
    ['an unknown bucket', (e: string) => `s3://no-such-bucket/x?endpoint=${encodeURIComponent(e)}`, S3_ENV, 1, /Bucket "no-such-bucket" does not exist/],
    ['wrong credentials', (e: string) => storeUrl(e), { ...S3_ENV, AWS_ACCESS_KEY_ID: 'NOT-A-KEY' }, 1, /Access to s3:\/\/updates was denied .*Check AWS_ACCESS_KEY_ID/],
    // No instance metadata lookup (it would leave this machine) and no ~/.aws files: nothing to find.
    ['no credentials at all', (e: string) => storeUrl(e), { AWS_REGION: 'us-east-1', AWS_EC2_METADATA_DISABLED: 'true', HOME: '/nonexistent' }, 1, /^No AWS credentials were found for s3:\/\/updates\/\w+\. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/],
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
