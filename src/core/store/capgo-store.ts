import { createHash } from 'node:crypto'
import { ConfigurationError, ConflictError, StoreError } from '../errors.js'
import { fetchWithRetry } from '../net/retry.js'
import type { NativeFingerprint } from '../native/fingerprint.js'
import { runCapgoCli, type CapgoCliOptions } from './capgo-cli.js'
import { artifactOf, type BlobKind, type BundleRecord, type ChannelRecord, type ReleaseStore, type StoredBlob, type UploadRequest } from './types.js'

type Env = Record<string, string | undefined>

const CLOUD_API = 'https://api.capgo.app'
const API_KEYS_PAGE = 'https://console.capgo.app/dashboard/apikeys'
const PAGE_SIZE = 50

/** `capgo:` is Capgo Cloud; `capgo:?supaHost=…&supaAnon=…` a self-hosted Capgo (as the Capgo CLI's own options). */
export interface CapgoLocation {
  /** Base of the public REST API (`/app`, `/bundle`, `/channel`). */
  apiBase: string
  supaHost?: string
  supaAnon?: string
  /**
   * External bundles: capflight stores the bytes in this store (file: or s3://, the usual layout),
   * served to devices from `url`, and registers them in Capgo; no Capgo CLI upload.
   */
  external?: { store: string; url: string }
}

export function parseCapgoUrl(url: string): CapgoLocation {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new ConfigurationError([`Store URL "${url}" is not a URL. Use capgo: for Capgo Cloud.`])
  }
  if (parsed.pathname || parsed.host) throw new ConfigurationError([`Store URL "${url}" has a path; Capgo stores take none. Use capgo: (Capgo Cloud) or capgo:?supaHost=<url>&supaAnon=<key> (self-hosted Capgo).`])
  const q = parsed.searchParams
  for (const key of q.keys()) {
    if (!['supaHost', 'supaAnon', 'externalStore', 'externalUrl'].includes(key)) {
      throw new ConfigurationError([`Store URL parameter "${key}" is unknown. Known: supaHost and supaAnon (a self-hosted Capgo), externalStore and externalUrl (bundles in your own storage).`])
    }
  }
  const supaHost = q.get('supaHost')?.replace(/\/+$/, '') || undefined
  const supaAnon = q.get('supaAnon') || undefined
  if (Boolean(supaHost) !== Boolean(supaAnon)) throw new ConfigurationError([`Store URL "${url}": a self-hosted Capgo needs both supaHost and supaAnon.`])
  const externalStore = q.get('externalStore') || undefined
  const externalUrl = q.get('externalUrl')?.replace(/\/+$/, '') || undefined
  if (Boolean(externalStore) !== Boolean(externalUrl)) {
    throw new ConfigurationError([`Store URL "${url}": external bundles need both externalStore (where capflight writes them, e.g. s3://bucket/prefix) and externalUrl (the https:// address devices download that store's files from).`])
  }
  if (externalUrl && !externalUrl.startsWith('https://')) throw new ConfigurationError([`externalUrl "${externalUrl}" must start with https://: Capgo only registers bundles served over HTTPS.`])
  if (externalStore && /^capgo:/i.test(externalStore)) throw new ConfigurationError(['externalStore must be a file: or s3:// store, not capgo:.'])
  // A self-hosted Capgo serves its public API from the Supabase functions, as the Capgo CLI assumes.
  return {
    apiBase: supaHost ? `${supaHost}/functions/v1` : CLOUD_API, supaHost, supaAnon,
    ...(externalStore && externalUrl ? { external: { store: externalStore, url: externalUrl } } : {})
  }
}

/** A bundle row of Capgo's public API (`GET /bundle/`), the fields capflight reads. */
interface CapgoBundle {
  id: number
  name: string
  external_url?: string | null
  app_id: string
  checksum: string | null
  created_at: string | null
  deleted: boolean
  native_packages?: { name: string; version: string }[] | null
  min_update_version?: string | null
  minUpdateVersion?: string | null
  comment?: string | null
  session_key?: string | null
}

/** A channel row of Capgo's public API (`GET /channel/`). */
interface CapgoChannel {
  id: number
  name: string
  app_id: string
  updated_at?: string
  version: { id: number; name: string } | null
}

