import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import {
  assertNames, buildSettings, CapflightError, checkStore, collectGarbage, ConfigurationError, configureChannel, createKeys, createRawHandler,
  exitCodeOf, gatherFacts, openPublishing, openTelemetryStore, packWebDir, parsePercentage, planRelease, PRODUCT_VERSION, promote, Redactor,
  release, rollback, rollout, serveHandler, setDeviceChannel, status,
  type ChannelSettings, type ReleaseResult, type Reporter, type Runtime, type Settings, type SettingsFlags, type StatusResult
} from '../core/index.js'
import { CliReporter } from './reporter.js'
import { dotenvOf, gitlabIntegrations } from './gitlab.js'

export interface CliIo {
  cwd: string
  env: Record<string, string | undefined>
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
  now?: () => Date
}

type Options = Record<string, { type: 'string' | 'boolean'; short?: string }>

const COMMON: Options = {
  json: { type: 'boolean' },
  cwd: { type: 'string' },
  config: { type: 'string' },
  store: { type: 'string' },
  'api-key': { type: 'string' },
  'app-id': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  verbose: { type: 'boolean' }
}
const CHANGES: Options = { 'dry-run': { type: 'boolean' } }
const RELEASE: Options = {
  ...CHANGES,
  channel: { type: 'string' },
  'web-dir': { type: 'string' },
  'build-command': { type: 'string' },
  'no-build': { type: 'boolean' },
  'tag-format': { type: 'string' },
  'default-branch': { type: 'string' },
  'allow-native-change': { type: 'boolean' },
  'min-native-version': { type: 'string' },
  'require-notify-app-ready': { type: 'boolean' },
  branch: { type: 'string' },
  tag: { type: 'string' },
  pr: { type: 'string' },
  'private-key': { type: 'string' },
  'sign-command': { type: 'string' },
  'public-key': { type: 'string' }
}
/** Flags of commands that move a channel, for CI glue: a dotenv report and GitLab integrations. */
const CI_FLAGS: Options = { dotenv: { type: 'string' }, gitlab: { type: 'boolean' } }
const BOOL_FLAGS = ['ios', 'android', 'allow-emulator', 'allow-dev', 'allow-self-set'] as const

interface Command {
  summary: string
  usage: string
  options: Options
  help: string
}

