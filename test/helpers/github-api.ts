import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  body: any
  authorization?: string
}

/**
 * A stand-in for GitHub's REST API on 127.0.0.1 (the one service that cannot run
 * here). It answers the documented request and response shapes of the endpoints
 * the action uses — releases by tag, create/update release, list/create/update
 * issue comments — and records every request.
 */
export class FakeGithubApi {
  readonly requests: RecordedRequest[] = []
  readonly releases = new Map<string, { id: number; tag_name: string; body: string; name: string; html_url: string }>()
  readonly comments = new Map<number, { id: number; body: string }[]>()
  /** When set, every request of this method and path prefix fails with that status. */
  failures: { method: string; prefix: string; status: number }[] = []
  private nextId = 100
  private server = http.createServer((req, res) => this.handle(req, res))

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    let raw = ''
    req.on('data', (c) => { raw += c })
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x')
      const body = raw ? JSON.parse(raw) : undefined
      this.requests.push({ method: req.method ?? '', path: url.pathname, body, authorization: req.headers.authorization })
      const send = (status: number, data: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(data))
      }
      const failure = this.failures.find((f) => f.method === req.method && url.pathname.startsWith(f.prefix))
      if (failure) return send(failure.status, { message: failure.status === 401 ? 'Bad credentials' : 'Server Error', documentation_url: 'https://docs.github.com/rest' })
      let m: RegExpExecArray | null
      if (req.method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/releases\/tags\/(.+)$/.exec(url.pathname))) {
        const release = this.releases.get(decodeURIComponent(m[1]))
        return release ? send(200, release) : send(404, { message: 'Not Found' })
      }
      if (req.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/releases$/.test(url.pathname)) {
        const release = { id: this.nextId++, tag_name: body.tag_name, name: body.name, body: body.body, html_url: `https://github.com/o/r/releases/tag/${body.tag_name}` }
        this.releases.set(body.tag_name, release)
        return send(201, release)
      }
      if (req.method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/releases\/(\d+)$/.exec(url.pathname))) {
        const release = [...this.releases.values()].find((r) => r.id === Number(m![1]))
        if (!release) return send(404, { message: 'Not Found' })
        release.body = body.body
        return send(200, release)
      }
      if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
        const list = this.comments.get(Number(m[1])) ?? []
        if (req.method === 'GET') return send(200, list)
        const comment = { id: this.nextId++, body: body.body }
        this.comments.set(Number(m[1]), [...list, comment])
        return send(201, comment)
      }
      if (req.method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname))) {
        for (const list of this.comments.values()) {
          const comment = list.find((c) => c.id === Number(m![1]))
          if (comment) {
            comment.body = body.body
            return send(200, comment)
          }
        }
        return send(404, { message: 'Not Found' })
      }
      send(404, { message: 'Not Found' })
    })
  }
}
