import { createHash } from 'node:crypto'
// fs/promises is left out on purpose: it costs every pack's start a few ms (it loads readline).
import { readdirSync, realpathSync, rmSync, statSync } from 'node:fs'
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
  /** Whether some script (a JS file, or an inline script of an HTML page) calls notifyAppReady(). */
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

const ALWAYS_EXCLUDED = new Set(['.DS_Store', '__MACOSX', 'Thumbs.db'])
const LARGE_FILE = 16 * 1024 * 1024
const BATCH_FILES = 32
const SCRIPT = /\.(m?js|cjs)$/i

/**
 * Sorts entries by the UTF-8 bytes of their names, the zip's order. Without characters from
 * U+D800 up, comparing the strings gives that order; otherwise each name's bytes are compared.
 */
function sortByBytes(names: string[]): void {
  if (names.every((name) => !/[\uD800-\uFFFF]/.test(name))) {
    names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    return
  }
  const keys = new Map(names.map((name) => [name, Buffer.from(name)]))
  names.sort((a, b) => Buffer.compare(keys.get(a)!, keys.get(b)!))
}

function excluder(patterns: string[]): (rel: string) => boolean {
  const regs = patterns.map((p) => ({ re: globToRegExp(p.replace(/^\.\//, '')), base: !p.includes('/') }))
  return (rel) => regs.some(({ re, base }) => re.test(rel) || (base && re.test(path.posix.basename(rel))))
}

/**
 * Lists the files and folders to pack (folders end in "/"), with every refusal of the design
 * applied. A file is read by its name under the root, through any link the walk accepted.
 * `onMany` is called once the files are more than one batch, so workers start while it walks.
 */
function walk(root: string, exclude: (rel: string) => boolean, onMany: () => void): { names: string[]; files: number } {
  const rootReal = realpathSync(root)
  const names: string[] = []
  let files = 0
  const visited = new Set<string>([rootReal])

  // Synchronous on purpose: thousands of tiny metadata calls are far cheaper
  // inline than as thread-pool round trips. Each folder is read in name order, so which link
  // to a folder reached twice is followed does not depend on the file system.
  function visit(dirAbs: string, rel: string): void {
    const dirents = readdirSync(dirAbs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const dirent of dirents) {
      const name = dirent.name
      if (ALWAYS_EXCLUDED.has(name)) continue
      const childRel = rel ? `${rel}/${name}` : name
      assertSafeEntryName(childRel)
      if (exclude(childRel)) continue
      const abs = dirAbs + path.sep + name
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
        names.push(`${childRel}/`)
        visit(target, childRel)
      } else if (isFile) {
        names.push(childRel)
        if (++files === BATCH_FILES + 1) onMany()
      }
    }
  }
  visit(root, '')
  return { names, files }
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
    info = statSync(webDir)
  } catch {
    throw new PackError(`Web directory ${webDir} does not exist. Build the app first (or check "webDir" in capacitor.config.json / --web-dir).`)
  }
  if (!info.isDirectory()) throw new PackError(`Web directory ${webDir} is not a directory. Point --web-dir at the folder your build writes.`)

  // Workers start as soon as the walk has seen more than one batch, and boot while it goes on.
  // A bundle of one batch is compressed in this thread: a worker's start-up would cost more.
  let pool: CompressPool | undefined
  const poolOf = (workers?: number) => (pool ??= new CompressPool({ largeFile: LARGE_FILE, cache: options.cache, workers }))
  try {
    const { names, files } = walk(webDir, excluder(options.exclude ?? []), () => poolOf())
    // The pool the walk started, else (one batch at most) one of no worker.
    return await packFiles(webDir, names, files, options, poolOf(0))
  } finally {
    await pool?.close()
  }
}

async function packFiles(webDir: string, entries: string[], files: number, options: PackOptions, pool: CompressPool): Promise<PackResult> {
  if (files === 0) throw new PackError(`Web directory ${webDir} is empty: nothing to ship. Run your build first, or check --web-dir.`)
  if (!entries.includes('index.html')) {
    throw new PackError(`No index.html at the root of ${webDir}. capacitor-updater loads index.html from the bundle root: point --web-dir at the folder that holds it.`)
  }
  sortByBytes(entries)

  const manifest: ManifestEntry[] = []
  let notifyAppReady = false
  const brotli = new Map<string, BrotliForm>()
  let compressed = 0

  // Small files go to the pool in batches of consecutive entries, so results come back in the
  // order the zip is written; large ones are streamed here. A batch's tasks are made when it is
  // launched: nothing per file is held for the whole bundle but its manifest entry.
  const isFile = (name: string) => !name.endsWith('/')
  const fileIndexes: number[] = []
  entries.forEach((name, index) => { if (isFile(name)) fileIndexes.push(index) })
  const batchCount = Math.ceil(fileIndexes.length / BATCH_FILES)
  const absOf = (name: string) => webDir + path.sep + name
  const tasksOf = (batch: number): CompressTask[] => fileIndexes.slice(batch * BATCH_FILES, (batch + 1) * BATCH_FILES).map((index) => ({ index, name: entries[index], abs: absOf(entries[index]) }))
  // Batches queued ahead of the writer: enough to keep every thread busy, few enough to bound memory.
  const ahead = pool.capacity + 2

  const out = path.resolve(options.out)
  const zip = await ZipWriter.create(out)
  const inFlight = new Map<number, Promise<CompressedFile[]>>()
  let launched = 0
  const launchUpTo = (batch: number) => {
    for (; launched < batchCount && launched <= batch; launched++) {
      const promise = pool.run(tasksOf(launched))
      promise.catch(() => undefined) // reported when its turn comes
      inFlight.set(launched, promise)
    }
  }
  try {
    let batch = -1
    let results: CompressedFile[] = []
    let next = 0
    for (let i = 0; i < entries.length; i++) {
      const name = entries[i]
      if (!isFile(name)) {
        zip.addDirectory(name)
        continue
      }
      if (next === results.length) {
        inFlight.delete(batch++)
        launchUpTo(batch + ahead)
        results = await inFlight.get(batch)!
        next = 0
      }
      const r = results[next++]
      if (!r.large) {
        notifyAppReady ||= r.notify
        zip.addPrepared(name, r)
        manifest.push({ path: name, sha256: r.sha256, size: r.size })
        if (r.compressed) compressed++
        if (r.brotli) brotli.set(r.sha256, r.brotli)
      } else {
        const hash = createHash('sha256')
        let tail: Buffer = Buffer.alloc(0)
        await zip.addLargeFile(name, absOf(name), `${out}.${i}.tmp`, (chunk) => {
          hash.update(chunk)
          if (!notifyAppReady && SCRIPT.test(name) && Buffer.concat([tail, chunk]).includes('notifyAppReady')) notifyAppReady = true
          tail = chunk.subarray(Math.max(0, chunk.length - 32))
        })
        manifest.push({ path: name, sha256: hash.digest('hex'), size: statSync(absOf(name)).size })
        compressed++
      }
    }
    const { size, checksum } = await zip.finish()
    if (!notifyAppReady) {
      const message = 'No script in the bundle calls notifyAppReady() (looked for in JavaScript files and in inline scripts of HTML pages). capacitor-updater rolls back a bundle that never calls it: call CapacitorUpdater.notifyAppReady() when your app starts.'
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
    rmSync(out, { force: true })
    throw error
  }
}