const COMMANDS: Record<string, Command> = {
  version: {
    summary: 'compute what a release would be right now (no build, no upload)',
    usage: 'capflight version [options]',
    options: { ...RELEASE },
    help: 'Finds the last release tag, reads the Conventional Commits since it and the rule for this branch or tag,\nand prints the next version and channel. Nothing is built or stored.'
  },
  release: {
    summary: 'plan by rule → build → pack → upload → move channel (the main job)',
    usage: 'capflight release [options]',
    options: { ...RELEASE, ...CI_FLAGS, rollout: { type: 'string' } },
    help: 'Picks the rule for this branch/tag (tags → production, hotfix/* and release/* → beta, the default\nbranch → development), works out the version, builds the web app, packs it, stores it and moves\nthe channel. A tag on a commit that already shipped promotes those exact bytes.'
  },
  promote: {
    summary: 'point a channel at a bundle already in the store; no rebuild',
    usage: 'capflight promote --from <channel> --to <channel> [--version <version>] [options]',
    options: { ...CHANGES, ...CI_FLAGS, from: { type: 'string' }, to: { type: 'string' }, version: { type: 'string' }, 'allow-native-change': { type: 'boolean' } },
    help: 'Points --to at the bundle --from serves (or at --version): the same stored bytes and checksum.'
  },
  rollback: {
    summary: 'move a channel back to its previous (or a named) bundle',
    usage: 'capflight rollback --channel <channel> [--to <version>] [options]',
    options: { ...CHANGES, ...CI_FLAGS, channel: { type: 'string' }, to: { type: 'string' } },
    help: 'Moves the channel back one step in its history, or to --to <version>.'
  },
  rollout: {
    summary: 'change a progressive rollout: a new percentage, promote it, or abort it',
    usage: 'capflight rollout --channel <channel> (--percentage <percent> | --promote | --abort) [options]',
    options: { ...CHANGES, channel: { type: 'string' }, percentage: { type: 'string' }, promote: { type: 'boolean' }, abort: { type: 'boolean' } },
    help: 'A rollout (started with "capflight release --rollout <percent>") serves a new bundle to a share of the\nchannel\'s devices; the rest keep the stable bundle. Raising the percentage only adds devices.\n--promote serves it to everyone; --abort returns everyone to the stable bundle.'
  },
  channel: {
    summary: 'who may receive a channel: platforms, emulators, dev builds, self-assignment',
    usage: 'capflight channel --channel <channel> [--ios true|false] [--android true|false] [--allow-emulator true|false] [--allow-dev true|false] [--allow-self-set true|false]',
    options: { channel: { type: 'string' }, ...Object.fromEntries(BOOL_FLAGS.map((f) => [f, { type: 'string' as const }])) },
    help: 'Changes the settings capflight serve applies to a channel, and prints them. Platforms, emulators and\ndev builds are served by default; self-assignment (devices picking the channel through setChannel() or\ntheir build\'s defaultChannel) is off until --allow-self-set true.'
  },
  device: {
    summary: 'device set-channel / unset-channel: an operator\'s override of one device\'s channel',
    usage: 'capflight device set-channel --device <id> --channel <channel> [options]\n       capflight device unset-channel --device <id> [options]',
    options: { ...CHANGES, device: { type: 'string' }, channel: { type: 'string' } },
    help: 'Puts one device on a channel whatever it names itself and whether or not the channel lets devices\npick it (capflight serve answers it from then on); unset-channel removes the override, and the device\nfollows its own channel or the server\'s default again. The device id is the one the plugin reports\n(getDeviceId()).'
  },
  serve: {
    summary: 'the self-hosted update endpoint for @capgo/capacitor-updater',
    usage: 'capflight serve [--store <url>] [--port <n>] [--host <host>] [--default-channel <name>] [--public-url <url>]',
    options: { port: { type: 'string' }, host: { type: 'string' }, 'default-channel': { type: 'string' }, 'public-url': { type: 'string' }, 'cache-ttl': { type: 'string' }, 'request-timeout': { type: 'string' }, 'stats-rate': { type: 'string' } },
    help: 'Answers POST /updates, POST /stats, /channel_self and bundle downloads from the store, as\ncapacitor-updater\'s self-hosted mode expects. Point the plugin\'s updateUrl at <url>/updates,\nstatsUrl at <url>/stats and channelUrl at <url>/channel_self.'
  },
  keys: {
    summary: 'keys create: an RSA key pair for encrypted, signed bundles',
    usage: 'capflight keys create [--out <dir>] [--force]',
    options: { out: { type: 'string' }, force: { type: 'boolean' } },
    help: 'Writes an RSA-2048 key pair (PKCS#1 PEM) for capacitor-updater\'s encryption v2: the private key\n(mode 0600) and the public key in --out (default .capflight/keys), and prints the publicKey snippet\nfor capacitor.config. Refuses to overwrite without --force.'
  },
  store: {
    summary: 'store check: verify every channel and blob; store gc --keep N: delete what no channel needs',
    usage: 'capflight store check [options]\n       capflight store gc --keep <n> [--min-age <minutes>] [--dry-run] [options]',
    options: { ...CHANGES, keep: { type: 'string' }, 'min-age': { type: 'string' } },
    help: 'check reads every bundle record and blob back: each channel (and rollout) must point at a\nrecorded bundle whose zip and files are present with the right size and SHA-256; exits 1 on any\nproblem. gc deletes bundle records beyond the last --keep bundles each channel served (never a\ncurrent or rollout bundle), then every blob no remaining record names; nothing younger than\n--min-age minutes (default 60) is touched. --dry-run lists what gc would delete. file: and s3://.'
  },
  status: {
    summary: 'channels, their current bundle and history',
    usage: 'capflight status [--channel <channel>] [options]',
    options: { channel: { type: 'string' } },
    help: 'Lists every channel of the app with the version it serves; with --channel, that channel\'s history.'
  },
  pack: {
    summary: 'the deterministic zip + checksum + per-file manifest only',
    usage: 'capflight pack [--web-dir <dir>] [--out <file>] [options]',
    options: { 'web-dir': { type: 'string' }, out: { type: 'string' }, 'require-notify-app-ready': { type: 'boolean' } },
    help: 'Packs the web directory into a zip whose bytes depend only on the files (sorted entries, fixed\ntimestamps and modes), and prints its SHA-256 and the per-file manifest. Nothing is built or stored.'
  }
}

