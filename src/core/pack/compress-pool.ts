import { createRequire } from 'node:module'
import os from 'node:os'
import type { Worker } from 'node:worker_threads'
import { PackError } from '../errors.js'
import { DEFLATE_LEVEL } from './zip-writer.js'

// Formats that are already compressed gain nothing from deflate.
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|mp[34]|webm|ogg|zip|gz|br)$/i
const SCRIPT = /\.(m?js|cjs)$/i
const HTML = /\.html?$/i
/** An inline script (a `<script>` without `src`) of an HTML page that names notifyAppReady. */
const INLINE_CALL = /<script\b(?![^>]*\bsrc\s*=)[^>]*>(?:(?!<\/script\s*>)[^])*notifyAppReady/i
/** Brotli quality of the delta files: 5 compresses about as well as 9 at a tenth of its time. */
const BROTLI_QUALITY = 5

/** A file the pool reads, hashes and compresses. */
export interface CompressTask {
  index: number
  name: string
  abs: string
}

export interface CompressedFile {
  index: number
  /** Too large to hold in memory: the caller streams it instead. */
  large: boolean
  method: number
  crc: number
  size: number
  sha256: string
  data: Buffer
  /** Whether this script (or an inline script of this HTML page) calls notifyAppReady(). */
  notify: boolean
  /** Some compression ran for this file: nothing it needed was in the cache. */
  compressed?: boolean
  /** The file's Brotli form (a device's delta download), kept in the cache: when it saves bytes, or the name ends in .br. */
  brotli?: BrotliForm
}

/** A file's Brotli form: where it is kept, its size and the SHA-256 of its bytes. */
export interface BrotliForm {
  path: string
  size: number
  sha256: string
}

/**
 * The compression cache's folders, named by what made their forms: another zlib, Brotli or
 * level makes other bytes, so an upgraded Node starts new folders (and prunes the old ones).
 */
export const CACHE_FOLDERS = {
  deflate: `deflate-${process.versions.zlib}-${DEFLATE_LEVEL}`,
  brotli: `brotli-${process.versions.brotli}-${BROTLI_QUALITY}`
}

/**
 * A folder of compressed forms keyed by the SHA-256 of what they compress, kept between releases
 * (and CI runs): only files that changed are compressed again. A hit is decompressed and compared
 * before use, so a damaged cache costs time, never a wrong bundle.
 */
export interface CompressCache {
  dir: string
  /** Also make (or reuse) each file's Brotli form. */
  brotli: boolean
}

interface WireResult extends Omit<CompressedFile, 'data'> {
  offset: number
  length: number
}

/** A batch's results with each file's bytes as a view of the batch's one buffer. */
function withData(results: WireResult[], blob: Uint8Array): CompressedFile[] {
  return results.map((r) => ({
    index: r.index, large: r.large, method: r.method, crc: r.crc, size: r.size, sha256: r.sha256, notify: r.notify, compressed: r.compressed, brotli: r.brotli,
    data: Buffer.from(blob.buffer, blob.byteOffset + r.offset, r.length)
  }))
}

