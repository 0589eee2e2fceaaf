import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import type { RawHandle } from './handler.js'

export interface RunningServer {
  url: string
  close(): Promise<void>
}

/**
 * Reads a request body into memory, giving up past `limit` bytes (the handler then answers 413).
 * A Content-Length past the limit is refused before a byte of the body is read.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<{ body?: Buffer; tooLarge: boolean }> {
  const declared = Number(req.headers['content-length'] ?? '0')
  if (!Number.isFinite(declared) || declared > limit) return Promise.resolve({ tooLarge: true })
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
      else {
        req.off('data', onData)
        resolve({ tooLarge: true })
      }
    }
    req.on('data', onData)
    req.on('end', () => resolve({ body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks), tooLarge: false }))
    req.on('error', reject)
  })
}

/**
 * A body refused as too large is read and thrown away, so the client gets to read the 413
 * instead of a reset connection; past DISCARD_LIMIT the connection is cut.
 */
const DISCARD_LIMIT = 64 * 1024 * 1024
function discardBody(req: http.IncomingMessage): void {
  let seen = 0
  req.on('data', (chunk: Buffer) => {
    seen += chunk.length
    if (seen > DISCARD_LIMIT) req.socket.destroy()
  })
  req.resume()
}

/**
 * Serves the protocol with Node's http server, handing it plain objects (no
 * web Request/Response per call: they cost more than the protocol itself).
 */
export interface ServeOptions {
  port: number
  host: string
  maxBodyBytes?: number
  /** A request (headers and body) must arrive within this time, else 408. Default 30 s. */
  requestTimeoutMs?: number
  onError?: (e: unknown) => void
}

export function serveHandler(handler: RawHandle, options: ServeOptions): Promise<RunningServer> {
  const limit = options.maxBodyBytes ?? 2 * 1024 * 1024
  const requestTimeout = options.requestTimeoutMs ?? 30_000
  // Slow bodies are cut off by Node's own request timeout, checked this often.
  const server = http.createServer({ requestTimeout, headersTimeout: requestTimeout, connectionsCheckingInterval: Math.max(10, Math.min(requestTimeout / 2, 30_000)) }, async (req, res) => {
    try {
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
      const { body, tooLarge } = hasBody ? await readBody(req, limit) : { body: undefined, tooLarge: false }
      if (tooLarge) discardBody(req)
      const response = await handler({
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        origin: `http://${req.headers.host ?? `${options.host}:${options.port}`}`,
        header: (name) => {
          const v = req.headers[name.toLowerCase()]
          return Array.isArray(v) ? v.join(', ') : v
        },
        body,
        bodyTooLarge: tooLarge
      })
      if (response.body === undefined || response.body === null) {
        res.writeHead(response.status, response.headers).end()
      } else if (typeof response.body === 'string') {
        res.writeHead(response.status, { ...response.headers, 'content-length': String(Buffer.byteLength(response.body)) }).end(response.body)
      } else {
        res.writeHead(response.status, response.headers)
        const stream = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream)
        stream.on('error', (error) => {
          options.onError?.(error)
          res.destroy()
        })
        res.on('close', () => stream.destroy())
        stream.pipe(res)
      }
    } catch (error) {
      options.onError?.(error)
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ error: 'server_error', message: 'The update server failed; see its log.' }))
    }
  })
  server.keepAliveTimeout = 65_000
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      const address = server.address() as AddressInfo
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
      resolve({
        url: `http://${host}:${address.port}`,
        close: () => new Promise((r) => {
          server.close(() => r())
          server.closeAllConnections()
        })
      })
    })
  })
}