const FLAG_HELP: Record<string, string> = {
  json: 'print one JSON object on stdout (logs go to stderr)',
  cwd: 'the app directory (default: current directory)',
  config: 'config file (default: capflight.config.json, or package.json "capflight")',
  store: 'where bundles live: a folder, file: URL, s3://bucket/prefix or capgo: (default .capflight/store)',
  'api-key': 'API key of a hosted store (capgo:); or CAPFLIGHT_API_KEY / CAPGO_TOKEN',
  'app-id': 'app id (default: appId of capacitor.config)',
  help: 'show this help',
  verbose: 'print debug output',
  'dry-run': 'show what would happen; change nothing',
  channel: 'channel to use instead of the rule\'s',
  'web-dir': 'built web directory (default: webDir of capacitor.config, else www)',
  'build-command': 'command that builds the web app (default: npm run build when package.json has it)',
  'no-build': 'skip the build; pack the web directory as it is',
  'tag-format': 'release tag format (default v${version})',
  'default-branch': 'the default branch (default: from CI or origin/HEAD, else main/master)',
  'allow-native-change': 'release even though native code changed; raises minNativeVersion',
  'min-native-version': 'lowest native app version that may receive this bundle',
  'require-notify-app-ready': 'fail (instead of warn) when no JS file calls notifyAppReady()',
  branch: 'branch to release as (default: from CI or git)',
  tag: 'tag to release as (default: from CI, or a release tag on HEAD)',
  pr: 'pull request number to release as',
  from: 'channel whose bundle to promote',
  to: 'target channel (promote) or version (rollback)',
  version: 'version of the bundle to promote',
  out: 'zip to write (default: bundle.zip)',
  rollout: 'serve the release to this percentage of the channel\'s devices (e.g. 10 or 12.5)',
  percentage: 'the new rollout percentage (only adds devices when raised)',
  promote: 'serve the rollout bundle to every device',
  abort: 'stop the rollout; every device gets the stable bundle',
  ios: 'serve iOS devices', android: 'serve Android devices', 'allow-emulator': 'serve emulators',
  'allow-dev': 'serve development (non-production) builds', 'allow-self-set': 'let devices pick this channel (channel_self)',
  port: 'port to listen on (default 8787)', host: 'address to listen on (default 127.0.0.1; 0.0.0.0 for all)',
  'default-channel': 'channel for devices that name none (default production)',
  'public-url': 'base URL devices download from, when behind a proxy or CDN',
  'cache-ttl': 'milliseconds channel state is reused before re-reading the store (default 1000)',
  'request-timeout': 'milliseconds a request (headers and body) may take to arrive, else 408 (default 30000)',
  'stats-rate': 'stats events one device may send per minute to this instance; the rest get 429 (default 120)',
  'private-key': 'private key file (or CAPFLIGHT_PRIVATE_KEY: the PEM, or base64 of it): encrypt and sign bundles',
  'sign-command': 'command that signs stdin with the private key (KMS/HSM), instead of --private-key',
  'public-key': 'public key file, for --sign-command when capacitor.config has no publicKey',
  force: 'replace existing keys',
  keep: 'store gc: bundles to keep per channel, counting the current one',
  device: 'the device id capacitor-updater reports (getDeviceId())',
  'min-age': 'store gc: leave what is younger than this many minutes (default 60; a release may be writing it)',
  dotenv: 'also write the result as a dotenv file (CAPFLIGHT_VERSION, CAPFLIGHT_CHANNEL, CAPFLIGHT_STATUS, …)',
  gitlab: 'in GitLab CI: GitLab Release when production moves, merge request note on previews'
}

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length))
  return [
    'capflight — over-the-air live updates for Capacitor apps, from conventional commits to channels.',
    '',
    'Usage: capflight <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command takes --json, --cwd, --config, --store, --app-id and --help.',
    'Exit codes: 0 done (also unchanged/skipped), 1 failure, 2 bad usage or config, 3 native build needed.',
    'Run "capflight <command> --help" for its options.'
  ].join('\n')
}

