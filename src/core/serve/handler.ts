import { createHash } from 'node:crypto'
import { servedVersions } from '../release/channels.js'
import { artifactOf, channelSettings, type BlobKind, type BundleRecord, type ChannelRecord, type StatsEvent, type Store } from '../store/types.js'
import { isValidName } from '../names.js'
import { nativeVersion, ProtocolError, readDeviceInfo, runsOn, type DeviceInfo } from './protocol.js'
import { TelemetryRecorder, type DecisionRow } from '../health/recorder.js'

export interface UpdateHandlerOptions {
  store: Store
  /** Channel for devices that name none (or name one that does not exist). Default `production`. */
  defaultChannel?: string
  /** Base URL devices download from (behind a proxy or CDN); default: the request's origin. */
  publicUrl?: string
  /** How long channel state is reused before it is read from the store again. Default 1000 ms. */
  cacheTtlMs?: number
  /** Largest JSON body accepted on /updates and /channel_self. Default 64 KiB. */
  maxBodyBytes?: number
  /** Largest /stats body, and most events in one batch. Defaults 1 MiB and 1,000. */
  maxStatsBytes?: number
  maxStatsEvents?: number
  /** Stats events one device may send per minute to this instance; the rest are refused (429) and counted. Default 120. */
  statsPerDevicePerMinute?: number
  /** Rows (decisions and stats) this instance buffers before it refuses stats with 429. Default 200,000. */
  maxPendingStats?: number
  /** Rows buffered at which a flush starts without waiting for the next `flush()` call: a burst never reaches maxPendingStats. Default a quarter of it. */
  flushRows?: number
  /** Largest /updates/manifest_size body. Default 2 MiB. */
  maxManifestBytes?: number
  now?: () => Date
  /**
   * Buffers the decision log and stats of this instance until they are flushed (`flush()` of
   * the handler). Default: one made for this handler over `store`.
   */
  recorder?: TelemetryRecorder
  /** Called with unexpected errors (answered 500). */
  onError?: (error: unknown) => void
}

/** A handler that also writes out what it buffered: call `flush()` on a timer and before exit. */
export type FetchHandler = ((request: Request) => Promise<Response>) & { flush(): Promise<number> }

/** A request as the protocol code sees it: what every host (fetch, Node http) can give cheaply. */
export interface RawRequest {
  method: string
  /** Path and query string, e.g. `/channel_self?app_id=…`. */
  path: string
  /** Scheme, host and port the request came to, for download URLs. */
  origin: string
  header(name: string): string | undefined
  /** The body, read up to the host's limit; `bodyTooLarge` when it went past it. */
  body?: Buffer
  bodyTooLarge?: boolean
}

export interface RawResponse {
  status: number
  headers: Record<string, string>
  body?: string | ReadableStream<Uint8Array> | null
}

export type RawHandle = (request: RawRequest) => Promise<RawResponse>
export type RawHandler = RawHandle & { flush(): Promise<number>; recorder: TelemetryRecorder }

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }
const PLAIN_PATH = /^(?:\/(?!\.\.?(?:\/|$))[A-Za-z0-9_.-]+)+$/
const DOWNLOAD = /^\/download\/([A-Za-z0-9._-]{1,200})\/(artifacts|files)\/([0-9a-f]{64})(\.zip)?$/
const MAX_MANIFEST_ENTRIES = 20_000

/** The file blob a download URL of ours names, for this app. */
function blobOfDownloadUrl(url: string | null, appId: string): string | undefined {
  if (!url) return undefined
  let pathname: string
  try { pathname = new URL(url).pathname } catch { return undefined }
  const d = DOWNLOAD.exec(pathname.replace(/^.*(?=\/download\/)/, ''))
  return d && d[1] === appId && d[2] === 'files' ? d[3] : undefined
}

/**
 * Bounds /stats per instance: each device may send `perMinute` events a minute. What is refused
 * is counted, never stored. Memory stays flat: the per-device table is dropped whole when it
 * grows past its cap.
 */
class StatsLimiter {
  private readonly devices = new Map<string, { window: number; count: number }>()
  accepted = 0
  refused = 0

  constructor(private readonly perMinute: number, private readonly now: () => Date) {}

