import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A double of GitHub's Actions cache service (v2), at its HTTP boundary, for what cannot run
 * here: the twirp JSON API `github.actions.results.api.v1.CacheService` that @actions/cache calls
 * at ACTIONS_RESULTS_URL (CreateCacheEntry → upload → FinalizeCacheEntryUpload;
 * GetCacheEntryDownloadURL), and the signed blob URLs it hands out, which the Azure Storage SDK
 * uploads to with Put Blob (`x-ms-blob-type: BlockBlob`) and @actions/http-client downloads
 * with a plain GET. Shapes as in @actions/cache's generated client (snake_case fields, twirp
 * errors as `{code, msg}`); lookups as the service documents them: the key exactly, then each
 * restore key as a prefix, newest first, only among finalized entries of the same version.
 */
export class FakeActionsCache {
  readonly calls: string[] = []
  readonly entries: { id: number; key: string; version: string; bytes?: Buffer; finalized: boolean }[] = []
  private server?: Server
  url = ''

  constructor(private readonly token = 'runtime-token') {}

  /** What the runner gives a job so @actions/cache uses this service. */
  get env(): Record<string, string> {
    return { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: this.url + '/', ACTIONS_RUNTIME_TOKEN: this.token }
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => { void this.handle(req, res) })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve())
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    const url = new URL(req.url ?? '/', this.url)
    const twirp = /^\/twirp\/github\.actions\.results\.api\.v1\.CacheService\/(\w+)$/.exec(url.pathname)
    if (twirp && req.method === 'POST') {
      this.calls.push(twirp[1])
      if (req.headers.authorization !== `Bearer ${this.token}`) return this.twirpError(res, 401, 'unauthenticated', 'no runtime token')
      return this.rpc(twirp[1], JSON.parse(body.toString('utf8')), res)
    }
    const blob = /^\/devstoreaccount1\/actions-cache\/(\d+)$/.exec(url.pathname)
    const entry = blob && url.searchParams.get('sig') === 'signed' ? this.entries.find((e) => e.id === Number(blob[1])) : undefined
    if (!entry) return this.send(res, 403, 'text/plain', 'AuthenticationFailed')
    if (req.method === 'PUT') {
      this.calls.push('PutBlob')
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob' || url.searchParams.has('comp') || entry.finalized) return this.send(res, 400, 'text/plain', 'InvalidBlobOrBlock')
      entry.bytes = body
      res.writeHead(201, { ETag: `"0x${entry.id}"`, 'Last-Modified': new Date(0).toUTCString(), 'x-ms-request-id': String(entry.id), 'x-ms-version': '2024-11-04', 'Content-Length': '0' })
      return void res.end()
    }
    if (req.method === 'GET' && entry.finalized && entry.bytes) {
      this.calls.push('GetBlob')
      return this.send(res, 200, 'application/octet-stream', entry.bytes)
    }
    this.send(res, 404, 'text/plain', 'BlobNotFound')
  }

  private rpc(method: string, request: Record<string, unknown>, res: ServerResponse): void {
    const key = String(request.key ?? '')
    const version = String(request.version ?? '')
    const signed = (id: number) => `${this.url}/devstoreaccount1/actions-cache/${id}?sig=signed`
    if (method === 'CreateCacheEntry') {
      if (this.entries.some((e) => e.key === key && e.version === version)) return this.twirpError(res, 409, 'already_exists', 'cache entry with the same key, version, and scope already exists')
      const id = this.entries.length + 1
      this.entries.push({ id, key, version, finalized: false })
      return this.json(res, { ok: true, signed_upload_url: signed(id) })
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const entry = this.entries.find((e) => e.key === key && e.version === version && !e.finalized)
      if (!entry?.bytes || entry.bytes.length !== Number(request.size_bytes)) return this.json(res, { ok: false, message: 'no upload of that size for this entry' })
      entry.finalized = true
      return this.json(res, { ok: true, entry_id: String(entry.id) })
    }
    if (method === 'GetCacheEntryDownloadURL') {
      const ready = this.entries.filter((e) => e.finalized && e.version === version).reverse()
      const restoreKeys = (request.restore_keys as string[] | undefined) ?? []
      const match = ready.find((e) => e.key === key) ?? restoreKeys.map((prefix) => ready.find((e) => e.key.startsWith(prefix))).find(Boolean)
      return this.json(res, match ? { ok: true, signed_download_url: signed(match.id), matched_key: match.key } : { ok: false })
    }
    this.twirpError(res, 404, 'bad_route', `no method ${method}`)
  }

  private json(res: ServerResponse, body: unknown): void {
    this.send(res, 200, 'application/json', JSON.stringify(body))
  }

  private twirpError(res: ServerResponse, status: number, code: string, msg: string): void {
    this.send(res, status, 'application/json', JSON.stringify({ code, msg }))
  }

  private send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) })
    res.end(body)
  }
}