// The batch function is source text so the single-file bundles need no extra file: workers run
// it, and so does this thread for a bundle of one batch (a worker's start-up would cost more than
// the work). It reads, hashes (SHA-256 + CRC-32) and deflates whole batches of files
// synchronously: no per-file round trips or stream set-up. All compressed bytes of a batch
// travel in one buffer (transferred, not copied, from a worker).
const BATCH_SOURCE = `
const { closeSync, fstatSync, openSync, readSync } = require('node:fs')
const { hash } = require('node:crypto')
const zlib = require('node:zlib')
const STORED = ${String(STORED)}
const SCRIPT = ${String(SCRIPT)}
const HTML = ${String(HTML)}
const INLINE_CALL = ${String(INLINE_CALL)}
const { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs')
const BROTLI_QUALITY = ${BROTLI_QUALITY}
const DEFLATE_DIR = ${JSON.stringify(CACHE_FOLDERS.deflate)}
const BROTLI_DIR = ${JSON.stringify(CACHE_FOLDERS.brotli)}
function callsNotifyAppReady(name, content) {
  if (SCRIPT.test(name)) return content.includes('notifyAppReady')
  return HTML.test(name) && content.includes('notifyAppReady') && INLINE_CALL.test(content.toString('latin1'))
}
function cacheFolder(cache, kind) {
  return cache.dir + '/' + kind
}
function sha256Of(data) {
  return hash('sha256', data, 'hex')
}
function cached(file, content, decompress) {
  let data
  try { data = readFileSync(file) } catch { return undefined }
  try { if (decompress(data).equals(content)) return data } catch { /* damaged: made again */ }
  return undefined
}
// Best effort: a cache that cannot be written (full, read-only) makes the next release slower only.
function keep(file, data) {
  const temp = file + '.' + process.pid + '.' + Math.random().toString(36).slice(2) + '.tmp'
  try {
    mkdirSync(file.slice(0, file.lastIndexOf('/')), { recursive: true })
    writeFileSync(temp, data)
    renameSync(temp, file)
    return true
  } catch {
    return false
  }
}
function deflated(content, sha256, cache) {
  if (!cache) return { data: zlib.deflateRawSync(content, deflateOptions(content.length)), reused: false }
  const file = cacheFolder(cache, DEFLATE_DIR) + '/' + sha256
  const hit = cached(file, content, zlib.inflateRawSync)
  if (hit) return { data: hit, reused: true }
  // A file deflate does not shrink is stored as it is; a marker remembers that.
  const stored = file + '.stored'
  if (existsSync(stored)) return { data: content, reused: true }
  const data = zlib.deflateRawSync(content, deflateOptions(content.length))
  keep(data.length < content.length ? file : stored, data.length < content.length ? data : '')
  return { data, reused: false }
}
// The Brotli form is worth a download only when it is smaller by a tenth; a name ending in .br
// always needs one, since the plugin decompresses every entry whose name ends so.
function brotliForm(name, content, sha256, cache) {
  const file = cacheFolder(cache, BROTLI_DIR) + '/' + sha256
  const skip = file + '.plain'
  const must = name.endsWith('.br')
  const hit = cached(file, content, zlib.brotliDecompressSync)
  if (hit) return { form: { path: file, size: hit.length, sha256: sha256Of(hit) }, worked: false }
  if (!must && existsSync(skip)) return { worked: false }
  const data = zlib.brotliCompressSync(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length } })
  if (!must && data.length > content.length * 0.9) { keep(skip, ''); return { worked: true } }
  return { form: keep(file, data) ? { path: file, size: data.length, sha256: sha256Of(data) } : undefined, worked: true }
}
// A window just larger than the file finds the same matches as a 32 KiB one
// but costs far less to set up, which dominates for thousands of small files.
// The output chunk holds about what text deflates to: one small allocation per file, not zlib's 16 KiB.
function deflateOptions(size) {
  let windowBits = 9
  while (windowBits < 15 && (1 << windowBits) < size + 262) windowBits++
  return { level: ${DEFLATE_LEVEL}, windowBits, memLevel: Math.max(1, Math.min(8, windowBits - 7)), chunkSize: Math.min(65536, (size >> 1) + 64) }
}
// One read buffer per thread, grown as needed: a file's bytes are done with (copied into the
// batch's output) before the next file is read. Memory stays flat however many files there are,
// where a buffer per file left the garbage collector megabytes of them to catch up with.
let scratch = Buffer.alloc(0)
function read(file, limit) {
  const fd = openSync(file, 'r')
  try {
    const size = fstatSync(fd).size
    if (size > limit) return undefined
    if (size > scratch.length) scratch = Buffer.allocUnsafeSlow(2 ** Math.ceil(Math.log2(Math.max(size, 65536))))
    let at = 0
    while (at < size) {
      const n = readSync(fd, scratch, at, size - at, at)
      if (n === 0) break
      at += n
    }
    return scratch.subarray(0, at)
  } finally {
    closeSync(fd)
  }
}
// One output buffer per thread too, grown as needed: each batch's bytes are copied out of it.
let output = new Uint8Array(0)
function compressBatch(tasks, limit, cache) {
  const results = []
  let total = 0
  const append = (data) => {
    if (total + data.length > output.length) {
      const grown = new Uint8Array(2 ** Math.ceil(Math.log2(Math.max(total + data.length, 1 << 18))))
      grown.set(output.subarray(0, total))
      output = grown
    }
    output.set(data, total)
    total += data.length
  }
  for (const t of tasks) {
    const content = read(t.abs, limit)
    if (!content) { results.push({ index: t.index, large: true, offset: 0, length: 0 }); continue }
    const crc = zlib.crc32(content)
    const sha256 = sha256Of(content)
    const notify = callsNotifyAppReady(t.name, content)
    let method = 0
    let data = content
    let compressed = false
    if (content.length > 0 && !STORED.test(t.name)) {
      const packed = deflated(content, sha256, cache)
      compressed = !packed.reused
      if (packed.data.length < content.length) { method = 8; data = packed.data }
    }
    let brotli
    if (cache && cache.brotli && content.length > 0) {
      const made = brotliForm(t.name, content, sha256, cache)
      brotli = made.form
      compressed = compressed || made.worked
    }
    results.push({ index: t.index, large: false, method, crc, size: content.length, sha256, notify, compressed, brotli, offset: total, length: data.length })
    append(data)
  }
  // Its own copy of its bytes: a batch waits for the writer, and the next batch reuses the buffer.
  return { results, blob: output.slice(0, total) }
}
`

