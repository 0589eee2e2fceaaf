import { createHash } from 'node:crypto'
import { FakeJsonApi, json, type ApiAnswer, type ApiRequest } from './fake-api.js'

interface VersionRow {
  id: number
  app_id: string
  name: string
  checksum: string | null
  comment: string | null
  link: string | null
  native_packages: { name: string; version: string }[]
  min_update_version: string | null
  session_key: string | null
  external_url: string | null
  storage_provider: string
  r2_path: string | null
  created_at: string
  deleted: boolean
  owner_org: string
}

/**
 * A stand-in for Capgo Cloud on 127.0.0.1 (Capgo cannot be reached from here), playing a
 * self-hosted Capgo as the Capgo CLI's --supa-host option addresses one.
 *
 * - Public REST API under /functions/v1 (what api.capgo.app serves), with the shapes of Capgo's
 *   documentation and its open-source backend (supabase/functions/_backend/public/): GET /app/:id;
 *   GET /bundle/?app_id&page → Bundle[] newest first, 50 a page, an empty page a 400 "Cannot get
 *   bundle"; GET /channel/?app_id[&channel] → Channel[] or one Channel {id, name, app_id,
 *   version: {id, name}}, an unknown channel a 400 "cannot_find_version"; POST /channel {app_id,
 *   channel, version} → {status: 'ok'}; POST /bundle/ {app_id, version, external_url, checksum,
 *   session_key?} → {status: 'success', bundle}; the key in `authorization`.
 * - The calls @capgo/cli 8.68.1 makes for `bundle upload` (its Supabase RPCs and tables, the
 *   upload link, the PUT of the zip, the channel move), answered as the CLI expects them;
 *   recorded by running that CLI against this server.
 */
export class FakeCapgo extends FakeJsonApi {
  readonly apps = new Map<string, { owner_org: string }>()
  readonly versions: VersionRow[] = []
  /** channel name per app → version id */
  readonly channels = new Map<string, Map<string, number>>()
  readonly uploads = new Map<string, Buffer>()
  validKeys = new Set<string>(['good-key'])
  /** Keys that may read but not upload. */
  readOnlyKeys = new Set<string>()
  /** Channel moves (POST /channel) that fail with a 500 before one succeeds: a run stopped after its upload. */
  failChannelMoves = 0
  /** Bundle creations (POST /bundle/) whose answer is lost after the bundle was created: a 500 the caller retries. */
  loseBundleCreateAnswers = 0
  /** Another pipeline uploads the version the Capgo CLI is about to check, just before it checks (once). */
  raceNextVersionCheck = false
  /** Answer this status to the next N public-API requests (fault injection). */
  faults: { status: number; count: number; retryAfter?: string }[] = []
  private nextId = 1

  /** The store URL that points capflight (and through it the Capgo CLI) here. */
  get storeUrl(): string {
    return `capgo:?supaHost=${encodeURIComponent(this.origin)}&supaAnon=anon-key`
  }

  addApp(appId: string): void {
    this.apps.set(appId, { owner_org: 'org-1' })
    this.channels.set(appId, new Map())
  }

  /** A bundle uploaded by something else than capflight, pointed at by `channel`. */
  seedBundle(appId: string, name: string, options: { channel?: string; comment?: string; plugins?: Record<string, string> } = {}): VersionRow {
    const row = this.row(appId, { name, checksum: createHash('sha256').update(name).digest('hex'), comment: options.comment ?? null, native_packages: Object.entries(options.plugins ?? {}).map(([n, v]) => ({ name: n, version: v })) })
    row.r2_path = `orgs/org-1/apps/${appId}/${name}.zip`
    if (options.channel) this.channels.get(appId)!.set(options.channel, row.id)
    return row
  }

  channelVersion(appId: string, channel: string): string | undefined {
    const id = this.channels.get(appId)?.get(channel)
    return this.versions.find((v) => v.id === id)?.name
  }

