import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import type { RawHandler } from './handler.js'

export interface RunningServer {
  url: string
  close(): Promise<void>
}

/** Reads a request body into memory, giving up past `limit` bytes (the handler then answers 413). */
function readBody(req: http.IncomingMessage, limit: number): Promise<{ body?: Buffer; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
    })
    req.on('end', () => resolve(size > limit ? { tooLarge: true } : { body: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks), tooLarge: false }))
    req.on('error', reject)
  })
}

/**
 * Serves the protocol with Node's http server, handing it plain objects (no
 * web Request/Response per call: they cost more than the protocol itself).
 */
export function serveHandler(handler: RawHandler, options: { port: number; host: string; maxBodyBytes?: number; onError?: (e: unknown) => void }): Promise<RunningServer> {
  const limit = options.maxBodyBytes ?? 2 * 1024 * 1024
  const server = http.createServer(async (req, res) => {
    try {
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
      const { body, tooLarge } = hasBody ? await readBody(req, limit) : { body: undefined, tooLarge: false }
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
