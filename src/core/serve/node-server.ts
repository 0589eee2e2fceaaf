import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import type { FetchHandler } from './handler.js'

export interface RunningServer {
  url: string
  close(): Promise<void>
}

/** Serves a fetch handler with Node's http server: IncomingMessage → Request, Response → ServerResponse. */
export function serveHandler(handler: FetchHandler, options: { port: number; host: string; onError?: (e: unknown) => void }): Promise<RunningServer> {
  const server = http.createServer(async (req, res) => {
    try {
      const url = `http://${req.headers.host ?? `${options.host}:${options.port}`}${req.url ?? '/'}`
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
      let request: Request
      try {
        request = new Request(url, {
          method: req.method,
          headers: req.headers as Record<string, string>,
          body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
          duplex: 'half'
        } as RequestInit)
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'bad_request', message: 'The request could not be read.' }))
        return
      }
      const response = await handler(request)
      const headers: Record<string, string> = {}
      response.headers.forEach((v, k) => { headers[k] = v })
      res.writeHead(response.status, headers)
      if (!response.body) {
        res.end()
        return
      }
      const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream)
      body.on('error', (error) => {
        options.onError?.(error)
        res.destroy()
      })
      res.on('close', () => body.destroy())
      body.pipe(res)
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
