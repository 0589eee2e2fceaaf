import { createHash } from 'node:crypto'
import { readdirSync, realpathSync, statSync } from 'node:fs'
import { rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { PackError } from '../errors.js'
import type { Reporter } from '../port.js'
import { globToRegExp } from '../settings/rules.js'
import { CompressPool, type BrotliForm, type CompressCache, type CompressedFile, type CompressTask } from './compress-pool.js'
import { assertSafeEntryName, ZipWriter } from './zip-writer.js'

export interface ManifestEntry {
  path: string
  sha256: string
  size: number
}

export interface PackResult {
  path: string
  checksum: string
  size: number
  files: number
  manifest: ManifestEntry[]
  /** Whether some JS file calls notifyAppReady(). */
  notifyAppReady: boolean
  /** With a compression cache: files that needed no compression (their forms were in the cache, or need none), and files compressed anew. */
  compression?: { reused: number; compressed: number }
  /** With `cache.brotli`: each file's Brotli form (in the cache folder) by the SHA-256 of the file. */
  brotli?: Map<string, BrotliForm>
}

export interface PackOptions {
  webDir: string
  out: string
  exclude?: string[]
  requireNotifyAppReady?: boolean
  reporter?: Reporter
  /** Reuse compressed forms of unchanged files from this cache, and keep the new ones there. */
  cache?: CompressCache
}

interface FileItem {
  name: string
  abs: string
}

const ALWAYS_EXCLUDED = new Set(['.DS_Store', '__MACOSX', 'Thumbs.db'])
const LARGE_FILE = 16 * 1024 * 1024
const BATCH_FILES = 32
// Batches queued ahead of the writer: enough to keep every worker busy, few enough to bound memory.
const BATCHES_AHEAD = 24
const SCRIPT = /\.(m?js|cjs)$/i

function excluder(patterns: string[]): (rel: string) => boolean {
  const regs = patterns.map((p) => ({ re: globToRegExp(p.replace(/^\.\//, '')), base: !p.includes('/') }))
  return (rel) => regs.some(({ re, base }) => re.test(rel) || (base && re.test(path.posix.basename(rel))))
}

/** Lists the files and folders to pack, sorted, with every refusal of the design applied. */
function walk(root: string, exclude: (rel: string) => boolean): { files: FileItem[]; dirs: string[] } {
  const rootReal = realpathSync(root)
  const files: FileItem[] = []
  const dirs: string[] = []
  const visited = new Set<string>([rootReal])

  // Synchronous on purpose: thousands of tiny metadata calls are far cheaper
  // inline than as thread-pool round trips.
  function visit(dirAbs: string, rel: string): void {
    const dirents = readdirSync(dirAbs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const dirent of dirents) {
      const name = dirent.name
      if (ALWAYS_EXCLUDED.has(name)) continue
      const childRel = rel ? `${rel}/${name}` : name
      assertSafeEntryName(childRel)
      if (exclude(childRel)) continue
      const abs = path.join(dirAbs, name)
      let target = abs
      let isDir = dirent.isDirectory()
      let isFile = dirent.isFile()
      if (dirent.isSymbolicLink()) {
        let real: string
        try {
          real = realpathSync(abs)
        } catch {
          throw new PackError(`Refusing symlink "${childRel}": its target does not exist. Remove the link or point it at a file inside the web directory.`)
        }
        if (real !== rootReal && !real.startsWith(rootReal + path.sep)) {
          throw new PackError(`Refusing symlink "${childRel}": it points outside the web directory (${real}). Copy the file into the web directory instead.`)
        }
        const info = statSync(real)
        target = real
        isDir = info.isDirectory()
        isFile = info.isFile()
        if (isDir) {
          if (visited.has(real)) continue
          visited.add(real)
        }
      }
      if (isDir) {
        dirs.push(childRel)
        visit(target, childRel)
      } else if (isFile) {
        files.push({ name: childRel, abs: target })
      }
    }
  }
  visit(root, '')
  return { files, dirs }
}

/**
 * Packs a web directory into a deterministic zip: same input, same bytes, same
 * SHA-256. Files are compressed in parallel on the thread pool but written in
 * sorted order; memory stays bounded by a small window of files in flight.
 */
export async function packWebDir(options: PackOptions): Promise<PackResult> {
  const webDir = path.resolve(options.webDir)
  let info
  try {
    info = await stat(webDir)
  } catch {
    throw new PackError(`Web directory ${webDir} does not exist. Build the app first (or check "webDir" in capacitor.config.json / --web-dir).`)
  }
  if (!info.isDirectory()) throw new PackError(`Web directory ${webDir} is not a directory. Point --web-dir at the folder your build writes.`)

  const walked = walk(webDir, excluder(options.exclude ?? []))
  // One batch is compressed in this thread: a worker's start-up would cost more than the work.
  const pool = walked.files.length <= BATCH_FILES ? CompressPool.inline(LARGE_FILE, options.cache) : new CompressPool(LARGE_FILE, undefined, options.cache)
  try {
    return await packFiles(webDir, walked, options, pool)
  } finally {
    await pool.close()
  }
}

async function packFiles(webDir: string, { files, dirs }: { files: FileItem[]; dirs: string[] }, options: PackOptions, pool: CompressPool): Promise<PackResult> {
  if (files.length === 0) throw new PackError(`Web directory ${webDir} is empty: nothing to ship. Run your build first, or check --web-dir.`)
  if (!files.some((f) => f.name === 'index.html')) {
    throw new PackError(`No index.html at the root of ${webDir}. capacitor-updater loads index.html from the bundle root: point --web-dir at the folder that holds it.`)
  }

  const entries = [
    ...dirs.map((name) => ({ name: `${name}/`, file: undefined as FileItem | undefined })),
    ...files.map((file) => ({ name: file.name, file }))
  ].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)))

  const manifest: ManifestEntry[] = []
  let notifyAppReady = false
  const brotli = new Map<string, BrotliForm>()
  let compressed = 0

  // Small files go to the worker pool in batches, in sorted order; large ones are streamed here.
  const batches: CompressTask[][] = []
  const batchOf = new Int32Array(entries.length).fill(-1)
  const lastOfBatch = new Set<number>()
  let current: CompressTask[] = []
  entries.forEach(({ name, file }, index) => {
    if (!file) return
    batchOf[index] = batches.length
    current.push({ index, name, abs: file.abs })
    if (current.length >= BATCH_FILES) {
      lastOfBatch.add(index)
      batches.push(current)
      current = []
    }
  })
  if (current.length) {
    lastOfBatch.add(current[current.length - 1].index)
    batches.push(current)
  }

  const out = path.resolve(options.out)
  const zip = await ZipWriter.create(out)
  const inFlight = new Map<number, Promise<Map<number, CompressedFile>>>()
  let launched = 0
  const launchUpTo = (batch: number) => {
    for (; launched < batches.length && launched <= batch; launched++) {
      const promise = pool.run(batches[launched]).then((list) => new Map(list.map((r) => [r.index, r])))
      promise.catch(() => undefined) // reported when its turn comes
      inFlight.set(launched, promise)
    }
  }
  try {
    for (let i = 0; i < entries.length; i++) {
      const { name, file } = entries[i]
      const batch = batchOf[i]
      if (!file) {
        await zip.addDirectory(name)
        continue
      }
      launchUpTo(batch + BATCHES_AHEAD)
      const r = (await inFlight.get(batch)!).get(i)!
      if (lastOfBatch.has(i)) inFlight.delete(batch)
      if (!r.large) {
        notifyAppReady ||= r.notify
        await zip.addPrepared(name, { method: r.method, crc: r.crc, size: r.size, data: r.data })
        manifest.push({ path: name, sha256: r.sha256, size: r.size })
        if (r.compressed) compressed++
        if (r.brotli) brotli.set(r.sha256, r.brotli)
      } else {
        const hash = createHash('sha256')
        let tail: Buffer = Buffer.alloc(0)
        await zip.addLargeFile(name, file.abs, `${out}.${i}.tmp`, (chunk) => {
          hash.update(chunk)
          if (!notifyAppReady && SCRIPT.test(name) && Buffer.concat([tail, chunk]).includes('notifyAppReady')) notifyAppReady = true
          tail = chunk.subarray(Math.max(0, chunk.length - 32))
        })
        manifest.push({ path: name, sha256: hash.digest('hex'), size: (await stat(file.abs)).size })
        compressed++
      }
    }
    const { size, checksum } = await zip.finish()
    if (!notifyAppReady) {
      const message = 'No JavaScript file in the bundle calls notifyAppReady(). capacitor-updater rolls back a bundle that never calls it: call CapacitorUpdater.notifyAppReady() when your app starts.'
      if (options.requireNotifyAppReady) throw new PackError(message)
      options.reporter?.warn(message)
    }
    return {
      path: out, checksum, size, files: manifest.length, manifest, notifyAppReady,
      ...(options.cache ? { compression: { reused: manifest.length - compressed, compressed } } : {}),
      ...(options.cache?.brotli ? { brotli } : {})
    }
  } catch (error) {
    await zip.abort()
    await rm(out, { force: true })
    throw error
  }
}