// capflight's own facts ride in the bundle comment, after the changelog, as trailers.
const COMMIT_TRAILER = /^capflight-commit: ([0-9a-f]{7,40})$/m
const PACK_TRAILER = /^capflight-pack: ([0-9a-f]{64})$/m
const NATIVE_TRAILER = /^capflight-native: (\{.*\})$/m

export function bundleComment(request: Pick<UploadRequest, 'changelog' | 'commit' | 'packChecksum' | 'fingerprint'>): string {
  return `${request.changelog.trim()}\n\ncapflight-commit: ${request.commit}\ncapflight-pack: ${request.packChecksum}\ncapflight-native: ${JSON.stringify(request.fingerprint)}`
}

function pluginsFingerprint(packages: { name: string; version: string }[]): NativeFingerprint {
  const plugins = Object.fromEntries(packages.map((p) => [p.name, p.version]).sort(([a], [b]) => (a < b ? -1 : 1)))
  return { digest: `plugins-${createHash('sha256').update(JSON.stringify(plugins)).digest('hex').slice(0, 24)}`, plugins, pluginsOnly: true }
}

/**
 * Capgo Cloud (or a self-hosted Capgo) as a store: reads and channel moves through the
 * public REST API; uploads through the official Capgo CLI, which packs and keeps the bytes
 * itself — or, with an external store, capflight's own zip stored there and registered in Capgo
 * as an external bundle. Devices update from Capgo, so `capflight serve` does not read this store.
 * The API has no compare-and-swap; a channel move re-reads the channel first.
 */
export class CapgoStore implements ReleaseStore {
  readonly url: string
  private readonly bundleCache = new Map<string, Promise<CapgoBundle[]>>()
  private readonly apps = new Map<string, Promise<void>>()

  constructor(
    readonly location: CapgoLocation,
    private readonly apiKey: string | undefined,
    private readonly env: Env,
    private readonly onProgress?: (message: string) => void,
    private readonly cli: Pick<CapgoCliOptions, 'entry'> = {},
    /** With external bundles: the store that holds their bytes and capflight's full records. */
    private readonly external?: ReleaseStore
  ) {
    this.url = location.supaHost ? `capgo:?supaHost=${location.supaHost}` : 'capgo:'
  }

  private externalStore(): ReleaseStore {
    if (!this.external) throw new StoreError('Capgo keeps the bytes of its bundles itself; capflight cannot address them here.')
    return this.external
  }

  private key(): string {
    if (!this.apiKey) {
      throw new ConfigurationError([`The capgo: store needs a Capgo API key: pass --api-key, set CAPFLIGHT_API_KEY (or CAPGO_TOKEN), or the api-key input. Create one at ${API_KEYS_PAGE}.`])
    }
    return this.apiKey
  }

