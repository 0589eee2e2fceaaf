import { createHash } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import S3rver from 's3rver'
import { tempDir } from './repo.js'

export const S3_ENV = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' }

/**
 * A real S3-compatible server (s3rver) on 127.0.0.1 with one bucket, `updates`. s3rver makes the
 * continuation tokens of truncated listings with DES, which OpenSSL 3 keeps in its legacy
 * provider: the test script runs Node with --openssl-legacy-provider, or every paged listing fails.
 */
export async function startS3(): Promise<{ endpoint: string; stop: () => Promise<void> }> {
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: tempDir('capflight-s3rver-'), configureBuckets: [{ name: 'updates' }] })
  const { port } = await server.run() as AddressInfo
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => server.close() }
}

export interface ProxyOptions {
  /**
   * s3rver ignores If-None-Match / If-Match on PUT, and a read racing a write of the same
   * object can see it half-written (S3 itself is atomic). With `enforceConditions`, this test
   * layer serializes requests per object and enforces the conditions as S3 does (412).
   */
  enforceConditions?: boolean
  /**
   * Share (0–1) of requests that fail: 503 SlowDown, a dropped connection, a cut-off
   * response body, or an upload body with one byte damaged on the way.
   */
  faultRate?: number
  /** The first request (`METHOD path?query`) matching has its body damaged on the way. */
  corrupt?: RegExp
  /**
   * The region the bucket lives in: a request signed for another region gets S3's
   * 301 PermanentRedirect naming it in x-amz-bucket-region, as AWS answers.
   */
  bucketRegion?: string
  /** The first request (`METHOD path?query`) matching is served, and its answer lost on the way back. */
  lose?: RegExp
  /** Like stores that do not check Content-MD5 (s3rver itself): a damaged body is stored. */
  ignoreContentMd5?: boolean
  /** ETags as SSE-KMS objects have them: not an MD5 of anything the client can compute. */
  opaqueEtags?: boolean
  /** Requests (`METHOD path?query`) held unanswered, as if the network stalled, until the test ends. */
  hold?: RegExp
  /** Requests (`METHOD path?query`) always answered 503 SlowDown, as a store that is down. */
  unavailable?: RegExp
}

/** One byte flipped in the middle: same length, other content. */
function damage(body: Buffer): Buffer {
  const copy = Buffer.from(body)
  if (copy.length) copy[copy.length >> 1] ^= 0xff
  return copy
}