  /** Takes one event of this device's rate for the current minute; false when it is used up. */
  take(appId: string, deviceId: string): boolean {
    const window = Math.floor(this.now().getTime() / 60_000)
    if (this.devices.size > 100_000) this.devices.clear()
    const key = `${appId}\0${deviceId}`
    const entry = this.devices.get(key)
    const current = entry && entry.window === window ? entry : { window, count: 0 }
    this.devices.set(key, current)
    if (current.count >= this.perMinute) return false
    current.count++
    return true
  }
}

function json(status: number, body: unknown): RawResponse {
  return { status, headers: JSON_HEADERS, body: JSON.stringify(body) }
}

function fail(status: number, error: string, message: string): RawResponse {
  return json(status, { error, message })
}

/**
 * An answer to /updates that is not an update. capacitor-updater 8.x reads `kind`: `up_to_date`
 * and `blocked` are normal outcomes; without a kind, it counts the check as a failed download.
 */
function noUpdate(kind: 'up_to_date' | 'blocked', error: string, message: string): RawResponse {
  return json(200, { kind, error, message })
}

/** A channel's id in /channel_self: a number (both platforms require one), stable for the name. */
function channelId(appId: string, name: string): number {
  return createHash('sha256').update(`${appId}\0${name}`).digest().readUInt32BE(0) & 0x7fffffff
}

/** A device's bucket (0–9999) for a rollout of `version`: it is in the rollout when below the share in basis points. */
export function rolloutBucket(deviceId: string, version: string): number {
  return createHash('sha256').update(`${deviceId}:${version}`).digest().readUInt32BE(0) % 10000
}

/** A device is in a rollout when its bucket is below the share in basis points: cohorts only grow as the share rises. */
export function inRollout(deviceId: string, version: string, percentageBps: number): boolean {
  return rolloutBucket(deviceId, version) < percentageBps
}

function readBody(request: RawRequest, limit: number): unknown {
  if (request.bodyTooLarge || (request.body && request.body.length > limit)) throw new ProtocolError(413, 'body_too_large', `The body is larger than ${limit} bytes.`)
  if (!request.body || request.body.length === 0) throw new ProtocolError(400, 'invalid_body', 'The request has no body; send the JSON the plugin sends.')
  try {
    return JSON.parse(request.body.toString('utf8'))
  } catch {
    throw new ProtocolError(400, 'invalid_json', 'The body is not valid JSON.')
  }
}

/** Channel state read through a short-lived cache; bundle records are immutable and kept. */
class StoreView {
  private readonly channels = new Map<string, { at: number; value: Promise<ChannelRecord | undefined> }>()
  private readonly lists = new Map<string, { at: number; value: Promise<string[]> }>()
  private readonly bundles = new Map<string, Promise<BundleRecord | undefined>>()
  private readonly overrides = new Map<string, { at: number; value: Promise<Set<string>> }>()
  private readonly deviceChannels = new Map<string, { at: number; value: Promise<string | undefined> }>()
  private readonly answers = new Map<string, string>()

  constructor(readonly store: Store, private readonly ttl: number) {}

  private fresh<T>(map: Map<string, { at: number; value: Promise<T> }>, key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now()
    const hit = map.get(key)
    if (hit && now - hit.at < this.ttl) return hit.value
    const value = load()
    map.set(key, { at: now, value })
    value.catch(() => map.delete(key))
    return value
  }

  channel(appId: string, name: string): Promise<ChannelRecord | undefined> {
    return this.fresh(this.channels, `${appId}\0${name}`, () => this.store.getChannel(appId, name))
  }

  channelNames(appId: string): Promise<string[]> {
    return this.fresh(this.lists, appId, () => this.store.listChannels(appId))
  }

  /** The device's own channel; most devices have none, known from one listing per TTL. */
  async deviceChannel(appId: string, deviceId: string): Promise<string | undefined> {
    const withOverride = await this.fresh(this.overrides, appId, async () => new Set(await this.store.listDevicesWithChannel(appId)))
    if (!withOverride.has(deviceId)) return undefined
    if (this.deviceChannels.size > 100_000) this.deviceChannels.clear()
    return this.fresh(this.deviceChannels, `${appId}\0${deviceId}`, () => this.store.getDeviceChannel(appId, deviceId))
  }

  /** A device changed its channel here: later requests of this instance see it at once. */
  forgetDevice(appId: string, deviceId: string): void {
    this.overrides.delete(appId)
    this.deviceChannels.delete(`${appId}\0${deviceId}`)
  }

