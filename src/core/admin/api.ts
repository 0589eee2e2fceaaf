import { CapflightError, ConfigurationError, ConflictError, HealthGateError, NativeChangeError } from '../errors.js'
import { versionCohorts } from '../health/gate.js'
import { advanceRollout, explainDevice, healthRows, parseSince } from '../health/operations.js'
import { readRollup, readSeries } from '../health/read.js'
import { nameProblem, type NameKind } from '../names.js'
import type { Reporter, Runtime } from '../port.js'
import { configureChannel, promote, rollback, rollout, setDeviceChannel, status } from '../release/commands.js'
import { servedVersions } from '../release/channels.js'
import type { ReleaseResult } from '../release/release.js'
import type { RawRequest, RawResponse } from '../serve/handler.js'
import { parsePercentage, type Settings } from '../settings/settings.js'
import type { ChannelSettings, Store } from '../store/types.js'
import { appendAudit, readAudit, type AuditEntry } from './audit.js'
import type { AdminTokens } from './tokens.js'

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }
const MAX_BODY = 64 * 1024

class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details?: unknown) {
    super(message)
  }
}

export interface AdminApiOptions {
  store: Store
  tokens: AdminTokens
  /** The serve command's settings (store, policy, cwd); each request names its app. */
  settings: Settings
  env: Record<string, string | undefined>
  reporter: Reporter
  now?: () => Date
}

/** A stored bundle as the console shows it. */
export interface BundleSummary {
  version: string
  commit: string
  createdAt: string
  size: number
  changelog: string
  promotedFrom: string | null
  minNativeVersion: string | null
}

interface Call {
  store: Store
  token: string
  /** The app of the serve command's own settings, if it has one. */
  defaultApp?: string
  appId: string
  params: Record<string, string>
  query: URLSearchParams
  body: Record<string, unknown>
  settings: Settings
  runtime: Runtime
}

type Action = (call: Call) => Promise<{ status?: number; body: unknown; audit?: Omit<AuditEntry, 't' | 'token' | 'appId'> }>

interface Route { method: string; pattern: RegExp; names: Array<[string, NameKind]>; action: Action }

const app = '/api/v1/apps/([^/]+)'
const route = (method: string, path: string, names: Array<[string, NameKind]>, action: Action): Route => ({ method, pattern: new RegExp(`^${path}$`), names, action })

const bool = (body: Record<string, unknown>, key: string): boolean => {
  const value = body[key]
  if (value === undefined) return false
  if (typeof value !== 'boolean') throw new ApiError(400, 'invalid_body', `"${key}" must be true or false.`)
  return value
}
const text = (body: Record<string, unknown>, key: string): string | undefined => {
  const value = body[key]
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string') throw new ApiError(400, 'invalid_body', `"${key}" must be a string.`)
  return value
}

/** What a channel move answers and records: the result, and from → to. */
function moved(action: string, channel: string, result: ReleaseResult): Awaited<ReturnType<Action>> {
  const refused = result.status === 'native-required'
  return {
    status: refused ? 409 : 200,
    body: result,
    audit: { action, channel, from: result.previousVersion, to: result.version, status: refused ? 'refused' : result.status, message: result.message }
  }
}

/**
 * The routes: every action is the core operation the CLI runs, with the same checks (names,
 * native gate, health gate, compare-and-swap), and every change is an audit entry.
 */
