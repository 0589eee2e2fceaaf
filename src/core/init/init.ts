import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createKeys } from '../crypto/create-keys.js'
import { ConfigurationError } from '../errors.js'
import { assertNames } from '../names.js'
import { Git } from '../git/git.js'
import { CAPACITOR_CONFIG_FILES, loadCapacitorConfig } from '../native/capacitor-config.js'
import type { Runtime } from '../port.js'
import { appFoldersBelow } from '../settings/settings.js'
import { INIT_CIS, workflowFor, type InitCi } from './workflows.js'

export interface InitOptions {
  ci?: string
  /** The base URL devices reach `capflight serve` at (default: serve's local address). */
  updateUrl?: string
  /** Create an encryption key pair (encrypted, signed bundles). */
  keys: boolean
  /** The channel this app's builds follow (the plugin's defaultChannel); default production. */
  channel?: string
  dryRun: boolean
}

/** One file `init` writes (or, where editing is not safe, a snippet it prints instead). */
export interface InitFile {
  path: string
  action: 'create' | 'update' | 'unchanged' | 'print'
  /** What the file holds afterwards, or the snippet to paste. */
  content: string
  note?: string
}

export interface InitResult {
  appId: string
  ci: InitCi | null
  packageManager: 'npm' | 'pnpm' | 'yarn'
  /** The app folder relative to the repository's root ('' at the root). */
  appDir: string
  updateUrl: string
  /** The channel the builds name (defaultChannel). */
  channel: string
  files: InitFile[]
  /** Secrets the CI workflow reads, to set in the CI's settings. */
  secrets: string[]
  dryRun: boolean
}

const DEFAULT_URL = 'http://localhost:8787'

function packageManagerOf(dir: string, root: string): InitResult['packageManager'] {
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, 'pnpm-lock.yaml'))) return 'pnpm'
    if (existsSync(path.join(d, 'yarn.lock'))) return 'yarn'
    if (existsSync(path.join(d, 'package-lock.json')) || d === root || path.dirname(d) === d) return 'npm'
  }
}

/** The CI the repository's remote is hosted on, when it says. */
function ciOfRemote(remote: string | undefined, root: string): InitCi | undefined {
  if (remote && /github\.com[:/]/.test(remote)) return 'github'
  if (remote && /gitlab/.test(remote)) return 'gitlab'
  if (remote && /dev\.azure\.com|visualstudio\.com/.test(remote)) return 'azure'
  if (existsSync(path.join(root, 'Jenkinsfile'))) return 'jenkins'
  return undefined
}

/**
 * Sets an app up for capflight, computing every file first and writing only what changes, so
 * a second run changes nothing and `dryRun` lists what a first would write: capflight.config.json,
 * `.capflight/` in .gitignore, the plugin's CapacitorUpdater block in the capacitor config (a
 * TypeScript config edited in place when that is safe, else the snippet printed), keys on request,
 * and one CI workflow for hosted runners.
 */