  /**
   * The serialized `manifest` array of a bundle for one download base URL (bundles are immutable),
   * or '' when the bundle cannot be sent file by file. A file with a Brotli form is listed as
   * `<path>.br`: the plugin downloads that form and decompresses it. The plugin reads every name
   * ending in .br so, so a file named so without a Brotli form (a bundle stored before Brotli
   * forms) leaves the device the whole zip.
   */
  private manifestJson(bundle: BundleRecord, base: string): string {
    if (!bundle.manifest?.length || bundle.manifest.some((f) => !f.brotli && f.path.endsWith('.br'))) return ''
    const prefix = `${base}/download/${encodeURIComponent(bundle.appId)}/files/`
    return JSON.stringify(bundle.manifest.map((f) => f.brotli
      ? { file_name: `${f.path}.br`, file_hash: f.hashSignature ?? f.sha256, download_url: `${prefix}${f.brotli.blob}` }
      : { file_name: f.path, file_hash: f.hashSignature ?? f.sha256, download_url: `${prefix}${f.blob ?? f.sha256}` }))
  }

  /**
   * The `/updates` answer that sends a bundle, for one download base URL. It depends on nothing
   * else, and bundles are immutable: made once (the manifest can list thousands of files), then
   * sent as it is to every device it is for. A string: Node writes headers and body in one piece.
   */
  updateAnswer(bundle: BundleRecord, base: string): string {
    const key = `${bundle.appId}\0${bundle.version}\0${base}`
    let hit = this.answers.get(key)
    if (hit === undefined) {
      if (this.answers.size > 200) this.answers.clear()
      const body: Record<string, unknown> = {
        version: bundle.version,
        url: `${base}/download/${encodeURIComponent(bundle.appId)}/artifacts/${artifactOf(bundle)}.zip`,
        // Encrypted bundles: the plugin decrypts this signature with its public key to get the SHA-256.
        checksum: bundle.signature ?? bundle.checksum
      }
      if (bundle.sessionKey) body.session_key = bundle.sessionKey
      const manifest = this.manifestJson(bundle, base)
      const text = JSON.stringify(body)
      hit = manifest ? `${text.slice(0, -1)},"manifest":${manifest}}` : text
      this.answers.set(key, hit)
    }
    return hit
  }

  bundle(appId: string, version: string): Promise<BundleRecord | undefined> {
    const key = `${appId}\0${version}`
    let hit = this.bundles.get(key)
    if (!hit) {
      if (this.bundles.size > 5000) this.bundles.clear()
      hit = this.store.getBundle(appId, version)
      this.bundles.set(key, hit)
      hit.then((b) => { if (!b) this.bundles.delete(key) }, () => this.bundles.delete(key))
    }
    return hit
  }
}

/**
 * The self-hosted update endpoint of @capgo/capacitor-updater as a standard
 * fetch handler (Request → Response): mount it in a serverless function or an
 * edge worker. All state lives in the store, so instances scale out.
 */
export function createUpdateHandler(options: UpdateHandlerOptions): FetchHandler {
  const handle = createRawHandler(options)
  const limit = Math.max(options.maxBodyBytes ?? 64 * 1024, options.maxStatsBytes ?? 1024 * 1024)
  return Object.assign(async (request: Request) => {
    const url = new URL(request.url)
    const { body, tooLarge } = await readLimited(request, limit)
    const raw = await handle({
      method: request.method,
      path: `${url.pathname}${url.search}`,
      origin: url.origin,
      header: (name) => request.headers.get(name) ?? undefined,
      body,
      bodyTooLarge: tooLarge
    })
    return new Response(raw.body ?? null, { status: raw.status, headers: raw.headers })
  }, { flush: () => handle.flush() })
}

async function readLimited(request: Request, limit: number): Promise<{ body?: Buffer; tooLarge: boolean }> {
  if (!request.body) return { tooLarge: false }
  if (Number(request.headers.get('content-length') ?? '0') > limit) {
    await request.body.cancel().catch(() => undefined)
    return { tooLarge: true }
  }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      return { tooLarge: true }
    }
    chunks.push(value)
  }
  return { body: Buffer.concat(chunks), tooLarge: false }
}