const ROUTES: Route[] = [
  route('GET', '/api/v1/whoami', [], async ({ token }) => ({ body: { token } })),
  route('GET', '/api/v1/apps', [], async ({ store, defaultApp }) => ({ body: { apps: await store.listApps(), defaultApp: defaultApp ?? null } })),
  route('GET', `${app}/channels`, [['app', 'appId']], async ({ appId, store, settings, runtime }) => {
    const result = await status(settings, { env: runtime.env, stats: false, now: runtime.now() })
    // What each served bundle is: its commit, when it was stored and its changelog (commit
    // messages: text from the repository, shown as text).
    const versions = new Set(result.channels.flatMap((c) => [c.version, ...(c.rollout ? [c.rollout.version] : [])]))
    const bundles: Record<string, BundleSummary> = {}
    for (const version of versions) {
      const bundle = await store.getBundle(appId, version)
      if (bundle) bundles[version] = { version, commit: bundle.commit, createdAt: bundle.createdAt, size: bundle.size, changelog: bundle.changelog, promotedFrom: bundle.promotedFrom ?? null, minNativeVersion: bundle.minNativeVersion ?? null }
    }
    // What a rollback may return each channel to, as `rollback` picks it (newest first).
    const rollbackTo = Object.fromEntries(result.channels.map((c) => [c.name, servedVersions(c).slice(1)]))
    return { body: { ...result, bundles, rollbackTo } }
  }),
  route('GET', `${app}/bundles`, [['app', 'appId']], async ({ appId, store }) => ({ body: { appId, versions: (await store.listBundleVersions(appId)).sort((a, b) => b.localeCompare(a, undefined, { numeric: true })) } })),
  route('GET', `${app}/health`, [['app', 'appId']], async ({ appId, query, runtime, store }) => {
    const now = runtime.now()
    const since = parseSince(query.get('since') ?? undefined, now)
    return { body: { appId, since: since.toISOString(), rows: healthRows(await readRollup(store, appId, since, now)) } }
  }),
  route('GET', `${app}/health/series`, [['app', 'appId']], async ({ appId, query, runtime, store }) => {
    const now = runtime.now()
    const since = parseSince(query.get('since') ?? undefined, now, 7 * 86400_000)
    const bucket = query.get('bucket') ?? (now.getTime() - since.getTime() > 2 * 86400_000 ? '1d' : '1h')
    const bucketMs = ({ '1h': 3600_000, '1d': 86400_000 } as Record<string, number>)[bucket]
    if (!bucketMs) throw new ApiError(400, 'invalid_query', '"bucket" must be 1h or 1d.')
    if ((now.getTime() - since.getTime()) / bucketMs > 24 * 62) throw new ApiError(400, 'invalid_query', 'At most 1,488 buckets: use a shorter "since" or a 1d bucket.')
    const series = await readSeries(store, appId, since, now, bucketMs)
    return { body: { appId, since: since.toISOString(), bucket, points: series.map(({ start, rollup }) => ({ t: start.toISOString(), rows: healthRows(rollup), cohorts: versionCohorts(rollup) })) } }
  }),
  route('GET', `${app}/audit`, [['app', 'appId']], async ({ appId, query, runtime, store }) => {
    const now = runtime.now()
    const since = parseSince(query.get('since') ?? undefined, now, 30 * 86400_000)
    return { body: { appId, since: since.toISOString(), entries: await readAudit(store, appId, since, now) } }
  }),
  route('GET', `${app}/devices/([^/]+)`, [['app', 'appId'], ['device', 'deviceId']], async ({ params, query, settings, runtime }) => ({
    body: await explainDevice(settings, runtime, { device: params.device, since: query.get('since') ?? undefined })
  })),
  route('POST', `${app}/channels/([^/]+)/promote`, [['app', 'appId'], ['channel', 'channel']], async ({ params, body, settings, runtime }) => {
    const from = text(body, 'from')
    const version = text(body, 'version')
    if (!from && !version) throw new ApiError(400, 'invalid_body', 'promote needs "from" (a channel) or "version".')
    const result = await promote({ ...settings, allowNativeChange: bool(body, 'allowNativeChange'), replaceRollout: bool(body, 'replaceRollout') }, runtime, { from, version, to: params.channel, requireHealthy: bool(body, 'requireHealthy') })
    return moved('promote', params.channel, result)
  }),
  route('POST', `${app}/channels/([^/]+)/rollback`, [['app', 'appId'], ['channel', 'channel']], async ({ params, body, settings, runtime }) =>
    moved('rollback', params.channel, await rollback(settings, runtime, { channel: params.channel, to: text(body, 'to') }))),
  route('POST', `${app}/channels/([^/]+)/rollout`, [['app', 'appId'], ['channel', 'channel']], async ({ params, body, settings, runtime }) => {
    const action = text(body, 'action')
    const percentage = body.percentage
    let percentageBps: number | undefined
    if (percentage !== undefined) {
      percentageBps = typeof percentage === 'number' || typeof percentage === 'string' ? parsePercentage(String(percentage)) : undefined
      if (percentageBps === undefined) throw new ApiError(400, 'invalid_body', '"percentage" must be above 0 and at most 100 with up to two decimals.')
    }
    if (action !== undefined && !['promote', 'abort', 'pause', 'resume'].includes(action)) throw new ApiError(400, 'invalid_body', '"action" must be promote, abort, pause or resume.')
    const result = await rollout(settings, runtime, { channel: params.channel, percentageBps, promote: action === 'promote', abort: action === 'abort', pause: action === 'pause', resume: action === 'resume' })
    return moved(`rollout-${action ?? 'percentage'}`, params.channel, result)
  }),
  route('POST', `${app}/channels/([^/]+)/rollout/advance`, [['app', 'appId'], ['channel', 'channel']], async ({ appId, params, settings, runtime, store }) => {
    const verdict = await advanceRollout(store, appId, params.channel, runtime, { webhook: settings.rolloutWebhook })
    return {
      body: verdict,
      ...(verdict.applied ? { audit: { action: `rollout-advance-${verdict.decision}`, channel: params.channel, from: verdict.stableVersion, to: verdict.version, status: verdict.decision, message: verdict.message } } : {})
    }
  }),
  route('PUT', `${app}/channels/([^/]+)/settings`, [['app', 'appId'], ['channel', 'channel']], async ({ params, body, settings, runtime }) => {
    const keys: Array<keyof ChannelSettings> = ['ios', 'android', 'allowEmulator', 'allowDev', 'allowSelfSet']
    const unknown = Object.keys(body).filter((k) => !keys.includes(k as keyof ChannelSettings))
    if (unknown.length) throw new ApiError(400, 'invalid_body', `Unknown channel setting(s) ${unknown.join(', ')}; known: ${keys.join(', ')}.`)
    const changes: Partial<ChannelSettings> = {}
    for (const key of keys) if (body[key] !== undefined) changes[key] = bool(body, key)
    const before = (await status(settings, { channel: params.channel, env: runtime.env, stats: false })).channels[0]?.settings
    const after = await configureChannel(settings, runtime, { channel: params.channel, changes })
    return { body: after, audit: { action: 'channel-settings', channel: params.channel, from: JSON.stringify(before ?? null), to: JSON.stringify(after.settings), status: 'configured', message: `Settings of ${params.channel}: ${JSON.stringify(after.settings)}.` } }
  }),
  route('PUT', `${app}/devices/([^/]+)/channel`, [['app', 'appId'], ['device', 'deviceId']], async ({ params, body, settings, runtime }) => {
    const channel = text(body, 'channel')
    if (!channel) throw new ApiError(400, 'invalid_body', 'Name the channel: {"channel": "beta"}.')
    const result = await setDeviceChannel(settings, runtime, { device: params.device, channel })
    return { body: result, audit: { action: 'device-channel', device: params.device, channel, from: result.previous, to: result.channel, status: 'set', message: `Device ${params.device} now gets ${channel}.` } }
  }),
  route('DELETE', `${app}/devices/([^/]+)/channel`, [['app', 'appId'], ['device', 'deviceId']], async ({ params, settings, runtime }) => {
    const result = await setDeviceChannel(settings, runtime, { device: params.device })
    return { body: result, audit: { action: 'device-channel', device: params.device, from: result.previous, to: null, status: 'unset', message: `Device ${params.device} has no channel override.` } }
  })
]

