import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs'
import path from 'node:path'
// Only valid() (here, in names.ts and tag-format.ts): the whole of semver is not loaded at every start.
import semverValid from 'semver/functions/valid.js'
import { DEFAULT_POLICY, type RolloutPolicy } from '../health/policy.js'
import { ConfigurationError, type SourceLocation } from '../errors.js'
import { nameProblem } from '../names.js'
import { TagFormat } from '../version/tag-format.js'
import { CAPACITOR_CONFIG_FILES } from '../native/capacitor-config.js'
import { schemaProblems } from './config-schema.js'
import { DEFAULT_RULES, PULL_REQUEST_RULE, type Rule } from './rules.js'

/** Everything the core needs, resolved and validated in one place. */
export interface Settings {
  cwd: string
  appId: string
  webDir: string
  /** Shell command that builds the web bundle; null skips the build. */
  buildCommand: string | null
  store: string
  /** No store was named anywhere: the embedded local store (`.capflight/store`). */
  storeIsDefault: boolean
  /** Compressed forms of files kept between releases, by content hash (default `.capflight/cache`, absolute). */
  cacheDir: string
  tagFormat: string
  rules: Rule[]
  pullRequestPreviews: boolean
  exclude: string[]
  /** In a monorepo: globs (from the repository's root) of shared folders whose commits count for this app too. */
  paths: string[]
  /** Guarded rollouts (config `rolloutPolicy`), when configured. */
  rolloutPolicy?: RolloutPolicyConfig
  /** Where rollout advance reports a move (config `rolloutPolicy.webhook`). */
  rolloutWebhook?: string
  requireNotifyAppReady: boolean
  allowNativeChange: boolean
  /** Release from a working tree with uncommitted changes to tracked files. */
  allowDirty: boolean
  /** Move every device although a rollout is in progress on the channel. */
  replaceRollout: boolean
  dryRun: boolean
  /** Forces the channel instead of the rule's. */
  channel?: string
  defaultBranch?: string
  minNativeVersion?: string
  /** Private key: PEM, base64 of a PEM, or a file path (flag, CAPFLIGHT_PRIVATE_KEY or CI input). */
  privateKey?: string
  /** API key of a hosted store (capgo:): flag, CAPFLIGHT_API_KEY (or CAPGO_TOKEN) or the api-key input. */
  apiKey?: string
  /** A local Capgo CLI entry script instead of the pinned release (CAPFLIGHT_CAPGO_CLI). */
  capgoCli?: string
  /** Where the private key came from, for messages (never its content). */
  privateKeySource?: string
  /** External signer: gets bytes on stdin, prints the RSA PKCS#1 v1.5 signature. */
  signCommand?: string
  /** Public key file, needed with signCommand when the capacitor config has none. */
  publicKeyFile?: string
  /** plugins.CapacitorUpdater.publicKey of the app's capacitor config. */
  appPublicKey?: string
  /** plugins.CapacitorUpdater.updateUrl of the app's capacitor config: where its devices ask for updates. */
  appUpdateUrl?: string
  /** Roll the release out to this share of the channel's devices (basis points, 1–10000). */
  rolloutBps?: number
  /** Version of the native app when no release tag exists (package.json `version`). */
  baseVersion?: string
  remote: string
  /** Overrides for what the CI table found. */
  ref: { branch?: string; tag?: string; prNumber?: number }
  configFile?: string
}

/** Raw values from the wrapper: CLI flags or CI inputs, already kebab-case keyed. */
export type SettingsFlags = Partial<Record<string, string | boolean | undefined>>