/** The protocol itself, on plain request/response objects (Node's http server uses it directly). */
export function createRawHandler(options: UpdateHandlerOptions): RawHandler {
  const view = new StoreView(options.store, options.cacheTtlMs ?? 1000)
  const defaultChannel = options.defaultChannel ?? 'production'
  const maxBody = options.maxBodyBytes ?? 64 * 1024
  const maxStatsBytes = options.maxStatsBytes ?? 1024 * 1024
  const maxStatsEvents = options.maxStatsEvents ?? 1000
  const maxManifestBytes = options.maxManifestBytes ?? 2 * 1024 * 1024
  const now = options.now ?? (() => new Date())
  const statsLimiter = new StatsLimiter(options.statsPerDevicePerMinute ?? 120, now)
  const maxPending = options.maxPendingStats ?? 200_000
  const recorder = options.recorder ?? new TelemetryRecorder(options.store, { maxRows: maxPending })
  const flushRows = options.flushRows ?? Math.floor(maxPending / 4)
  // Under a burst the buffer is written as soon as it is large (a failure stays buffered, as on the timer).
  const spill = () => { if (recorder.rows >= flushRows) recorder.flush().catch((error) => options.onError?.(error)) }

  async function requireApp(appId: string): Promise<string[]> {
    const names = await view.channelNames(appId)
    if (names.length === 0) throw new ProtocolError(404, 'app_not_found', `No channel of app "${appId}" is in this store. Release it with "capflight release" first, or check the appId in capacitor.config.`)
    return names
  }

  async function allowsSelfSet(appId: string, name: string): Promise<boolean> {
    const c = await view.channel(appId, name)
    return Boolean(c && channelSettings(c).allowSelfSet)
  }

  /**
   * An operator's override (capflight device set-channel), else the channel the device names
   * (its build's defaultChannel, or what setChannel() chose) when that channel lets devices pick
   * it, else the server's default. A device's request is unauthenticated: naming a channel is
   * self-assignment, so a channel that does not allow it is never served that way.
   */
  async function channelFor(device: DeviceInfo, names: string[]): Promise<{ name: string; why: 'override' | 'self' | 'default' }> {
    const own = await view.deviceChannel(device.app_id, device.device_id)
    if (own && names.includes(own)) return { name: own, why: 'override' }
    const named = device.defaultChannel
    if (named && named !== defaultChannel && names.includes(named) && await allowsSelfSet(device.app_id, named)) return { name: named, why: 'self' }
    if (names.includes(defaultChannel)) return { name: defaultChannel, why: 'default' }
    throw new ProtocolError(400, 'channel_not_found', `The default channel "${defaultChannel}" does not exist for ${device.app_id}${named ? ` (and the device's channel "${named}" cannot be chosen by devices)` : ''}. Release to "${defaultChannel}", or start capflight serve with --default-channel.`)
  }

  function origin(request: RawRequest): string {
    return (options.publicUrl ?? request.origin).replace(/\/$/, '')
  }

  async function updates(request: RawRequest): Promise<RawResponse> {
    const device = readDeviceInfo(readBody(request, maxBody), { needVersions: true })
    const names = await requireApp(device.app_id)
    const { name, why } = await channelFor(device, names)
    const channel = await view.channel(device.app_id, name)
    if (!channel) throw new ProtocolError(400, 'channel_not_found', `Channel "${name}" does not exist for ${device.app_id}.`)
    const build = nativeVersion(device.version_build)
    const rollout = channel.rollout
    const bucket = rollout ? rolloutBucket(device.device_id, rollout.version) : null
    const decision: DecisionRow = {
      t: now().toISOString(), app_id: device.app_id, device_id: device.device_id, channel: name, why,
      platform: device.platform ?? 'unknown', native: device.version_build ?? build, current: device.version_name, bucket
    }
    const answer = (kind: 'up_to_date' | 'blocked', error: string, message: string): RawResponse => {
      recorder.decision({ ...decision, kind, reason: error })
      spill()
      return noUpdate(kind, error, message)
    }
    const settings = channelSettings(channel)
    if (device.platform === 'ios' && !settings.ios) return answer('blocked', 'disabled_platform_ios', `Channel "${name}" does not serve iOS devices.`)
    if (device.platform === 'android' && !settings.android) return answer('blocked', 'disabled_platform_android', `Channel "${name}" does not serve Android devices.`)
    if (device.is_emulator && !settings.allowEmulator) return answer('blocked', 'disable_emulator', `Channel "${name}" does not serve emulators.`)
    if (device.is_prod === false && !settings.allowDev) return answer('blocked', 'disable_dev_build', `Channel "${name}" does not serve development builds.`)

    // A paused rollout keeps the devices that already run it and reaches no new one.
    const inCohort = rollout && bucket! < rollout.percentageBps && (!rollout.paused || device.version_name === rollout.version)
    const candidates = [...(inCohort ? [rollout.version] : []), ...servedVersions(channel)]
    let bundle: BundleRecord | undefined
    for (const version of candidates) {
      const b = await view.bundle(device.app_id, version)
      if (b && runsOn(b.minNativeVersion, build)) {
        bundle = b
        break
      }
    }
    if (!bundle) return answer('up_to_date', 'no_new_version_available', `No bundle on "${name}" runs on native version ${build}; update the app from the store.`)
    if (bundle.version === device.version_name) return answer('up_to_date', 'no_new_version_available', `The device already runs ${bundle.version}, the newest bundle on "${name}" for it.`)
    recorder.decision({ ...decision, sent: bundle.version })
    spill()
    return { status: 200, headers: JSON_HEADERS, body: view.updateAnswer(bundle, origin(request)) }
  }

  async function stats(request: RawRequest): Promise<RawResponse> {
    const body = readBody(request, maxStatsBytes)
    const list = Array.isArray(body) ? body : [body]
    if (list.length > maxStatsEvents) throw new ProtocolError(413, 'too_many_events', `At most ${maxStatsEvents} events per request; send them in smaller batches.`)
    if (list.length === 0) return json(200, { status: 'ok' })
    const at = now()
    const events: Array<{ appId: string; event: StatsEvent; device: DeviceInfo }> = []
    for (const raw of list) {
      const device = readDeviceInfo(raw, { needVersions: false })
      const action = (raw as Record<string, unknown>).action
      if (typeof action !== 'string' || !/^[a-z0-9_]{1,64}$/.test(action)) throw new ProtocolError(400, 'invalid_action', 'Each event needs an "action" such as "set" or "download_fail".')
      const ts = (raw as Record<string, unknown>).timestamp
      // A device's clock is its own: a time far from ours is read as now.
      const sent = typeof ts === 'number' && Math.abs(ts - at.getTime()) < 7 * 86400_000 ? ts : at.getTime()
      const oldVersion = (raw as Record<string, unknown>).old_version_name
      events.push({
        appId: device.app_id,
        device,
        event: {
          action, version_name: device.version_name, device_id: device.device_id, platform: device.platform,
          timestamp: sent, ...(typeof oldVersion === 'string' && oldVersion ? { old_version_name: oldVersion.slice(0, 256) } : {})
        }
      })
    }
    for (const appId of new Set(events.map((e) => e.appId))) await requireApp(appId)
    // Each device's events within its rate; the rest is refused and counted.
    const admitted = events.filter(({ appId, event }) => statsLimiter.take(appId, event.device_id))
    const refused = events.length - admitted.length
    if (admitted.length === 0 || recorder.rows + admitted.length > maxPending) {
      statsLimiter.refused += events.length
      return { status: 429, headers: { ...JSON_HEADERS, 'retry-after': '60' }, body: JSON.stringify({ error: 'too_many_requests', message: admitted.length === 0 ? 'This device sent more stats events than the server takes in a minute; send fewer.' : 'The server is busy writing stats; try again later.' }) }
    }
    statsLimiter.refused += refused
    // The channel each device is on now, as /updates would choose it: once per device of the batch.
    const channels = new Map<string, Promise<string>>()
    const channelOf = (appId: string, device: DeviceInfo) => {
      const key = `${appId}\0${device.device_id}`
      let name = channels.get(key)
      if (!name) {
        name = view.channelNames(appId).then((names) => channelFor(device, names)).then((c) => c.name, () => device.defaultChannel ?? defaultChannel)
        channels.set(key, name)
      }
      return name
    }
    for (const { appId, event, device } of admitted) {
      const name = await channelOf(appId, device)
      recorder.event({
        t: new Date(event.timestamp!).toISOString(), app_id: appId, device_id: event.device_id, channel: name, action: event.action,
        version: event.version_name, ...(event.old_version_name ? { old_version: event.old_version_name } : {}),
        platform: event.platform ?? 'unknown', native: device.version_build ?? nativeVersion(device.version_build)
      })
    }
    statsLimiter.accepted += admitted.length
    spill()
    return json(200, refused ? { status: 'ok', refused, message: `${refused} event(s) over this device's rate were not stored.` } : { status: 'ok' })
  }

  /**
   * capacitor-updater 8.x's channel_self: GET lists channels, PUT answers the device's channel,
   * POST validates a self-assignment (the plugin keeps the choice on the device and sends it as
   * defaultChannel), DELETE removes an operator's override.
   */
  async function channelSelf(request: RawRequest): Promise<RawResponse> {
    const query = () => Object.fromEntries(new URL(request.path, 'http://query').searchParams)
    if (request.method === 'GET') {
      const params = query()
      const device = readDeviceInfo({ ...params, is_emulator: undefined, is_prod: undefined }, { needVersions: false })
      const names = await requireApp(device.app_id)
      const list = []
      for (const name of names) {
        list.push({ id: channelId(device.app_id, name), name, public: name === defaultChannel, allow_self_set: await allowsSelfSet(device.app_id, name) })
      }
      return json(200, list)
    }
    const body = request.method === 'DELETE' && !request.body?.length ? query() : readBody(request, maxBody)
    const device = readDeviceInfo(body, { needVersions: false })
    const names = await requireApp(device.app_id)
    if (request.method === 'PUT') {
      const { name, why } = await channelFor(device, names)
      return json(200, { channel: name, status: why === 'default' ? 'default' : 'override', allowSet: await allowsSelfSet(device.app_id, name) })
    }
    if (request.method === 'DELETE') {
      view.forgetDevice(device.app_id, device.device_id)
      await options.store.putDeviceChannel(device.app_id, device.device_id, undefined)
      return json(200, { status: 'ok', message: 'Channel override removed.' })
    }
    // POST: may the device pick this channel? Nothing is stored: the device keeps its choice.
    const wanted = device.channel
    // readDeviceInfo has checked the name; here it must be there.
    if (!wanted) throw new ProtocolError(400, 'missing_channel', 'Send the channel to use in "channel".')
    if (!names.includes(wanted)) return fail(400, 'channel_not_found', `Channel "${wanted}" does not exist for ${device.app_id}.`)
    if (wanted === defaultChannel) return json(200, { status: 'ok', unset: true, message: `"${wanted}" is the default channel: the device follows it without choosing it.` })
    if (!await allowsSelfSet(device.app_id, wanted)) return fail(400, 'channel_set_from_device_not_allowed', `Channel "${wanted}" cannot be chosen by devices. Allow it with: capflight channel --channel ${wanted} --allow-self-set true`)
    return json(200, { status: 'ok', message: `The device may follow "${wanted}".` })
  }

  /** POST /updates/manifest_size (plugin 8.47+): the download size of each manifest entry. */
  async function manifestSize(request: RawRequest): Promise<RawResponse> {
    const body = readBody(request, maxManifestBytes)
    const device = readDeviceInfo(body, { needVersions: false })
    await requireApp(device.app_id)
    const raw = (body as Record<string, unknown>).manifest
    if (!Array.isArray(raw)) throw new ProtocolError(400, 'invalid_manifest', 'Send the manifest entries to size in "manifest" (an array of {file_name, file_hash, download_url}).')
    if (raw.length > MAX_MANIFEST_ENTRIES) throw new ProtocolError(413, 'manifest_too_large', `At most ${MAX_MANIFEST_ENTRIES} manifest entries per request.`)
    const version = (body as Record<string, unknown>).version
    const bundle = typeof version === 'string' && isValidName('version', version) ? await view.bundle(device.app_id, version) : undefined
    const byHash = new Map<string, string>()
    for (const f of bundle?.manifest ?? []) {
      const blob = f.brotli?.blob ?? f.blob ?? f.sha256
      byHash.set(f.sha256, blob)
      if (f.hashSignature) byHash.set(f.hashSignature, blob)
    }
    const files = []
    let totalSize = 0
    let knownFiles = 0
    for (const entry of raw) {
      const e = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>
      const text = (key: string) => (typeof e[key] === 'string' ? (e[key] as string).slice(0, 2048) : null)
      const out: Record<string, unknown> = { file_name: text('file_name'), file_hash: text('file_hash'), download_url: text('download_url') }
      const blob = blobOfDownloadUrl(out.download_url as string | null, device.app_id) ?? byHash.get(out.file_hash as string)
      const size = blob ? await options.store.statBlob(device.app_id, 'files', blob) : undefined
      if (size === undefined) out.error = 'unknown_file'
      else {
        out.size = size
        totalSize += size
        knownFiles++
      }
      files.push(out)
    }
    return json(200, { totalSize, knownFiles, unknownFiles: files.length - knownFiles, files })
  }

  async function download(request: RawRequest, appId: string, kind: BlobKind, sha: string): Promise<RawResponse> {
    const size = await options.store.statBlob(appId, kind, sha)
    if (size === undefined) return fail(404, 'not_found', 'No such bundle or file in the store.')
    const etag = `"${sha}"`
    const headers: Record<string, string> = {
      'content-type': kind === 'artifacts' ? 'application/zip' : 'application/octet-stream',
      'cache-control': 'public, max-age=31536000, immutable',
      etag,
      'accept-ranges': 'bytes'
    }
    if (request.header('if-none-match') === etag) return { status: 304, headers }
    let range: { start: number; end: number } | undefined
    const header = request.header('range')
    const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null
    if (m && (m[1] || m[2])) {
      let start = m[1] ? Number(m[1]) : Math.max(0, size - Number(m[2]))
      let end = m[1] ? (m[2] ? Math.min(Number(m[2]), size - 1) : size - 1) : size - 1
      if (!m[1] && Number(m[2]) === 0) start = size
      if (start >= size || start > end) {
        return { status: 416, headers: { ...headers, 'content-range': `bytes */${size}` } }
      }
      end = Math.min(end, size - 1)
      range = { start, end }
    }
    const length = range ? range.end - range.start + 1 : size
    headers['content-length'] = String(length)
    if (range) headers['content-range'] = `bytes ${range.start}-${range.end}/${size}`
    const status = range ? 206 : 200
    if (request.method === 'HEAD' || length === 0) return { status, headers }
    return { status, headers, body: options.store.readBlob(appId, kind, sha, range ?? { start: 0, end: size - 1 }) }
  }

  const handle = async function handle(request: RawRequest): Promise<RawResponse> {
    try {
      const q = request.path.indexOf('?')
      const raw = q < 0 ? request.path : request.path.slice(0, q)
      // A plain path is its own pathname; one with escapes, dot segments or doubled slashes is
      // normalised as a URL would be.
      const pathname = PLAIN_PATH.test(raw) ? raw : new URL(raw, 'http://path').pathname
      const method = request.method
      if (pathname === '/updates') return method === 'POST' ? await updates(request) : fail(405, 'method_not_allowed', 'Use POST /updates.')
      if (pathname === '/updates/manifest_size') return method === 'POST' ? await manifestSize(request) : fail(405, 'method_not_allowed', 'Use POST /updates/manifest_size.')
      if (pathname === '/stats') return method === 'POST' ? await stats(request) : fail(405, 'method_not_allowed', 'Use POST /stats.')
      if (pathname === '/channel_self') {
        return ['GET', 'PUT', 'POST', 'DELETE'].includes(method) ? await channelSelf(request) : fail(405, 'method_not_allowed', 'Use GET, PUT, POST or DELETE /channel_self.')
      }
      if (pathname === '/health') return json(200, { status: 'ok', stats: { accepted: statsLimiter.accepted, refused: statsLimiter.refused, pending: recorder.rows, written: recorder.written, dropped: recorder.dropped } })
      const d = DOWNLOAD.exec(pathname)
      if (d) {
        if (method !== 'GET' && method !== 'HEAD') return fail(405, 'method_not_allowed', 'Downloads are GET or HEAD.')
        if ((d[2] === 'artifacts') !== Boolean(d[4])) return fail(404, 'not_found', 'No such route.')
        return await download(request, d[1], d[2] as BlobKind, d[3])
      }
      return fail(404, 'not_found', 'No such route. The endpoint answers POST /updates, POST /stats, /channel_self and /download/….')
    } catch (error) {
      if (error instanceof ProtocolError) return fail(error.status, error.code, error.message)
      options.onError?.(error)
      return fail(500, 'server_error', 'The update server failed; see its log.')
    }
  }
  return Object.assign(handle, { flush: () => recorder.flush(), recorder })
}

export { ProtocolError } from './protocol.js'