/** An error as the API answers it: bad input 400, a refusal by a gate or a lost race 409. */
function answerOf(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error
  if (error instanceof HealthGateError) return new ApiError(409, 'health_gate', error.message, error.details)
  if (error instanceof NativeChangeError) return new ApiError(409, 'native_change', error.message)
  if (error instanceof ConflictError) return new ApiError(409, 'conflict', error.message)
  if (error instanceof ConfigurationError) return new ApiError(400, 'invalid_request', error.message)
  if (error instanceof CapflightError && error.exitCode === 2) return new ApiError(400, 'invalid_request', error.message)
  return undefined
}

const answer = (status: number, body: unknown): RawResponse => ({ status, headers: JSON_HEADERS, body: JSON.stringify(body) })

/**
 * The admin API (`/api/v1/`, `capflight serve --console`): bearer tokens only (no cookie, so no
 * CSRF), names from the URL validated before they reach the store, and an audit entry for every
 * change, refusals included.
 */
export function createAdminApi(options: AdminApiOptions): (request: RawRequest) => Promise<RawResponse> {
  const now = options.now ?? (() => new Date())
  return async (request) => {
    const token = options.tokens.verify(request.header('authorization'))
    if (!token) return { status: 401, headers: { ...JSON_HEADERS, 'www-authenticate': 'Bearer realm="capflight"' }, body: JSON.stringify({ error: 'unauthorized', message: 'Send an admin token: Authorization: Bearer <token>.' }) }
    const url = new URL(request.path, 'http://api')
    const matching = ROUTES.filter((r) => r.pattern.test(url.pathname))
    const chosen = matching.find((r) => r.method === request.method)
    if (!chosen) return matching.length ? answer(405, { error: 'method_not_allowed', message: `Use ${matching.map((r) => r.method).join(' or ')} ${url.pathname}.` }) : answer(404, { error: 'not_found', message: 'No such admin route; see docs/console.md.' })
    const values = chosen.pattern.exec(url.pathname)!.slice(1)
    const params: Record<string, string> = {}
    for (const [i, [key, kind]] of chosen.names.entries()) {
      let value: string
      try { value = decodeURIComponent(values[i]) } catch { return answer(400, { error: 'invalid_name', message: `The ${key} in the path is not valid URL encoding.` }) }
      const problem = nameProblem(kind, value, `The ${key} in the path`)
      if (problem) return answer(400, { error: 'invalid_name', message: problem })
      params[key] = value
    }
    let body: Record<string, unknown> = {}
    if (request.method !== 'GET' && request.method !== 'DELETE' && request.body?.length) {
      if (request.bodyTooLarge || request.body.length > MAX_BODY) return answer(413, { error: 'body_too_large', message: `At most ${MAX_BODY} bytes.` })
      try { body = JSON.parse(request.body.toString('utf8')) } catch { return answer(400, { error: 'invalid_json', message: 'The body must be a JSON object.' }) }
      if (!body || typeof body !== 'object' || Array.isArray(body)) return answer(400, { error: 'invalid_json', message: 'The body must be a JSON object.' })
    }
    const appId = params.app
    const settings: Settings = { ...options.settings, appId, dryRun: false }
    const runtime: Runtime = { cwd: settings.cwd, env: options.env, reporter: options.reporter, now }
    const call: Call = { store: options.store, token, defaultApp: options.settings.appId || undefined, appId, params, query: url.searchParams, body, settings, runtime }
    const audit = async (entry: Omit<AuditEntry, 't' | 'token' | 'appId'>) => {
      try {
        await appendAudit(options.store, { t: now().toISOString(), token, appId, ...entry })
      } catch (error) {
        options.reporter.warn(`The audit entry of ${entry.action} by ${token} could not be written: ${(error as Error).message}`)
      }
    }
    try {
      const result = await chosen.action(call)
      if (result.audit) await audit(result.audit)
      return answer(result.status ?? 200, result.body)
    } catch (error) {
      const known = answerOf(error)
      if (!known) {
        options.reporter.warn(`admin ${request.method} ${url.pathname} failed: ${(error as Error).stack ?? String(error)}`)
        return answer(500, { error: 'server_error', message: 'The admin API failed; see the server log.' })
      }
      if (request.method !== 'GET') await audit({ action: `${request.method} ${url.pathname.replace(/^\/api\/v1\/apps\/[^/]+\//, '')}`, channel: params.channel, device: params.device, from: null, to: null, status: 'refused', message: known.message })
      return answer(known.status, { error: known.code, message: known.message, ...(known.details ? { details: known.details } : {}) })
    }
  }
}
