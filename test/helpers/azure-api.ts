import { FakeJsonApi, json, type ApiAnswer, type ApiRequest } from './fake-api.js'

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
export class FakeAzureDevOps extends FakeJsonApi {
  readonly tags: string[] = []
  readonly threads: { id: number; status: number; comments: { id: number; content: string }[] }[] = []
  failures: { method: string; match: RegExp; status: number }[] = []
  private nextId = 1
  protected override readonly basePath = '/org/'

  protected route({ method, path, body }: ApiRequest): ApiAnswer | undefined {
    const failure = this.failures.find((f) => f.method === method && f.match.test(path))
    if (failure) return json(failure.status, { message: 'TF400813: failure', typeKey: 'UnauthorizedRequestException' })
    let m: RegExpExecArray | null
    if (method === 'OPTIONS' && (m = /^\/org\/_apis\/(\w+)$/.exec(path))) {
      const value = LOCATIONS[m[1].toLowerCase()] ?? []
      return json(200, { count: value.length, value })
    }
    if (method === 'GET' && /^\/org\/_apis\/ResourceAreas/i.test(path)) return json(200, { count: 0, value: [] })
    if (method === 'POST' && /^\/org\/[^/]+\/_apis\/build\/builds\/\d+\/tags\/?$/.test(path)) {
      this.tags.push(...body)
      return json(200, { count: this.tags.length, value: this.tags })
    }
    if (/\/_apis\/git\/repositories\/[^/]+\/pullRequests\/\d+\/threads\/?$/.test(path)) {
      if (method === 'GET') return json(200, { count: this.threads.length, value: this.threads })
      const thread = { id: this.nextId++, status: body.status, comments: body.comments.map((c: { content: string }) => ({ id: this.nextId++, content: c.content })) }
      this.threads.push(thread)
      return json(200, thread)
    }
    if (method === 'PATCH' && (m = /\/threads\/(\d+)\/comments\/(\d+)$/.exec(path))) {
      const comment = this.threads.find((t) => t.id === Number(m![1]))?.comments.find((c) => c.id === Number(m![2]))
      if (!comment) return json(404, { message: 'not found' })
      comment.content = body.content
      return json(200, comment)
    }
    return json(404, { message: `no route ${method} ${path}` })
  }
}
