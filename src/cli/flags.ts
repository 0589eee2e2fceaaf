import { ConfigurationError } from '../core/errors.js'

/** The CLI's flags: node:util parseArgs specs, grouped by the commands that take them, and their help. */
export type Options = Record<string, { type: 'string' | 'boolean'; short?: string }>

export const COMMON: Options = {
  json: { type: 'boolean' },
  cwd: { type: 'string' },
  config: { type: 'string' },
  store: { type: 'string' },
  'api-key': { type: 'string' },
  'app-id': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  verbose: { type: 'boolean' }
}
export const CHANGES: Options = { 'dry-run': { type: 'boolean' } }
export const RELEASE: Options = {
  ...CHANGES,
  channel: { type: 'string' },
  'web-dir': { type: 'string' },
  'build-command': { type: 'string' },
  'no-build': { type: 'boolean' },
  'tag-format': { type: 'string' },
  'default-branch': { type: 'string' },
  'allow-native-change': { type: 'boolean' },
  'allow-dirty': { type: 'boolean' },
  'cache-dir': { type: 'string' },
  'replace-rollout': { type: 'boolean' },
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
export const CI_FLAGS: Options = { dotenv: { type: 'string' }, gitlab: { type: 'boolean' } }
export const BOOL_FLAGS = ['ios', 'android', 'allow-emulator', 'allow-dev', 'allow-self-set'] as const


export const FLAG_HELP: Record<string, string> = {
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
  'replace-rollout': 'move every device although a rollout is in progress on the channel',
  'allow-dirty': 'release even though tracked files under the app have uncommitted changes',
  'cache-dir': 'compressed forms of files kept between releases, so only changed files are compressed again (default .capflight/cache; or CAPFLIGHT_CACHE_DIR)',
  'min-native-version': 'lowest native app version that may receive this bundle',
  'require-notify-app-ready': 'fail (instead of warn) when no script (JS file or inline <script>) calls notifyAppReady()',
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


/** A string flag's value; undefined when absent (or given as a bare boolean). */
export const str = (v: string | boolean | undefined): string | undefined => (typeof v === 'string' ? v : undefined)

/** A string flag the command cannot do without, or a configuration error saying how to give it. */
export function need(values: Record<string, string | boolean | undefined>, flag: string, message: string): string {
  const v = str(values[flag])
  if (v === undefined) throw new ConfigurationError([message])
  return v
}
