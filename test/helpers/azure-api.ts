import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface AzureRequest {
  method: string
  path: string
  body: any
  authorization?: string
}

// Resource locations as Azure DevOps publishes them (OPTIONS /_apis/<area>); ids from the REST API reference.
const LOCATIONS: Record<string, unknown[]> = {
  location: [{ id: 'e81700f7-3be2-46de-8624-2eb35882fcaa', area: 'Location', resourceName: 'ResourceAreas', routeTemplate: '_apis/{resource}/{areaId}', resourceVersion: 1, minVersion: '3.2', maxVersion: '7.2', releasedVersion: '7.1' }],
  build: [{ id: '6e6114b2-8161-44c8-8f6c-c5505782427f', area: 'build', resourceName: 'tags', routeTemplate: '{project}/_apis/{area}/builds/{buildId}/{resource}/{*tag}', resourceVersion: 3, minVersion: '2.0', maxVersion: '7.2', releasedVersion: '7.1' }],
  git: [
    { id: 'ab6e2e5d-a0b7-4153-b64a-a4efe0d49449', area: 'git', resourceName: 'threads', routeTemplate: '{project}/_apis/{area}/repositories/{repositoryId}/pullRequests/{pullRequestId}/{resource}/{threadId}', resourceVersion: 1, minVersion: '3.0', maxVersion: '7.2', releasedVersion: '7.1' },
    { id: '965a3ec7-5ed8-455a-bdcb-835a5ea7fe7b', area: 'git', resourceName: 'comments', routeTemplate: '{project}/_apis/{area}/repositories/{repositoryId}/pullRequests/{pullRequestId}/threads/{threadId}/{resource}/{commentId}', resourceVersion: 1, minVersion: '3.0', maxVersion: '7.2', releasedVersion: '7.1' }
  ]
}

/**
 * A stand-in for the Azure DevOps REST API on 127.0.0.1 (the service cannot run
 * here): resource-location discovery, build tags and pull request threads and
 * comments, with the documented shapes. Records every request.
 */
export class FakeAzureDevOps {
  readonly requests: AzureRequest[] = []
  readonly tags: string[] = []
  readonly threads: { id: number; status: number; comments: { id: number; content: string }[] }[] = []
  failures: { method: string; match: RegExp; status: number }[] = []
  private nextId = 1
  private server = http.createServer((req, res) => this.handle(req, res))

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/org/`
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
      const url = new URL(req.url ?? '/', 'http://x')
      const p = decodeURIComponent(url.pathname)
      const body = raw ? JSON.parse(raw) : undefined
      this.requests.push({ method: req.method ?? '', path: p, body, authorization: req.headers.authorization })
      const send = (status: number, data: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(data))
      }
      const failure = this.failures.find((f) => f.method === req.method && f.match.test(p))
      if (failure) return send(failure.status, { message: 'TF400813: failure', typeKey: 'UnauthorizedRequestException' })
      let m: RegExpExecArray | null
      if (req.method === 'OPTIONS' && (m = /^\/org\/_apis\/(\w+)$/.exec(p))) {
        const value = LOCATIONS[m[1].toLowerCase()] ?? []
        return send(200, { count: value.length, value })
      }
      if (req.method === 'GET' && /^\/org\/_apis\/ResourceAreas/i.test(p)) return send(200, { count: 0, value: [] })
      if (req.method === 'POST' && /^\/org\/[^/]+\/_apis\/build\/builds\/\d+\/tags\/?$/.test(p)) {
        this.tags.push(...body)
        return send(200, { count: this.tags.length, value: this.tags })
      }
      if (/\/_apis\/git\/repositories\/[^/]+\/pullRequests\/\d+\/threads\/?$/.test(p)) {
        if (req.method === 'GET') return send(200, { count: this.threads.length, value: this.threads })
        const thread = { id: this.nextId++, status: body.status, comments: body.comments.map((c: { content: string }) => ({ id: this.nextId++, content: c.content })) }
        this.threads.push(thread)
        return send(200, thread)
      }
      if (req.method === 'PATCH' && (m = /\/threads\/(\d+)\/comments\/(\d+)$/.exec(p))) {
        const comment = this.threads.find((t) => t.id === Number(m![1]))?.comments.find((c) => c.id === Number(m![2]))
        if (!comment) return send(404, { message: 'not found' })
        comment.content = body.content
        return send(200, comment)
      }
      send(404, { message: `no route ${req.method} ${p}` })
    })
  }
}
