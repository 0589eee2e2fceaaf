import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Worker } from 'node:worker_threads'
import { brotliCompressSync, brotliDecompressSync, inflateRawSync } from 'node:zlib'
import { PackError } from '../src/core/errors.js'
import { pruneCompressionCache } from '../src/core/pack/cache-prune.js'
import { CACHE_FOLDERS, CompressPool } from '../src/core/pack/compress-pool.js'
import { packWebDir } from '../src/core/pack/pack.js'
import { assertSafeEntryName } from '../src/core/pack/zip-writer.js'
import { MemoryReporter } from '../src/core/port.js'
import { cleanupTemps, runCli, tempDir } from './helpers/repo.js'

afterAll(cleanupTemps)

function webDir(files: Record<string, string | Buffer>): string {
  const dir = tempDir('capflight-web-')
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), content)
  }
  return dir
}

const APP = {
  'index.html': '<!doctype html><script src="app.js"></script>',
  'app.js': 'CapacitorUpdater.notifyAppReady()\n'.repeat(50),
  'assets/logo.svg': '<svg/>'.repeat(100),
  'assets/fonts/a.woff2': Buffer.alloc(3000, 7)
}

/** Reads the archive back with Python's zipfile, an independent implementation. */
function unzipWithPython(zip: string): { names: string[]; files: Record<string, string>; bad: string | null } {
  const out = execFileSync('python3', ['-c', `
import sys, zipfile, json, hashlib
z = zipfile.ZipFile(sys.argv[1])
bad = z.testzip()
print(json.dumps({"names": z.namelist(), "bad": bad, "files": {i.filename: hashlib.sha256(z.read(i)).hexdigest() for i in z.infolist() if not i.is_dir()}}))
`, zip], { encoding: 'utf8' })
  return JSON.parse(out)
}

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex')

