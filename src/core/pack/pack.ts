import { createHash } from 'node:crypto'
import { lstat, readdir, readFile, realpath, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { PackError } from '../errors.js'
import type { Reporter } from '../port.js'
import { globToRegExp } from '../settings/rules.js'
import { assertSafeEntryName, prepareEntry, ZipWriter, type PreparedEntry } from './zip-writer.js'

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
}

export interface PackOptions {
  webDir: string
  out: string
  exclude?: string[]
  requireNotifyAppReady?: boolean
  reporter?: Reporter
}

interface FileItem {
  name: string
  abs: string
  size: number
}

const ALWAYS_EXCLUDED = new Set(['.DS_Store', '__MACOSX', 'Thumbs.db'])
const LARGE_FILE = 16 * 1024 * 1024
const WINDOW = 8
const SCRIPT = /\.(m?js|cjs)$/i

function excluder(patterns: string[]): (rel: string) => boolean {
  const regs = patterns.map((p) => ({ re: globToRegExp(p.replace(/^\.\//, '')), base: !p.includes('/') }))
  return (rel) => regs.some(({ re, base }) => re.test(rel) || (base && re.test(path.posix.basename(rel))))
}

/** Lists the files and folders to pack, sorted, with every refusal of the design applied. */
async function walk(root: string, exclude: (rel: string) => boolean): Promise<{ files: FileItem[]; dirs: string[] }> {
  const rootReal = await realpath(root)
  const files: FileItem[] = []
  const dirs: string[] = []
  const visited = new Set<string>([rootReal])

  async function visit(dirAbs: string, rel: string): Promise<void> {
    const names = (await readdir(dirAbs)).sort()
    for (const name of names) {
      if (ALWAYS_EXCLUDED.has(name)) continue
      const childRel = rel ? `${rel}/${name}` : name
      assertSafeEntryName(childRel)
      if (exclude(childRel)) continue
      const abs = path.join(dirAbs, name)
      let info = await lstat(abs)
      let target = abs
      if (info.isSymbolicLink()) {
        let real: string
        try {
          real = await realpath(abs)
        } catch {
          throw new PackError(`Refusing symlink "${childRel}": its target does not exist. Remove the link or point it at a file inside the web directory.`)
        }
        if (real !== rootReal && !real.startsWith(rootReal + path.sep)) {
          throw new PackError(`Refusing symlink "${childRel}": it points outside the web directory (${real}). Copy the file into the web directory instead.`)
        }
        info = await stat(real)
        target = real
        if (info.isDirectory()) {
          if (visited.has(real)) continue
          visited.add(real)
        }
      }
      if (info.isDirectory()) {
        dirs.push(childRel)
        await visit(target, childRel)
      } else if (info.isFile()) {
        files.push({ name: childRel, abs: target, size: info.size })
      }
    }
  }
  await visit(root, '')
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

  const { files, dirs } = await walk(webDir, excluder(options.exclude ?? []))
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
  const note = (name: string, content: Buffer) => {
    if (!notifyAppReady && SCRIPT.test(name) && content.includes('notifyAppReady')) notifyAppReady = true
  }

  type Job = { prepared?: PreparedEntry; sha256?: string }
  const jobs: (Promise<Job> | undefined)[] = new Array(entries.length)
  const start = (i: number) => {
    if (i >= entries.length || jobs[i]) return
    const { name, file } = entries[i]
    if (!file || file.size > LARGE_FILE) {
      jobs[i] = Promise.resolve({})
      return
    }
    jobs[i] = readFile(file.abs).then(async (content) => {
      const sha256 = createHash('sha256').update(content).digest('hex')
      note(name, content)
      return { prepared: await prepareEntry(name, content), sha256 }
    })
    // A failure is reported when its turn comes; don't let it be unhandled before.
    jobs[i]!.catch(() => undefined)
  }

  const out = path.resolve(options.out)
  const zip = await ZipWriter.create(out)
  try {
    for (let i = 0; i < Math.min(WINDOW, entries.length); i++) start(i)
    for (let i = 0; i < entries.length; i++) {
      start(i + WINDOW)
      const { name, file } = entries[i]
      const job = await jobs[i]!
      jobs[i] = undefined
      if (!file) {
        await zip.addDirectory(name)
      } else if (job.prepared) {
        await zip.addPrepared(name, job.prepared)
        manifest.push({ path: name, sha256: job.sha256!, size: file.size })
      } else {
        const hash = createHash('sha256')
        let tail: Buffer = Buffer.alloc(0)
        await zip.addLargeFile(name, file.abs, `${out}.${i}.tmp`, (chunk) => {
          hash.update(chunk)
          note(name, Buffer.concat([tail, chunk]))
          tail = chunk.subarray(Math.max(0, chunk.length - 32))
        })
        manifest.push({ path: name, sha256: hash.digest('hex'), size: file.size })
      }
    }
    const { size, checksum } = await zip.finish()
    if (!notifyAppReady) {
      const message = 'No JavaScript file in the bundle calls notifyAppReady(). capacitor-updater rolls back a bundle that never calls it: call CapacitorUpdater.notifyAppReady() when your app starts.'
      if (options.requireNotifyAppReady) throw new PackError(message)
      options.reporter?.warn(message)
    }
    return { path: out, checksum, size, files: manifest.length, manifest, notifyAppReady }
  } catch (error) {
    await zip.abort()
    await rm(out, { force: true })
    throw error
  }
}
