import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { Readable } from 'node:stream'
import { copyFile, link, mkdir, open, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { ConfigurationError, StoreError } from '../errors.js'
import { isValidName } from '../names.js'
import { appKeyParts } from './keys.js'
import type { BlobKind, BundleRecord, ChannelRecord, Store, StoredBlob } from './types.js'

const LOCK_STALE_MS = 30_000

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

function tempName(target: string): string {
  return `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
}

async function readJsonFile<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new StoreError(`Cannot read ${file}: ${(error as Error).message}. The store may be damaged; restore the file from a backup.`)
  }
}

/**
 * The embedded store: a folder (default `.capflight/store`). Atomic renames,
 * hard-link create-if-absent and a lock file per channel give the same
 * guarantees the S3 store gets from conditional writes.
 */
export class FileStore implements Store {
  constructor(readonly root: string) {}

  get url(): string {
    return pathToFileURL(this.root).href
  }

  private app(appId: string, ...parts: string[]): string {
    // Ids become folder names: never let one climb out of the store.
    return path.join(this.root, ...appKeyParts(appId, parts))
  }

  private blobPath(appId: string, kind: BlobKind, sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new StoreError(`Invalid blob name "${sha256}": expected a lowercase SHA-256.`)
    return this.app(appId, kind, kind === 'artifacts' ? `${sha256}.zip` : sha256)
  }

  blobUrl(appId: string, kind: BlobKind, sha256: string): string {
    return pathToFileURL(this.blobPath(appId, kind, sha256)).href
  }

  async hasBlob(appId: string, kind: BlobKind, sha256: string): Promise<boolean> {
    try {
      await stat(this.blobPath(appId, kind, sha256))
      return true
    } catch {
      return false
    }
  }

  async putBlob(appId: string, kind: BlobKind, sha256: string, source: string): Promise<boolean> {
    const target = this.blobPath(appId, kind, sha256)
    const size = (await stat(source)).size
    try {
      if ((await stat(target)).size === size) return false
    } catch { /* absent: write it */ }
    await ensureDir(path.dirname(target))
    const temp = tempName(target)
    try {
      await copyFile(source, temp)
      const written = await sha256File(temp)
      if (written !== sha256 || (await stat(temp)).size !== size) {
        throw new StoreError(`Stored copy of ${path.basename(source)} does not match its checksum (${written} ≠ ${sha256}). Check the disk and run again.`)
      }
      await rename(temp, target)
      return true
    } finally {
      await rm(temp, { force: true })
    }
  }

  async createBundle(record: BundleRecord): Promise<boolean> {
    const target = this.app(record.appId, 'bundles', `${encodeURIComponent(record.version)}.json`)
    await ensureDir(path.dirname(target))
    const temp = tempName(target)
    await writeFile(temp, `${JSON.stringify(record, null, 2)}\n`)
    try {
      // link() fails if the target exists: an atomic create-if-absent of a complete file.
      await link(temp, target)
      return true
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
      throw new StoreError(`Cannot write ${target}: ${(error as Error).message}`)
    } finally {
      await unlink(temp).catch(() => undefined)
    }
  }

  async getBundle(appId: string, version: string): Promise<BundleRecord | undefined> {
    return readJsonFile<BundleRecord>(this.app(appId, 'bundles', `${encodeURIComponent(version)}.json`))
  }

  async listBundleVersions(appId: string): Promise<string[]> {
    return (await this.list(this.app(appId, 'bundles'))).map((n) => decodeURIComponent(n))
  }

  async getChannel(appId: string, name: string): Promise<ChannelRecord | undefined> {
    return readJsonFile<ChannelRecord>(this.app(appId, 'channels', `${name}.json`))
  }

  async listChannels(appId: string): Promise<string[]> {
    return this.list(this.app(appId, 'channels'))
  }

  async listApps(): Promise<string[]> {
    try {
      const entries = await readdir(path.join(this.root, 'apps'), { withFileTypes: true })
      return entries.filter((e) => e.isDirectory() && isValidName('appId', e.name)).map((e) => e.name).sort()
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
  }

  private async list(dir: string): Promise<string[]> {
    try {
      return (await readdir(dir)).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)).sort()
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
  }

  async putChannel(appId: string, record: ChannelRecord, expectedRevision: number | undefined): Promise<boolean> {
    const target = this.app(appId, 'channels', `${record.name}.json`)
    await ensureDir(path.dirname(target))
    const release = await this.lock(`${target}.lock`)
    try {
      const current = await readJsonFile<ChannelRecord>(target)
      if (current?.revision !== expectedRevision) return false
      const temp = tempName(target)
      await writeFile(temp, `${JSON.stringify(record, null, 2)}\n`)
      await rename(temp, target)
      return true
    } finally {
      await release()
    }
  }

  async statBlob(appId: string, kind: BlobKind, sha256: string): Promise<number | undefined> {
    try {
      return (await stat(this.blobPath(appId, kind, sha256))).size
    } catch {
      return undefined
    }
  }

  readBlob(appId: string, kind: BlobKind, sha256: string, range?: { start: number; end: number }): ReadableStream<Uint8Array> {
    const stream = createReadStream(this.blobPath(appId, kind, sha256), range ? { start: range.start, end: range.end } : {})
    return Readable.toWeb(stream) as ReadableStream<Uint8Array>
  }

  private devicePath(appId: string, deviceId: string): string {
    return this.app(appId, 'devices', `${encodeURIComponent(deviceId)}.json`)
  }

  async getDeviceChannel(appId: string, deviceId: string): Promise<string | undefined> {
    return (await readJsonFile<{ channel: string }>(this.devicePath(appId, deviceId)))?.channel
  }

  async listDevicesWithChannel(appId: string): Promise<string[]> {
    return (await this.list(this.app(appId, 'devices'))).map((n) => decodeURIComponent(n))
  }

  async putDeviceChannel(appId: string, deviceId: string, channel: string | undefined): Promise<void> {
    const target = this.devicePath(appId, deviceId)
    if (channel === undefined) {
      await rm(target, { force: true })
      return
    }
    await ensureDir(path.dirname(target))
    const temp = tempName(target)
    await writeFile(temp, JSON.stringify({ channel, updatedAt: new Date().toISOString() }))
    await rename(temp, target)
  }

  async putTelemetry(appId: string, parts: string[], body: string): Promise<void> {
    const target = this.app(appId, 'telemetry', ...parts)
    await ensureDir(path.dirname(target))
    const temp = tempName(target)
    await writeFile(temp, body)
    await rename(temp, target)
  }

  async listTelemetry(appId: string, parts: string[]): Promise<string[]> {
    try {
      return (await readdir(this.app(appId, 'telemetry', ...parts))).filter((n) => !n.endsWith('.tmp')).sort()
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return []
      throw error
    }
  }

  async readTelemetry(appId: string, parts: string[]): Promise<string | undefined> {
    try {
      return await readFile(this.app(appId, 'telemetry', ...parts), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
  }

  async deleteTelemetry(appId: string, parts: string[]): Promise<void> {
    await rm(this.app(appId, 'telemetry', ...parts), { force: true })
  }

  async listBlobs(appId: string, kind: BlobKind): Promise<StoredBlob[]> {
    const dir = this.app(appId, kind)
    let names: string[]
    try {
      names = await readdir(dir)
    } catch {
      return []
    }
    const blobs: StoredBlob[] = []
    for (const name of names) {
      const sha256 = kind === 'artifacts' ? name.replace(/\.zip$/, '') : name
      if (!/^[0-9a-f]{64}$/.test(sha256) || (kind === 'artifacts' && !name.endsWith('.zip'))) continue
      const s = await stat(path.join(dir, name))
      blobs.push({ sha256, size: s.size, modifiedAt: s.mtime })
    }
    return blobs
  }

  async deleteBlob(appId: string, kind: BlobKind, sha256: string): Promise<void> {
    await rm(this.blobPath(appId, kind, sha256), { force: true })
  }

  async deleteBundle(appId: string, version: string): Promise<void> {
    await rm(this.app(appId, 'bundles', `${encodeURIComponent(version)}.json`), { force: true })
  }

  /** An exclusive lock file; one left by a killed process is taken over once stale. */
  private async lock(file: string): Promise<() => Promise<void>> {
    for (let attempt = 0; ; attempt++) {
      try {
        const handle = await open(file, 'wx')
        await handle.writeFile(String(process.pid))
        await handle.close()
        return () => unlink(file).catch(() => undefined)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
        try {
          if (Date.now() - (await stat(file)).mtimeMs > LOCK_STALE_MS) await unlink(file)
        } catch { /* released meanwhile */ }
        if (attempt > 2000) throw new StoreError(`Channel lock ${file} is held for too long. If no capflight is running, delete the file.`)
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 20))
      }
    }
  }
}

/**
 * Creates a folder and its missing parents one level at a time, so a path that cannot be created
 * (under /proc, below a file, on a read-only disk) fails at once with the path named, where a
 * recursive mkdir can spin on some file systems.
 */
const made = new Set<string>()
async function ensureDir(dir: string): Promise<void> {
  if (made.has(dir)) return
  const missing: string[] = []
  let existing = dir
  for (;;) {
    const info = await stat(existing).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)))
    if (info) {
      if (!info.isDirectory()) throw new ConfigurationError([`Cannot create the store folder ${dir}: ${existing} is a file, not a folder. Use another --store.`])
      break
    }
    missing.unshift(existing)
    const parent = path.dirname(existing)
    if (parent === existing) break
    existing = parent
  }
  for (const level of missing) {
    try {
      await mkdir(level)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EEXIST') continue
      const why = code === 'EROFS' ? 'the file system is read-only' : code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : 'this path cannot hold folders'
      const message = `Cannot create the store folder ${level} (${code}): ${why}. Use another --store.`
      throw code === 'ENOSPC' ? new StoreError(message) : new ConfigurationError([message])
    }
  }
  made.add(dir)
}
