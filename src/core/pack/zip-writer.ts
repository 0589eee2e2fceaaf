import { createHash, type Hash } from 'node:crypto'
import { closeSync, createReadStream, createWriteStream, openSync, writeSync } from 'node:fs'
import { rm, stat } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'
import { PackError } from '../errors.js'

// 1980-01-01 00:00:00, the earliest DOS date: fixed so the same files give the same bytes.
const DOS_TIME = 0
const DOS_DATE = (0 << 9) | (1 << 5) | 1
const UTF8_FLAG = 0x0800
const FILE_MODE = 0o100644
const DIR_MODE = 0o040755
const MAX_32 = 0xffffffff
/**
 * zlib level 5 packs web assets smaller than Info-ZIP's `zip -6` at lower CPU
 * cost (see `npm run bench`). It is part of the byte format: changing it
 * changes every checksum.
 */
export const DEFLATE_LEVEL = 5
// Output is gathered and written in large blocks: one syscall per many small entries.
const FLUSH_AT = 1024 * 1024

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
  private pending: Buffer[] = []
  private pendingBytes = 0

  private constructor(private readonly fd: number) {}

  static async create(file: string): Promise<ZipWriter> {
    return new ZipWriter(openSync(file, 'w'))
  }

  private write(buf: Buffer): void {
    this.hash.update(buf)
    this.pending.push(buf)
    this.pendingBytes += buf.length
    this.offset += buf.length
    if (this.pendingBytes >= FLUSH_AT) this.flush()
  }

  private flush(): void {
    if (this.pendingBytes === 0) return
    const block = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingBytes)
    let written = 0
    while (written < block.length) written += writeSync(this.fd, block, written, block.length - written)
    this.pending = []
    this.pendingBytes = 0
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
    this.write(this.localHeader(nameBuf, 0, 0, 0, 0))
    this.entries.push({ name: dirName, crc: 0, compressedSize: 0, size: 0, method: 0, offset, directory: true })
  }

  /** Adds a file already compressed by the caller (so compression can run in parallel). */
  async addPrepared(name: string, prepared: PreparedEntry): Promise<void> {
    assertSafeEntryName(name)
    this.checkLimits(name, prepared.size)
    const nameBuf = Buffer.from(name, 'utf8')
    const offset = this.offset
    this.write(this.localHeader(nameBuf, prepared.method, prepared.crc, prepared.data.length, prepared.size))
    this.write(prepared.data)
    this.entries.push({ name, crc: prepared.crc, compressedSize: prepared.data.length, size: prepared.size, method: prepared.method, offset, directory: false })
  }

  /** Adds a large file without holding it in memory: compressed to a temp file first. */
  async addLargeFile(name: string, source: string, tempFile: string, onChunk: (chunk: Buffer) => void): Promise<void> {
    assertSafeEntryName(name)
    const { size } = await stat(source)
    this.checkLimits(name, size)
    let crc = 0
    const deflate = zlib.createDeflateRaw({ level: DEFLATE_LEVEL })
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
      this.write(this.localHeader(nameBuf, 8, crc, csize, size))
      for await (const chunk of createReadStream(tempFile, { highWaterMark: 1024 * 1024 })) {
        this.write(chunk as Buffer)
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
      this.write(Buffer.concat([h, name]))
    }
    const cdSize = this.offset - cdStart
    const end = Buffer.alloc(22)
    end.writeUInt32LE(0x06054b50, 0)
    end.writeUInt16LE(this.entries.length, 8)
    end.writeUInt16LE(this.entries.length, 10)
    end.writeUInt32LE(cdSize, 12)
    end.writeUInt32LE(cdStart, 16)
    this.write(end)
    this.flush()
    closeSync(this.fd)
    return { size: this.offset, checksum: this.hash.digest('hex') }
  }

  async abort(): Promise<void> {
    try { closeSync(this.fd) } catch { /* already closed */ }
  }
}

export interface PreparedEntry {
  method: number
  crc: number
  size: number
  data: Buffer
}