  /**
   * One public-API call, retried on network errors, 5xx and 429; other failures become errors
   * that say what to do, except answers `absent` recognises as "nothing there" (undefined).
   */
  private async api<T>(method: 'GET' | 'POST', path: string, options: { query?: Record<string, string>; body?: unknown; absent?: RegExp } = {}): Promise<T | undefined> {
    const url = new URL(`${this.location.apiBase}${path}`)
    for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, v)
    const key = this.key()
    let response: Response
    try {
      response = await fetchWithRetry(url.href, {
        method,
        // Capgo documents the key in `authorization`; `x-api-key` carries it for gateways that expect that name.
        headers: { authorization: key, 'x-api-key': key, accept: 'application/json', ...(options.body ? { 'content-type': 'application/json' } : {}) },
        body: options.body ? JSON.stringify(options.body) : undefined
      }, undefined, this.onProgress)
    } catch (error) {
      throw new StoreError(`Capgo did not answer ${method} ${url.pathname} (${String((error as Error).cause ?? (error as Error).message)}). Check the network (or supaHost in --store) and run again; nothing was changed.`)
    }
    const text = await response.text()
    // Capgo answers "not found" as a 404 or as a 400 naming what it could not find.
    if ((response.status === 404 || response.status === 400) && options.absent?.test(text)) return undefined
    if (response.status === 401 || response.status === 403) {
      throw new StoreError(`Capgo refused the API key (HTTP ${response.status} on ${method} ${url.pathname}). Check that CAPFLIGHT_API_KEY / api-key holds a valid key with rights on this app ("all" or "upload" mode); keys are listed at ${API_KEYS_PAGE}.`)
    }
    if (!response.ok) throw new StoreError(`Capgo answered HTTP ${response.status} to ${method} ${url.pathname}: ${text.slice(0, 300)}`)
    try {
      return (text ? JSON.parse(text) : undefined) as T
    } catch {
      throw new StoreError(`Capgo answered ${method} ${url.pathname} with something that is not JSON: ${text.slice(0, 200)}`)
    }
  }

  /** Fails clearly when the app is not in Capgo (or the key cannot see it). */
  async requireApp(appId: string): Promise<void> {
    if (!this.apps.has(appId)) {
      const check = (async () => {
        const app = await this.api<{ app_id?: string }>('GET', `/app/${encodeURIComponent(appId)}`, { absent: /cannot find app|can't access this app|cannot_access_app|app_not_found/i })
        if (!app) throw new StoreError(`App ${appId} does not exist in Capgo (or this API key cannot see it). Add it with "npx @capgo/cli app add ${appId}", or fix appId.`)
      })()
      check.catch(() => this.apps.delete(appId))
      this.apps.set(appId, check)
    }
    return this.apps.get(appId)
  }

  private async pages<T>(path: string, query: Record<string, string>, empty?: RegExp): Promise<T[]> {
    const rows: T[] = []
    for (let page = 0; ; page++) {
      const answer = await this.api<T[] | { data: T[] }>('GET', path, { query: { ...query, page: String(page) }, absent: empty })
      const batch = Array.isArray(answer) ? answer : answer?.data ?? []
      rows.push(...batch)
      if (batch.length < PAGE_SIZE) return rows
    }
  }

  private bundles(appId: string): Promise<CapgoBundle[]> {
    let cached = this.bundleCache.get(appId)
    if (!cached) {
      // Capgo answers a page past the last bundle (or an app without any) with 400 "Cannot get bundle".
      cached = this.requireApp(appId).then(() => this.pages<CapgoBundle>('/bundle/', { app_id: appId }, /cannot.?get.?bundle/i)).then((rows) => rows.filter((r) => !r.deleted))
      cached.catch(() => this.bundleCache.delete(appId))
      this.bundleCache.set(appId, cached)
    }
    return cached
  }

  private toRecord(row: CapgoBundle): BundleRecord {
    const comment = row.comment ?? ''
    const native = NATIVE_TRAILER.exec(comment)?.[1]
    let fingerprint: NativeFingerprint | undefined
    if (native) {
      try { fingerprint = JSON.parse(native) as NativeFingerprint } catch { /* fall back to Capgo's own record */ }
    }
    return {
      version: row.name,
      appId: row.app_id,
      checksum: row.checksum ?? '',
      size: 0,
      commit: COMMIT_TRAILER.exec(comment)?.[1] ?? '',
      createdAt: row.created_at ?? '',
      // Bundles uploaded without capflight carry only Capgo's plugin list.
      nativeFingerprint: fingerprint ?? pluginsFingerprint(row.native_packages ?? []),
      minNativeVersion: row.min_update_version ?? row.minUpdateVersion ?? undefined,
      changelog: comment.replace(COMMIT_TRAILER, '').replace(PACK_TRAILER, '').replace(NATIVE_TRAILER, '').trim(),
      manifest: [],
      ...(PACK_TRAILER.test(comment) ? { packChecksum: PACK_TRAILER.exec(comment)![1] } : {}),
      ...(row.session_key ? { sessionKey: row.session_key } : {})
    }
  }

  async getBundle(appId: string, version: string): Promise<BundleRecord | undefined> {
    const row = (await this.bundles(appId)).find((b) => b.name === version)
    if (!row) return undefined
    // External bundles keep capflight's full record (manifest, fingerprint, commit) beside their bytes.
    return (await this.external?.getBundle(appId, version)) ?? this.toRecord(row)
  }

  async listBundleVersions(appId: string): Promise<string[]> {
    return (await this.bundles(appId)).map((b) => b.name).sort()
  }

  async hasBlob(appId: string, kind: BlobKind, sha256: string): Promise<boolean> {
    if (this.external) return this.external.hasBlob(appId, kind, sha256)
    return kind === 'artifacts' && (await this.bundles(appId)).some((b) => b.checksum === sha256)
  }

  async statBlob(appId: string, kind: BlobKind, sha256: string): Promise<number | undefined> {
    return this.external?.statBlob(appId, kind, sha256)
  }

  blobUrl(appId: string, kind: BlobKind, sha256: string): string {
    if (!this.location.external) return `capgo:${appId}/${sha256}`
    return `${this.location.external.url}/apps/${appId}/${kind}/${sha256}${kind === 'artifacts' ? '.zip' : ''}`
  }

  putBlob(appId: string, kind: BlobKind, sha256: string, source: string): Promise<boolean> {
    return this.externalStore().putBlob(appId, kind, sha256, source)
  }

  /**
   * External bundles: capflight's record goes to the external store, then the bundle is registered
   * in Capgo (POST /bundle/) with its HTTPS address, checksum and session key. False when
   * Capgo already has that version from other bytes.
   */
  async createBundle(record: BundleRecord): Promise<boolean> {
    const external = this.externalStore()
    const appId = record.appId
    await this.requireApp(appId)
    const url = this.blobUrl(appId, 'artifacts', artifactOf(record))
    // Encrypted bundles are checked against the signed checksum, as Capgo serves it to devices.
    const checksum = record.signature ?? record.checksum
    const registered = (row?: CapgoBundle) => row?.external_url === url && row.checksum === checksum
    this.bundleCache.delete(appId)
    const existing = (await this.bundles(appId)).find((b) => b.name === record.version)
    if (existing) return registered(existing) && (await this.sameRecord(record))
    if (!(await external.createBundle(record)) && !(await this.sameRecord(record))) return false
    const answer = await this.api<{ status?: string }>('POST', '/bundle/', {
      body: { app_id: appId, version: record.version, external_url: url, checksum, ...(record.sessionKey ? { session_key: record.sessionKey } : {}) },
      absent: /version_already_exists|version already exists/i
    })
    this.bundleCache.delete(appId)
    // A create retried after a lost answer finds its own bundle there.
    return answer !== undefined || registered((await this.bundles(appId)).find((b) => b.name === record.version))
  }

  /** The external store holds this very record (a rerun after a stop part-way). */
  private async sameRecord(record: BundleRecord): Promise<boolean> {
    const stored = await this.externalStore().getBundle(record.appId, record.version)
    return stored?.checksum === record.checksum && stored.commit === record.commit
  }

  readBlob(appId: string, kind: BlobKind, sha256: string, range?: { start: number; end: number }): ReadableStream<Uint8Array> {
    return this.externalStore().readBlob(appId, kind, sha256, range)
  }

  private async channelRow(appId: string, name: string): Promise<CapgoChannel | undefined> {
    await this.requireApp(appId)
    const answer = await this.api<CapgoChannel | CapgoChannel[]>('GET', '/channel/', { query: { app_id: appId, channel: name }, absent: /cannot.?find.?(version|channel)/i })
    const row = Array.isArray(answer) ? answer.find((c) => c.name === name) : answer
    return row && row.name === name ? row : undefined
  }

  async getChannel(appId: string, name: string): Promise<ChannelRecord | undefined> {
    const row = await this.channelRow(appId, name)
    if (!row?.version) return undefined
    const bundle = await this.getBundle(appId, row.version.name)
    return {
      name,
      version: row.version.name,
      checksum: bundle?.checksum ?? '',
      // The bundle id stands in for a revision: a move to another bundle changes it.
      revision: row.version.id,
      updatedAt: row.updated_at ?? '',
      nativeFingerprint: bundle?.nativeFingerprint ?? pluginsFingerprint([]),
      minNativeVersion: bundle?.minNativeVersion,
      rollout: null,
      // Capgo's public API does not expose a channel's past bundles.
      history: []
    }
  }

  async listChannels(appId: string): Promise<string[]> {
    await this.requireApp(appId)
    return (await this.pages<CapgoChannel>('/channel/', { app_id: appId }, /cannot.?find.?channels/i)).map((c) => c.name).sort()
  }

  async putChannel(appId: string, record: ChannelRecord, expectedRevision: number | undefined): Promise<boolean> {
    if (record.rollout) throw new StoreError('Rollouts on a capgo: store are started with "capflight release --rollout" and managed in Capgo\'s console.')
    const current = await this.channelRow(appId, record.name)
    if ((current?.version?.id ?? undefined) !== expectedRevision) return false
    await this.setChannel(appId, record.name, record.version)
    return true
  }

  private async setChannel(appId: string, channel: string, version: string): Promise<void> {
    await this.api('POST', '/channel/', { body: { app_id: appId, channel, version } })
    const after = await this.channelRow(appId, channel)
    if (after?.version?.name !== version) throw new StoreError(`Capgo accepted the move of ${channel} to ${version} but still reports ${after?.version?.name ?? 'no bundle'}. Check the channel in Capgo's console.`)
  }

  /**
   * Uploads the web folder as `version` with the Capgo CLI, reads it back, and makes sure the
   * channel points at it (the CLI moves it; a rerun after an interrupted run moves it here).
   */
  async upload(request: UploadRequest): Promise<BundleRecord> {
    await this.requireApp(request.appId)
    this.bundleCache.delete(request.appId)
    const before = await this.getBundle(request.appId, request.version)
    if (before && before.commit !== request.commit) throw this.versionTaken(request, before)
    if (!before) {
      await runCapgoCli({
        entry: this.cli.entry,
        cwd: request.cwd,
        env: this.env,
        apiKey: this.key(),
        onOutput: this.onProgress,
        args: capgoUploadArgs(request, this.location)
      })
    }
    this.bundleCache.delete(request.appId)
    const stored = await this.getBundle(request.appId, request.version)
    if (!stored || !/^[0-9a-f]{64}$/.test(stored.checksum)) {
      throw new StoreError(`The Capgo CLI finished but Capgo lists no complete bundle ${request.version} (checksum ${stored?.checksum || 'missing'}). The channel was not moved; run the release again.`)
    }
    if (stored.commit && stored.commit !== request.commit) throw this.versionTaken(request, stored)
    if (request.rolloutPercent === undefined) {
      const channel = await this.channelRow(request.appId, request.channel)
      if (channel?.version?.name !== request.version) await this.setChannel(request.appId, request.channel, request.version)
    }
    return { ...stored, commit: stored.commit || request.commit, changelog: stored.changelog || request.changelog, nativeFingerprint: request.fingerprint }
  }

  private versionTaken(request: UploadRequest, existing: BundleRecord): ConflictError {
    return new ConflictError(`Capgo already has ${request.appId} ${request.version}${existing.commit ? ` from commit ${existing.commit.slice(0, 7)}` : ''}, with other content than commit ${request.commit.slice(0, 7)}. Versions are immutable: release a new version, or delete that bundle in Capgo ("npx @capgo/cli bundle delete ${request.version} ${request.appId}") if it was never served.`)
  }

  listBlobs(appId: string, kind: BlobKind): Promise<StoredBlob[]> {
    return this.externalStore().listBlobs(appId, kind)
  }

  async deleteBlob(): Promise<void> {
    throw new StoreError('capflight does not delete from Capgo: remove bundles with Capgo\'s console or "npx @capgo/cli bundle cleanup".')
  }

  async deleteBundle(): Promise<void> {
    return this.deleteBlob()
  }
}
/** The `bundle upload` arguments a release implies (the API key travels in CAPGO_TOKEN, never on the command line). */
export function capgoUploadArgs(request: UploadRequest, location: CapgoLocation): string[] {
  const args = [
    'bundle', 'upload', request.appId,
    '--path', request.webDir,
    '--bundle', request.version,
    '--channel', request.channel,
    '--comment', bundleComment(request),
    '--delta',
    // A rerun after an interrupted upload finds the version there; capflight then checks it is this commit's.
    '--version-exists-ok',
    // capflight checked notifyAppReady and the native fingerprint itself before this.
    '--no-code-check'
  ]
  if (request.commitUrl) args.push('--link', request.commitUrl)
  if (request.privateKey) args.push('--key-data-v2', request.privateKey)
  if (request.rolloutPercent !== undefined) args.push('--rollout', String(request.rolloutPercent))
  if (request.minNativeVersion) args.push('--min-update-version', request.minNativeVersion)
  if (request.allowNativeChange) args.push('--ignore-metadata-check')
  if (location.supaHost && location.supaAnon) args.push('--supa-host', location.supaHost, '--supa-anon', location.supaAnon)
  return args
}
