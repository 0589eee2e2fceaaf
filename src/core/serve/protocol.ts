import semver from 'semver'
import { isValidName, nameProblem } from '../names.js'

/** What @capgo/capacitor-updater posts to /updates (and /channel_self), from its createInfoObject(). */
export interface DeviceInfo {
  app_id: string
  device_id: string
  version_name: string
  version_build: string
  version_code?: string
  version_os?: string
  platform?: string
  plugin_version?: string
  is_emulator?: boolean
  is_prod?: boolean
  custom_id?: string
  defaultChannel?: string
  key_id?: string
  channel?: string
}

export class ProtocolError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message)
  }
}


function str(body: Record<string, unknown>, key: string, required: boolean, max = 256): string | undefined {
  const v = body[key]
  if (v === undefined || v === null || v === '') {
    if (required) throw new ProtocolError(400, `missing_${key}`, `The request has no "${key}". capacitor-updater sends it in every request; check the plugin configuration.`)
    return undefined
  }
  if (typeof v !== 'string' || v.length > max) throw new ProtocolError(400, `invalid_${key}`, `"${key}" must be a string of at most ${max} characters.`)
  return v
}

/** The native version as semver: "1.2" and "1" are read as 1.2.0 and 1.0.0. */
export function nativeVersion(text: string): string {
  const known = nativeVersions.get(text)
  if (known) return known
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?([-+][0-9A-Za-z.+-]*)?$/.exec(text.trim())
  const v = m ? semver.valid(`${m[1]}.${m[2] ?? 0}.${m[3] ?? 0}${m[4] ?? ''}`) : null
  if (v) remember(nativeVersions, text, v)
  if (!v) throw new ProtocolError(400, 'invalid_version_build', `version_build "${text.slice(0, 50)}" is not a version such as 1.2.0. It is the native app's version; check the app's build settings or the plugin's "version" option.`)
  return v
}

// A fleet reports a handful of native versions: each is parsed and compared once, not on every
// request. Bounded, since the strings come from devices.
const MEMO_LIMIT = 10_000
const nativeVersions = new Map<string, string>()
const runsOnMemo = new Map<string, boolean>()
function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  if (memo.size >= MEMO_LIMIT) memo.clear()
  memo.set(key, value)
}

/** Whether a bundle needing `minNativeVersion` runs on a native build of version `build` (a valid semver). */
export function runsOn(minNativeVersion: string | undefined, build: string): boolean {
  if (!minNativeVersion) return true
  const key = `${minNativeVersion}\n${build}`
  let answer = runsOnMemo.get(key)
  if (answer === undefined) {
    answer = !semver.valid(minNativeVersion) || semver.lte(minNativeVersion, build)
    remember(runsOnMemo, key, answer)
  }
  return answer
}

/** Validates the device fields every endpoint needs. */
export function readDeviceInfo(body: unknown, options: { needVersions: boolean }): DeviceInfo {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new ProtocolError(400, 'invalid_body', 'The request body must be a JSON object.')
  const b = body as Record<string, unknown>
  const app_id = str(b, 'app_id', true)!
  const appProblem = nameProblem('appId', app_id, 'app_id')
  if (appProblem) throw new ProtocolError(400, 'invalid_app_id', appProblem)
  const device_id = str(b, 'device_id', true)!
  const deviceProblem = nameProblem('deviceId', device_id, 'device_id')
  if (deviceProblem) throw new ProtocolError(400, 'invalid_device_id', deviceProblem)
  const info: DeviceInfo = {
    app_id,
    device_id,
    version_name: str(b, 'version_name', false) ?? 'builtin',
    version_build: str(b, 'version_build', options.needVersions) ?? '',
    version_code: str(b, 'version_code', false),
    version_os: str(b, 'version_os', false),
    platform: str(b, 'platform', false, 32),
    plugin_version: str(b, 'plugin_version', false, 64),
    custom_id: str(b, 'custom_id', false),
    defaultChannel: str(b, 'defaultChannel', false, 100),
    key_id: str(b, 'key_id', false, 64),
    channel: str(b, 'channel', false, 100)
  }
  for (const key of ['is_emulator', 'is_prod'] as const) {
    const v = b[key]
    if (v !== undefined && v !== null && typeof v !== 'boolean') throw new ProtocolError(400, `invalid_${key}`, `"${key}" must be true or false.`)
    info[key] = v as boolean | undefined
  }
  const channelProblem = info.channel === undefined ? undefined : nameProblem('channel', info.channel, 'channel')
  if (channelProblem) throw new ProtocolError(400, 'invalid_channel', channelProblem)
  // A build's defaultChannel that is no channel name names no channel: the server default applies.
  if (info.defaultChannel !== undefined && !isValidName('channel', info.defaultChannel)) info.defaultChannel = undefined
  if (options.needVersions) nativeVersion(info.version_build)
  return info
}