/** The CAPFLIGHT_* variables behind each flag: this file is where capflight reads its environment. */
const ENV_KEYS: Record<string, string | string[]> = {
  'app-id': 'CAPFLIGHT_APP_ID',
  'web-dir': 'CAPFLIGHT_WEB_DIR',
  'build-command': 'CAPFLIGHT_BUILD_COMMAND',
  store: 'CAPFLIGHT_STORE',
  'cache-dir': 'CAPFLIGHT_CACHE_DIR',
  'tag-format': 'CAPFLIGHT_TAG_FORMAT',
  channel: 'CAPFLIGHT_CHANNEL',
  'dry-run': 'CAPFLIGHT_DRY_RUN',
  'allow-native-change': 'CAPFLIGHT_ALLOW_NATIVE_CHANGE',
  'allow-dirty': 'CAPFLIGHT_ALLOW_DIRTY',
  'replace-rollout': 'CAPFLIGHT_REPLACE_ROLLOUT',
  'default-branch': 'CAPFLIGHT_DEFAULT_BRANCH',
  'min-native-version': 'CAPFLIGHT_MIN_NATIVE_VERSION',
  rollout: 'CAPFLIGHT_ROLLOUT',
  'private-key': 'CAPFLIGHT_PRIVATE_KEY',
  'api-key': ['CAPFLIGHT_API_KEY', 'CAPGO_TOKEN'],
  'sign-command': 'CAPFLIGHT_SIGN_COMMAND',
  'public-key': 'CAPFLIGHT_PUBLIC_KEY',
  'require-notify-app-ready': 'CAPFLIGHT_REQUIRE_NOTIFY_APP_READY',
  config: 'CAPFLIGHT_CONFIG'
}

type Json = Record<string, unknown>

function readJson(file: string, problems: string[]): Json | undefined {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    problems.push(`Cannot read ${file}: ${(error as Error).message}. Check the path given to --config.`)
    return undefined
  }
  try {
    const value = JSON.parse(text) as unknown
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      problems.push(`${file} must hold a JSON object.`)
      return undefined
    }
    return value as Json
  } catch (error) {
    problems.push(`${file} is not valid JSON (${(error as Error).message}). Fix the syntax and run again.`)
    return undefined
  }
}

function loadConfig(cwd: string, explicit: string | undefined, problems: string[]): { config: Json; file?: string } {
  if (explicit) {
    const file = path.resolve(cwd, explicit)
    return { config: readJson(file, problems) ?? {}, file }
  }
  const file = path.join(cwd, 'capflight.config.json')
  if (existsSync(file)) return { config: readJson(file, problems) ?? {}, file }
  const pkg = path.join(cwd, 'package.json')
  if (existsSync(pkg)) {
    const json = readJson(pkg, problems)
    const section = json?.capflight
    if (section && typeof section === 'object' && !Array.isArray(section)) return { config: section as Json, file: `${pkg}#capflight` }
  }
  return { config: {} }
}

/** appId, webDir and the updater's publicKey from capacitor.config.{json,ts,js}, and what is wrong with them. */
export function readCapacitorConfig(cwd: string): { appId?: string; webDir?: string; publicKey?: string; updateUrl?: string; file?: string; problems: string[] } {
  const json = path.join(cwd, 'capacitor.config.json')
  if (existsSync(json)) {
    const problems: string[] = []
    const c = readJson(json, problems)
    if (!c) return { file: json, problems }
    const plugins = c.plugins as Json | undefined
    const updater = plugins && typeof plugins === 'object' ? plugins.CapacitorUpdater as Json | undefined : undefined
    const text = (value: unknown, key: string): string | undefined => {
      if (value === undefined) return undefined
      if (typeof value !== 'string' || value.trim() === '') problems.push(`capacitor.config.json: "${key}" must be a non-empty string, got ${JSON.stringify(value)}.`)
      return str(value)
    }
    return { appId: text(c.appId, 'appId'), webDir: text(c.webDir, 'webDir'), publicKey: text(updater?.publicKey, 'plugins.CapacitorUpdater.publicKey'), updateUrl: text(updater?.updateUrl, 'plugins.CapacitorUpdater.updateUrl'), file: json, problems }
  }
  for (const name of ['capacitor.config.ts', 'capacitor.config.js', 'capacitor.config.mjs']) {
    const file = path.join(cwd, name)
    if (!existsSync(file)) continue
    const text = readFileSync(file, 'utf8')
    const pick = (key: string) => new RegExp(`\\b${key}\\s*:\\s*['"\`]([^'"\`]+)['"\`]`).exec(text)?.[1]
    return { appId: pick('appId'), webDir: pick('webDir'), publicKey: pick('publicKey')?.replace(/\\n/g, '\n'), updateUrl: pick('updateUrl'), file, problems: [] }
  }
  return { problems: [] }
}