// The worker: the batch function behind a message port.
const WORKER_SOURCE = `${BATCH_SOURCE}
const { parentPort } = require('node:worker_threads')
parentPort.on('message', ({ id, tasks, limit, cache }) => {
  try {
    const { results, blob } = compressBatch(tasks, limit, cache)
    parentPort.postMessage({ id, results, blob }, [blob.buffer])
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) })
  }
})
`

interface Job {
  id: number
  tasks: CompressTask[]
  resolve: (r: CompressedFile[]) => void
  reject: (e: Error) => void
}

type BatchFunction = (tasks: CompressTask[], limit: number, cache: CompressCache | undefined) => { results: WireResult[]; blob: Uint8Array }
let inlineBatch: BatchFunction | undefined
const nodeRequire = createRequire(import.meta.url)

// Two batches per worker keep it busy while a result travels back.
const PER_WORKER = 2
const YOUNG_GENERATION_MB = 4

export interface PoolOptions {
  /** Files larger than this are not read here: the caller streams them. */
  largeFile: number
  /** Worker threads (0: every batch is compressed in this thread). Default: one per core but this thread's. */
  workers?: number
  cache?: CompressCache
  /** Whether this thread also takes queued batches while it waits (default true). */
  helpHere?: boolean
}

interface Slot {
  worker: Worker
  busy: number
  online: boolean
}

/**
 * A small pool of worker threads. Batches queue up and go to whichever worker is free, so uneven
 * batches do not leave a core idle. The calling thread takes queued batches too whenever it has
 * nothing else to do, which it mostly has not (it only writes the zip): so one core needs no
 * worker of its own, and the first batches are done while the workers start.
 */
export class CompressPool {
  private readonly workers: Slot[] = []
  private readonly running = new Map<number, Job>()
  private readonly queue: Job[] = []
  private readonly largeFile: number
  private readonly size: number
  private readonly cache: CompressCache | undefined
  private readonly helpHere: boolean
  private helping = false
  /** Batches compressed so far, in this thread and on workers. */
  readonly batchesDone = { here: 0, workers: 0 }
  private nextId = 0
  private failed: Error | undefined
  private closing = false

  /**
   * One worker boots at once (while the caller gets its work ready); the others only when there
   * is work waiting for them, so a small bundle does not pay for threads it never uses.
   */
  constructor(options: PoolOptions) {
    this.largeFile = options.largeFile
    this.size = options.workers ?? Math.max(1, Math.min((os.availableParallelism?.() ?? os.cpus().length) - 1, 8))
    this.cache = options.cache
    this.helpHere = options.helpHere ?? true
    if (this.size > 0) this.spawn()
  }

