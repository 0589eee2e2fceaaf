import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { brotliDecompressSync } from 'node:zlib'
import { decryptChecksum, decryptFile, decryptSessionKey, openEncryptedBundle } from './decrypt.js'
import { tempDir } from './repo.js'

export interface DeviceOptions {
  appId?: string
  deviceId?: string
  versionBuild?: string
  platform?: 'ios' | 'android'
  isEmulator?: boolean
  isProd?: boolean
  defaultChannel?: string
  /** plugins.CapacitorUpdater.publicKey: the device then only accepts encrypted bundles. */
  publicKey?: string
}

/**
 * Does what @capgo/capacitor-updater does against a self-hosted server: posts
 * the body of CapgoUpdater.createInfoObject() to updateUrl, downloads `url`,
 * checks its SHA-256 against `checksum`, unzips it and needs index.html at the
 * root, then reports "set" (or the failure) to statsUrl as a batch.
 */
export class SimulatedDevice {
  versionName = 'builtin'
  /** What setChannel() chose: plugin 8.x keeps it on the device and sends it as defaultChannel. */
  chosenChannel: string | undefined
  readonly appId: string
  readonly deviceId: string
  readonly reported: unknown[] = []

  constructor(readonly server: string, readonly options: DeviceOptions = {}) {
    this.appId = options.appId ?? 'com.example.capflight'
    this.deviceId = options.deviceId ?? `device-${Math.random().toString(36).slice(2)}`
  }

  info(): Record<string, unknown> {
    return {
      platform: this.options.platform ?? 'android',
      device_id: this.deviceId,
      app_id: this.appId,
      custom_id: '',
      version_build: this.options.versionBuild ?? '1.0.0',
      version_code: '1',
      version_os: '14',
      version_name: this.versionName,
      plugin_version: '8.51.23',
      is_emulator: this.options.isEmulator ?? false,
      is_prod: this.options.isProd ?? true,
      install_source: 'com.android.vending',
      defaultChannel: this.chosenChannel ?? this.options.defaultChannel ?? ''
    }
  }

  async post(route: string, body: unknown, method = 'POST'): Promise<{ status: number; body: any }> {
    const res = await fetch(`${this.server}${route}`, { method, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) })
    return { status: res.status, body: await res.json() }
  }

  check(): Promise<{ status: number; body: any }> {
    return this.post('/updates', this.info())
  }

  /** One update cycle. Returns the version now running, or the server's error code. */
  async update(): Promise<{ outcome: 'updated' | 'none' | 'failed'; version: string; error?: string; response: any }> {
    const { body } = await this.check()
    if (body.error || body.kind) {
      // As CapacitorUpdaterPlugin.java: only up_to_date and blocked are normal; any other answer
      // without an update is a failed check, reported as download_fail.
      if (body.kind === 'up_to_date' || body.kind === 'blocked') return { outcome: 'none', version: this.versionName, error: body.error, response: body }
      await this.report('download_fail', this.versionName)
      return { outcome: 'failed', version: this.versionName, error: body.error, response: body }
    }
    let zip: Buffer = Buffer.from(await (await fetch(body.url)).arrayBuffer())
    if (this.options.publicKey) {
      try {
        zip = openEncryptedBundle(zip, body.session_key ?? '', body.checksum, this.options.publicKey)
        for (const entry of body.manifest ?? []) {
          const { key, iv } = decryptSessionKey(body.session_key, this.options.publicKey)
          // As the plugin: decrypt, then decompress an entry whose name ends in .br.
          const decrypted = decryptFile(Buffer.from(await (await fetch(entry.download_url)).arrayBuffer()), key, iv)
          const file = entry.file_name.endsWith('.br') ? brotliDecompressSync(decrypted) : decrypted
          if (createHash('sha256').update(file).digest('hex') !== decryptChecksum(entry.file_hash, this.options.publicKey)) throw new Error(`file ${entry.file_name} checksum failed`)
        }
      } catch (error) {
        await this.report('decrypt_fail', body.version)
        return { outcome: 'failed', version: this.versionName, error: (error as Error).message, response: body }
      }
    } else if (createHash('sha256').update(zip).digest('hex') !== body.checksum) {
      await this.report('checksum_fail', body.version)
      return { outcome: 'failed', version: this.versionName, error: 'checksum_fail', response: body }
    }
    const file = path.join(tempDir('capflight-device-'), 'bundle.zip')
    writeFileSync(file, zip)
    const names = JSON.parse(execFileSync('python3', ['-c', 'import sys, zipfile, json; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(json.dumps(z.namelist()))', file], { encoding: 'utf8' })) as string[]
    if (!names.includes('index.html')) {
      await this.report('set_fail', body.version)
      return { outcome: 'failed', version: this.versionName, error: 'no_index', response: body }
    }
    const old = this.versionName
    this.versionName = body.version
    await this.report('set', body.version, old)
    return { outcome: 'updated', version: this.versionName, response: body }
  }

  async report(action: string, version: string, old = ''): Promise<void> {
    const event = { ...this.info(), version_name: version, old_version_name: old, action, timestamp: Date.now() }
    this.reported.push(event)
    const res = await this.post('/stats', [event])
    if (res.status !== 200) throw new Error(`stats rejected: ${JSON.stringify(res.body)}`)
  }

  /** As CapgoUpdater.setChannel() in 8.x: the server validates, the device keeps the choice. */
  async setChannel(channel: string): Promise<{ status: number; body: any }> {
    const res = await this.post('/channel_self', { ...this.info(), channel })
    if (!res.body.error) this.chosenChannel = res.body.unset ? undefined : channel
    return res
  }
  getChannel() { return this.post('/channel_self', this.info(), 'PUT') }
  /** As CapgoUpdater.unsetChannel() in 8.x: local only, nothing is sent. */
  unsetChannel(): { status: 'ok' } {
    this.chosenChannel = undefined
    return { status: 'ok' }
  }
  /** An operator's override removed through the endpoint (DELETE /channel_self). */
  deleteOverride() { return this.post('/channel_self', this.info(), 'DELETE') }
  async listChannels(): Promise<{ status: number; body: any }> {
    const params = new URLSearchParams(Object.entries(this.info()).map(([k, v]) => [k, String(v)]))
    const res = await fetch(`${this.server}/channel_self?${params}`)
    return { status: res.status, body: await res.json() }
  }
}
