import http from 'node:http'
import type { AddressInfo } from 'node:net'
import S3rver from 's3rver'
import { tempDir } from './repo.js'

export const S3_ENV = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' }

/** A real S3-compatible server (s3rver) on 127.0.0.1 with one bucket, `updates`. */
export async function startS3(): Promise<{ endpoint: string; stop: () => Promise<void> }> {
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: tempDir('otakit-s3rver-'), configureBuckets: [{ name: 'updates' }] })
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
  /** Share (0–1) of requests that fail: 503 SlowDown, a dropped connection, or a cut-off body. */
  faultRate?: number
}

/** A proxy in front of s3rver: records requests, can enforce conditional writes and inject faults. */
export async function startS3Proxy(upstream: string, options: ProxyOptions = {}): Promise<{ endpoint: string; requests: { method: string; path: string }[]; faults: number; stop: () => Promise<void> }> {
  const target = new URL(upstream)
  const locks = new Map<string, Promise<void>>()
  const state = { requests: [] as { method: string; path: string }[], faults: 0 }
  let seed = 7
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)

  const forward = (req: http.IncomingMessage, body: Buffer, res: http.ServerResponse, cut: boolean) => new Promise<void>((resolve) => {
    const up = http.request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (upRes) => {
      res.writeHead(upRes.statusCode ?? 502, upRes.headers)
      if (cut) {
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
      const body = Buffer.concat(chunks)
      state.requests.push({ method: req.method!, path: req.url! })
      if (options.faultRate && rand() < options.faultRate) {
        state.faults++
        const kind = rand()
        if (kind < 0.4) {
          res.writeHead(503, { 'content-type': 'application/xml' })
          res.end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>')
          return
        }
        if (kind < 0.7 || req.method !== 'GET') {
          req.socket.destroy()
          return
        }
        await forward(req, body, res, true)
        return
      }
      if (!options.enforceConditions || !/^(GET|HEAD|PUT|DELETE)$/.test(req.method!) || req.url!.split('?')[0].endsWith('/')) {
        await forward(req, body, res, false)
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
          await forward(req, body, res, false)
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
    stop: () => new Promise((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
  }
}