  private compressHere(tasks: CompressTask[]): CompressedFile[] {
    inlineBatch ??= new Function('require', `${BATCH_SOURCE}\nreturn compressBatch`)(nodeRequire) as BatchFunction
    const { results, blob } = inlineBatch(tasks, this.largeFile, this.cache)
    return withData(results, blob)
  }

  private runHere(job: Job): void {
    this.batchesDone.here++
    try {
      job.resolve(this.compressHere(job.tasks))
    } catch (error) {
      job.reject(new PackError(`Cannot read a file of the web directory: ${(error as Error).message}`))
    }
  }

  private spawn(): void {
    // worker_threads is loaded by the packs that start a worker, not by every run of the CLI.
    const { Worker } = nodeRequire('node:worker_threads') as typeof import('node:worker_threads')
    // A worker's objects live for one batch: a small young generation keeps its memory flat
    // however large the bundle (V8 would otherwise grow it towards 48 MB per thread).
    const slot: Slot = { worker: new Worker(WORKER_SOURCE, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }), busy: 0, online: false }
    // Batches go to a worker once it runs: until then this thread takes them.
    slot.worker.once('online', () => {
      slot.online = true
      this.pump()
    })
    slot.worker.on('message', (m: { id: number; results?: WireResult[]; blob?: Uint8Array; error?: string }) => {
      slot.busy--
      this.batchesDone.workers++
      const job = this.running.get(m.id)
      this.running.delete(m.id)
      if (job) {
        if (m.error) job.reject(new PackError(`Cannot read a file of the web directory: ${m.error}`))
        else {
          const blob = m.blob!
          job.resolve(withData(m.results!, blob))
        }
      }
      this.pump()
    })
    // A worker that dies (out of memory, crashed) fails the pack instead of leaving it waiting.
    slot.worker.on('error', (error) => this.fail(error))
    slot.worker.on('exit', (code) => {
      if (!this.closing) this.fail(new PackError(`A compression worker stopped unexpectedly (exit code ${code}). Run the pack again; if it repeats, report it with the web directory's size.`))
    })
    this.workers.push(slot)
  }

  private fail(error: Error): void {
    this.failed ??= error
    for (const job of [...this.running.values(), ...this.queue.splice(0)]) job.reject(error)
    this.running.clear()
  }

  private pump(): void {
    while (this.queue.length && !this.failed) {
      let slot: Slot | undefined
      for (const w of this.workers) if (w.online && (!slot || w.busy < slot.busy)) slot = w
      // Work waits while every worker has a batch (or is starting): another worker, up to the pool's size.
      if ((!slot || slot.busy > 0) && this.workers.length < this.size) this.spawn()
      if (!slot || slot.busy >= PER_WORKER) break
      const job = this.queue.shift()!
      slot.busy++
      this.running.set(job.id, job)
      slot.worker.postMessage({ id: job.id, tasks: job.tasks, limit: this.largeFile, cache: this.cache })
    }
    this.helpSoon()
  }

  /** Takes the next queued batch here once the event loop has nothing else to do (results, writes). */
  private helpSoon(): void {
    if (!this.helpHere || this.helping || this.closing || this.failed || this.queue.length === 0) return
    this.helping = true
    setImmediate(() => {
      this.helping = false
      const job = this.closing || this.failed ? undefined : this.queue.shift()
      if (!job) return
      this.runHere(job)
      this.helpSoon()
    })
  }

  /** Batches the pool works on at once: two per worker, and one here. */
  get capacity(): number {
    return this.size * PER_WORKER + 1
  }

  run(tasks: CompressTask[]): Promise<CompressedFile[]> {
    if (this.failed) return Promise.reject(this.failed)
    return new Promise((resolve, reject) => {
      const job = { id: this.nextId++, tasks, resolve, reject }
      if (this.size === 0) this.runHere(job)
      else {
        this.queue.push(job)
        this.pump()
      }
    })
  }

  async close(): Promise<void> {
    this.closing = true
    await Promise.all(this.workers.map((w) => w.worker.terminate()))
  }
}
