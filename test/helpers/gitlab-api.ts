import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface GitlabRequest {
  method: string
  path: string
  body: any
  headers: http.IncomingHttpHeaders
}

/**
 * A stand-in for GitLab's REST API v4 on 127.0.0.1 (it cannot run here): project
 * releases (show/create/edit by tag) and merge request notes (list/create/edit),
 * with the documented shapes. Records every request.
 */
export class FakeGitlabApi {
  readonly requests: GitlabRequest[] = []
  readonly releases = new Map<string, { tag_name: string; name: string; description: string }>()
  readonly notes: { id: number; body: string }[] = []
  failures: { method: string; match: RegExp; status: number }[] = []
  private nextId = 1
  private server = http.createServer((req, res) => this.handle(req, res))

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/v4`
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve())
      this.server.closeAllConnections()
    })
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    let raw = ''
    req.on('data', (c) => { raw += c })
    req.on('end', () => {
      const p = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      let body: any
      try { body = raw ? JSON.parse(raw) : undefined } catch { body = raw }
      this.requests.push({ method: req.method ?? '', path: p, body, headers: req.headers })
      const send = (status: number, data: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(data))
      }
      const failure = this.failures.find((f) => f.method === req.method && f.match.test(p))
      if (failure) return send(failure.status, { message: `${failure.status} Forbidden` })
      let m: RegExpExecArray | null
      if ((m = /^\/api\/v4\/projects\/(\w+)\/releases\/(.+)$/.exec(p))) {
        const release = this.releases.get(m[2])
        if (req.method === 'GET') return release ? send(200, release) : send(404, { message: '404 Not Found' })
        if (req.method === 'PUT' && release) {
          release.description = body.description
          return send(200, release)
        }
      }
      if (req.method === 'POST' && /^\/api\/v4\/projects\/\w+\/releases$/.test(p)) {
        const release = { tag_name: body.tag_name, name: body.name, description: body.description }
        this.releases.set(body.tag_name, release)
        return send(201, release)
      }
      if (/^\/api\/v4\/projects\/\w+\/merge_requests\/\d+\/notes$/.test(p)) {
        if (req.method === 'GET') return send(200, this.notes)
        const note = { id: this.nextId++, body: body.body }
        this.notes.push(note)
        return send(201, note)
      }
      if (req.method === 'PUT' && (m = /\/notes\/(\d+)$/.exec(p))) {
        const note = this.notes.find((n) => n.id === Number(m![1]))
        if (!note) return send(404, { message: '404 Not Found' })
        note.body = body.body
        return send(200, note)
      }
      send(404, { message: `404 ${req.method} ${p}` })
    })
  }
}