/** A proxy in front of s3rver: records requests, can enforce conditional writes and inject faults. */
export async function startS3Proxy(upstream: string, options: ProxyOptions = {}): Promise<{
  endpoint: string
  requests: { method: string; path: string; status?: number }[]
  faults: number
  held: number
  stop: () => Promise<void>
}> {
  const target = new URL(upstream)
  const locks = new Map<string, Promise<void>>()
  const state = { requests: [] as { method: string; path: string; status?: number }[], faults: 0, held: 0 }
  let corrupted = false
  // S3 tags a multipart object with the MD5 of its parts' MD5s and the part count; s3rver
  // tags it with the whole object's MD5, so this layer keeps the parts' MD5s and answers as S3.
  const partMd5s = new Map<string, Map<number, Buffer>>()
  const multipartEtags = new Map<string, string>()
  const etagFor = (key: string, etag: string | undefined) =>
    options.opaqueEtags && etag ? `"${createHash('sha256').update(etag).digest('hex').slice(0, 32)}"` : multipartEtags.get(key) ?? etag
  let lost = false
  const answered = (res: http.ServerResponse, entry: { status?: number }) => res.on('finish', () => { entry.status = res.statusCode })
  let seed = 7
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)

  /** `cut`: the answer's body is cut off halfway; `lose`: the request is served and the answer never arrives. */
  const forward = (req: http.IncomingMessage, body: Buffer, res: http.ServerResponse, mode: 'whole' | 'cut' | 'lose' = 'whole') => new Promise<void>((resolve) => {
    const up = http.request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (upRes) => {
      if (mode === 'lose') {
        upRes.resume()
        upRes.on('end', () => { req.socket.destroy(); resolve() })
        return
      }
      const headers = { ...upRes.headers }
      if (headers.etag && req.method !== 'PUT') headers.etag = etagFor(req.url!.split('?')[0], headers.etag as string)
      res.writeHead(upRes.statusCode ?? 502, headers)
      if (mode === 'cut') {
        upRes.once('data', (chunk: Buffer) => {
          res.write(chunk.subarray(0, Math.max(1, chunk.length >> 1)))
          res.destroy()
          upRes.destroy()
          resolve()
        })
        upRes.on('end', () => { res.end(); resolve() })
        return
      }
      upRes.pipe(res)
      upRes.on('end', () => resolve())
    })
    up.on('error', () => { res.destroy(); resolve() })
    up.setTimeout(10_000, () => up.destroy(new Error('upstream timeout')))
    res.on('close', () => resolve())
    up.end(body)
  })

  const head = (req: http.IncomingMessage) => new Promise<{ status: number; etag?: string }>((resolve) => {
    const url = req.url!.split('?')[0]
    const up = http.request({ host: target.hostname, port: target.port, method: 'HEAD', path: url, headers: { host: req.headers.host! } }, (r) => {
      r.resume()
      resolve({ status: r.statusCode ?? 0, etag: r.headers.etag as string | undefined })
    })
    up.on('error', () => resolve({ status: 0 }))
    up.setTimeout(10_000, () => up.destroy(new Error('upstream timeout')))
    up.end()
  })

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', async () => {
      let body: Buffer = Buffer.concat(chunks)
      const entry: { method: string; path: string; status?: number } = { method: req.method!, path: req.url! }
      state.requests.push(entry)
      answered(res, entry)
      const line = `${req.method} ${req.url}`
      if (options.hold?.test(line)) {
        state.held++
        return
      }
      if (options.unavailable?.test(line)) {
        state.faults++
        res.writeHead(503, { 'content-type': 'application/xml' })
        res.end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>')
        return
      }
      if (options.bucketRegion) {
        const signedFor = /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(String(req.headers.authorization))?.[1]
        if (signedFor !== options.bucketRegion) {
          res.writeHead(301, { 'x-amz-bucket-region': options.bucketRegion, 'content-type': 'application/xml' })
          res.end(req.method === 'HEAD' ? undefined : '<?xml version="1.0" encoding="UTF-8"?><Error><Code>PermanentRedirect</Code><Message>The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.</Message></Error>')
          return
        }
      }
      if (options.lose?.test(line) && !lost) {
        lost = true
        state.faults++
        await forward(req, body, res, 'lose')
        return
      }
      if (options.corrupt?.test(line) && !corrupted) {
        corrupted = true
        state.faults++
        body = damage(body)
      }
      if (options.faultRate && rand() < options.faultRate) {
        state.faults++
        const kind = rand()
        if (kind < 0.15 && req.method === 'PUT' && body.length) {
          body = damage(body)
        } else if (kind < 0.4) {
          res.writeHead(503, { 'content-type': 'application/xml' })
          res.end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>')
          return
        } else if (kind < 0.55 && req.method === 'PUT') {
          // Stored, but the answer is lost: the client must not take its own retry's 412 for a lost race.
          await forward(req, body, res, 'lose')
          return
        } else if (kind < 0.7 || req.method !== 'GET') {
          req.socket.destroy()
          return
        } else {
          await forward(req, body, res, 'cut')
          return
        }
      }
      const [objectPath, query = ''] = req.url!.split('?')
      const params = new URLSearchParams(query)
      const uploadId = params.get('uploadId')
      if (req.method === 'PUT' && uploadId && params.get('partNumber')) {
        const parts = partMd5s.get(uploadId) ?? new Map<number, Buffer>()
        parts.set(Number(params.get('partNumber')), createHash('md5').update(body).digest())
        partMd5s.set(uploadId, parts)
      }
      if (req.method === 'POST' && uploadId && partMd5s.has(uploadId)) {
        const parts = [...partMd5s.get(uploadId)!.entries()].sort((a, b) => a[0] - b[0]).map(([, d]) => d)
        multipartEtags.set(objectPath, `"${createHash('md5').update(Buffer.concat(parts)).digest('hex')}-${parts.length}"`)
      } else if (req.method === 'PUT' && !uploadId) {
        multipartEtags.delete(objectPath)
      }
      // S3 checks Content-MD5 on receipt; s3rver does not, so this layer does, as S3 answers.
      const md5 = req.headers['content-md5']
      if (md5 && !options.ignoreContentMd5 && createHash('md5').update(body).digest('base64') !== md5) {
        res.writeHead(400, { 'content-type': 'application/xml' })
        res.end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>BadDigest</Code><Message>The Content-MD5 you specified did not match what we received.</Message></Error>')
        return
      }
      if (!options.enforceConditions || !/^(GET|HEAD|PUT|DELETE)$/.test(req.method!) || req.url!.split('?')[0].endsWith('/')) {
        await forward(req, body, res)
        return
      }
      const conditional = req.method === 'PUT' && (req.headers['if-none-match'] || req.headers['if-match'])
      const key = req.url!.split('?')[0]
      const previous = locks.get(key) ?? Promise.resolve()
      let release!: () => void
      const mine = new Promise<void>((r) => { release = r })
      locks.set(key, previous.then(() => mine))
      await previous
      try {
        const current = conditional ? await head(req) : { status: 200 }
        const failed = conditional && (current.status === 0 || (req.headers['if-none-match'] === '*' ? current.status === 200 : current.etag !== req.headers['if-match']))
        if (failed) {
          res.writeHead(412, { 'content-type': 'application/xml' })
          res.end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>PreconditionFailed</Code><Message>At least one of the pre-conditions you specified did not hold</Message></Error>')
        } else {
          await forward(req, body, res)
        }
      } finally {
        release()
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get requests() { return state.requests },
    get faults() { return state.faults },
    get held() { return state.held },
    stop: () => new Promise((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
  }
}