/** Folders below `root` (three levels at most, node_modules and dot folders left out) that hold a Capacitor app. */
export function appFoldersBelow(root: string): string[] {
  const found: string[] = []
  const visit = (dir: string, depth: number) => {
    let entries: Dirent[]
    try { entries = readdirSync(dir, { withFileTypes: true }) } catch { return }
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.')) continue
      const sub = path.join(dir, entry.name)
      if (CAPACITOR_CONFIG_FILES.some((f) => existsSync(path.join(sub, f)))) found.push(path.relative(root, sub).split(path.sep).join('/'))
      else if (depth < 3) visit(sub, depth + 1)
    }
  }
  visit(root, 1)
  return found.sort()
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

function flagValue(flags: SettingsFlags, env: Record<string, string | undefined>, key: string): string | boolean | undefined {
  const v = flags[key]
  if (v !== undefined && v !== '') return v
  for (const name of [ENV_KEYS[key] ?? []].flat()) {
    const e = env[name]
    if (e !== undefined && e !== '') return e
  }
  return undefined
}

function bool(value: string | boolean | undefined, name: string, problems: string[]): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value
  if (/^(true|1|yes)$/i.test(value)) return true
  if (/^(false|0|no)$/i.test(value)) return false
  problems.push(`${name} must be true or false, got "${value}".`)
  return undefined
}

/**
 * What the schema cannot say about rules: each has exactly one trigger, and a tag rule no
 * prerelease id. Checked on whatever the file holds, beside the schema's own problems.
 */
function ruleProblems(value: unknown, where: string): string[] {
  if (!Array.isArray(value)) return []
  const problems: string[] = []
  value.forEach((raw, i) => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return
    const r = raw as Json
    const triggers = ['branch', 'tag', 'defaultBranch', 'pullRequest'].filter((k) => r[k] !== undefined && r[k] !== false)
    if (triggers.length !== 1) problems.push(`${where}: rules[${i}] needs exactly one trigger: "branch", "tag", "defaultBranch" or "pullRequest".`)
    if (r.tag === true && typeof r.prerelease === 'string') problems.push(`${where}: rules[${i}]: a tag rule releases the tag's own version; remove "prerelease".`)
  })
  return problems
}

/** Rules as the core uses them, from rules the schema accepted. */
function toRules(value: Json[]): Rule[] {
  return value.map((r) => ({
    channel: r.channel as string,
    ...(r.branch !== undefined ? { branch: typeof r.branch === 'string' ? [r.branch] : r.branch as string[] } : {}),
    ...(r.tag === true ? { tag: true } : {}),
    ...(r.defaultBranch === true ? { defaultBranch: true } : {}),
    ...(r.pullRequest === true ? { pullRequest: true } : {}),
    ...(typeof r.prerelease === 'string' ? { prerelease: r.prerelease } : {})
  }))
}

/** "12.5" or "12.5%" → 1250 basis points; undefined when not a percentage in (0, 100]. */
export function parsePercentage(text: string): number | undefined {
  const m = /^\s*(\d{1,3})(?:\.(\d{1,2}))?\s*%?\s*$/.exec(text)
  if (!m) return undefined
  const bps = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
  return bps > 0 && bps <= 10000 ? bps : undefined
}

/**
 * Builds the typed settings. Precedence: flag > CAPFLIGHT_* env > capflight.config.json
 * (or package.json#capflight) > capacitor config > defaults. Every problem is
 * collected before failing. `needs.appId: false` is for commands that serve or pack
 * whatever app there is (serve answers every app of its store): no app id is then required,
 * and `appId` is empty unless one is given.
 */