export async function init(runtime: Runtime, options: InitOptions): Promise<InitResult> {
  const cwd = runtime.cwd
  const configName = CAPACITOR_CONFIG_FILES.find((f) => existsSync(path.join(cwd, f)))
  if (!configName) {
    const apps = appFoldersBelow(cwd)
    throw new ConfigurationError([apps.length
      ? `No Capacitor app in ${cwd}; ${apps.length === 1 ? 'one is in' : 'apps are in'} ${apps.join(', ')}. Run capflight init there: --cwd ${apps[0]}.`
      : `No capacitor config in ${cwd}. Run capflight init in the Capacitor app's folder (npx cap init creates one).`])
  }
  if (options.ci !== undefined && !(INIT_CIS as readonly string[]).includes(options.ci)) {
    throw new ConfigurationError([`--ci must be one of ${INIT_CIS.join(', ')}, got "${options.ci}".`])
  }
  assertNames([['channel', options.channel, '--channel']])
  if (options.updateUrl !== undefined && !/^https?:\/\/[^/]+/.test(options.updateUrl)) {
    throw new ConfigurationError([`--update-url must be the http(s) address devices reach capflight serve at, such as https://updates.example.com; got "${options.updateUrl}".`])
  }
  const loaded = (await loadCapacitorConfig(cwd))!
  const appId = typeof loaded.config.appId === 'string' ? loaded.config.appId : ''
  if (!appId) throw new ConfigurationError([`${configName} has no appId. Set it (e.g. com.example.app), then run capflight init again.`])

  const git = new Git(cwd, runtime.env)
  const inRepo = (await git.exec(['rev-parse', '--is-inside-work-tree'], { allowFailure: true })).code === 0
  const appDir = inRepo ? (await git.prefix()).replace(/\/$/, '') : ''
  const root = appDir ? path.resolve(cwd, ...appDir.split('/').map(() => '..')) : cwd
  const remote = inRepo ? (await git.exec(['remote', 'get-url', 'origin'], { allowFailure: true })).stdout.trim() || undefined : undefined
  const ci = (options.ci as InitCi | undefined) ?? ciOfRemote(remote, root) ?? null
  const packageManager = packageManagerOf(cwd, root)
  const base = (options.updateUrl ?? DEFAULT_URL).replace(/\/+$/, '')

  const files: InitFile[] = []
  const plan = async (file: string, next: (current: string | undefined) => string | InitFile) => {
    const full = path.join(cwd, file)
    const current = existsSync(full) ? await readFile(full, 'utf8') : undefined
    const wanted = next(current)
    if (typeof wanted !== 'string') return files.push(wanted)
    files.push({ path: file, action: current === undefined ? 'create' : current === wanted ? 'unchanged' : 'update', content: wanted })
  }

  await plan('capflight.config.json', (current) => current ?? `${JSON.stringify({ $schema: './node_modules/capflight/schema/capflight.config.schema.json' }, null, 2)}\n`)
  await plan('.gitignore', (current) => {
    if (current !== undefined && /^\/?\.capflight\/?$/m.test(current)) return current
    return `${current ?? ''}${current && !current.endsWith('\n') ? '\n' : ''}.capflight/\n`
  })

  // Keys first, so the capacitor config is planned (and written) once, with its public key.
  let publicKey: string | undefined
  const keyFile = path.join(cwd, '.capflight/keys/public_key.pem')
  if (existsSync(keyFile)) publicKey = await readFile(keyFile, 'utf8')
  else if (options.keys) {
    files.push({ path: '.capflight/keys/private_key.pem', action: 'create', content: '', note: 'an RSA key pair (private key mode 0600, never committed)' })
    if (!options.dryRun) publicKey = await readFile((await createKeys(runtime, { dir: path.join('.capflight', 'keys'), force: false })).publicKeyPath, 'utf8')
  }
  const updater = {
    updateUrl: `${base}/updates`,
    statsUrl: `${base}/stats`,
    channelUrl: `${base}/channel_self`,
    defaultChannel: options.channel ?? 'production',
    ...(publicKey ? { publicKey } : {})
  }
  await plan(configName, (current) => capacitorConfigWith(configName, current!, updater, options.keys && !publicKey))

  let secrets: string[] = []
  if (ci) {
    const workflow = workflowFor(ci, { appDir, packageManager })
    secrets = workflow.secrets
    // A workflow file lives at the repository's root, whatever folder the app is in.
    const relative = path.relative(cwd, path.join(root, workflow.path))
    await plan(relative, (current) => current === undefined || current === workflow.content
      ? workflow.content
      : { path: relative, action: 'print', content: workflow.content, note: `${workflow.path} exists: merge this in by hand` })
  }

  if (!options.dryRun) {
    for (const file of files) {
      // The key pair is written already, by createKeys above.
      if ((file.action !== 'create' && file.action !== 'update') || !file.content) continue
      const full = path.join(cwd, file.path)
      await mkdir(path.dirname(full), { recursive: true })
      await writeFile(full, file.content)
    }
  }
  return { appId, ci, packageManager, appDir, updateUrl: base, channel: updater.defaultChannel, files, secrets, dryRun: options.dryRun }
}

type Updater = Record<string, string>

/**
 * The capacitor config with the updater's URLs (and key) set, keys it already has kept: JSON is
 * edited as data; a TypeScript/JavaScript config is edited in place only where that is safe (no
 * CapacitorUpdater block yet, one `plugins: {` or one `webDir:` line to anchor on), else the
 * snippet is printed.
 */
function capacitorConfigWith(name: string, text: string, updater: Updater, keysPending: boolean): string | InitFile {
  const note = keysPending ? 'publicKey is added once the keys are made' : undefined
  if (name.endsWith('.json')) {
    const config = JSON.parse(text) as Record<string, unknown>
    const plugins = (config.plugins ?? {}) as Record<string, unknown>
    const current = (plugins.CapacitorUpdater ?? {}) as Record<string, unknown>
    const merged = { ...updater, ...current }
    if (Object.keys(updater).every((k) => current[k] !== undefined)) return text
    return `${JSON.stringify({ ...config, plugins: { ...plugins, CapacitorUpdater: merged } }, null, 2)}\n`
  }
  const block = (indent: string) => [
    `${indent}CapacitorUpdater: {`,
    ...Object.entries(updater).map(([k, v]) => `${indent}  ${k}: ${JSON.stringify(v)},`),
    `${indent}},`
  ].join('\n')
  const snippet: InitFile = { path: name, action: 'print', content: `plugins: {\n${block('  ')}\n}`, note: `add this to the config object in ${name}${note ? ` (${note})` : ''}` }
  if (/CapacitorUpdater/.test(text)) {
    return Object.values(updater).every((v) => text.includes(JSON.stringify(v)) || text.includes(`'${v}'`)) ? text : { ...snippet, note: `${name} already has a CapacitorUpdater block: check it holds these` }
  }
  const plugins = [...text.matchAll(/^(\s*)plugins\s*:\s*\{\s*$/gm)]
  if (plugins.length === 1) {
    const [line, indent] = [plugins[0][0], plugins[0][1].replace(/\n/g, '')]
    return text.replace(line, `${line}\n${block(`${indent}  `)}`)
  }
  // `webDir: 'dist'` as npx cap init writes it, the last property (no comma) or not.
  const webDir = [...text.matchAll(/^([ \t]*)(webDir\s*:\s*['"`][^'"`]*['"`])[ \t]*(,?)[ \t]*$/gm)]
  if (plugins.length === 0 && webDir.length === 1) {
    const [line, indent, property, comma] = [webDir[0][0], webDir[0][1], webDir[0][2], webDir[0][3]]
    return text.replace(line, `${indent}${property},\n${indent}plugins: {\n${block(`${indent}  `)}\n${indent}}${comma}`)
  }
  return snippet
}
