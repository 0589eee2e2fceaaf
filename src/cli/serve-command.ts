/** `capflight serve`: the endpoint, and with --console the admin API and the page (loaded when serve runs). */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  assertNames, ConfigurationError, createRawHandler, openTelemetryStore, serveHandler, advanceRollout, TelemetryRecorder,
  compactRollups, AdminTokens, createAdminApi, createConsolePage, type RawHandle
} from '../core/index.js'
import { str } from './flags.js'
import type { CommandContext, Handler, Values } from './commands.js'

/** A whole number flag within bounds, or a configuration error that says what it must be. */
function numberFlag(values: Values, flag: string, fallback: number, valid: (n: number) => boolean, what: string): number {
  const raw = values[flag]
  if (raw === undefined) return fallback
  const n = Number(raw)
  if (!valid(n)) throw new ConfigurationError([`--${flag} must be ${what}, got "${String(raw)}".`])
  return n
}

/** `capflight serve`: the update endpoint over the store, until SIGINT/SIGTERM. */
export const serve: Handler = async (context) => {
  const { values, io, reporter } = context
  const port = numberFlag(values, 'port', 8787, (n) => Number.isInteger(n) && n >= 0 && n <= 65535, 'a port number (0-65535)')
  const ttl = numberFlag(values, 'cache-ttl', 1000, (n) => Number.isFinite(n) && n >= 0, 'a number of milliseconds')
  const requestTimeout = numberFlag(values, 'request-timeout', 30_000, (n) => Number.isInteger(n) && n >= 100, 'a whole number of milliseconds, at least 100')
  const statsRate = numberFlag(values, 'stats-rate', 120, (n) => Number.isInteger(n) && n >= 1, 'a whole number of events per minute, at least 1')
  const defaultChannel = str(values['default-channel'])
  assertNames([['channel', defaultChannel, '--default-channel']])
  const publicUrl = str(values['public-url'])
  if (publicUrl && !/^https?:\/\//.test(publicUrl)) throw new ConfigurationError([`--public-url must start with http:// or https://, got "${publicUrl}".`])
  // serve answers every app in the store, so it needs no app id of its own.
  const settings = context.settings({ appId: false })
  const store = openTelemetryStore(settings.store, settings.cwd, io.env, 'capflight serve')
  const flushEvery = numberFlag(values, 'flush-interval', 10, (n) => Number.isFinite(n) && n >= 0.1 && n <= 3600, 'a number of seconds from 0.1 to 3600')
  const recorder = new TelemetryRecorder(store)
  const raw = createRawHandler({
    store,
    recorder,
    defaultChannel,
    publicUrl,
    cacheTtlMs: ttl,
    statsPerDevicePerMinute: statsRate,
    onError: (error) => reporter.warn(`request failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`)
  })
  // --console: the admin API beside the device routes, only with a token (no token, no console).
  let routed: RawHandle = raw
  if (values.console) {
    const tokens = AdminTokens.load({ token: io.env.CAPFLIGHT_ADMIN_TOKEN, file: str(values['admin-tokens']) })
    if (!tokens) throw new ConfigurationError(['--console needs an admin token: set CAPFLIGHT_ADMIN_TOKEN (e.g. to the output of "openssl rand -hex 32"), or pass --admin-tokens <file> with one "<name> <token>" a line.'])
    const admin = createAdminApi({ store, tokens, settings, env: io.env, reporter, now: context.runtime.now })
    // The page's files sit beside the CLI's bundle: dist/cli/index.js → dist/console/.
    const page = await createConsolePage(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'console'))
    routed = async (request) => {
      if (request.path.startsWith('/api/v1/')) return admin(request)
      if (request.path === '/console' || request.path.startsWith('/console/') || request.path.startsWith('/console?')) return page(request)
      return raw(request)
    }
    reporter.info(`console at /console/ and admin API at /api/v1/ for token(s): ${tokens.names.join(', ')}`)
  }
  // --verbose: an access log line per request (the query string, which may name a device, left out).
  const handler: RawHandle = values.verbose
    ? async (request) => {
      const started = performance.now()
      const response = await routed(request)
      reporter.info(`${request.method} ${request.path.split('?')[0]} ${response.status} ${(performance.now() - started).toFixed(1)} ms`)
      return response
    }
    : routed
  const server = await serveHandler(handler, { port, host: str(values.host) ?? '127.0.0.1', requestTimeoutMs: requestTimeout, onError: (e) => reporter.warn(String(e)) })
  const info = { url: server.url, store: store.url, updateUrl: `${server.url}/updates`, statsUrl: `${server.url}/stats`, channelUrl: `${server.url}/channel_self`, consoleUrl: values.console ? `${server.url}/console/` : null }
  context.print(info, `capflight serve listening on ${server.url} (store ${store.url})\n  updateUrl  ${info.updateUrl}\n  statsUrl   ${info.statsUrl}\n  channelUrl ${info.channelUrl}${info.consoleUrl ? `\n  console    ${info.consoleUrl}` : ''}`)
  // Decisions and stats leave in batches: one flush per interval, whatever the traffic; with
  // --auto-rollout each flush is followed by the rollout gate of every guarded rollout.
  let lastCompaction = 0
  const flush = async () => {
    try {
      await recorder.flush()
      const now = context.runtime.now()
      const apps = [...recorder.apps]
      // Finished hours fold into one object each, old days into one per day (see compactRollups).
      if (now.getTime() - lastCompaction > 600_000) {
        lastCompaction = now.getTime()
        for (const appId of apps) await compactRollups(store, appId, now, recorder.instance)
      }
      if (values['auto-rollout']) await autoRollout(store, apps, context)
    } catch (error) {
      reporter.warn(`Writing telemetry to ${store.url} failed (kept for the next try): ${(error as Error).message}`)
    }
  }
  let timer: NodeJS.Timeout | undefined
  const tick = () => { timer = setTimeout(() => { void flush().finally(tick) }, flushEvery * 1000) }
  tick()
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve())
    process.once('SIGTERM', () => resolve())
  })
  clearTimeout(timer)
  await server.close()
  await flush()
  return 0
}

/** serve --auto-rollout: the same gate as "capflight rollout advance", for every guarded rollout. */
async function autoRollout(store: ReturnType<typeof openTelemetryStore>, apps: string[], context: CommandContext): Promise<void> {
  for (const appId of apps) {
    for (const name of await store.listChannels(appId)) {
      const channel = await store.getChannel(appId, name)
      if (!channel?.rollout?.policy) continue
      const result = await advanceRollout(store, appId, name, context.runtime)
      if (result.decision !== 'hold') context.reporter.info(`auto-rollout ${appId}: ${result.message}`)
    }
  }
}