  private row(appId: string, fields: Partial<VersionRow> & { name: string }): VersionRow {
    const row: VersionRow = {
      id: this.nextId++, app_id: appId, checksum: null, comment: null, link: null, native_packages: [], min_update_version: null,
      session_key: null, external_url: null, storage_provider: 'r2-direct', r2_path: null, created_at: new Date().toISOString(), deleted: false, owner_org: 'org-1', ...fields
    }
    this.versions.push(row)
    return row
  }

  protected route(req: ApiRequest): ApiAnswer | undefined {
    const { method, path, query, body } = req
    const key = (req.headers.capgkey ?? req.authorization) as string | undefined
    const fault = this.faults[0]
    if (fault && path.startsWith('/functions/v1/') && !path.startsWith('/functions/v1/files')) {
      if (--fault.count <= 0) this.faults.shift()
      return json(fault.status, { error: 'fault' }, fault.retryAfter ? { 'retry-after': fault.retryAfter } : {})
    }
    if (path.startsWith('/upload/')) return this.upload(path, req.raw)
    if (path.startsWith('/rest/v1/')) return this.supabase(method, path, body, key)
    if (!key || !this.validKeys.has(key)) return json(401, { error: 'invalid_apikey', message: 'Invalid API key' })
    return this.publicApi(method, path.replace(/^\/functions\/v1/, ''), query, body, key)
  }

  private publicApi(method: string, path: string, query: Record<string, string>, body: any, key: string): ApiAnswer {
    let m: RegExpExecArray | null
    if (method === 'GET' && (m = /^\/app\/([^/]+)$/.exec(path))) {
      const app = this.apps.get(m[1])
      return app ? json(200, { app_id: m[1], name: m[1], owner_org: app.owner_org, icon_url: '', created_at: '2026-01-01T00:00:00Z' }) : json(400, { status: 'You can\'t access this app', app_id: m[1] })
    }
    if (method === 'GET' && /^\/bundle\/?$/.test(path)) {
      if (!this.apps.has(query.app_id)) return json(400, { status: 'You can\'t access this app', app_id: query.app_id })
      const page = Number(query.page ?? 0)
      // Newest first; a page with nothing on it is a 400, as Capgo answers it.
      const rows = this.versions.filter((v) => v.app_id === query.app_id && !v.deleted).reverse().slice(page * 50, page * 50 + 50)
      return rows.length ? json(200, rows) : json(400, { status: 'Cannot get bundle', error: null })
    }
    if (method === 'GET' && /^\/channel\/?$/.test(path)) {
      const channels = this.channels.get(query.app_id)
      if (!channels) return json(400, { error: 'cannot_access_app', message: 'You can\'t access this app' })
      const shape = (name: string, id: number) => {
        const v = this.versions.find((r) => r.id === id)!
        return { id: id * 7, name, app_id: query.app_id, public: name === 'production', updated_at: '2026-01-01T00:00:00Z', version: { id: v.id, name: v.name } }
      }
      if (query.channel) {
        const id = channels.get(query.channel)
        return id === undefined ? json(400, { error: 'cannot_find_version', message: 'Cannot find version' }) : json(200, shape(query.channel, id))
      }
      const page = Number(query.page ?? 0)
      return json(200, [...channels].map(([n, id]) => shape(n, id)).slice(page * 50, page * 50 + 50))
    }
    if (method === 'POST' && /^\/channel\/?$/.test(path)) {
      if (this.readOnlyKeys.has(key)) return json(401, { error: 'invalid_apikey_mode' })
      if (this.failChannelMoves > 0 && this.failChannelMoves--) return json(500, { error: 'internal_error' })
      const row = this.versions.find((v) => v.app_id === body.app_id && v.name === body.version && !v.deleted)
      if (!row || !this.channels.has(body.app_id)) return json(400, { error: 'cannot_find_version' })
      this.channels.get(body.app_id)!.set(body.channel, row.id)
      return json(200, { status: 'ok' })
    }
    if (method === 'POST' && /^\/bundle\/?$/.test(path)) {
      if (this.readOnlyKeys.has(key)) return json(400, { error: 'cannot_create_bundle', message: 'You can\'t access this app' })
      if (!String(body.external_url ?? '').startsWith('https://')) return json(400, { error: 'invalid_protocol', message: 'External URL must use HTTPS protocol' })
      if (!this.apps.has(body.app_id)) return json(400, { error: 'cannot_find_app', message: 'Cannot find app' })
      if (this.versions.some((v) => v.app_id === body.app_id && v.name === body.version && !v.deleted)) return json(400, { error: 'version_already_exists', message: 'Version already exists' })
      const row = this.row(body.app_id, { name: body.version, checksum: body.checksum, session_key: body.session_key ?? null, external_url: body.external_url, storage_provider: 'external' })
      if (this.loseBundleCreateAnswers > 0 && this.loseBundleCreateAnswers--) return json(500, { error: 'internal_error' })
      return json(200, { status: 'success', bundle: row })
    }
    if (method === 'POST' && path === '/files/upload_link') {
      return json(200, { url: `${this.origin}/upload/${body.app_id}/${encodeURIComponent(body.name)}.zip` })
    }
    if (method === 'DELETE' && path === '/private/delete_failed_version') {
      const row = this.versions.find((v) => v.app_id === body.app_id && v.name === body.name)
      if (row) row.deleted = true
      return json(200, { status: 'ok' })
    }
    return json(404, { error: 'not_found', path })
  }

