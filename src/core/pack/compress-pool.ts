import { createRequire } from 'node:module'
import os from 'node:os'
import type { Worker } from 'node:worker_threads'
import { PackError } from '../errors.js'
import { DEFLATE_LEVEL } from './zip-writer.js'

// Formats that are already compressed gain nothing from deflate.
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|mp[34]|webm|ogg|zip|gz|br)$/i
const SCRIPT = /\.(m?js|cjs)$/i

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
  /** Whether this script calls notifyAppReady(). */
  notify: boolean
}

interface WireResult extends Omit<CompressedFile, 'data'> {
  offset: number
  length: number
}

// The batch function is source text so the single-file bundles need no extra file: workers run
// it, and so does this thread for a bundle of one batch (a worker's start-up would cost more than
// the work). It reads, hashes (SHA-256 + CRC-32) and deflates whole batches of files
// synchronously: no per-file round trips or stream set-up. All compressed bytes of a batch
// travel in one buffer (transferred, not copied, from a worker).
const BATCH_SOURCE = `
const { closeSync, fstatSync, openSync, readSync } = require('node:fs')
const { createHash } = require('node:crypto')
const zlib = require('node:zlib')
const STORED = ${String(STORED)}
const SCRIPT = ${String(SCRIPT)}
// A window just larger than the file finds the same matches as a 32 KiB one
// but costs far less to set up, which dominates for thousands of small files.
function deflateOptions(size) {
  let windowBits = 9
  while (windowBits < 15 && (1 << windowBits) < size + 262) windowBits++
  return { level: ${DEFLATE_LEVEL}, windowBits, memLevel: Math.max(1, Math.min(8, windowBits - 7)) }
}
function read(file, limit) {
  const fd = openSync(file, 'r')
  try {
    const size = fstatSync(fd).size
    if (size > limit) return undefined
    const buf = Buffer.allocUnsafeSlow(size)
    let at = 0
    while (at < size) {
      const n = readSync(fd, buf, at, size - at, at)
      if (n === 0) break
      at += n
    }
    return at === size ? buf : buf.subarray(0, at)
  } finally {
    closeSync(fd)
  }
}
function compressBatch(tasks, limit) {
  const results = []
  const chunks = []
  let total = 0
  for (const t of tasks) {
    const content = read(t.abs, limit)
    if (!content) { results.push({ index: t.index, large: true, offset: 0, length: 0 }); continue }
    const crc = zlib.crc32(content)
    const sha256 = createHash('sha256').update(content).digest('hex')
    const notify = SCRIPT.test(t.name) && content.includes('notifyAppReady')
    let method = 0
    let data = content
    if (content.length > 0 && !STORED.test(t.name)) {
      const packed = zlib.deflateRawSync(content, deflateOptions(content.length))
      if (packed.length < content.length) { method = 8; data = packed }
    }
    results.push({ index: t.index, large: false, method, crc, size: content.length, sha256, notify, offset: total, length: data.length })
    chunks.push(data)
    total += data.length
  }
  const blob = new Uint8Array(total)
  let at = 0
  for (const c of chunks) { blob.set(c, at); at += c.length }
  return { results, blob }
}
`

// The worker: the batch function behind a message port.
const WORKER_SOURCE = `${BATCH_SOURCE}
const { parentPort } = require('node:worker_threads')
parentPort.on('message', ({ id, tasks, limit }) => {
  try {
    const { results, blob } = compressBatch(tasks, limit)
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

type BatchFunction = (tasks: CompressTask[], limit: number) => { results: WireResult[]; blob: Uint8Array }
let inlineBatch: BatchFunction | undefined
const nodeRequire = createRequire(import.meta.url)

// Two batches per worker keep it busy while a result travels back.
const PER_WORKER = 2

/**
 * A small pool of worker threads, one per core. Batches queue up and go to
 * whichever worker is free, so uneven batches do not leave a core idle.
 */
export class CompressPool {
  private readonly workers: { worker: Worker; busy: number }[] = []
  private readonly running = new Map<number, Job>()
  private readonly queue: Job[] = []
  private nextId = 0
  private failed: Error | undefined
  private closing = false

  /**
   * One worker boots at once (while the caller walks the directory); the others only when there
   * is work waiting for them, so a small bundle does not pay for threads it never uses.
   */
  constructor(private readonly largeFile: number, private readonly size = Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 8))) {
    if (size > 0) this.spawn()
  }

  /** A pool of no thread: batches are compressed here, one at a time (for a bundle of one batch). */
  static inline(largeFile: number): CompressPool {
    return new CompressPool(largeFile, 0)
  }

  private compressHere(tasks: CompressTask[]): CompressedFile[] {
    inlineBatch ??= new Function('require', `${BATCH_SOURCE}\nreturn compressBatch`)(nodeRequire) as BatchFunction
    const { results, blob } = inlineBatch(tasks, this.largeFile)
    return results.map(({ offset, length, ...r }) => ({ ...r, data: Buffer.from(blob.buffer, blob.byteOffset + offset, length) }))
  }

  private spawn(): { worker: Worker; busy: number } {
    // worker_threads is loaded by the packs that start a worker, not by every run of the CLI.
    const { Worker } = nodeRequire('node:worker_threads') as typeof import('node:worker_threads')
    const slot = { worker: new Worker(WORKER_SOURCE, { eval: true }), busy: 0 }
    slot.worker.on('message', (m: { id: number; results?: WireResult[]; blob?: Uint8Array; error?: string }) => {
      slot.busy--
      const job = this.running.get(m.id)
      this.running.delete(m.id)
      if (job) {
        if (m.error) job.reject(new PackError(`Cannot read a file of the web directory: ${m.error}`))
        else {
          const blob = m.blob!
          job.resolve(m.results!.map(({ offset, length, ...r }) => ({ ...r, data: Buffer.from(blob.buffer, blob.byteOffset + offset, length) })))
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
    return slot
  }

  private fail(error: Error): void {
    this.failed ??= error
    for (const job of [...this.running.values(), ...this.queue.splice(0)]) job.reject(error)
    this.running.clear()
  }

  private pump(): void {
    while (this.queue.length) {
      let slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a))
      // Work waits while every worker has a batch: another worker, up to the pool's size.
      if (slot.busy > 0 && this.workers.length < this.size) slot = this.spawn()
      if (slot.busy >= PER_WORKER) return
      const job = this.queue.shift()!
      slot.busy++
      this.running.set(job.id, job)
      slot.worker.postMessage({ id: job.id, tasks: job.tasks, limit: this.largeFile })
    }
  }

  run(tasks: CompressTask[]): Promise<CompressedFile[]> {
    if (this.failed) return Promise.reject(this.failed)
    if (this.size === 0) {
      try {
        return Promise.resolve(this.compressHere(tasks))
      } catch (error) {
        return Promise.reject(new PackError(`Cannot read a file of the web directory: ${(error as Error).message}`))
      }
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, tasks, resolve, reject })
      this.pump()
    })
  }

  async close(): Promise<void> {
    this.closing = true
    await Promise.all(this.workers.map((w) => w.worker.terminate()))
  }
}
