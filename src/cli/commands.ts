import type { Runtime } from '../core/port.js'
import type { Settings } from '../core/settings/settings.js'
import { BOOL_FLAGS, CHANGES, CI_FLAGS, RELEASE, type Options } from './flags.js'
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


/**
 * A handler loaded when its command runs: each command's code (and the backends it opens) is read
 * only by the runs that need it, so `--version`, `--help` and `pack` start without the rest.
 */
function lazy<M>(load: () => Promise<M>, name: { [K in keyof M]: M[K] extends Handler ? K : never }[keyof M]): Handler {
  return async (context) => ((await load())[name] as Handler)(context)
}
const handlers = () => import('./handlers.js')
const packModule = () => import('./pack-command.js')
const serveModule = () => import('./serve-command.js')

export const COMMANDS: Record<string, Command> = {
  version: {
    summary: 'compute what a release would be right now (no build, no upload)',
    usage: 'capflight version [options]',
    options: { ...RELEASE },
    help: 'Finds the last release tag, reads the Conventional Commits since it and the rule for this branch or tag,\nand prints the next version and channel. Nothing is built or stored.',
    run: lazy(handlers, 'version')
  },
  release: {
    summary: 'plan by rule → build → pack → upload → move channel (the main job)',
    usage: 'capflight release [options]',
    options: { ...RELEASE, ...CI_FLAGS, rollout: { type: 'string' } },
    help: 'Picks the rule for this branch/tag (tags → production, hotfix/* and release/* → beta, the default\nbranch → development), works out the version, builds the web app, packs it, stores it and moves\nthe channel. A tag on a commit that already shipped promotes those exact bytes.',
    run: lazy(handlers, 'releaseCommand')
  },
  promote: {
    summary: 'point a channel at a bundle already in the store; no rebuild',
    usage: 'capflight promote --from <channel> --to <channel> [--version <version>] [--require-healthy] [options]',
    options: { ...CHANGES, ...CI_FLAGS, from: { type: 'string' }, to: { type: 'string' }, version: { type: 'string' }, 'allow-native-change': { type: 'boolean' }, 'replace-rollout': { type: 'boolean' }, 'require-healthy': { type: 'boolean' } },
    flagHelp: { to: 'the channel to point at the bundle', 'require-healthy': 'refuse (exit 4) unless devices prove the bundle as healthy as the one --to serves' },
    help: 'Points --to at the bundle --from serves (or at --version): the same stored bytes and checksum.\n\n--require-healthy first applies the health gate: at least the rollout policy\'s minimum of devices\n(config "rolloutPolicy", else 100) ran the bundle, on any channel, and its failure and crash rates\nare proven within the policy\'s bounds of those of the bundle --to serves. Too little data is a\nrefusal too. Needs a file: or s3:// store (where serve keeps device data).',
    run: lazy(handlers, 'promoteCommand')
  },
  rollback: {
    summary: 'move a channel back to its previous (or a named) bundle',
    usage: 'capflight rollback --channel <channel> [--to <version>] [options]',
    options: { ...CHANGES, ...CI_FLAGS, channel: { type: 'string' }, to: { type: 'string' } },
    flagHelp: { channel: 'the channel to move back', to: 'the version to move it to (default: the one it served before)' },
    help: 'Moves the channel back one step in its history, or to --to <version>.',
    run: lazy(handlers, 'rollbackCommand')
  },
  rollout: {
    summary: 'change a progressive rollout: a new percentage, promote it, or abort it',
    usage: 'capflight rollout --channel <channel> (--percentage <percent> | --promote | --abort | --pause | --resume) [options]\n       capflight rollout advance --channel <channel> [--webhook <url>] [--dry-run]',
    options: { ...CHANGES, channel: { type: 'string' }, percentage: { type: 'string' }, promote: { type: 'boolean' }, abort: { type: 'boolean' }, pause: { type: 'boolean' }, resume: { type: 'boolean' }, webhook: { type: 'string' }, dotenv: { type: 'string' } },
    flagHelp: { channel: 'the channel whose rollout to change', webhook: 'advance: a URL told (POST, JSON) when the rollout moves, pauses or aborts' },
    help: 'A rollout (started with "capflight release --rollout <percent>") serves a new bundle to a share of the\nchannel\'s devices; the rest keep the stable bundle. Raising the percentage only adds devices.\n--promote serves it to everyone; --abort returns everyone to the stable bundle; --pause keeps the\ndevices already on it and reaches no new one, --resume undoes that.\n\nadvance applies the rollout\'s policy (config "rollout") to the devices\' health: it widens to the next\nstep, completes, holds (saying what it waits for), or pauses or aborts (exit 4). Safe to run on a\nschedule: a run in the same state holds.',
    run: lazy(handlers, 'rolloutCommand'),
    actions: { advance: lazy(handlers, 'rolloutAdvance') }
  },
  channel: {
    summary: 'who may receive a channel: platforms, emulators, dev builds, self-assignment',
    usage: 'capflight channel --channel <channel> [--ios true|false] [--android true|false] [--allow-emulator true|false] [--allow-dev true|false] [--allow-self-set true|false]',
    options: { channel: { type: 'string' }, ...Object.fromEntries(BOOL_FLAGS.map((f) => [f, { type: 'string' as const }])) },
    flagHelp: { channel: 'the channel whose settings to change' },
    help: 'Changes the settings capflight serve applies to a channel, and prints them. Platforms, emulators and\ndev builds are served by default; self-assignment (devices picking the channel through setChannel() or\ntheir build\'s defaultChannel) is off until --allow-self-set true.',
    run: lazy(handlers, 'channelCommand')
  },
  device: {
    summary: 'device set-channel / unset-channel: an operator\'s override of one device\'s channel',
    usage: 'capflight device set-channel --device <id> --channel <channel> [options]\n       capflight device unset-channel --device <id> [options]',
    options: { ...CHANGES, device: { type: 'string' }, channel: { type: 'string' } },
    flagHelp: { channel: 'set-channel: the channel the device gets' },
    help: 'Puts one device on a channel whatever it names itself and whether or not the channel lets devices\npick it (capflight serve answers it from then on); unset-channel removes the override, and the device\nfollows its own channel or the server\'s default again. The device id is the one the plugin reports\n(getDeviceId()).',
    actions: { 'set-channel': lazy(handlers, 'setDeviceChannelCommand'), 'unset-channel': lazy(handlers, 'unsetDeviceChannelCommand') }
  },
  serve: {
    summary: 'the self-hosted update endpoint for @capgo/capacitor-updater',
    usage: 'capflight serve [--store <url>] [--port <n>] [--host <host>] [--default-channel <name>] [--public-url <url>]',
    options: { port: { type: 'string' }, host: { type: 'string' }, 'default-channel': { type: 'string' }, 'public-url': { type: 'string' }, 'cache-ttl': { type: 'string' }, 'request-timeout': { type: 'string' }, 'stats-rate': { type: 'string' }, 'flush-interval': { type: 'string' }, 'auto-rollout': { type: 'boolean' }, console: { type: 'boolean' }, 'admin-tokens': { type: 'string' } },
    flagHelp: { console: 'also serve the web console at /console/ and the admin API at /api/v1/ (needs CAPFLIGHT_ADMIN_TOKEN or --admin-tokens)', 'admin-tokens': 'a file of named admin tokens, one "<name> <token>" a line (or JSON)' },
    help: 'Answers POST /updates, POST /stats, /channel_self and bundle downloads from the store, as\ncapacitor-updater\'s self-hosted mode expects. Point the plugin\'s updateUrl at <url>/updates,\nstatsUrl at <url>/stats and channelUrl at <url>/channel_self.\n\n--console adds the web console at /console/ and the admin API at /api/v1/ (bearer tokens; every change an audit entry); see\ndocs/console.md.',
    run: lazy(serveModule, 'serve')
  },
  keys: {
    summary: 'keys create: an RSA key pair for encrypted, signed bundles',
    usage: 'capflight keys create [--out <dir>] [--force]',
    options: { out: { type: 'string' }, force: { type: 'boolean' } },
    help: 'Writes an RSA-2048 key pair (PKCS#1 PEM) for capacitor-updater\'s encryption v2: the private key\n(mode 0600) and the public key in --out (default .capflight/keys), and prints the publicKey snippet\nfor capacitor.config. Refuses to overwrite without --force.',
    actions: { create: lazy(handlers, 'keysCreate') }
  },
  store: {
    summary: 'store check: verify every channel and blob; store gc --keep N: delete what no channel needs',
    usage: 'capflight store check [options]\n       capflight store gc --keep <n> [--min-age <minutes>] [--dry-run] [options]',
    options: { ...CHANGES, keep: { type: 'string' }, 'min-age': { type: 'string' } },
    help: 'check reads every bundle record and blob back: each channel (and rollout) must point at a\nrecorded bundle whose zip and files are present with the right size and SHA-256; exits 1 on any\nproblem. gc deletes bundle records beyond the last --keep bundles each channel served (never a\ncurrent or rollout bundle), then every blob no remaining record names; nothing younger than\n--min-age minutes (default 60) is touched. --dry-run lists what gc would delete. file: and s3://.',
    actions: { check: lazy(handlers, 'storeCheck'), gc: lazy(handlers, 'storeGc') }
  },
  explain: {
    summary: 'what the endpoint decided for one device, and why',
    usage: 'capflight explain --device <id> [--since <7d|date>] [options]',
    options: { device: { type: 'string' }, since: { type: 'string' } },
    flagHelp: { since: 'how far back to look: 30m, 1h, 7d or a date (default 7d)' },
    help: 'Shows the device\'s recent /updates decisions (channel and why, rollout bucket, the version sent or\nthe reason none was), the events it reported, and its channel override. The device id is the one\nthe plugin reports (getDeviceId()).',
    run: lazy(handlers, 'explainCommand')
  },
  status: {
    summary: 'channels, their current bundle and history',
    usage: 'capflight status [--channel <channel>] [--since <1h|7d|date>] [options]',
    options: { channel: { type: 'string' }, since: { type: 'string' } },
    flagHelp: { channel: 'only this channel, with its history', since: 'the health window: 30m, 1h, 7d or a date (default 24h)' },
    help: 'Lists every channel of the app with the version it serves; with --channel, that channel\'s history.\nBelow, the health the devices reported to capflight serve over the window: distinct devices per\nbundle version, channel, platform and native build that checked, were offered it, installed it,\nfailed (by kind) and were unhealthy after installing (crashes, ANRs, webview deaths).',
    run: lazy(handlers, 'statusCommand')
  },
  init: {
    summary: 'set an app up: config, .gitignore, the plugin\'s URLs, keys, a CI workflow for hosted runners',
    usage: 'capflight init [--ci github|gitlab|azure|jenkins] [--update-url <url>] [--channel <channel>] [--keys] [--dry-run]',
    options: { ...CHANGES, ci: { type: 'string' }, 'update-url': { type: 'string' }, channel: { type: 'string' }, keys: { type: 'boolean' } },
    help: 'Detects the Capacitor app (its config in JSON or TypeScript, the package manager, the CI host from\nthe git remote, its folder in a monorepo) and writes capflight.config.json, .capflight/ in .gitignore,\nthe CapacitorUpdater block (updateUrl, statsUrl, channelUrl; a TypeScript config is edited in place\nwhen that is safe, else the snippet is printed), keys with --keys, and one CI workflow that works on\nhosted runners (an S3 store, the secrets it needs named). A second run changes nothing; --dry-run\nlists what it would write.',
    flagHelp: { channel: 'the channel these builds follow: the plugin\'s defaultChannel (default production)', 'update-url': 'the base URL devices reach capflight serve at (default http://localhost:8787)', ci: 'the CI to write a workflow for (default: from the git remote)', keys: 'create an encryption key pair and put its public key in the capacitor config' },
    run: lazy(handlers, 'initCommand')
  },
  doctor: {
    summary: 'check everything a release and a device need, one line each with the fix',
    usage: 'capflight doctor [options]',
    options: { 'web-dir': { type: 'string' }, 'build-command': { type: 'string' }, 'tag-format': { type: 'string' }, 'private-key': { type: 'string' }, 'sign-command': { type: 'string' }, 'public-key': { type: 'string' } },
    help: 'Checks git and release tags, appId and the web folder, the build, notifyAppReady(), the installed\n@capgo/capacitor-updater (8.x), the plugin\'s URLs, the encryption keys, the store (reachable and\nwritable) and the endpoint updateUrl names (/health and a real /updates). Exits 0 only when all pass.',
    run: lazy(handlers, 'doctorCommand')
  },
  pack: {
    summary: 'the deterministic zip + checksum + per-file manifest only',
    usage: 'capflight pack [--web-dir <dir>] [--out <file>] [options]',
    options: { 'web-dir': { type: 'string' }, out: { type: 'string' }, 'require-notify-app-ready': { type: 'boolean' } },
    help: 'Packs the web directory into a zip whose bytes depend only on the files (sorted entries, fixed\ntimestamps and modes), and prints its SHA-256 and the per-file manifest. Nothing is built or stored.',
    run: lazy(packModule, 'pack')
  }
}