describe('pack', () => {
  test('same directory twice gives byte-identical zips, whatever the timestamps', async () => {
    const dir = webDir(APP)
    const out = tempDir()
    const a = await packWebDir({ webDir: dir, out: path.join(out, 'a.zip') })
    utimesSync(path.join(dir, 'app.js'), new Date(2001, 1, 1), new Date(2001, 1, 1))
    const b = await packWebDir({ webDir: dir, out: path.join(out, 'b.zip') })
    expect(readFileSync(a.path).equals(readFileSync(b.path))).toBe(true)
    expect(a.checksum).toBe(b.checksum)
    expect(a.checksum).toBe(sha(readFileSync(a.path)))
    expect(a.checksum).toMatch(/^[0-9a-f]{64}$/)
    expect(a.size).toBe(readFileSync(a.path).length)
  })

  test('the zip is valid, index.html sits at the root and every file round-trips', async () => {
    const dir = webDir(APP)
    const result = await packWebDir({ webDir: dir, out: path.join(tempDir(), 'b.zip') })
    const z = unzipWithPython(result.path)
    expect(z.bad).toBeNull()
    expect(z.names).toContain('index.html')
    expect(z.names).toEqual([...z.names].sort())
    for (const [name, content] of Object.entries(APP)) expect(z.files[name]).toBe(sha(content))
    expect(result.manifest).toEqual(Object.entries(APP).map(([p, content]) => ({ path: p, sha256: sha(content), size: Buffer.byteLength(content) })).sort((x, y) => (x.path < y.path ? -1 : 1)))
    expect(result.files).toBe(4)
  })

  test('a bundle whose central directory and output outgrow the writer\'s first blocks stays a valid zip', async () => {
    // 800 long names make a central directory over its first 64 KiB; their bytes pass the 1 MiB output block.
    const files: Record<string, string> = { 'index.html': '<script>notifyAppReady()</script>' }
    for (let i = 0; i < 800; i++) files[`assets/${'deeply-nested-folder-name/'.repeat(2)}chunk-${String(i).padStart(4, '0')}.js`] = randomBytes(1500).toString('base64')
    const dir = webDir(files)
    const result = await packWebDir({ webDir: dir, out: path.join(tempDir(), 'many.zip') })
    const z = unzipWithPython(result.path)
    expect(z.bad).toBeNull()
    expect(Object.keys(z.files)).toHaveLength(801)
    for (const [name, content] of Object.entries(files)) expect(z.files[name]).toBe(sha(content))
    expect(result.size).toBeGreaterThan(1024 * 1024)
  })

  test('a file larger than the in-memory limit is streamed and still deterministic', async () => {
    const big = Buffer.alloc(17 * 1024 * 1024)
    for (let i = 0; i < big.length; i += 4096) big.write(`block ${i} notifyAppReady `, i)
    const dir = webDir({ 'index.html': '<html></html>', 'vendor.js': big })
    const out = tempDir()
    const a = await packWebDir({ webDir: dir, out: path.join(out, 'a.zip') })
    const b = await packWebDir({ webDir: dir, out: path.join(out, 'b.zip') })
    expect(a.checksum).toBe(b.checksum)
    const z = unzipWithPython(a.path)
    expect(z.bad).toBeNull()
    expect(z.files['vendor.js']).toBe(sha(big))
    expect(a.notifyAppReady).toBe(true)
  })

  test('.DS_Store, __MACOSX and configured excludes are left out', async () => {
    const dir = webDir({ ...APP, '.DS_Store': 'x', '__MACOSX/._a': 'x', 'app.js.map': '{}', 'sub/x.map': '{}', 'sub/.DS_Store': 'x' })
    const result = await packWebDir({ webDir: dir, out: path.join(tempDir(), 'c.zip'), exclude: ['*.map'] })
    expect(result.manifest.map((m) => m.path)).toEqual(['app.js', 'assets/fonts/a.woff2', 'assets/logo.svg', 'index.html'])
  })

  test('symlinks inside the web dir are followed; one leaving it is refused', async () => {
    const dir = webDir(APP)
    symlinkSync(path.join(dir, 'app.js'), path.join(dir, 'alias.js'))
    const ok = await packWebDir({ webDir: dir, out: path.join(tempDir(), 'd.zip') })
    expect(ok.manifest.find((m) => m.path === 'alias.js')?.sha256).toBe(sha(APP['app.js']))

    const outside = webDir({ 'secret.txt': 'key' })
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'leak.txt'))
    const out = path.join(tempDir(), 'e.zip')
    await expect(packWebDir({ webDir: dir, out })).rejects.toThrow(/symlink "leak.txt": it points outside the web directory/)
    expect(existsSync(out)).toBe(false)
  })

  test('missing, empty and index-less web dirs are refused with what to do', async () => {
    const out = path.join(tempDir(), 'f.zip')
    await expect(packWebDir({ webDir: '/nonexistent/www', out })).rejects.toThrow(/does not exist. Build the app first/)
    await expect(packWebDir({ webDir: webDir({}), out })).rejects.toThrow(/is empty: nothing to ship/)
    await expect(packWebDir({ webDir: webDir({ 'main.js': 'x' }), out })).rejects.toThrow(/No index.html at the root/)
    await expect(packWebDir({ webDir: webDir({ 'dist/index.html': 'x' }), out })).rejects.toThrow(PackError)
  })

  test('paths with a backslash, a ".." segment or an absolute path are refused', async () => {
    const dir = webDir({ ...APP, 'odd\\name.js': 'x' })
    await expect(packWebDir({ webDir: dir, out: path.join(tempDir(), 'g.zip') })).rejects.toThrow(/backslash/)
    expect(() => assertSafeEntryName('../etc/passwd')).toThrow(/".." or "." segment/)
    expect(() => assertSafeEntryName('a/../../b')).toThrow(/".." or "." segment/)
    expect(() => assertSafeEntryName('/etc/passwd')).toThrow(/absolute/)
    expect(() => assertSafeEntryName('C:/x')).toThrow(/absolute/)
    expect(() => assertSafeEntryName('assets/..hidden.js')).not.toThrow()
  })

  test('no notifyAppReady call: a warning, or an error when required', async () => {
    const dir = webDir({ 'index.html': '<html></html>', 'main.js': 'console.log(1)' })
    const reporter = new MemoryReporter()
    await packWebDir({ webDir: dir, out: path.join(tempDir(), 'h.zip'), reporter })
    expect(reporter.warnings.join()).toMatch(/notifyAppReady/)
    const out = path.join(tempDir(), 'i.zip')
    await expect(packWebDir({ webDir: dir, out, requireNotifyAppReady: true })).rejects.toThrow(/notifyAppReady/)
    expect(existsSync(out)).toBe(false)
  })

  test('an inline script of an HTML page that calls notifyAppReady counts; the name elsewhere in the page does not', async () => {
    const warned = async (html: string) => {
      const reporter = new MemoryReporter()
      await packWebDir({ webDir: webDir({ 'index.html': html, 'main.js': 'console.log(1)' }), out: path.join(tempDir(), 'n.zip'), reporter })
      return reporter.warnings.some((w) => w.includes('notifyAppReady'))
    }
    expect(await warned('<html><script type="module">\n  window.CapacitorUpdater.notifyAppReady()\n</script></html>')).toBe(false)
    expect(await warned('<html><SCRIPT>start()</SCRIPT><p>see <script defer>CapacitorUpdater.notifyAppReady()</script></html>')).toBe(false)
    expect(await warned('<html><script src="notifyAppReady.js"></script></html>')).toBe(true)
    expect(await warned('<html><script>start()</script><p>Call notifyAppReady() once started.</p></html>')).toBe(true)
    expect(await warned('<html><!-- notifyAppReady --></html>')).toBe(true)
  })

  test('entries are in the order of their UTF-8 bytes, also for names UTF-16 orders otherwise', async () => {
    // U+E000 is EE 80 80 in UTF-8 and sorts before U+1F600 (F0 9F 98 80), though its UTF-16 code unit is the larger.
    const dir = webDir({ 'index.html': '<script>notifyAppReady()</script>', '\u{1F600}.txt': 'smile', '\uE000.txt': 'private', 'a/b.txt': 'b', 'a.b': 'dot', 'a-b': 'dash' })
    const result = await packWebDir({ webDir: dir, out: path.join(tempDir(), 'u.zip') })
    const names = unzipWithPython(result.path).names
    expect(names).toEqual([...names].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y))))
    expect(names.indexOf('\uE000.txt')).toBeLessThan(names.indexOf('\u{1F600}.txt'))
    expect(names.slice(0, 4)).toEqual(['a-b', 'a.b', 'a/', 'a/b.txt'])
  })

  test('capflight pack --json prints path, checksum, size, files and the manifest', async () => {
    const dir = webDir(APP)
    const cwd = tempDir()
    const r = await runCli(['pack', '--web-dir', dir, '--out', 'bundle.zip', '--json'], { cwd })
    expect(r.code).toBe(0)
    expect(r.json).toMatchObject({ path: path.join(cwd, 'bundle.zip'), files: 4 })
    expect(r.json.checksum).toBe(sha(readFileSync(path.join(cwd, 'bundle.zip'))))
    expect(r.json.manifest).toHaveLength(4)
    const bad = await runCli(['pack', '--web-dir', path.join(cwd, 'nope'), '--json'], { cwd })
    expect(bad.code).toBe(1)
    expect(bad.json).toMatchObject({ status: 'failed' })
    expect(bad.stderr).toMatch(/does not exist/)
  })
})