function commandHelp(name: string): string {
  const c = COMMANDS[name]
  const options = { ...c.options, ...COMMON }
  const width = Math.max(...Object.keys(options).map((o) => o.length + 2))
  return [
    `Usage: ${c.usage}`,
    '',
    c.help,
    '',
    'Options:',
    ...Object.entries(options).map(([o, spec]) => `  --${o}${spec.type === 'string' ? ' <value>' : ''}`.padEnd(width + 12) + (FLAG_HELP[o] ?? ''))
  ].join('\n')
}

function write(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`)
}

function formatRelease(r: ReleaseResult): string {
  const head = `${r.status}${r.version ? ` ${r.version}` : ''}${r.channel ? ` → ${r.channel}` : ''}${r.previousVersion && r.previousVersion !== r.version ? ` (was ${r.previousVersion})` : ''}`
  const rows: [string, string | number | null][] = [
    ['app', r.appId], ['commit', r.commit ? r.commit.slice(0, 12) : null], ['rule', r.rule], ['bump', r.bump === 'none' ? null : r.bump],
    ['type', r.releaseType], ['size', r.size], ['checksum', r.checksum], ['bundle', r.bundleUrl]
  ]
  const lines = [head, `  ${r.message}`, ...rows.filter(([, v]) => v !== null && v !== '').map(([k, v]) => `  ${k.padEnd(9)}${v}`)]
  if (r.changelog) lines.push('', r.changelog)
  return lines.join('\n')
}

function formatStatus(s: StatusResult, detail: boolean): string {
  if (s.channels.length === 0) return `No channels yet for ${s.appId} in ${s.store}. Run "capflight release" to create one.`
  const rows = s.channels.map((c) => [c.name, c.version, String(c.revision), c.updatedAt.replace('T', ' ').slice(0, 19), c.commit?.slice(0, 7) ?? '', c.minNativeVersion ?? '-', String(c.history.length)])
  const header = ['CHANNEL', 'VERSION', 'REV', 'UPDATED (UTC)', 'COMMIT', 'MIN NATIVE', 'HISTORY']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const fmt = (r: string[]) => r.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd()
  const lines = [`${s.appId} — ${s.store}`, fmt(header), ...rows.map(fmt)]
  for (const c of s.channels) {
    if (c.rollout) lines.push(`rollout on ${c.name}: ${c.rollout.version} to ${c.rollout.percentageBps / 100}% of devices (the rest get ${c.version})`)
    const off = Object.entries(c.settings).filter(([, v]) => !v).map(([k]) => k)
    if (off.length) lines.push(`${c.name} does not serve: ${off.join(', ')}`)
  }
  if (s.stats.length) {
    lines.push('', 'Device reports, last 30 days:', `  ${'VERSION'.padEnd(20)} ${'SET'.padStart(7)} ${'SET_FAIL'.padStart(9)} ${'UPD_FAIL'.padStart(9)} ${'DL_FAIL'.padStart(9)}  FAILURE RATE`)
    for (const v of s.stats) lines.push(`  ${v.version.padEnd(20)} ${String(v.set).padStart(7)} ${String(v.set_fail).padStart(9)} ${String(v.update_fail).padStart(9)} ${String(v.download_fail).padStart(9)}  ${(v.failureRate * 100).toFixed(1)}%`)
  }
  if (detail) {
    for (const c of s.channels) {
      lines.push('', `History of ${c.name} (newest first):`)
      for (const h of [...c.history].reverse()) {
        lines.push(`  ${h.at.replace('T', ' ').slice(0, 19)}  ${h.action.padEnd(13)}  ${h.version}${h.from ? ` (from ${h.from})` : ''}${h.percentageBps !== undefined ? ` (${h.percentageBps / 100}%)` : ''}${h.commit ? `  ${h.commit.slice(0, 7)}` : ''}`)
      }
    }
  }
  return lines.join('\n')
}

/** `capflight serve`: the update endpoint over the store, until SIGINT/SIGTERM. */
async function serve(settings: Settings, values: Record<string, string | boolean | undefined>, io: CliIo, reporter: Reporter): Promise<number> {
  const port = values.port === undefined ? 8787 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigurationError([`--port must be a port number (0-65535), got "${String(values.port)}".`])
  const ttl = values['cache-ttl'] === undefined ? 1000 : Number(values['cache-ttl'])
  if (!Number.isFinite(ttl) || ttl < 0) throw new ConfigurationError([`--cache-ttl must be a number of milliseconds, got "${String(values['cache-ttl'])}".`])
  const requestTimeout = values['request-timeout'] === undefined ? 30_000 : Number(values['request-timeout'])
  if (!Number.isInteger(requestTimeout) || requestTimeout < 100) throw new ConfigurationError([`--request-timeout must be a whole number of milliseconds, at least 100, got "${String(values['request-timeout'])}".`])
  const statsRate = values['stats-rate'] === undefined ? 120 : Number(values['stats-rate'])
  if (!Number.isInteger(statsRate) || statsRate < 1) throw new ConfigurationError([`--stats-rate must be a whole number of events per minute, at least 1, got "${String(values['stats-rate'])}".`])
  const defaultChannel = typeof values['default-channel'] === 'string' ? values['default-channel'] : undefined
  assertNames([['channel', defaultChannel, '--default-channel']])
  const publicUrl = typeof values['public-url'] === 'string' ? values['public-url'] : undefined
  if (publicUrl && !/^https?:\/\//.test(publicUrl)) throw new ConfigurationError([`--public-url must start with http:// or https://, got "${publicUrl}".`])
  const store = openTelemetryStore(settings.store, settings.cwd, io.env, 'capflight serve')
  const handler = createRawHandler({
    store,
    defaultChannel,
    publicUrl,
    cacheTtlMs: ttl,
    statsPerDevicePerMinute: statsRate,
    onError: (error) => reporter.warn(`request failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`)
  })
  const server = await serveHandler(handler, { port, host: typeof values.host === 'string' ? values.host : '127.0.0.1', requestTimeoutMs: requestTimeout, onError: (e) => reporter.warn(String(e)) })
  const info = { url: server.url, store: store.url, updateUrl: `${server.url}/updates`, statsUrl: `${server.url}/stats`, channelUrl: `${server.url}/channel_self` }
  write(io.stdout, values.json ? JSON.stringify(info) : `capflight serve listening on ${server.url} (store ${store.url})\n  updateUrl  ${info.updateUrl}\n  statsUrl   ${info.statsUrl}\n  channelUrl ${info.channelUrl}`)
  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  await server.close()
  return 0
}

