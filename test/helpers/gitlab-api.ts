import { FakeJsonApi, json, type ApiAnswer, type ApiRequest } from './fake-api.js'

/**
 * A stand-in for GitLab's REST API v4 on 127.0.0.1 (it cannot run here): project
 * releases (show/create/edit by tag) and merge request notes (list/create/edit),
 * with the documented shapes. Records every request.
 */
export class FakeGitlabApi extends FakeJsonApi {
  readonly releases = new Map<string, { tag_name: string; name: string; description: string }>()
  readonly notes: { id: number; body: string }[] = []
  failures: { method: string; match: RegExp; status: number }[] = []
  private nextId = 1
  protected override readonly basePath = '/api/v4'

  protected route({ method, path, body }: ApiRequest): ApiAnswer | undefined {
    const failure = this.failures.find((f) => f.method === method && f.match.test(path))
    if (failure) return json(failure.status, { message: `${failure.status} Forbidden` })
    let m: RegExpExecArray | null
    if ((m = /^\/api\/v4\/projects\/(\w+)\/releases\/(.+)$/.exec(path))) {
      const release = this.releases.get(m[2])
      if (method === 'GET') return release ? json(200, release) : json(404, { message: '404 Not Found' })
      if (method === 'PUT' && release) {
        release.description = body.description
        return json(200, release)
      }
    }
    if (method === 'POST' && /^\/api\/v4\/projects\/\w+\/releases$/.test(path)) {
      const release = { tag_name: body.tag_name, name: body.name, description: body.description }
      this.releases.set(body.tag_name, release)
      return json(201, release)
    }
    if (/^\/api\/v4\/projects\/\w+\/merge_requests\/\d+\/notes$/.test(path)) {
      if (method === 'GET') return json(200, this.notes)
      const note = { id: this.nextId++, body: body.body }
      this.notes.push(note)
      return json(201, note)
    }
    if (method === 'PUT' && (m = /\/notes\/(\d+)$/.exec(path))) {
      const note = this.notes.find((n) => n.id === Number(m![1]))
      if (!note) return json(404, { message: '404 Not Found' })
      note.body = body.body
      return json(200, note)
    }
    return json(404, { message: `404 ${method} ${path}` })
  }
}