describe('compression workers', () => {
  /** The pool's worker threads (private): the test stops one the way a crash would. */
  const workersOf = (pool: CompressPool) => (pool as unknown as { workers: { worker: Worker }[] }).workers.map((w) => w.worker)

  test('a worker that dies mid-batch fails the pack with a clear error instead of leaving it waiting', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'big.js')
    writeFileSync(file, randomBytes(24 * 1024 * 1024).toString('base64'))
    const pool = new CompressPool({ largeFile: 64 * 1024 * 1024, workers: 1, helpHere: false })
    try {
      const batch = pool.run([{ index: 0, name: 'big.js', abs: file }])
      const exited = new Promise((r) => workersOf(pool)[0].once('exit', r))
      await workersOf(pool)[0].terminate()
      await exited
      await expect(batch).rejects.toThrow(/A compression worker stopped unexpectedly \(exit code \d+\)\. Run the pack again/)
      // Later batches fail at once too: nothing waits on a dead pool.
      await expect(pool.run([{ index: 1, name: 'big.js', abs: file }])).rejects.toThrow(PackError)
    } finally {
      await pool.close()
    }
  })

  test('every file of a batch keeps its own bytes, though one read buffer serves them all and the output outgrows its first size', async () => {
    const dir = tempDir()
    // Incompressible files are stored as read; the read buffer grows for the first and is reused
    // for the smaller ones after it; together they outgrow the batch's first output buffer (256 KiB).
    const contents = [randomBytes(1536 * 1024), randomBytes(300 * 1024), Buffer.from('notifyAppReady(); '.repeat(5000)), randomBytes(700), Buffer.alloc(0)]
    const tasks = contents.map((content, i) => {
      writeFileSync(path.join(dir, `f${i}.js`), content)
      return { index: i, name: `f${i}.js`, abs: path.join(dir, `f${i}.js`) }
    })
    for (const pool of [new CompressPool({ largeFile: 64 * 1024 * 1024, workers: 0 }), new CompressPool({ largeFile: 64 * 1024 * 1024, workers: 1, helpHere: false })]) {
      try {
        const files = await pool.run(tasks)
        expect(files.map((f) => f.method)).toEqual([0, 0, 8, 0, 0])
        for (const f of files) {
          const bytes = f.method === 8 ? inflateRawSync(f.data) : f.data
          expect(Buffer.compare(bytes, contents[f.index])).toBe(0)
          expect(f.sha256).toBe(createHash('sha256').update(contents[f.index]).digest('hex'))
        }
      } finally {
        await pool.close()
      }
    }
  })

  test('this thread takes queued batches while the worker starts and works; every batch comes back with its own bytes', async () => {
    const dir = tempDir()
    const tasks = Array.from({ length: 200 }, (_, i) => {
      writeFileSync(path.join(dir, `f${i}.js`), `notifyAppReady(${i}); ${'y'.repeat(3000 + i)}`)
      return { index: i, name: `f${i}.js`, abs: path.join(dir, `f${i}.js`) }
    })
    const batches = Array.from({ length: 20 }, (_, b) => tasks.slice(b * 10, b * 10 + 10))
    const alone = new CompressPool({ largeFile: 64 * 1024 * 1024, workers: 0 })
    const helped = new CompressPool({ largeFile: 64 * 1024 * 1024, workers: 1 })
    try {
      const expected = await Promise.all(batches.map((b) => alone.run(b)))
      const got = await Promise.all(batches.map((b) => helped.run(b)))
      expect(got).toEqual(expected)
      expect(helped.batchesDone.here).toBeGreaterThan(0)
      expect(helped.batchesDone.here + helped.batchesDone.workers).toBe(20)
      expect(helped.capacity).toBe(3)
    } finally {
      await Promise.all([alone.close(), helped.close()])
    }
  })

  test('a bundle of one batch is compressed in this thread, a larger one on workers started as work waits; the bytes are the same', async () => {
    const dir = tempDir()
    const tasks = Array.from({ length: 40 }, (_, i) => {
      const name = i % 5 === 0 ? `img${i}.png` : `f${i}.js`
      writeFileSync(path.join(dir, name), i % 3 ? randomBytes(2000 + i) : `notifyAppReady(); ${'x'.repeat(5000 + i)}`)
      return { index: i, name, abs: path.join(dir, name) }
    })
    const here = new CompressPool({ largeFile: 64 * 1024 * 1024, workers: 0 })
    const pooled = new CompressPool({ largeFile: 64 * 1024 * 1024, workers: 2, helpHere: false })
    try {
      expect(workersOf(here)).toHaveLength(0)
      expect(workersOf(pooled)).toHaveLength(1)
      const inline = await here.run(tasks)
      const [a, b] = await Promise.all([pooled.run(tasks.slice(0, 20)), pooled.run(tasks.slice(20))])
      // The second batch waited for a worker: the pool started its second one.
      expect(workersOf(pooled)).toHaveLength(2)
      expect([...a, ...b]).toEqual(inline)
      expect(inline.filter((f) => f.method === 8).length).toBeGreaterThan(10)
      expect(inline.filter((f) => f.notify)).toHaveLength(11) // the scripts (not .png) among every third file
    } finally {
      await Promise.all([here.close(), pooled.close()])
    }
  })
})


