import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request a fake service received. */
export interface ApiRequest {
  method: string
  /** URL path, percent-decoded. */
  path: string
  query: Record<string, string>
  /** The JSON body, the text when it is not JSON, undefined when empty. */
  body: any
  /** The body's bytes (uploads). */
  raw: Buffer
  headers: http.IncomingHttpHeaders
  authorization?: string
}

export interface ApiAnswer {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

/**
 * The scaffolding of a stand-in for a remote HTTP service on 127.0.0.1 (used only for
 * services that cannot run here): it listens on a free port, records every request and
 * answers JSON; a subclass routes requests to answers with the service's documented shapes.
 */
export abstract class FakeJsonApi {
  readonly requests: ApiRequest[] = []
  private readonly server = http.createServer((req, res) => this.receive(req, res))
  protected origin = ''

  /** Starts listening; returns the service's base URL (the origin plus `basePath`). */
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return `${this.origin}${this.basePath}`
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve())
      this.server.closeAllConnections()
    })
  }

  protected readonly basePath: string = ''

  /** The answer to one request; undefined is a 404. */
  protected abstract route(req: ApiRequest): ApiAnswer | undefined

  private receive(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const raw = Buffer.concat(chunks)
      const url = new URL(req.url ?? '/', 'http://x')
      let body: any
      if (raw.length > 0) {
        const text = raw.toString('utf8')
        try { body = JSON.parse(text) } catch { body = text }
      }
      const request: ApiRequest = {
        method: req.method ?? '', path: decodeURIComponent(url.pathname), query: Object.fromEntries(url.searchParams),
        body, raw, headers: req.headers, authorization: req.headers.authorization
      }
      this.requests.push(request)
      const answer = this.route(request) ?? { status: 404, body: { message: `no route ${request.method} ${request.path}` } }
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body))
    })
  }
}

/** Shorthand for an answer. */
export function json(status: number, body?: unknown, headers?: Record<string, string>): ApiAnswer {
  return { status, body, headers }
}

/**
 * A fresh fake per test: started before each, stopped after each. Read `.api` and `.url`
 * inside tests (they change from one test to the next).
 */
export function fakePerTest<T extends FakeJsonApi>(make: () => T): { readonly api: T; readonly url: string } {
  const state = {} as { api: T; url: string }
  beforeEach(async () => {
    state.api = make()
    state.url = await state.api.start()
  })
  afterEach(() => state.api.stop())
  return state
}
