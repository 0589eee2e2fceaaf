import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  assertNames, buildSettings, checkStore, commitLines, doctor, init, collectGarbage, ConfigurationError, configureChannel, createKeys, createRawHandler, gatherFacts,
  openPublishing, openTelemetryStore, packWebDir, parsePercentage, planRelease, promote, release, rollback, rollout, serveHandler,
  setDeviceChannel, status, advanceRollout, explainDevice, TelemetryRecorder, compactRollups, AdminTokens, createAdminApi, createConsolePage, verdictOutputs, webhookProblem, type ChannelSettings, type RawHandle, type ReleaseResult, type Runtime, type Settings, type SettingsFlags
} from '../core/index.js'
import { BOOL_FLAGS, CHANGES, CI_FLAGS, RELEASE, type Options } from './flags.js'
import { formatExplain, formatRelease, formatStatus, formatVerdict } from './format.js'
import { dotenvOf, dotenvText, gitlabIntegrations } from './gitlab.js'
import type { CliReporter } from './reporter.js'

export interface CliIo {
  cwd: string
  env: Record<string, string | undefined>
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
  now?: () => Date
}

export type Values = Record<string, string | boolean | undefined>

/** What a command handler gets: its parsed flags and the run's ambient state. */
export interface CommandContext {
  values: Values
  io: CliIo
  cwd: string
  runtime: Runtime
  reporter: CliReporter
  /** Prints the result: JSON with --json, else the human text; secrets redacted either way. */
  print(value: unknown, human: string): void
  /** The settings of this run; `appId: false` for commands that do not act on one app. */
  settings(options?: { appId?: boolean }): Settings
}

export type Handler = (context: CommandContext) => Promise<number>

/** One row of the command table: its help, its flags and what runs it (or its sub-commands). */
export interface Command {
  summary: string
  usage: string
  options: Options
  help: string
  /** Help of flags whose meaning differs in this command from FLAG_HELP's. */
  flagHelp?: Record<string, string>
  run?: Handler
  actions?: Record<string, Handler>
}

const str = (v: string | boolean | undefined): string | undefined => (typeof v === 'string' ? v : undefined)

function need(values: Values, flag: string, message: string): string {
  const v = str(values[flag])
  if (v === undefined) throw new ConfigurationError([message])
  return v
}

/** Prints a channel-moving result and carries out its CI glue (dotenv report, GitLab integrations). */
async function finish(context: CommandContext, settings: Settings, result: ReleaseResult): Promise<number> {
  const { values, cwd, io, reporter } = context
  const dotenv = str(values.dotenv)
  if (dotenv) writeFileSync(path.resolve(cwd, dotenv), dotenvOf(result))
  context.print(result, formatRelease(result))
  if (result.status === 'native-required') return 3
  if (values.gitlab && !settings.dryRun) {
    await gitlabIntegrations(result, io.env, reporter, { tagFormat: settings.tagFormat, release: io.env.CAPFLIGHT_GITLAB_RELEASE !== 'false', mrNote: io.env.CAPFLIGHT_GITLAB_MR_NOTE !== 'false' })
  }
  return 0
}

const version: Handler = async (context) => {
  const settings = context.settings()
  const { store, publisher } = openPublishing(settings.store, settings.cwd, context.io.env, { apiKey: settings.apiKey, capgoCli: settings.capgoCli })
  const plan = planRelease(await gatherFacts(settings, context.runtime, store, publisher.promotionRecords))
  // A release now would give this version: none when nothing is to be released.
  const next = plan.action === 'skipped' || (plan.action === 'unchanged' && !plan.existing) ? null : plan.version
  const out = {
    version: next,
    previousVersion: plan.last.version === '0.0.0' && plan.last.source === 'default' ? null : plan.last.version,
    bump: plan.bump,
    channel: plan.channel,
    rule: plan.rule,
    commits: plan.commits,
    unparsed: plan.unparsed.length,
    unparsedCommits: plan.unparsed,
    lastRelease: plan.last,
    channelVersion: plan.previousVersion,
    action: plan.action,
    reason: plan.reason,
    commit: plan.commit
  }
  for (const line of commitLines(plan)) context.reporter.debug(line)
  if (plan.unparsed.length) context.reporter.warn(`${plan.unparsed.length} commit(s) are not Conventional Commits and were not counted.`)
  if (plan.action === 'release' && plan.uncommitted.length) context.reporter.warn(`${plan.uncommitted.length} tracked file(s) have uncommitted changes: "capflight release" refuses to build them without --allow-dirty.`)
  context.print(out, [
    next ? `${next} → ${out.channel}` : `no release: ${plan.reason}`,
    `  last release  ${plan.last.tag ?? `${plan.last.version} (${plan.last.source})`}`,
    `  bump          ${out.bump}${out.rule ? `  (rule: ${out.rule})` : ''}`,
    `  commits       ${out.commits}${out.unparsed ? `, ${out.unparsed} not conventional` : ''}`,
    ...(next ? [`  ${plan.reason}`] : [])
  ].join('\n'))
  return 0
}

