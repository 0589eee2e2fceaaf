import { createHash, type Hash } from 'node:crypto'
import { closeSync, createReadStream, createWriteStream, openSync, rmSync, statSync, writeSync } from 'node:fs'
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
 * Headers are written straight into one output block (and the central directory into another):
 * no buffer or object per entry, so memory does not grow with the number of files.
 */
export class ZipWriter {
  private offset = 0
  private count = 0
  private readonly hash: Hash = createHash('sha256')
  private block = Buffer.allocUnsafe(FLUSH_AT)
  private used = 0
  private central = Buffer.allocUnsafe(64 * 1024)
  private centralUsed = 0

  private constructor(private readonly fd: number) {}

  static async create(file: string): Promise<ZipWriter> {
    return new ZipWriter(openSync(file, 'w'))
  }

  private flush(): void {
    if (this.used === 0) return
    this.writeOut(this.block.subarray(0, this.used))
    this.used = 0
  }

  private writeOut(bytes: Buffer): void {
    this.hash.update(bytes)
    let written = 0
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written)
  }

  /** Room for `n` more bytes in the output block. */
  private room(n: number): void {
    if (this.used + n > this.block.length) this.flush()
    if (n > this.block.length) this.block = Buffer.allocUnsafe(n)
  }

  private write(bytes: Buffer): void {
    // Large data goes out as it is, after what is pending; small data is gathered.
    if (bytes.length >= FLUSH_AT / 4) {
      this.flush()
      this.writeOut(bytes)
    } else {
      this.room(bytes.length)
      bytes.copy(this.block, this.used)
      this.used += bytes.length
    }
    this.offset += bytes.length
  }

  private localHeader(name: string, nameLength: number, method: number, crc: number, csize: number, size: number): void {
    this.room(30 + nameLength)
    const h = this.block
    const at = this.used
    h.writeUInt32LE(0x04034b50, at)
    h.writeUInt16LE(20, at + 4)
    h.writeUInt16LE(UTF8_FLAG, at + 6)
    h.writeUInt16LE(method, at + 8)
    h.writeUInt16LE(DOS_TIME, at + 10)
    h.writeUInt16LE(DOS_DATE, at + 12)
    h.writeUInt32LE(crc >>> 0, at + 14)
    h.writeUInt32LE(csize, at + 18)
    h.writeUInt32LE(size, at + 22)
    h.writeUInt16LE(nameLength, at + 26)
    h.writeUInt16LE(0, at + 28)
    h.write(name, at + 30, 'utf8')
    this.used += 30 + nameLength
    this.offset += 30 + nameLength
  }

  private centralRecord(name: string, nameLength: number, e: { method: number; crc: number; compressedSize: number; size: number; offset: number; directory: boolean }): void {
    if (this.centralUsed + 46 + nameLength > this.central.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.central.length * 2, this.centralUsed + 46 + nameLength))
      this.central.copy(grown, 0, 0, this.centralUsed)
      this.central = grown
    }
    const h = this.central
    const at = this.centralUsed
    h.writeUInt32LE(0x02014b50, at)
    h.writeUInt16LE((3 << 8) | 20, at + 4)
    h.writeUInt16LE(20, at + 6)
    h.writeUInt16LE(UTF8_FLAG, at + 8)
    h.writeUInt16LE(e.method, at + 10)
    h.writeUInt16LE(DOS_TIME, at + 12)
    h.writeUInt16LE(DOS_DATE, at + 14)
    h.writeUInt32LE(e.crc >>> 0, at + 16)
    h.writeUInt32LE(e.compressedSize, at + 20)
    h.writeUInt32LE(e.size, at + 24)
    h.writeUInt16LE(nameLength, at + 28)
    h.fill(0, at + 30, at + 38)
    h.writeUInt32LE(((e.directory ? DIR_MODE : FILE_MODE) << 16) >>> 0, at + 38)
    h.writeUInt32LE(e.offset, at + 42)
    h.write(name, at + 46, 'utf8')
    this.centralUsed += 46 + nameLength
    this.count++
  }

  private checkLimits(name: string, size: number): void {
    if (size >= MAX_32 || this.offset >= MAX_32) throw new PackError(`"${name}" makes the bundle larger than 4 GiB, which live updates cannot carry. Exclude it from the web directory.`)
    if (this.count >= 0xffff) throw new PackError('The bundle has more than 65,535 entries. Exclude files you do not ship (source maps, fixtures) with "exclude".')
  }

  addDirectory(name: string): void {
    const dirName = name.endsWith('/') ? name : `${name}/`
    assertSafeEntryName(dirName.slice(0, -1))
    this.checkLimits(dirName, 0)
    const nameLength = Buffer.byteLength(dirName)
    const offset = this.offset
    this.localHeader(dirName, nameLength, 0, 0, 0, 0)
    this.centralRecord(dirName, nameLength, { crc: 0, compressedSize: 0, size: 0, method: 0, offset, directory: true })
  }

  /** Adds a file already compressed by the caller (so compression can run in parallel). */
  addPrepared(name: string, prepared: PreparedEntry): void {
    assertSafeEntryName(name)
    this.checkLimits(name, prepared.size)
    const nameLength = Buffer.byteLength(name)
    const offset = this.offset
    this.localHeader(name, nameLength, prepared.method, prepared.crc, prepared.data.length, prepared.size)
    this.write(prepared.data)
    this.centralRecord(name, nameLength, { crc: prepared.crc, compressedSize: prepared.data.length, size: prepared.size, method: prepared.method, offset, directory: false })
  }

  /** Adds a large file without holding it in memory: compressed to a temp file first. */
  async addLargeFile(name: string, source: string, tempFile: string, onChunk: (chunk: Buffer) => void): Promise<void> {
    assertSafeEntryName(name)
    const { size } = statSync(source)
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
      const csize = statSync(tempFile).size
      const nameLength = Buffer.byteLength(name)
      const offset = this.offset
      this.localHeader(name, nameLength, 8, crc, csize, size)
      for await (const chunk of createReadStream(tempFile, { highWaterMark: 1024 * 1024 })) {
        this.write(chunk as Buffer)
      }
      this.centralRecord(name, nameLength, { crc, compressedSize: csize, size, method: 8, offset, directory: false })
    } finally {
      rmSync(tempFile, { force: true })
    }
  }

  /** Writes the central directory and returns the archive's size and SHA-256. */
  async finish(): Promise<{ size: number; checksum: string }> {
    const cdStart = this.offset
    this.write(this.central.subarray(0, this.centralUsed))
    const end = Buffer.alloc(22)
    end.writeUInt32LE(0x06054b50, 0)
    end.writeUInt16LE(this.count, 8)
    end.writeUInt16LE(this.count, 10)
    end.writeUInt32LE(this.centralUsed, 12)
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
