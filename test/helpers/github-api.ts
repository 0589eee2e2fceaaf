import { FakeJsonApi, json, type ApiAnswer, type ApiRequest } from './fake-api.js'

/**
 * A stand-in for GitHub's REST API on 127.0.0.1 (the one service that cannot run
 * here). It answers the documented request and response shapes of the endpoints
 * the action uses — releases by tag, create/update release, list/create/update
 * issue comments — and records every request.
 */
export class FakeGithubApi extends FakeJsonApi {
  readonly releases = new Map<string, { id: number; tag_name: string; body: string; name: string; html_url: string }>()
  readonly comments = new Map<number, { id: number; body: string }[]>()
  /** When set, every request of this method and path prefix fails with that status. */
  failures: { method: string; prefix: string; status: number }[] = []
  private nextId = 100

  protected route({ method, path, body }: ApiRequest): ApiAnswer | undefined {
    const failure = this.failures.find((f) => f.method === method && path.startsWith(f.prefix))
    if (failure) return json(failure.status, { message: failure.status === 401 ? 'Bad credentials' : 'Server Error', documentation_url: 'https://docs.github.com/rest' })
    const notFound = json(404, { message: 'Not Found' })
    let m: RegExpExecArray | null
    if (method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/releases\/tags\/(.+)$/.exec(path))) {
      const release = this.releases.get(m[1])
      return release ? json(200, release) : notFound
    }
    if (method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/releases$/.test(path)) {
      const release = { id: this.nextId++, tag_name: body.tag_name, name: body.name, body: body.body, html_url: `https://github.com/o/r/releases/tag/${body.tag_name}` }
      this.releases.set(body.tag_name, release)
      return json(201, release)
    }
    if (method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/releases\/(\d+)$/.exec(path))) {
      const release = [...this.releases.values()].find((r) => r.id === Number(m![1]))
      if (!release) return notFound
      release.body = body.body
      return json(200, release)
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path))) {
      const list = this.comments.get(Number(m[1])) ?? []
      if (method === 'GET') return json(200, list)
      const comment = { id: this.nextId++, body: body.body }
      this.comments.set(Number(m[1]), [...list, comment])
      return json(201, comment)
    }
    if (method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path))) {
      for (const list of this.comments.values()) {
        const comment = list.find((c) => c.id === Number(m![1]))
        if (comment) {
          comment.body = body.body
          return json(200, comment)
        }
      }
      return notFound
    }
    return notFound
  }
}