  /** The Capgo CLI's own backend calls (Supabase RPCs and tables). */
  private supabase(method: string, path: string, body: any, key: string | undefined): ApiAnswer {
    const valid = key !== undefined && this.validKeys.has(key)
    const rpc = path.startsWith('/rest/v1/rpc/') ? path.slice('/rest/v1/rpc/'.length) : undefined
    if (rpc === 'reject_access_due_to_2fa_for_app') return valid ? json(200, false) : json(401, { message: 'Invalid API key', code: '401' })
    if (!valid) return json(401, { message: 'Invalid API key', code: '401' })
    if (rpc === 'cli_check_permission') return json(200, !(this.readOnlyKeys.has(key!) && body.permission_key !== 'app.read'))
    if (rpc === 'request_actor_user_id') return json(200, '00000000-0000-0000-0000-000000000001')
    if (rpc === 'get_organization_cli_warnings') return json(200, [])
    if (rpc === 'is_trial_org') return json(200, 0)
    if (rpc === 'exist_app_versions' && this.raceNextVersionCheck) {
      this.raceNextVersionCheck = false
      this.seedBundle(body.appid, body.name_version, { comment: `from another pipeline\n\ncapflight-commit: ${'b'.repeat(40)}` })
    }
    if (rpc === 'exist_app_versions') return json(200, this.versions.some((v) => v.app_id === body.appid && v.name === body.name_version && !v.deleted))
    if (rpc) return json(200, true)
    if (method === 'GET') return json(200, [])
    if (method === 'POST' && path === '/rest/v1/app_versions') {
      let row = this.versions.find((v) => v.app_id === body.app_id && v.name === body.name && !v.deleted)
      if (!row) row = this.row(body.app_id, { name: body.name })
      for (const field of ['checksum', 'comment', 'link', 'native_packages', 'session_key', 'min_update_version'] as const) {
        if (body[field] !== undefined) (row as any)[field] = body[field]
      }
      return json(201, [row])
    }
    if (method === 'PATCH' || method === 'POST') return json(201, [])
    return json(404, { message: 'not found', code: 'PGRST' })
  }

  private upload(path: string, bytes: Buffer): ApiAnswer {
    const [, , appId, file] = path.split('/')
    const name = file.replace(/\.zip$/, '')
    this.uploads.set(`${appId}/${name}`, bytes)
    const row = this.versions.find((v) => v.app_id === appId && v.name === name && !v.deleted)
    if (row) row.r2_path = `orgs/org-1/apps/${appId}/${name}.zip`
    return json(200, {})
  }
}
