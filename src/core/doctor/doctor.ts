import { createHash, randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import semver from 'semver'
import { parsePrivateKey, publicPemOf, samePublicKey } from '../crypto/keys.js'
import { Git, MIN_GIT_VERSION } from '../git/git.js'
import { loadCapacitorConfig } from '../native/capacitor-config.js'
import { installedDir } from '../native/fingerprint.js'
import type { Runtime } from '../port.js'
import { USER_AGENT } from '../product.js'
import { buildSettings, type Settings, type SettingsFlags } from '../settings/settings.js'
import { openStore, servedBy } from '../store/registry.js'
import { TagFormat } from '../version/tag-format.js'

/** One check: passed, failed (with the fix) or not applicable here. */
export interface DoctorCheck {
  name: string
  status: 'pass' | 'fail' | 'skip'
  message: string
  fix?: string
}

export interface DoctorResult {
  ok: boolean
  checks: DoctorCheck[]
}

type Json = Record<string, unknown>
const pass = (name: string, message: string): DoctorCheck => ({ name, status: 'pass', message })
const fail = (name: string, message: string, fix: string): DoctorCheck => ({ name, status: 'fail', message, fix })
const skip = (name: string, message: string): DoctorCheck => ({ name, status: 'skip', message })

/** The plugin major capflight speaks (DESIGN §6). */
const PLUGIN = '@capgo/capacitor-updater'
const PLUGIN_MAJOR = 8
const SOURCE_FILE = /\.(?:[cm]?js|jsx|ts|tsx|vue|svelte|html?)$/

/**
 * Everything a release and a device need, one check each, each failure with its fix: git and
 * tags, appId and webDir, the build, notifyAppReady, the plugin's version, its URLs, the keys,
 * the store (reachable and writable) and the endpoint (a real /updates answer).
 */
export async function doctor(flags: SettingsFlags, runtime: Runtime): Promise<DoctorResult> {
  const checks: DoctorCheck[] = []
  let settings: Settings | undefined
  try {
    settings = buildSettings(flags, runtime.env, runtime.cwd)
    checks.push(pass('config', `app ${settings.appId}, web folder ${settings.webDir}, store ${settings.store.split(/[?#]/)[0]}`))
  } catch (error) {
    checks.push(fail('config', (error as Error).message, 'Fix the settings above (capflight.config.json, the capacitor config or the flags).'))
  }
  checks.push(await gitCheck(runtime, settings))
  if (!settings) return result(checks)
  const config = await loadCapacitorConfig(settings.cwd).catch((error: Error) => {
    checks.push(fail('capacitor config', error.message, 'Fix the capacitor config so "npx cap sync" loads it.'))
    return undefined
  })
  const updater = ((config?.config.plugins as Json | undefined)?.CapacitorUpdater ?? {}) as Json
  checks.push(buildCheck(settings))
  checks.push(await notifyCheck(settings))
  checks.push(await pluginCheck(settings.cwd))
  checks.push(urlsCheck(settings, updater))
  checks.push(keysCheck(settings, updater))
  checks.push(await storeCheck(settings, runtime))
  checks.push(await endpointCheck(settings, updater))
  return result(checks)
}

function result(checks: DoctorCheck[]): DoctorResult {
  return { ok: checks.every((c) => c.status !== 'fail'), checks }
}

async function gitCheck(runtime: Runtime, settings: Settings | undefined): Promise<DoctorCheck> {
  const git = new Git(settings?.cwd ?? runtime.cwd, runtime.env)
  let head: string
  try {
    head = (await git.repository()).head.slice(0, 7)
  } catch (error) {
    return fail('git', (error as Error).message, `Run capflight in a git repository with a commit (git ${MIN_GIT_VERSION.join('.')} or newer).`)
  }
  if (!settings) return pass('git', `HEAD ${head}`)
  const format = new TagFormat(settings.tagFormat)
  const tags = (await git.tagsMergedIntoHead()).filter((t) => format.version(t))
  if (tags.length === 0) return pass('git', `HEAD ${head}; no release tag (${format.tag('x.y.z')}) yet: versions start from package.json's version`)
  return pass('git', `HEAD ${head}; last release tag ${tags.sort((a, b) => semver.rcompare(format.version(a)!, format.version(b)!))[0]}`)
}

function buildCheck(settings: Settings): DoctorCheck {
  const web = path.resolve(settings.cwd, settings.webDir)
  if (settings.buildCommand) return pass('build', `"${settings.buildCommand}" builds ${settings.webDir}/`)
  if (existsSync(path.join(web, 'index.html'))) return pass('build', `no build command; ${settings.webDir}/ is packed as it is`)
  return fail('build', `no build command and no ${settings.webDir}/index.html`, 'Add a "build" script to package.json, set "buildCommand" in capflight.config.json, or build the web app first.')
}

/** Scans the built folder, else the sources, for a call of notifyAppReady(). */
async function notifyCheck(settings: Settings): Promise<DoctorCheck> {
  const web = path.resolve(settings.cwd, settings.webDir)
  const roots = existsSync(web) ? [web] : ['src', 'app'].map((d) => path.join(settings.cwd, d)).filter(existsSync)
  if (roots.length === 0) return skip('notifyAppReady', `no ${settings.webDir}/ or src/ to look in yet`)
  let seen = 0
  const visit = async (dir: string): Promise<boolean> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (seen > 20_000) return false
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.') && (await visit(full))) return true
      } else if (SOURCE_FILE.test(entry.name)) {
        seen++
        if ((await readFile(full, 'utf8')).includes('notifyAppReady')) return true
      }
    }
    return false
  }
  for (const root of roots) if (await visit(root)) return pass('notifyAppReady', `called in ${path.relative(settings.cwd, root) || '.'}/`)
  return fail('notifyAppReady', 'no file calls CapacitorUpdater.notifyAppReady()', 'Call CapacitorUpdater.notifyAppReady() once the app has started: without it the plugin rolls every update back.')
}