const rolloutCommand: Handler = async (context) => {
  const { values } = context
  const channel = need(values, 'channel', 'rollout needs --channel <channel>. Example: capflight rollout --channel production --percentage 25')
  let percentageBps: number | undefined
  const percentage = str(values.percentage)
  if (percentage !== undefined) {
    percentageBps = parsePercentage(percentage)
    if (percentageBps === undefined) throw new ConfigurationError([`--percentage must be above 0 and at most 100 with up to two decimals, got "${percentage}".`])
  }
  const result = await rollout(context.settings(), context.runtime, { channel, percentageBps, promote: Boolean(values.promote), abort: Boolean(values.abort), pause: Boolean(values.pause), resume: Boolean(values.resume) })
  context.print(result, formatRelease(result))
  return 0
}

/** `capflight rollout advance`: the rollout policy applied to the channel's health; exit 4 on pause or abort. */
const rolloutAdvance: Handler = async (context) => {
  const { values, io } = context
  const channel = need(values, 'channel', 'rollout advance needs --channel <channel>. Example: capflight rollout advance --channel production')
  const settings = context.settings()
  const store = openTelemetryStore(settings.store, settings.cwd, io.env, 'capflight rollout advance')
  const result = await advanceRollout(store, settings.appId, channel, context.runtime, { dryRun: settings.dryRun, webhook: str(values.webhook) ?? settings.rolloutWebhook })
  const dotenv = str(values.dotenv)
  // The CI outputs as CAPFLIGHT_<NAME> lines, as the release's dotenv report has them.
  if (dotenv) writeFileSync(path.resolve(context.cwd, dotenv), dotenvText(Object.fromEntries(Object.entries(verdictOutputs(result)).map(([k, v]) => [`CAPFLIGHT_${k.toUpperCase().replace(/-/g, '_')}`, v]))))
  context.print(result, formatVerdict(result))
  const problem = webhookProblem(result)
  if (problem) context.reporter.warn(problem)
  return result.decision === 'pause' || result.decision === 'abort' ? 4 : 0
}

/** `capflight explain --device`: the endpoint's decisions for one device, its events and override. */
const explainCommand: Handler = async (context) => {
  const device = need(context.values, 'device', 'explain needs --device <id>. Example: capflight explain --device 7f1c…')
  const result = await explainDevice(context.settings(), context.runtime, { device, since: str(context.values.since) })
  context.print(result, formatExplain(result))
  return 0
}

const channelCommand: Handler = async (context) => {
  const { values } = context
  const channel = need(values, 'channel', 'channel needs --channel <channel>. Example: capflight channel --channel beta --allow-emulator false')
  const keys: Record<typeof BOOL_FLAGS[number], keyof ChannelSettings> = { ios: 'ios', android: 'android', 'allow-emulator': 'allowEmulator', 'allow-dev': 'allowDev', 'allow-self-set': 'allowSelfSet' }
  const changes: Partial<ChannelSettings> = {}
  const problems: string[] = []
  for (const flag of BOOL_FLAGS) {
    const v = values[flag]
    if (v === undefined) continue
    if (v === 'true' || v === 'false') changes[keys[flag]] = v === 'true'
    else problems.push(`--${flag} must be true or false, got "${String(v)}".`)
  }
  if (problems.length) throw new ConfigurationError(problems)
  const result = await configureChannel(context.settings(), context.runtime, { channel, changes })
  context.print(result, `${result.name}: ${Object.entries(result.settings).map(([k, v]) => `${k}=${v}`).join(' ')}`)
  return 0
}