export function buildSettings(flags: SettingsFlags, env: Record<string, string | undefined>, cwdIn: string, needs: { appId: boolean } = { appId: true }): Settings {
  const problems: string[] = []
  const cwd = path.resolve(cwdIn)
  if (!existsSync(cwd)) throw new ConfigurationError([`Working directory ${cwd} does not exist. Check --cwd.`])
  const get = (key: string) => flagValue(flags, env, key)
  const explicitConfig = get('config')
  const { config, file: configFile } = loadConfig(cwd, typeof explicitConfig === 'string' ? explicitConfig : undefined, problems)
  const where = configFile ? path.basename(configFile) : 'config'

  // The shipped JSON Schema validates the file; a value it refuses is reported and not used.
  const schemaIssues = schemaProblems(config, where)
  const located: Array<{ message: string; key?: string }> = schemaIssues.map((p) => ({ message: p.message, key: String(p.path[p.path.length - 1]) }))
  const refused = new Set(schemaIssues.map((p) => String(p.path[0])))
  const fromConfig = <T>(key: string): T | undefined => (refused.has(key) ? undefined : config[key] as T | undefined)
  const configString = (key: string): string | undefined => fromConfig<string>(key)
  const configBool = (key: string): boolean | undefined => fromConfig<boolean>(key)
  for (const message of ruleProblems(config.rules, where)) located.push({ message, key: 'rules' })

  const capacitor = readCapacitorConfig(cwd)
  problems.push(...capacitor.problems)
  // A flag given with no value is a mistake (an unset CI variable), not "use the default".
  for (const [key, value] of Object.entries(flags)) {
    if (value === '') problems.push(`--${key} is empty: give it a value, or leave it out.`)
  }
  const pkgFile = path.join(cwd, 'package.json')
  let pkg: Json = {}
  if (existsSync(pkgFile)) {
    try { pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as Json } catch { /* reported by loadConfig when used */ }
  }

  const stringOf = (key: string): string | undefined => {
    const v = get(key)
    return typeof v === 'string' ? v : undefined
  }

  const appId = stringOf('app-id') ?? configString('appId') ?? capacitor.appId
  if (!appId) {
    const apps = capacitor.file ? [] : appFoldersBelow(cwd)
    if (needs.appId && apps.length) problems.push(`No Capacitor app in ${cwd}; ${apps.length === 1 ? 'one is in' : 'apps are in'} ${apps.join(', ')}. Run capflight there: --cwd ${apps[0]} (or working-directory in CI).`)
    else if (needs.appId) problems.push('No appId: set "appId" in capacitor.config.json (or capflight.config.json), or pass --app-id com.example.app.')
  } else {
    const problem = nameProblem('appId', appId, 'appId')
    if (problem) problems.push(problem)
  }

  const webDir = stringOf('web-dir') ?? configString('webDir') ?? capacitor.webDir ?? 'www'

  const scripts = (pkg.scripts ?? {}) as Json
  let buildCommand: string | null
  const noBuild = flags['no-build'] === true || flags.build === false
  const configBuild = fromConfig<string | false>('buildCommand')
  if (noBuild) buildCommand = null
  else {
    const flagBuild = stringOf('build-command')
    if (flagBuild !== undefined) buildCommand = flagBuild
    else if (configBuild === false) buildCommand = null
    else if (typeof configBuild === 'string') buildCommand = configBuild
    else buildCommand = typeof scripts.build === 'string' ? 'npm run build' : null
  }

  const tagFormat = stringOf('tag-format') ?? configString('tagFormat') ?? (refused.has('tagFormat') ? undefined : 'v${version}')
  const tagProblem = tagFormat === undefined ? undefined : TagFormat.validate(tagFormat)
  if (tagProblem) problems.push(tagProblem)

  const namedStore = stringOf('store') ?? configString('store')
  const store = namedStore ?? path.join('.capflight', 'store')

  const configRules = fromConfig<Json[]>('rules')
  let rules: Rule[] = configRules ? toRules(configRules) : [...DEFAULT_RULES]
  const pullRequestPreviews = configBool('pullRequestPreviews') ?? false
  if (pullRequestPreviews && !rules.some((r) => r.pullRequest)) rules = [PULL_REQUEST_RULE, ...rules]

  const exclude = fromConfig<string[]>('exclude') ?? []
  const paths = fromConfig<string[]>('paths') ?? []
  const policyConfig = fromConfig<Record<string, unknown>>('rolloutPolicy')
  const rolloutPolicy = policyConfig ? rolloutPolicyOf(policyConfig, problems) : undefined

  const minNativeVersion = stringOf('min-native-version') ?? configString('minNativeVersion')
  if (minNativeVersion !== undefined && !semverValid(minNativeVersion)) problems.push(`minNativeVersion "${minNativeVersion}" is not a semantic version such as 1.2.0.`)

  const rollout = stringOf('rollout')
  let rolloutBps: number | undefined
  if (rollout !== undefined) {
    rolloutBps = parsePercentage(rollout)
    if (rolloutBps === undefined) problems.push(`rollout must be a percentage above 0 and at most 100 with up to two decimals (e.g. 5 or 12.5), got "${rollout}".`)
  }

  const channel = stringOf('channel')
  const channelProblem = channel === undefined ? undefined : nameProblem('channel', channel)
  if (channelProblem) problems.push(channelProblem)

  const pr = stringOf('pr')
  let prNumber: number | undefined
  if (pr !== undefined) {
    if (!/^\d+$/.test(pr) || Number(pr) <= 0) problems.push(`--pr must be a pull request number, got "${pr}".`)
    else prNumber = Number(pr)
  }

  const baseVersion = typeof pkg.version === 'string' && semverValid(pkg.version) ? semverValid(pkg.version)! : undefined

  const privateKeyFlag = flags['private-key']
  const privateKeyValue = typeof privateKeyFlag === 'string' && privateKeyFlag !== '' ? privateKeyFlag : env.CAPFLIGHT_PRIVATE_KEY || undefined
  let privateKey: string | undefined
  let privateKeySource: string | undefined
  if (privateKeyValue !== undefined) {
    const fromFlag = typeof privateKeyFlag === 'string' && privateKeyFlag !== ''
    // CAPFLIGHT_PRIVATE_KEY always holds the key itself; the flag (or CI input) may name a file.
    const looksLikeKey = !fromFlag || privateKeyValue.includes('-----BEGIN') || /^[A-Za-z0-9+/=\s]{200,}$/.test(privateKeyValue)
    privateKeySource = fromFlag ? (looksLikeKey ? 'the private-key input' : privateKeyValue) : 'CAPFLIGHT_PRIVATE_KEY'
    if (looksLikeKey) privateKey = privateKeyValue
    else {
      const file = path.resolve(cwd, privateKeyValue)
      // The value might be a mistyped secret: never repeat it.
      if (!existsSync(file)) problems.push('The private key given with --private-key (or the private-key input) is neither a PEM key, nor base64 of one, nor an existing file. Pass the file written by "capflight keys create", or the key itself.')
      else privateKey = readFileSync(file, 'utf8')
    }
  }
  const publicKeyFile = stringOf('public-key')
  if (publicKeyFile !== undefined && !existsSync(path.resolve(cwd, publicKeyFile))) problems.push(`Public key file ${path.resolve(cwd, publicKeyFile)} does not exist.`)
  const signCommand = stringOf('sign-command')
  if (signCommand !== undefined && privateKey !== undefined) problems.push('Pass either a private key or --sign-command, not both.')

  const settings: Settings = {
    cwd,
    appId: appId ?? '',
    webDir,
    buildCommand,
    store,
    tagFormat: tagFormat ?? 'v${version}',
    rules,
    pullRequestPreviews,
    exclude,
    paths,
    ...(rolloutPolicy ? { rolloutPolicy, rolloutWebhook: rolloutPolicy.webhook } : {}),
    requireNotifyAppReady: bool(get('require-notify-app-ready'), 'requireNotifyAppReady', problems) ?? configBool('requireNotifyAppReady') ?? false,
    allowNativeChange: bool(get('allow-native-change'), 'allow-native-change', problems) ?? false,
    allowDirty: bool(get('allow-dirty'), 'allow-dirty', problems) ?? false,
    replaceRollout: bool(get('replace-rollout'), 'replace-rollout', problems) ?? false,
    dryRun: bool(get('dry-run'), 'dry-run', problems) ?? false,
    channel,
    defaultBranch: stringOf('default-branch') ?? configString('defaultBranch'),
    minNativeVersion,
    rolloutBps,
    privateKey,
    privateKeySource,
    apiKey: stringOf('api-key'),
    capgoCli: env.CAPFLIGHT_CAPGO_CLI || undefined,
    signCommand,
    publicKeyFile: publicKeyFile && path.resolve(cwd, publicKeyFile),
    appPublicKey: capacitor.publicKey,
    appUpdateUrl: capacitor.updateUrl,
    storeIsDefault: namedStore === undefined,
    cacheDir: path.resolve(cwd, stringOf('cache-dir') ?? path.join('.capflight', 'cache')),
    baseVersion,
    remote: 'origin',
    ref: { branch: stringOf('branch'), tag: stringOf('tag'), prNumber },
    configFile
  }
  const all = [...located, ...problems.map((message) => ({ message, key: undefined }))]
  if (all.length > 0) throw new ConfigurationError(all.map((p) => p.message), all.map((p) => locate(p.key, configFile)))
  return settings
}