describe('the compression cache', () => {
  // 40 files: more than one batch, so workers run too.
  const files = (): Record<string, string | Buffer> => ({
    ...APP,
    ...Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`js/chunk-${i}.js`, `export const chunk${i} = ${JSON.stringify('lorem ipsum '.repeat(40 + i))}\n`])),
    'noise.bin': randomBytes(4000),
    'precompressed.js.br': 'a file that is named .br but holds plain text; '.repeat(3)
  })
  const brotliFiles = (cacheDir: string) => existsSync(cacheDir) ? execFileSync('find', [cacheDir, '-type', 'f', '-path', '*brotli-*', '!', '-name', '*.plain'], { encoding: 'utf8' }).split('\n').filter(Boolean) : []

  test('a second pack reuses every compressed form: same bytes as without a cache, nothing compressed again', async () => {
    const dir = webDir(files())
    const cache = { dir: tempDir('capflight-cache-'), brotli: true }
    const plain = await packWebDir({ webDir: dir, out: path.join(tempDir(), 'plain.zip') })
    const first = await packWebDir({ webDir: dir, out: path.join(tempDir(), 'first.zip'), cache })
    const second = await packWebDir({ webDir: dir, out: path.join(tempDir(), 'second.zip'), cache })
    expect(first.checksum).toBe(plain.checksum)
    expect(second.checksum).toBe(plain.checksum)
    expect(first.compression).toEqual({ reused: 0, compressed: first.files })
    expect(second.compression).toEqual({ reused: second.files, compressed: 0 })
    // Brotli forms: for what it shrinks, always for a name ending in .br, never for noise.
    const byPath = new Map(second.manifest.map((f) => [f.path, f.sha256]))
    const forms = second.brotli!
    expect(forms.has(byPath.get('app.js')!)).toBe(true)
    expect(forms.has(byPath.get('precompressed.js.br')!)).toBe(true)
    expect(forms.has(byPath.get('noise.bin')!)).toBe(false)
    for (const [name, sha] of byPath) {
      const form = forms.get(sha)
      if (!form) continue
      const bytes = readFileSync(form.path)
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(form.sha256)
      expect(bytes.length).toBe(form.size)
      expect(brotliDecompressSync(bytes).equals(readFileSync(path.join(dir, name)))).toBe(true)
    }
    expect(first.brotli).toEqual(second.brotli)
  })

  test('one changed file of many: only it is compressed again', async () => {
    const dir = webDir(files())
    const cache = { dir: tempDir('capflight-cache-'), brotli: true }
    await packWebDir({ webDir: dir, out: path.join(tempDir(), 'a.zip'), cache })
    writeFileSync(path.join(dir, 'js/chunk-7.js'), 'export const changed = true; '.repeat(30))
    const again = await packWebDir({ webDir: dir, out: path.join(tempDir(), 'b.zip'), cache })
    expect(again.compression).toEqual({ reused: again.files - 1, compressed: 1 })
    expect(again.checksum).toBe((await packWebDir({ webDir: dir, out: path.join(tempDir(), 'c.zip') })).checksum)
  })

  test('a damaged cache costs time, never a wrong bundle', async () => {
    const dir = webDir(files())
    const cacheDir = tempDir('capflight-cache-')
    const cache = { dir: cacheDir, brotli: true }
    const good = await packWebDir({ webDir: dir, out: path.join(tempDir(), 'good.zip'), cache })
    // Every cached form replaced: garbage for the deflated ones, another file's valid Brotli for the rest.
    const deflated = execFileSync('find', [cacheDir, '-type', 'f', '-path', '*deflate-*'], { encoding: 'utf8' }).split('\n').filter(Boolean)
    expect(deflated.length).toBeGreaterThan(40)
    for (const f of deflated) writeFileSync(f, randomBytes(64))
    const other = brotliCompressSync(Buffer.from('not this file'))
    for (const f of brotliFiles(cacheDir)) writeFileSync(f, other)
    const again = await packWebDir({ webDir: dir, out: path.join(tempDir(), 'again.zip'), cache })
    expect(again.checksum).toBe(good.checksum)
    expect(again.compression!.reused).toBeLessThan(5) // only files needing no compressed form at all
    expect(unzipWithPython(again.path).bad).toBeNull()
    for (const form of again.brotli!.values()) expect(brotliDecompressSync(readFileSync(form.path)).equals(Buffer.from('not this file'))).toBe(false)
  })

  test('pruning keeps every form the bundle used, whatever its age, and what is recent; removes the rest and old zlib folders', async () => {
    const dir = webDir(files())
    const cacheDir = tempDir('capflight-cache-')
    const packed = await packWebDir({ webDir: dir, out: path.join(tempDir(), 'a.zip'), cache: { dir: cacheDir, brotli: true } })
    const used = packed.manifest.map((f) => f.sha256)
    const now = new Date()
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000)
    const deflate = path.join(cacheDir, CACHE_FOLDERS.deflate)
    const put = (file: string, bytes: string, age: number) => {
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, bytes)
      utimesSync(file, daysAgo(age), daysAgo(age))
    }
    const unused = (n: number) => createHash('sha256').update(`gone ${n}`).digest('hex')
    put(path.join(deflate, unused(1)), 'old and unused', 8)
    put(path.join(deflate, `${unused(2)}.stored`), '', 30)
    put(path.join(deflate, `${used[0]}.123.abc.tmp`), 'a write cut short', 9)
    put(path.join(cacheDir, 'deflate-0.0.1-5', used[0]), 'an older zlib', 40)
    put(path.join(deflate, unused(3)), 'recent and unused', 6)
    // A form the bundle used, restored from a CI cache with the time it was made.
    const usedForm = path.join(deflate, used.find((sha) => existsSync(path.join(deflate, sha)))!)
    utimesSync(usedForm, daysAgo(100), daysAgo(100))
    const before = readdirSync(deflate).length

    expect(await pruneCompressionCache(cacheDir, used, now)).toEqual({ removed: 4, bytes: 'old and unused'.length + 'a write cut short'.length + 'an older zlib'.length })
    expect(existsSync(path.join(deflate, unused(3)))).toBe(true)
    expect(existsSync(usedForm)).toBe(true)
    expect(existsSync(path.join(cacheDir, 'deflate-0.0.1-5'))).toBe(false)
    expect(readdirSync(deflate)).toHaveLength(before - 3)
    expect(await pruneCompressionCache(cacheDir, used, now)).toEqual({ removed: 0, bytes: 0 })
    // What is left still makes the same bundle with nothing compressed again.
    const again = await packWebDir({ webDir: dir, out: path.join(tempDir(), 'b.zip'), cache: { dir: cacheDir, brotli: true } })
    expect(again.compression).toEqual({ reused: again.files, compressed: 0 })
    expect(again.checksum).toBe(packed.checksum)
  })

  test('a release says what it pruned from the compression cache', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'capacitor.config.json'), JSON.stringify({ appId: 'com.example.prune', webDir: 'www' }))
    mkdirSync(path.join(dir, 'www'))
    writeFileSync(path.join(dir, 'www/index.html'), '<script>window.CapacitorUpdater?.notifyAppReady()</script>')
    writeFileSync(path.join(dir, '.gitignore'), '.capflight/\n')
    const stale = path.join(dir, '.capflight/cache', CACHE_FOLDERS.brotli, createHash('sha256').update('gone').digest('hex'))
    mkdirSync(path.dirname(stale), { recursive: true })
    writeFileSync(stale, 'x'.repeat(2000))
    utimesSync(stale, new Date(Date.now() - 10 * 86_400_000), new Date(Date.now() - 10 * 86_400_000))
    for (const args of [['init', '-q', '-b', 'main'], ['add', '-A'], ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'feat: first']]) execFileSync('git', args, { cwd: dir })
    const run = await runCli(['release'], { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stderr + run.stdout).toContain('Removed 1 compressed forms (0.0 MB) from the compression cache: not used by this bundle, made over 7 days ago')
    expect(existsSync(stale)).toBe(false)
  })

  test('a cache that cannot be written leaves the pack right, without Brotli forms', async () => {
    const dir = webDir(files())
    const blocked = path.join(tempDir(), 'a-file-not-a-folder')
    writeFileSync(blocked, '')
    const packed = await packWebDir({ webDir: dir, out: path.join(tempDir(), 'x.zip'), cache: { dir: blocked, brotli: true } })
    expect(packed.checksum).toBe((await packWebDir({ webDir: dir, out: path.join(tempDir(), 'y.zip') })).checksum)
    expect(packed.brotli!.size).toBe(0)
  })
})