/** Environment variables capflight treats as secrets wherever it prints. */
const SECRET_ENV = ['CAPFLIGHT_PRIVATE_KEY', 'CAPFLIGHT_API_KEY', 'CAPGO_TOKEN', 'CAPFLIGHT_GITLAB_TOKEN', 'GITLAB_TOKEN', 'CI_JOB_TOKEN']

/** Secret values of this run: those in the environment and any passed as a flag. */
function secretsOf(env: Record<string, string | undefined>, args: string[]): string[] {
  const secrets = SECRET_ENV.map((key) => env[key]).filter((v): v is string => Boolean(v))
  args.forEach((arg, i) => {
    if (arg === '--api-key' && args[i + 1]) secrets.push(args[i + 1])
    else if (arg.startsWith('--api-key=')) secrets.push(arg.slice('--api-key='.length))
  })
  return secrets
}

/** Runs one CLI invocation and returns its exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    write(io.stdout, mainHelp())
    return name ? 0 : 2
  }
  if (name === '--version' || name === '-v') {
    write(io.stdout, PRODUCT_VERSION)
    return 0
  }
  const command = COMMANDS[name]
  const wantsJson = rest.includes('--json')
  // One redactor for the run: the secrets it is handed now and any the core registers later
  // (a private key read from a file) are masked in logs, results and errors alike.
  const redactor = new Redactor()
  for (const secret of secretsOf(io.env, rest)) redactor.add(secret)
  const fail = (error: unknown): number => {
    const code = exitCodeOf(error)
    const message = redactor.redact(error instanceof Error ? error.message : String(error))
    if (wantsJson) write(io.stdout, JSON.stringify({ status: 'failed', error: message, exitCode: code, ...(error instanceof CapflightError ? { kind: error.name } : {}) }))
    write(io.stderr, `error: ${message}`)
    if (!(error instanceof CapflightError) && error instanceof Error && error.stack) write(io.stderr, redactor.redact(error.stack))
    return code
  }
  if (!command) return fail(new ConfigurationError([`Unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}. Run "capflight --help".`]))

  let args = rest
  if (name === 'keys') {
    if (rest[0] !== 'create' && !rest.includes('--help') && !rest.includes('-h')) return fail(new ConfigurationError(['Usage: capflight keys create [--out <dir>] [--force]']))
    args = rest[0] === 'create' ? rest.slice(1) : rest
  }
  const action = name === 'store' || name === 'device' ? rest[0] : undefined
  if (name === 'device') {
    if (action !== 'set-channel' && action !== 'unset-channel' && !rest.includes('--help') && !rest.includes('-h')) return fail(new ConfigurationError(['Usage: capflight device set-channel --device <id> --channel <channel> | capflight device unset-channel --device <id>']))
    args = action === 'set-channel' || action === 'unset-channel' ? rest.slice(1) : rest
  }
  if (name === 'store') {
    if (action !== 'check' && action !== 'gc' && !rest.includes('--help') && !rest.includes('-h')) return fail(new ConfigurationError(['Usage: capflight store check | capflight store gc --keep <n> [--dry-run]']))
    args = action === 'check' || action === 'gc' ? rest.slice(1) : rest
  }
  let values: Record<string, string | boolean | undefined>
  try {
    values = parseArgs({ args, options: { ...command.options, ...COMMON }, allowPositionals: false, strict: true }).values
  } catch (error) {
    return fail(new ConfigurationError([`${(error as Error).message}. Run "capflight ${name} --help" for its options.`]))
  }
  if (values.help) {
    write(io.stdout, commandHelp(name))
    return 0
  }
  const json = Boolean(values.json)
  // A live bar only on a terminal: CI logs (CI=true everywhere) get percentage lines.
  const live = (io.stderr as { isTTY?: boolean }).isTTY === true && !io.env.CI
  const reporter = new CliReporter(io.stderr, Boolean(values.verbose), live, redactor)
  const cwd = path.resolve(io.cwd, typeof values.cwd === 'string' ? values.cwd : '.')
  const runtime: Runtime = { cwd, env: io.env, reporter, now: io.now ?? (() => new Date()) }
  const print = (value: unknown, human: string) => write(io.stdout, reporter.redact(json ? JSON.stringify(value) : human))

  try {
    if (name === 'keys') {
      const created = await createKeys(runtime, { dir: typeof values.out === 'string' ? values.out : path.join('.capflight', 'keys'), force: Boolean(values.force) })
      print(created, [
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
    if (name === 'pack') {
      const flags = values as SettingsFlags
      const webDir = typeof flags['web-dir'] === 'string' ? flags['web-dir'] : undefined
      let dir = webDir
      let exclude: string[] = []
      if (!dir) {
        const settings = buildSettings(flags, io.env, cwd, { appId: false })
        dir = settings.webDir
        exclude = settings.exclude
      }
      const out = path.resolve(cwd, typeof values.out === 'string' ? values.out : 'bundle.zip')
      const result = await packWebDir({ webDir: path.resolve(cwd, dir), out, exclude, requireNotifyAppReady: Boolean(values['require-notify-app-ready']), reporter })
      const { notifyAppReady: _n, ...shown } = result
      print(shown, `${result.path}\n  files     ${result.files}\n  size      ${result.size}\n  checksum  ${result.checksum}`)
      return 0
    }

    // serve answers every app in the store, so it needs no app id of its own.
    const settings = buildSettings(values as SettingsFlags, io.env, cwd, { appId: name !== 'serve' })
    if (name === 'version') {
      const { store, publisher } = openPublishing(settings.store, settings.cwd, io.env, { apiKey: settings.apiKey })
      const plan = planRelease(await gatherFacts(settings, runtime, store, publisher.promotionRecords))
      // A release now would give this version: none when nothing is to be released.
      const version = plan.action === 'skipped' || (plan.action === 'unchanged' && !plan.existing) ? null : plan.version
      const out = {
        version,
        previousVersion: plan.last.version === '0.0.0' && plan.last.source === 'default' ? null : plan.last.version,
        bump: plan.bump,
        channel: plan.channel ?? null,
        rule: plan.rule ?? null,
        commits: plan.commits,
        unparsed: plan.unparsed.length,
        unparsedCommits: plan.unparsed,
        lastRelease: plan.last,
        channelVersion: plan.previousVersion,
        action: plan.action,
        reason: plan.reason,
        commit: plan.commit
      }
      const human = [
        version ? `${version} → ${out.channel}` : `no release: ${plan.reason}`,
        `  last release  ${plan.last.tag ?? `${plan.last.version} (${plan.last.source})`}`,
        `  bump          ${out.bump}${out.rule ? `  (rule: ${out.rule})` : ''}`,
        `  commits       ${out.commits}${out.unparsed ? `, ${out.unparsed} not conventional` : ''}`,
        ...(version ? [`  ${plan.reason}`] : [])
      ].join('\n')
      if (plan.unparsed.length) reporter.warn(`${plan.unparsed.length} commit(s) are not Conventional Commits and were not counted.`)
      print(out, human)
      return 0
    }
    const finish = async (result: ReleaseResult): Promise<number> => {
      if (typeof values.dotenv === 'string') writeFileSync(path.resolve(cwd, values.dotenv), dotenvOf(result))
      print(result, formatRelease(result))
      if (result.status === 'native-required') return 3
      if (values.gitlab && !settings.dryRun) {
        await gitlabIntegrations(result, io.env, reporter, { tagFormat: settings.tagFormat, release: io.env.CAPFLIGHT_GITLAB_RELEASE !== 'false', mrNote: io.env.CAPFLIGHT_GITLAB_MR_NOTE !== 'false' })
      }
      return 0
    }
    if (name === 'release') return await finish(await release(settings, runtime))
    if (name === 'promote') {
      if (typeof values.to !== 'string') throw new ConfigurationError(['promote needs --to <channel>. Example: capflight promote --from beta --to production'])
      return await finish(await promote(settings, runtime, { from: values.from as string | undefined, to: values.to, version: values.version as string | undefined }))
    }
    if (name === 'rollback') {
      if (typeof values.channel !== 'string') throw new ConfigurationError(['rollback needs --channel <channel>. Example: capflight rollback --channel production'])
      return await finish(await rollback(settings, runtime, { channel: values.channel, to: values.to as string | undefined }))
    }
    if (name === 'rollout') {
      if (typeof values.channel !== 'string') throw new ConfigurationError(['rollout needs --channel <channel>. Example: capflight rollout --channel production --percentage 25'])
      let percentageBps: number | undefined
      if (typeof values.percentage === 'string') {
        percentageBps = parsePercentage(values.percentage)
        if (percentageBps === undefined) throw new ConfigurationError([`--percentage must be above 0 and at most 100 with up to two decimals, got "${values.percentage}".`])
      }
      const result = await rollout(settings, runtime, { channel: values.channel, percentageBps, promote: Boolean(values.promote), abort: Boolean(values.abort) })
      print(result, formatRelease(result))
      return 0
    }
    if (name === 'channel') {
      if (typeof values.channel !== 'string') throw new ConfigurationError(['channel needs --channel <channel>. Example: capflight channel --channel beta --allow-emulator false'])
      const changes: Partial<ChannelSettings> = {}
      const problems: string[] = []
      const keys: Record<string, keyof ChannelSettings> = { ios: 'ios', android: 'android', 'allow-emulator': 'allowEmulator', 'allow-dev': 'allowDev', 'allow-self-set': 'allowSelfSet' }
      for (const flag of BOOL_FLAGS) {
        const v = values[flag]
        if (v === undefined) continue
        if (v === 'true' || v === 'false') changes[keys[flag]] = v === 'true'
        else problems.push(`--${flag} must be true or false, got "${String(v)}".`)
      }
      if (problems.length) throw new ConfigurationError(problems)
      const result = await configureChannel(settings, runtime, { channel: values.channel, changes })
      print(result, `${result.name}: ${Object.entries(result.settings).map(([k, v]) => `${k}=${v}`).join(' ')}`)
      return 0
    }
    if (name === 'serve') return await serve(settings, values, io, reporter)
    if (name === 'device') {
      if (typeof values.device !== 'string') throw new ConfigurationError([`device ${action} needs --device <id>. Example: capflight device set-channel --device 7d0b… --channel beta`])
      if (action === 'set-channel' && typeof values.channel !== 'string') throw new ConfigurationError(['device set-channel needs --channel <channel>. Example: capflight device set-channel --device 7d0b… --channel beta'])
      const result = await setDeviceChannel(settings, runtime, { device: values.device, channel: action === 'set-channel' ? values.channel as string : undefined })
      const verb = result.dryRun ? 'would' : 'now'
      print(result, action === 'set-channel'
        ? `Device ${result.device} ${verb} follow${result.dryRun ? '' : 's'} ${values.channel as string} (override; was ${result.previous ?? 'none'}).`
        : `Device ${result.device} ${result.dryRun ? 'would have' : 'has'} no override${result.previous ? ` (was ${result.previous})` : ''}: it follows its own channel or the server's default.`)
      return 0
    }
    if (name === 'store' && action === 'check') {
      const result = await checkStore(settings, runtime)
      print(result, result.problems.length === 0
        ? `${result.store}: ${result.channels} channel(s), ${result.bundles} bundle(s), ${result.blobsVerified} blob(s) verified — all intact.`
        : [`${result.store}: ${result.problems.length} problem(s):`, ...result.problems.map((p) => `  ${p.message}`), 'Release the affected versions again to re-upload them, or roll channels to intact bundles.'].join('\n'))
      return result.problems.length === 0 ? 0 : 1
    }
    if (name === 'store') {
      if (typeof values.keep !== 'string' || !/^\d+$/.test(values.keep)) throw new ConfigurationError(['store gc needs --keep <n>: how many bundles each channel keeps (its current one included). Example: capflight store gc --keep 10 --dry-run'])
      const minAge = values['min-age']
      if (minAge !== undefined && (typeof minAge !== 'string' || !/^\d+$/.test(minAge))) throw new ConfigurationError([`--min-age must be a whole number of minutes, got "${String(minAge)}".`])
      const result = await collectGarbage(settings, runtime, { keep: Number(values.keep), minAgeMs: minAge === undefined ? undefined : Number(minAge) * 60_000 })
      print(result, [
        `${result.dryRun ? 'Would delete' : 'Deleted'} ${result.deletedBundles.length} bundle record(s) and ${result.deletedBlobs.length} blob(s), ${(result.freedBytes / 1e6).toFixed(1)} MB, from ${result.store}.`,
        ...result.deletedBundles.map((v) => `  - ${v}`),
        `Kept: ${result.kept.join(', ') || 'none'}`
      ].join('\n'))
      return 0
    }
    const result = await status(settings, { channel: values.channel as string | undefined, now: runtime.now(), env: io.env })
    print(result, formatStatus(result, typeof values.channel === 'string'))
    return 0
  } catch (error) {
    return fail(error)
  }
}