/** The config file line a problem is about: the first line holding its key. */
function locate(key: string | undefined, configFile: string | undefined): SourceLocation | undefined {
  if (!configFile || key === undefined) return undefined
  const file = configFile.replace(/#capflight$/, '')
  let text = ''
  try { text = readFileSync(file, 'utf8') } catch { return { file } }
  const index = text.split('\n').findIndex((l) => l.includes(`"${key}"`))
  return index >= 0 ? { file, line: index + 1 } : { file }
}

/** The rollout policy of the config: the base policy over the defaults, each lane over the base. */
export interface RolloutPolicyConfig {
  channels: string[]
  base: RolloutPolicy
  lanes: Record<'fix' | 'feat' | 'breaking', RolloutPolicy>
  webhook?: string
}

function rolloutPolicyOf(config: Record<string, unknown>, problems: string[]): RolloutPolicyConfig {
  const { channels, webhook, lanes, ...base } = config as { channels?: string[]; webhook?: string; lanes?: Record<string, Partial<RolloutPolicy>> } & Partial<RolloutPolicy>
  const merged = { ...DEFAULT_POLICY, ...base }
  const lane = (name: 'fix' | 'feat' | 'breaking'): RolloutPolicy => ({ ...merged, ...lanes?.[name] })
  const result: RolloutPolicyConfig = { channels: channels ?? ['production'], base: merged, lanes: { fix: lane('fix'), feat: lane('feat'), breaking: lane('breaking') }, ...(webhook ? { webhook } : {}) }
  for (const [name, policy] of Object.entries({ rolloutPolicy: merged, ...Object.fromEntries(Object.entries(result.lanes).map(([k, v]) => [`rolloutPolicy.lanes.${k}`, v])) })) {
    const steps = policy.steps
    if (steps.some((x, i) => i > 0 && x <= steps[i - 1]) || steps.at(-1) !== 100) problems.push(`${name}.steps must rise and end at 100 (for example [1, 5, 25, 100]), got [${steps.join(', ')}].`)
    if (steps.some((x) => Math.round(x * 100) !== x * 100)) problems.push(`${name}.steps take at most two decimals, got [${steps.join(', ')}].`)
  }
  return result
}