function deviceCommand(set: boolean): Handler {
  return async (context) => {
    const { values } = context
    const action = set ? 'set-channel' : 'unset-channel'
    const device = need(values, 'device', `device ${action} needs --device <id>. Example: capflight device set-channel --device 7d0b… --channel beta`)
    const channel = set ? need(values, 'channel', 'device set-channel needs --channel <channel>. Example: capflight device set-channel --device 7d0b… --channel beta') : undefined
    const result = await setDeviceChannel(context.settings(), context.runtime, { device, channel })
    const verb = result.dryRun ? 'would' : 'now'
    context.print(result, set
      ? `Device ${result.device} ${verb} follow${result.dryRun ? '' : 's'} ${channel} (override; was ${result.previous ?? 'none'}).`
      : `Device ${result.device} ${result.dryRun ? 'would have' : 'has'} no override${result.previous ? ` (was ${result.previous})` : ''}: it follows its own channel or the server's default.`)
    return 0
  }
}

const storeCheck: Handler = async (context) => {
  const result = await checkStore(context.settings(), context.runtime)
  context.print(result, result.problems.length === 0
    ? `${result.store}: ${result.channels} channel(s), ${result.bundles} bundle(s), ${result.blobsVerified} blob(s) verified — all intact.`
    : [`${result.store}: ${result.problems.length} problem(s):`, ...result.problems.map((p) => `  ${p.message}`), 'Release the affected versions again to re-upload them, or roll channels to intact bundles.'].join('\n'))
  return result.problems.length === 0 ? 0 : 1
}

const storeGc: Handler = async (context) => {
  const { values } = context
  const keep = str(values.keep)
  if (keep === undefined || !/^\d+$/.test(keep)) throw new ConfigurationError(['store gc needs --keep <n>: how many bundles each channel keeps (its current one included). Example: capflight store gc --keep 10 --dry-run'])
  const minAge = values['min-age']
  if (minAge !== undefined && (typeof minAge !== 'string' || !/^\d+$/.test(minAge))) throw new ConfigurationError([`--min-age must be a whole number of minutes, got "${String(minAge)}".`])
  const result = await collectGarbage(context.settings(), context.runtime, { keep: Number(keep), minAgeMs: minAge === undefined ? undefined : Number(minAge) * 60_000 })
  context.print(result, [
    `${result.dryRun ? 'Would delete' : 'Deleted'} ${result.deletedBundles.length} bundle record(s) and ${result.deletedBlobs.length} blob(s), ${(result.freedBytes / 1e6).toFixed(1)} MB, from ${result.store}.`,
    ...result.deletedBundles.map((v) => `  - ${v}`),
    `Kept: ${result.kept.join(', ') || 'none'}`
  ].join('\n'))
  return 0
}

const keysCreate: Handler = async (context) => {
  const { values, cwd } = context
  const created = await createKeys(context.runtime, { dir: str(values.out) ?? path.join('.capflight', 'keys'), force: Boolean(values.force) })
  context.print(created, [
    `Private key: ${created.privateKeyPath} (mode 0600; never commit it; give it to CI as a secret)`,
    `Public key:  ${created.publicKeyPath}`,
    '',
    'Add this to capacitor.config.json, then ship a store build:',
    JSON.stringify(created.capacitorConfig, null, 2),
    '',
    'Release encrypted bundles with: capflight release --private-key ' + path.relative(cwd, created.privateKeyPath)
  ].join('\n'))
  return 0
}

