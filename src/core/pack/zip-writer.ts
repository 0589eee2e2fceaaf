import { createHash, type Hash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { open, rm, stat, type FileHandle } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { PackError } from '../errors.js'

const deflateRaw = promisify(zlib.deflateRaw)
// 1980-01-01 00:00:00, the earliest DOS date: fixed so the same files give the same bytes.
const DOS_TIME = 0
const DOS_DATE = (0 << 9) | (1 << 5) | 1
const UTF8_FLAG = 0x0800
const FILE_MODE = 0o100644
const DIR_MODE = 0o040755
const MAX_32 = 0xffffffff

export interface ZipEntryResult {
  name: string
  crc: number
  compressedSize: number
  size: number
  method: number
  offset: number
  directory: boolean
}

/** Entry names must be relative POSIX paths inside the bundle. */
export function assertSafeEntryName(name: string): void {
  if (name === '' || name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
    throw new PackError(`Refusing bundle path "${name}": absolute paths cannot be packed. Paths must be relative to the web directory.`)
  }
  if (name.includes('\\')) {
    throw new PackError(`Refusing bundle path "${name}": it contains a backslash, which devices would unpack differently. Rename the file.`)
  }
  if (name.split('/').some((s) => s === '..' || s === '.')) {
    throw new PackError(`Refusing bundle path "${name}": a ".." or "." segment could write outside the bundle on the device. Rename the file.`)
  }
}

/**
 * Writes a deterministic zip: entries in the order given, fixed timestamps and
 * modes, no extra fields. The SHA-256 of the output is computed as it is written.
 */
export class ZipWriter {
  private offset = 0
  private readonly entries: ZipEntryResult[] = []
  private readonly hash: Hash = createHash('sha256')

  private constructor(private readonly handle: FileHandle) {}

  static async create(file: string): Promise<ZipWriter> {
    return new ZipWriter(await open(file, 'w'))
  }

  private async write(buf: Buffer): Promise<void> {
    this.hash.update(buf)
    let written = 0
    while (written < buf.length) {
      const r = await this.handle.write(buf, written, buf.length - written)
      written += r.bytesWritten
    }
    this.offset += buf.length
  }

  private localHeader(name: Buffer, method: number, crc: number, csize: number, size: number): Buffer {
    const h = Buffer.alloc(30)
    h.writeUInt32LE(0x04034b50, 0)
    h.writeUInt16LE(20, 4)
    h.writeUInt16LE(UTF8_FLAG, 6)
    h.writeUInt16LE(method, 8)
    h.writeUInt16LE(DOS_TIME, 10)
    h.writeUInt16LE(DOS_DATE, 12)
    h.writeUInt32LE(crc >>> 0, 14)
    h.writeUInt32LE(csize, 18)
    h.writeUInt32LE(size, 22)
    h.writeUInt16LE(name.length, 26)
    h.writeUInt16LE(0, 28)
    return Buffer.concat([h, name])
  }

  private checkLimits(name: string, size: number): void {
    if (size >= MAX_32 || this.offset >= MAX_32) throw new PackError(`"${name}" makes the bundle larger than 4 GiB, which live updates cannot carry. Exclude it from the web directory.`)
    if (this.entries.length >= 0xffff) throw new PackError('The bundle has more than 65,535 entries. Exclude files you do not ship (source maps, fixtures) with "exclude".')
  }

  async addDirectory(name: string): Promise<void> {
    const dirName = name.endsWith('/') ? name : `${name}/`
    assertSafeEntryName(dirName.slice(0, -1))
    this.checkLimits(dirName, 0)
    const nameBuf = Buffer.from(dirName, 'utf8')
    const offset = this.offset
    await this.write(this.localHeader(nameBuf, 0, 0, 0, 0))
    this.entries.push({ name: dirName, crc: 0, compressedSize: 0, size: 0, method: 0, offset, directory: true })
  }

  /** Adds a file already compressed by the caller (so compression can run in parallel). */
  async addPrepared(name: string, prepared: PreparedEntry): Promise<void> {
    assertSafeEntryName(name)
    this.checkLimits(name, prepared.size)
    const nameBuf = Buffer.from(name, 'utf8')
    const offset = this.offset
    await this.write(this.localHeader(nameBuf, prepared.method, prepared.crc, prepared.data.length, prepared.size))
    await this.write(prepared.data)
    this.entries.push({ name, crc: prepared.crc, compressedSize: prepared.data.length, size: prepared.size, method: prepared.method, offset, directory: false })
  }

  /** Adds a large file without holding it in memory: compressed to a temp file first. */
  async addLargeFile(name: string, source: string, tempFile: string, onChunk: (chunk: Buffer) => void): Promise<void> {
    assertSafeEntryName(name)
    const { size } = await stat(source)
    this.checkLimits(name, size)
    let crc = 0
    const deflate = zlib.createDeflateRaw({ level: 6 })
    const reader = createReadStream(source, { highWaterMark: 1024 * 1024 })
    reader.on('data', (chunk) => {
      const buf = chunk as Buffer
      crc = zlib.crc32(buf, crc)
      onChunk(buf)
    })
    try {
      await pipeline(reader, deflate, createWriteStream(tempFile))
      const csize = (await stat(tempFile)).size
      const nameBuf = Buffer.from(name, 'utf8')
      const offset = this.offset
      await this.write(this.localHeader(nameBuf, 8, crc, csize, size))
      for await (const chunk of createReadStream(tempFile, { highWaterMark: 1024 * 1024 })) {
        await this.write(chunk as Buffer)
      }
      this.entries.push({ name, crc, compressedSize: csize, size, method: 8, offset, directory: false })
    } finally {
      await rm(tempFile, { force: true })
    }
  }

  /** Writes the central directory and returns the archive's size and SHA-256. */
  async finish(): Promise<{ size: number; checksum: string }> {
    const cdStart = this.offset
    for (const e of this.entries) {
      const name = Buffer.from(e.name, 'utf8')
      const h = Buffer.alloc(46)
      h.writeUInt32LE(0x02014b50, 0)
      h.writeUInt16LE((3 << 8) | 20, 4)
      h.writeUInt16LE(20, 6)
      h.writeUInt16LE(UTF8_FLAG, 8)
      h.writeUInt16LE(e.method, 10)
      h.writeUInt16LE(DOS_TIME, 12)
      h.writeUInt16LE(DOS_DATE, 14)
      h.writeUInt32LE(e.crc >>> 0, 16)
      h.writeUInt32LE(e.compressedSize, 20)
      h.writeUInt32LE(e.size, 24)
      h.writeUInt16LE(name.length, 28)
      h.writeUInt16LE(0, 30)
      h.writeUInt16LE(0, 32)
      h.writeUInt16LE(0, 34)
      h.writeUInt16LE(0, 36)
      h.writeUInt32LE(((e.directory ? DIR_MODE : FILE_MODE) << 16) >>> 0, 38)
      h.writeUInt32LE(e.offset, 42)
      await this.write(Buffer.concat([h, name]))
    }
    const cdSize = this.offset - cdStart
    const end = Buffer.alloc(22)
    end.writeUInt32LE(0x06054b50, 0)
    end.writeUInt16LE(this.entries.length, 8)
    end.writeUInt16LE(this.entries.length, 10)
    end.writeUInt32LE(cdSize, 12)
    end.writeUInt32LE(cdStart, 16)
    await this.write(end)
    await this.handle.close()
    return { size: this.offset, checksum: this.hash.digest('hex') }
  }

  async abort(): Promise<void> {
    await this.handle.close().catch(() => undefined)
  }
}

export interface PreparedEntry {
  method: number
  crc: number
  size: number
  data: Buffer
}

// Formats that are already compressed gain nothing from deflate.
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|mp[34]|webm|ogg|zip|gz|br|wasm\.gz)$/i

/** Compresses one in-memory file on the libuv thread pool; stores it when deflate does not help. */
export async function prepareEntry(name: string, content: Buffer): Promise<PreparedEntry> {
  const crc = zlib.crc32(content)
  if (content.length === 0 || STORED.test(name)) return { method: 0, crc, size: content.length, data: content }
  const compressed = await deflateRaw(content, { level: 6 })
  if (compressed.length >= content.length) return { method: 0, crc, size: content.length, data: content }
  return { method: 8, crc, size: content.length, data: compressed }
}