async function pluginCheck(cwd: string): Promise<DoctorCheck> {
  const dir = await installedDir(cwd, PLUGIN)
  if (dir) {
    const version = String((JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as Json).version)
    return semver.major(semver.coerce(version) ?? '0.0.0') === PLUGIN_MAJOR
      ? pass('plugin', `${PLUGIN} ${version}`)
      : fail('plugin', `${PLUGIN} ${version} is installed; capflight speaks the ${PLUGIN_MAJOR}.x protocol`, `npm install ${PLUGIN}@^${PLUGIN_MAJOR} and npx cap sync, then ship a store build.`)
  }
  return fail('plugin', `${PLUGIN} is not installed here`, `npm install ${PLUGIN}@^${PLUGIN_MAJOR} && npx cap sync (or install the dependencies first).`)
}

function urlsCheck(settings: Settings, updater: Json): DoctorCheck {
  const hosted = servedBy(settings.store)
  if (hosted) return skip('plugin URLs', `devices update from ${hosted}`)
  const urls = ['updateUrl', 'statsUrl', 'channelUrl'].map((k) => [k, updater[k]] as const)
  const missing = urls.filter(([, v]) => typeof v !== 'string' || !/^https?:\/\//.test(v)).map(([k]) => k)
  if (missing.length) {
    return fail('plugin URLs', `plugins.CapacitorUpdater has no ${missing.join(', ')}`, 'Point the plugin at capflight serve: updateUrl <url>/updates, statsUrl <url>/stats, channelUrl <url>/channel_self, then ship a store build.')
  }
  const origins = new Set(urls.map(([, v]) => new URL(String(v)).origin))
  if (origins.size > 1) return fail('plugin URLs', `the plugin URLs point at ${origins.size} servers (${[...origins].join(', ')})`, 'Point all three at the same capflight serve.')
  return pass('plugin URLs', `${updater.updateUrl}`)
}

function keysCheck(settings: Settings, updater: Json): DoctorCheck {
  const appKey = typeof updater.publicKey === 'string' ? updater.publicKey : settings.appPublicKey
  if (!appKey && !settings.privateKey) return skip('keys', 'bundles are not encrypted (no publicKey in the capacitor config)')
  if (!appKey) return fail('keys', 'a private key is given but the capacitor config has no publicKey', 'Add the public key to plugins.CapacitorUpdater.publicKey ("capflight keys create" prints it), or drop the private key.')
  if (!settings.privateKey) {
    return settings.signCommand ? skip('keys', 'bundles are signed by --sign-command') : fail('keys', 'the capacitor config has a publicKey but no private key is given', 'Pass --private-key (or CAPFLIGHT_PRIVATE_KEY): devices only accept encrypted bundles.')
  }
  try {
    const publicKey = publicPemOf(parsePrivateKey(settings.privateKey, settings.privateKeySource ?? 'the private key'))
    return samePublicKey(publicKey, appKey)
      ? pass('keys', 'the private key matches the app\'s publicKey')
      : fail('keys', 'the private key does not match plugins.CapacitorUpdater.publicKey', 'Use the key pair made together ("capflight keys create"), or update publicKey and ship a store build.')
  } catch (error) {
    return fail('keys', (error as Error).message, 'Pass the private key file written by "capflight keys create".')
  }
}

/** Reachable: the channel list reads. Writable: a probe blob goes in and is deleted again (file: and s3://). */
async function storeCheck(settings: Settings, runtime: Runtime): Promise<DoctorCheck> {
  const store = openStore(settings.store, settings.cwd, runtime.env, { apiKey: settings.apiKey, capgoCli: settings.capgoCli })
  try {
    const channels = await store.listChannels(settings.appId)
    if (servedBy(settings.store)) return pass('store', `${store.url} answers: ${channels.length} channel(s)`)
    const body = `capflight doctor ${randomBytes(8).toString('hex')}\n`
    const sha = createHash('sha256').update(body).digest('hex')
    const probe = path.join(os.tmpdir(), `capflight-doctor-${sha.slice(0, 12)}`)
    await writeFile(probe, body)
    try {
      await store.putBlob(settings.appId, 'files', sha, probe)
      await store.deleteBlob(settings.appId, 'files', sha)
    } finally {
      await rm(probe, { force: true })
    }
    return pass('store', `${store.url} is reachable and writable: ${channels.length} channel(s)`)
  } catch (error) {
    return fail('store', (error as Error).message, 'Fix --store (or CAPFLIGHT_STORE) and its credentials.')
  }
}

/** The endpoint the app's updateUrl names answers /health and a real /updates request as the plugin sends it. */
async function endpointCheck(settings: Settings, updater: Json): Promise<DoctorCheck> {
  if (servedBy(settings.store)) return skip('endpoint', 'devices update from the hosted service')
  const updateUrl = typeof updater.updateUrl === 'string' ? updater.updateUrl : settings.appUpdateUrl
  if (!updateUrl) return skip('endpoint', 'no updateUrl to ask')
  const signal = AbortSignal.timeout(10_000)
  try {
    const health = await fetch(new URL('/health', updateUrl), { headers: { 'user-agent': USER_AGENT }, signal })
    if (!health.ok) return fail('endpoint', `${new URL('/health', updateUrl).href} answered HTTP ${health.status}`, 'Run "capflight serve" there (or put it behind that URL).')
    const answer = await fetch(updateUrl, {
      method: 'POST', signal,
      headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT },
      body: JSON.stringify({ app_id: settings.appId, device_id: 'capflight-doctor', version_name: 'builtin', version_build: '0.0.0', version_code: '0', version_os: '0', platform: 'android', plugin_version: '8.0.0', is_emulator: false, is_prod: true, custom_id: '', defaultChannel: '' })
    })
    const body = await answer.json().catch(() => undefined) as Json | undefined
    if (!body || (typeof body.version !== 'string' && typeof body.kind !== 'string' && typeof body.error !== 'string')) {
      return fail('endpoint', `POST ${updateUrl} answered HTTP ${answer.status} without an update answer`, 'Point updateUrl at capflight serve\'s /updates.')
    }
    return pass('endpoint', body.version && body.url ? `${updateUrl} offers ${body.version}` : `${updateUrl} answers (${body.kind ?? body.error}: ${body.message ?? ''})`)
  } catch (error) {
    return fail('endpoint', `${updateUrl} did not answer (${(error as Error).cause ?? (error as Error).message})`, 'Start "capflight serve" where updateUrl points, or fix updateUrl and ship a store build.')
  }
}