const pack: Handler = async (context) => {
  const { values, cwd, io } = context
  let dir = str(values['web-dir'])
  let exclude: string[] = []
  if (!dir) {
    // Only the web folder and excludes come from the settings: pack needs no app id.
    const settings = buildSettings(values as SettingsFlags, io.env, cwd, { appId: false })
    dir = settings.webDir
    exclude = settings.exclude
  }
  const out = path.resolve(cwd, str(values.out) ?? 'bundle.zip')
  const result = await packWebDir({ webDir: path.resolve(cwd, dir), out, exclude, requireNotifyAppReady: Boolean(values['require-notify-app-ready']), reporter: context.reporter })
  const { notifyAppReady: _n, ...shown } = result
  context.print(shown, `${result.path}\n  files     ${result.files}\n  size      ${result.size}\n  checksum  ${result.checksum}`)
  return 0
}

/** A whole number flag within bounds, or a configuration error that says what it must be. */
function numberFlag(values: Values, flag: string, fallback: number, valid: (n: number) => boolean, what: string): number {
  const raw = values[flag]
  if (raw === undefined) return fallback
  const n = Number(raw)
  if (!valid(n)) throw new ConfigurationError([`--${flag} must be ${what}, got "${String(raw)}".`])
  return n
}

/** `capflight serve`: the update endpoint over the store, until SIGINT/SIGTERM. */
const serve: Handler = async (context) => {
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

const initCommand: Handler = async (context) => {
  const { values } = context
  const result = await init(context.runtime, { ci: str(values.ci), updateUrl: str(values['update-url']), channel: str(values.channel), keys: Boolean(values.keys), dryRun: Boolean(values['dry-run']) })
  const verb = { create: result.dryRun ? 'would create' : 'created', update: result.dryRun ? 'would update' : 'updated', unchanged: 'unchanged', print: 'paste by hand' }
  const changed = result.files.filter((f) => f.action === 'create' || f.action === 'update').length
  context.print(result, [
    `${result.appId}${result.appDir ? ` in ${result.appDir}/` : ''} (${result.packageManager}${result.ci ? `, ${result.ci}` : ', no CI detected: pass --ci github|gitlab|azure|jenkins for a workflow'})`,
    ...result.files.flatMap((f) => [`  ${verb[f.action].padEnd(13)} ${f.path}${f.note ? ` — ${f.note}` : ''}`, ...(f.action === 'print' ? f.content.split('\n').map((l) => `      ${l}`) : [])]),
    ...(result.secrets.length ? ['', `The workflow reads these secrets; set them in the CI's settings: ${result.secrets.join(', ')}.`] : []),
    '',
    changed === 0 && !result.dryRun ? 'Nothing to change: the app is set up.' : `Next: ship a store build with the new capacitor config, run "capflight serve" where ${result.updateUrl} points, then "capflight release". "capflight doctor" checks it all.`,
    // A device's own channel counts only where the channel lets devices pick it (DESIGN §6).
    ...(result.channel === 'production' ? [] : [`Builds name the channel "${result.channel}": after its first release, let devices pick it with "capflight channel --channel ${result.channel} --allow-self-set true".`])
  ].join('\n'))
  return 0
}

const doctorCommand: Handler = async (context) => {
  const result = await doctor(context.values as SettingsFlags, context.runtime)
  const mark = { pass: '✓', fail: '✗', skip: '-' }
  context.print(result, [
    ...result.checks.flatMap((c) => [`${mark[c.status]} ${c.name.padEnd(15)} ${c.status === 'skip' ? `skipped: ${c.message}` : c.message}`, ...(c.fix ? [`  ${''.padEnd(15)} fix: ${c.fix}`] : [])]),
    '',
    result.ok ? 'Everything a release and a device need is in place.' : `${result.checks.filter((c) => c.status === 'fail').length} check(s) failed.`
  ].join('\n'))
  return result.ok ? 0 : 1
}

/** Every command: its help and flags, and the handler that runs it. */
export const COMMANDS: Record<string, Command> = {
  version: {
    summary: 'compute what a release would be right now (no build, no upload)',
    usage: 'capflight version [options]',
    options: { ...RELEASE },
    help: 'Finds the last release tag, reads the Conventional Commits since it and the rule for this branch or tag,\nand prints the next version and channel. Nothing is built or stored.',
    run: version
  },
  release: {
    summary: 'plan by rule → build → pack → upload → move channel (the main job)',
    usage: 'capflight release [options]',
    options: { ...RELEASE, ...CI_FLAGS, rollout: { type: 'string' } },
    help: 'Picks the rule for this branch/tag (tags → production, hotfix/* and release/* → beta, the default\nbranch → development), works out the version, builds the web app, packs it, stores it and moves\nthe channel. A tag on a commit that already shipped promotes those exact bytes.',
    run: async (context) => {
      const settings = context.settings()
      return finish(context, settings, await release(settings, context.runtime))
    }
  },
  promote: {
    summary: 'point a channel at a bundle already in the store; no rebuild',
    usage: 'capflight promote --from <channel> --to <channel> [--version <version>] [--require-healthy] [options]',
    options: { ...CHANGES, ...CI_FLAGS, from: { type: 'string' }, to: { type: 'string' }, version: { type: 'string' }, 'allow-native-change': { type: 'boolean' }, 'replace-rollout': { type: 'boolean' }, 'require-healthy': { type: 'boolean' } },
    flagHelp: { to: 'the channel to point at the bundle', 'require-healthy': 'refuse (exit 4) unless devices prove the bundle as healthy as the one --to serves' },
    help: 'Points --to at the bundle --from serves (or at --version): the same stored bytes and checksum.\n\n--require-healthy first applies the health gate: at least the rollout policy\'s minimum of devices\n(config "rolloutPolicy", else 100) ran the bundle, on any channel, and its failure and crash rates\nare proven within the policy\'s bounds of those of the bundle --to serves. Too little data is a\nrefusal too. Needs a file: or s3:// store (where serve keeps device data).',
    run: async (context) => {
      const to = need(context.values, 'to', 'promote needs --to <channel>. Example: capflight promote --from beta --to production')
      const settings = context.settings()
      return finish(context, settings, await promote(settings, context.runtime, { from: str(context.values.from), to, version: str(context.values.version), requireHealthy: Boolean(context.values['require-healthy']) }))
    }
  },
  rollback: {
    summary: 'move a channel back to its previous (or a named) bundle',
    usage: 'capflight rollback --channel <channel> [--to <version>] [options]',
    options: { ...CHANGES, ...CI_FLAGS, channel: { type: 'string' }, to: { type: 'string' } },
    flagHelp: { channel: 'the channel to move back', to: 'the version to move it to (default: the one it served before)' },
    help: 'Moves the channel back one step in its history, or to --to <version>.',
    run: async (context) => {
      const channel = need(context.values, 'channel', 'rollback needs --channel <channel>. Example: capflight rollback --channel production')
      const settings = context.settings()
      return finish(context, settings, await rollback(settings, context.runtime, { channel, to: str(context.values.to) }))
    }
  },
  rollout: {
    summary: 'change a progressive rollout: a new percentage, promote it, or abort it',
    usage: 'capflight rollout --channel <channel> (--percentage <percent> | --promote | --abort | --pause | --resume) [options]\n       capflight rollout advance --channel <channel> [--webhook <url>] [--dry-run]',
    options: { ...CHANGES, channel: { type: 'string' }, percentage: { type: 'string' }, promote: { type: 'boolean' }, abort: { type: 'boolean' }, pause: { type: 'boolean' }, resume: { type: 'boolean' }, webhook: { type: 'string' }, dotenv: { type: 'string' } },
    flagHelp: { channel: 'the channel whose rollout to change', webhook: 'advance: a URL told (POST, JSON) when the rollout moves, pauses or aborts' },
    help: 'A rollout (started with "capflight release --rollout <percent>") serves a new bundle to a share of the\nchannel\'s devices; the rest keep the stable bundle. Raising the percentage only adds devices.\n--promote serves it to everyone; --abort returns everyone to the stable bundle; --pause keeps the\ndevices already on it and reaches no new one, --resume undoes that.\n\nadvance applies the rollout\'s policy (config "rollout") to the devices\' health: it widens to the next\nstep, completes, holds (saying what it waits for), or pauses or aborts (exit 4). Safe to run on a\nschedule: a run in the same state holds.',
    run: rolloutCommand,
    actions: { advance: rolloutAdvance }
  },
  channel: {
    summary: 'who may receive a channel: platforms, emulators, dev builds, self-assignment',
    usage: 'capflight channel --channel <channel> [--ios true|false] [--android true|false] [--allow-emulator true|false] [--allow-dev true|false] [--allow-self-set true|false]',
    options: { channel: { type: 'string' }, ...Object.fromEntries(BOOL_FLAGS.map((f) => [f, { type: 'string' as const }])) },
    flagHelp: { channel: 'the channel whose settings to change' },
    help: 'Changes the settings capflight serve applies to a channel, and prints them. Platforms, emulators and\ndev builds are served by default; self-assignment (devices picking the channel through setChannel() or\ntheir build\'s defaultChannel) is off until --allow-self-set true.',
    run: channelCommand
  },
  device: {
    summary: 'device set-channel / unset-channel: an operator\'s override of one device\'s channel',
    usage: 'capflight device set-channel --device <id> --channel <channel> [options]\n       capflight device unset-channel --device <id> [options]',
    options: { ...CHANGES, device: { type: 'string' }, channel: { type: 'string' } },
    flagHelp: { channel: 'set-channel: the channel the device gets' },
    help: 'Puts one device on a channel whatever it names itself and whether or not the channel lets devices\npick it (capflight serve answers it from then on); unset-channel removes the override, and the device\nfollows its own channel or the server\'s default again. The device id is the one the plugin reports\n(getDeviceId()).',
    actions: { 'set-channel': deviceCommand(true), 'unset-channel': deviceCommand(false) }
  },
  serve: {
    summary: 'the self-hosted update endpoint for @capgo/capacitor-updater',
    usage: 'capflight serve [--store <url>] [--port <n>] [--host <host>] [--default-channel <name>] [--public-url <url>]',
    options: { port: { type: 'string' }, host: { type: 'string' }, 'default-channel': { type: 'string' }, 'public-url': { type: 'string' }, 'cache-ttl': { type: 'string' }, 'request-timeout': { type: 'string' }, 'stats-rate': { type: 'string' }, 'flush-interval': { type: 'string' }, 'auto-rollout': { type: 'boolean' }, console: { type: 'boolean' }, 'admin-tokens': { type: 'string' } },
    flagHelp: { console: 'also serve the web console at /console/ and the admin API at /api/v1/ (needs CAPFLIGHT_ADMIN_TOKEN or --admin-tokens)', 'admin-tokens': 'a file of named admin tokens, one "<name> <token>" a line (or JSON)' },
    help: 'Answers POST /updates, POST /stats, /channel_self and bundle downloads from the store, as\ncapacitor-updater\'s self-hosted mode expects. Point the plugin\'s updateUrl at <url>/updates,\nstatsUrl at <url>/stats and channelUrl at <url>/channel_self.\n\n--console adds the web console at /console/ and the admin API at /api/v1/ (bearer tokens; every change an audit entry); see\ndocs/console.md.',
    run: serve
  },
  keys: {
    summary: 'keys create: an RSA key pair for encrypted, signed bundles',
    usage: 'capflight keys create [--out <dir>] [--force]',
    options: { out: { type: 'string' }, force: { type: 'boolean' } },
    help: 'Writes an RSA-2048 key pair (PKCS#1 PEM) for capacitor-updater\'s encryption v2: the private key\n(mode 0600) and the public key in --out (default .capflight/keys), and prints the publicKey snippet\nfor capacitor.config. Refuses to overwrite without --force.',
    actions: { create: keysCreate }
  },
  store: {
    summary: 'store check: verify every channel and blob; store gc --keep N: delete what no channel needs',
    usage: 'capflight store check [options]\n       capflight store gc --keep <n> [--min-age <minutes>] [--dry-run] [options]',
    options: { ...CHANGES, keep: { type: 'string' }, 'min-age': { type: 'string' } },
    help: 'check reads every bundle record and blob back: each channel (and rollout) must point at a\nrecorded bundle whose zip and files are present with the right size and SHA-256; exits 1 on any\nproblem. gc deletes bundle records beyond the last --keep bundles each channel served (never a\ncurrent or rollout bundle), then every blob no remaining record names; nothing younger than\n--min-age minutes (default 60) is touched. --dry-run lists what gc would delete. file: and s3://.',
    actions: { check: storeCheck, gc: storeGc }
  },
  explain: {
    summary: 'what the endpoint decided for one device, and why',
    usage: 'capflight explain --device <id> [--since <7d|date>] [options]',
    options: { device: { type: 'string' }, since: { type: 'string' } },
    flagHelp: { since: 'how far back to look: 30m, 1h, 7d or a date (default 7d)' },
    help: 'Shows the device\'s recent /updates decisions (channel and why, rollout bucket, the version sent or\nthe reason none was), the events it reported, and its channel override. The device id is the one\nthe plugin reports (getDeviceId()).',
    run: explainCommand
  },
  status: {
    summary: 'channels, their current bundle and history',
    usage: 'capflight status [--channel <channel>] [--since <1h|7d|date>] [options]',
    options: { channel: { type: 'string' }, since: { type: 'string' } },
    flagHelp: { channel: 'only this channel, with its history', since: 'the health window: 30m, 1h, 7d or a date (default 24h)' },
    help: 'Lists every channel of the app with the version it serves; with --channel, that channel\'s history.\nBelow, the health the devices reported to capflight serve over the window: distinct devices per\nbundle version, channel, platform and native build that checked, were offered it, installed it,\nfailed (by kind) and were unhealthy after installing (crashes, ANRs, webview deaths).',
    run: async (context) => {
      const channel = str(context.values.channel)
      const result = await status(context.settings(), { channel, now: context.runtime.now(), env: context.io.env, since: str(context.values.since) })
      context.print(result, formatStatus(result, channel !== undefined))
      return 0
    }
  },
  init: {
    summary: 'set an app up: config, .gitignore, the plugin\'s URLs, keys, a CI workflow for hosted runners',
    usage: 'capflight init [--ci github|gitlab|azure|jenkins] [--update-url <url>] [--channel <channel>] [--keys] [--dry-run]',
    options: { ...CHANGES, ci: { type: 'string' }, 'update-url': { type: 'string' }, channel: { type: 'string' }, keys: { type: 'boolean' } },
    help: 'Detects the Capacitor app (its config in JSON or TypeScript, the package manager, the CI host from\nthe git remote, its folder in a monorepo) and writes capflight.config.json, .capflight/ in .gitignore,\nthe CapacitorUpdater block (updateUrl, statsUrl, channelUrl; a TypeScript config is edited in place\nwhen that is safe, else the snippet is printed), keys with --keys, and one CI workflow that works on\nhosted runners (an S3 store, the secrets it needs named). A second run changes nothing; --dry-run\nlists what it would write.',
    flagHelp: { channel: 'the channel these builds follow: the plugin\'s defaultChannel (default production)', 'update-url': 'the base URL devices reach capflight serve at (default http://localhost:8787)', ci: 'the CI to write a workflow for (default: from the git remote)', keys: 'create an encryption key pair and put its public key in the capacitor config' },
    run: initCommand
  },
  doctor: {
    summary: 'check everything a release and a device need, one line each with the fix',
    usage: 'capflight doctor [options]',
    options: { 'web-dir': { type: 'string' }, 'build-command': { type: 'string' }, 'tag-format': { type: 'string' }, 'private-key': { type: 'string' }, 'sign-command': { type: 'string' }, 'public-key': { type: 'string' } },
    help: 'Checks git and release tags, appId and the web folder, the build, notifyAppReady(), the installed\n@capgo/capacitor-updater (8.x), the plugin\'s URLs, the encryption keys, the store (reachable and\nwritable) and the endpoint updateUrl names (/health and a real /updates). Exits 0 only when all pass.',
    run: doctorCommand
  },
  pack: {
    summary: 'the deterministic zip + checksum + per-file manifest only',
    usage: 'capflight pack [--web-dir <dir>] [--out <file>] [options]',
    options: { 'web-dir': { type: 'string' }, out: { type: 'string' }, 'require-notify-app-ready': { type: 'boolean' } },
    help: 'Packs the web directory into a zip whose bytes depend only on the files (sorted entries, fixed\ntimestamps and modes), and prints its SHA-256 and the per-file manifest. Nothing is built or stored.',
    run: pack
  }
}
