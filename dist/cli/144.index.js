export const id = 144;
export const ids = [144];
export const modules = {

/***/ 9504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ CompressPool),
/* harmony export */   z: () => (/* binding */ CACHE_FOLDERS)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _zip_writer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7016);




// Formats that are already compressed gain nothing from deflate.
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|mp[34]|webm|ogg|zip|gz|br)$/i;
const SCRIPT = /\.(m?js|cjs)$/i;
const HTML = /\.html?$/i;
/** An inline script (a `<script>` without `src`) of an HTML page that names notifyAppReady. */
const INLINE_CALL = /<script\b(?![^>]*\bsrc\s*=)[^>]*>(?:(?!<\/script\s*>)[^])*notifyAppReady/i;
/** Brotli quality of the delta files: 5 compresses about as well as 9 at a tenth of its time. */
const BROTLI_QUALITY = 5;
/**
 * The compression cache's folders, named by what made their forms: another zlib, Brotli or
 * level makes other bytes, so an upgraded Node starts new folders (and prunes the old ones).
 */
const CACHE_FOLDERS = {
    deflate: `deflate-${process.versions.zlib}-${_zip_writer_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFLATE_LEVEL */ .Dd}`,
    brotli: `brotli-${process.versions.brotli}-${BROTLI_QUALITY}`
};
/** A batch's results with each file's bytes as a view of the batch's one buffer. */
function withData(results, blob) {
    return results.map((r) => ({
        index: r.index, large: r.large, method: r.method, crc: r.crc, size: r.size, sha256: r.sha256, notify: r.notify, compressed: r.compressed, brotli: r.brotli,
        data: Buffer.from(blob.buffer, blob.byteOffset + r.offset, r.length)
    }));
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
  return { level: ${_zip_writer_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFLATE_LEVEL */ .Dd}, windowBits, memLevel: Math.max(1, Math.min(8, windowBits - 7)), chunkSize: Math.min(65536, (size >> 1) + 64) }
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
`;
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
`;
let inlineBatch;
const nodeRequire = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
// Two batches per worker keep it busy while a result travels back.
const PER_WORKER = 2;
const YOUNG_GENERATION_MB = 4;
/**
 * A small pool of worker threads. Batches queue up and go to whichever worker is free, so uneven
 * batches do not leave a core idle. The calling thread takes queued batches too whenever it has
 * nothing else to do, which it mostly has not (it only writes the zip): so one core needs no
 * worker of its own, and the first batches are done while the workers start.
 */
class CompressPool {
    workers = [];
    running = new Map();
    queue = [];
    largeFile;
    size;
    cache;
    helpHere;
    helping = false;
    /** Batches compressed so far, in this thread and on workers. */
    batchesDone = { here: 0, workers: 0 };
    nextId = 0;
    failed;
    closing = false;
    /**
     * One worker boots at once (while the caller gets its work ready); the others only when there
     * is work waiting for them, so a small bundle does not pay for threads it never uses.
     */
    constructor(options) {
        this.largeFile = options.largeFile;
        this.size = options.workers ?? Math.max(1, Math.min((node_os__WEBPACK_IMPORTED_MODULE_1___default().availableParallelism?.() ?? node_os__WEBPACK_IMPORTED_MODULE_1___default().cpus().length) - 1, 8));
        this.cache = options.cache;
        this.helpHere = options.helpHere ?? true;
        if (this.size > 0)
            this.spawn();
    }
    compressHere(tasks) {
        inlineBatch ??= new Function('require', `${BATCH_SOURCE}\nreturn compressBatch`)(nodeRequire);
        const { results, blob } = inlineBatch(tasks, this.largeFile, this.cache);
        return withData(results, blob);
    }
    runHere(job) {
        this.batchesDone.here++;
        try {
            job.resolve(this.compressHere(job.tasks));
        }
        catch (error) {
            job.reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PackError */ .ql(`Cannot read a file of the web directory: ${error.message}`));
        }
    }
    spawn() {
        // worker_threads is loaded by the packs that start a worker, not by every run of the CLI.
        const { Worker } = nodeRequire('node:worker_threads');
        // A worker's objects live for one batch: a small young generation keeps its memory flat
        // however large the bundle (V8 would otherwise grow it towards 48 MB per thread).
        const slot = { worker: new Worker(WORKER_SOURCE, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }), busy: 0, online: false };
        // Batches go to a worker once it runs: until then this thread takes them.
        slot.worker.once('online', () => {
            slot.online = true;
            this.pump();
        });
        slot.worker.on('message', (m) => {
            slot.busy--;
            this.batchesDone.workers++;
            const job = this.running.get(m.id);
            this.running.delete(m.id);
            if (job) {
                if (m.error)
                    job.reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PackError */ .ql(`Cannot read a file of the web directory: ${m.error}`));
                else {
                    const blob = m.blob;
                    job.resolve(withData(m.results, blob));
                }
            }
            this.pump();
        });
        // A worker that dies (out of memory, crashed) fails the pack instead of leaving it waiting.
        slot.worker.on('error', (error) => this.fail(error));
        slot.worker.on('exit', (code) => {
            if (!this.closing)
                this.fail(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PackError */ .ql(`A compression worker stopped unexpectedly (exit code ${code}). Run the pack again; if it repeats, report it with the web directory's size.`));
        });
        this.workers.push(slot);
    }
    fail(error) {
        this.failed ??= error;
        for (const job of [...this.running.values(), ...this.queue.splice(0)])
            job.reject(error);
        this.running.clear();
    }
    pump() {
        while (this.queue.length && !this.failed) {
            let slot;
            for (const w of this.workers)
                if (w.online && (!slot || w.busy < slot.busy))
                    slot = w;
            // Work waits while every worker has a batch (or is starting): another worker, up to the pool's size.
            if ((!slot || slot.busy > 0) && this.workers.length < this.size)
                this.spawn();
            if (!slot || slot.busy >= PER_WORKER)
                break;
            const job = this.queue.shift();
            slot.busy++;
            this.running.set(job.id, job);
            slot.worker.postMessage({ id: job.id, tasks: job.tasks, limit: this.largeFile, cache: this.cache });
        }
        this.helpSoon();
    }
    /** Takes the next queued batch here once the event loop has nothing else to do (results, writes). */
    helpSoon() {
        if (!this.helpHere || this.helping || this.closing || this.failed || this.queue.length === 0)
            return;
        this.helping = true;
        setImmediate(() => {
            this.helping = false;
            const job = this.closing || this.failed ? undefined : this.queue.shift();
            if (!job)
                return;
            this.runHere(job);
            this.helpSoon();
        });
    }
    /** Batches the pool works on at once: two per worker, and one here. */
    get capacity() {
        return this.size * PER_WORKER + 1;
    }
    run(tasks) {
        if (this.failed)
            return Promise.reject(this.failed);
        return new Promise((resolve, reject) => {
            const job = { id: this.nextId++, tasks, resolve, reject };
            if (this.size === 0)
                this.runHere(job);
            else {
                this.queue.push(job);
                this.pump();
            }
        });
    }
    async close() {
        this.closing = true;
        await Promise.all(this.workers.map((w) => w.worker.terminate()));
    }
}


/***/ }),

/***/ 144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ packWebDir)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4296);
/* harmony import */ var _settings_rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3834);
/* harmony import */ var _compress_pool_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9504);
/* harmony import */ var _zip_writer_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7016);

// fs/promises is left out on purpose: it costs every pack's start a few ms (it loads readline).






const ALWAYS_EXCLUDED = new Set(['.DS_Store', '__MACOSX', 'Thumbs.db']);
const LARGE_FILE = 16 * 1024 * 1024;
const BATCH_FILES = 32;
const SCRIPT = /\.(m?js|cjs)$/i;
/**
 * Sorts entries by the UTF-8 bytes of their names, the zip's order. Without characters from
 * U+D800 up, comparing the strings gives that order; otherwise each name's bytes are compared.
 */
function sortByBytes(names) {
    if (names.every((name) => !/[\uD800-\uFFFF]/.test(name))) {
        names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        return;
    }
    const keys = new Map(names.map((name) => [name, Buffer.from(name)]));
    names.sort((a, b) => Buffer.compare(keys.get(a), keys.get(b)));
}
function excluder(patterns) {
    const regs = patterns.map((p) => ({ re: (0,_settings_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .globToRegExp */ .tL)(p.replace(/^\.\//, '')), base: !p.includes('/') }));
    return (rel) => regs.some(({ re, base }) => re.test(rel) || (base && re.test(node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.basename(rel))));
}
/**
 * Lists the files and folders to pack (folders end in "/"), with every refusal of the design
 * applied. A file is read by its name under the root, through any link the walk accepted.
 * `onMany` is called once the files are more than one batch, so workers start while it walks.
 */
function walk(root, exclude, onMany) {
    const rootReal = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(root);
    const names = [];
    let files = 0;
    const visited = new Set([rootReal]);
    // Synchronous on purpose: thousands of tiny metadata calls are far cheaper
    // inline than as thread-pool round trips. Each folder is read in name order, so which link
    // to a folder reached twice is followed does not depend on the file system.
    function visit(dirAbs, rel) {
        const dirents = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dirAbs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const dirent of dirents) {
            const name = dirent.name;
            if (ALWAYS_EXCLUDED.has(name))
                continue;
            const childRel = rel ? `${rel}/${name}` : name;
            (0,_zip_writer_js__WEBPACK_IMPORTED_MODULE_6__/* .assertSafeEntryName */ .lc)(childRel);
            if (exclude(childRel))
                continue;
            const abs = dirAbs + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep) + name;
            let target = abs;
            let isDir = dirent.isDirectory();
            let isFile = dirent.isFile();
            if (dirent.isSymbolicLink()) {
                let real;
                try {
                    real = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(abs);
                }
                catch {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PackError */ .ql(`Refusing symlink "${childRel}": its target does not exist. Remove the link or point it at a file inside the web directory.`);
                }
                if (real !== rootReal && !real.startsWith(rootReal + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep))) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PackError */ .ql(`Refusing symlink "${childRel}": it points outside the web directory (${real}). Copy the file into the web directory instead.`);
                }
                const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(real);
                target = real;
                isDir = info.isDirectory();
                isFile = info.isFile();
                if (isDir) {
                    if (visited.has(real))
                        continue;
                    visited.add(real);
                }
            }
            if (isDir) {
                names.push(`${childRel}/`);
                visit(target, childRel);
            }
            else if (isFile) {
                names.push(childRel);
                if (++files === BATCH_FILES + 1)
                    onMany();
            }
        }
    }
    visit(root, '');
    return { names, files };
}
/**
 * Packs a web directory into a deterministic zip: same input, same bytes, same
 * SHA-256. Files are compressed in parallel on the thread pool but written in
 * sorted order; memory stays bounded by a small window of files in flight.
 */
async function packWebDir(options) {
    const webDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(options.webDir);
    let info;
    try {
        info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(webDir);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PackError */ .ql(`Web directory ${webDir} does not exist. Build the app first (or check "webDir" in capacitor.config.json / --web-dir).`);
    }
    if (!info.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PackError */ .ql(`Web directory ${webDir} is not a directory. Point --web-dir at the folder your build writes.`);
    // Workers start as soon as the walk has seen more than one batch, and boot while it goes on.
    // A bundle of one batch is compressed in this thread: a worker's start-up would cost more.
    let pool;
    const poolOf = (workers) => (pool ??= new _compress_pool_js__WEBPACK_IMPORTED_MODULE_5__/* .CompressPool */ .r({ largeFile: LARGE_FILE, cache: options.cache, workers }));
    try {
        const { names, files } = walk(webDir, excluder(options.exclude ?? []), () => poolOf());
        // The pool the walk started, else (one batch at most) one of no worker.
        return await packFiles(webDir, names, files, options, poolOf(0));
    }
    finally {
        await pool?.close();
    }
}
async function packFiles(webDir, entries, files, options, pool) {
    if (files === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PackError */ .ql(`Web directory ${webDir} is empty: nothing to ship. Run your build first, or check --web-dir.`);
    if (!entries.includes('index.html')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PackError */ .ql(`No index.html at the root of ${webDir}. capacitor-updater loads index.html from the bundle root: point --web-dir at the folder that holds it.`);
    }
    sortByBytes(entries);
    const manifest = [];
    let notifyAppReady = false;
    const brotli = new Map();
    let compressed = 0;
    // Small files go to the pool in batches of consecutive entries, so results come back in the
    // order the zip is written; large ones are streamed here. A batch's tasks are made when it is
    // launched: nothing per file is held for the whole bundle but its manifest entry.
    const isFile = (name) => !name.endsWith('/');
    const fileIndexes = [];
    entries.forEach((name, index) => { if (isFile(name))
        fileIndexes.push(index); });
    const batchCount = Math.ceil(fileIndexes.length / BATCH_FILES);
    const absOf = (name) => webDir + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep) + name;
    const tasksOf = (batch) => fileIndexes.slice(batch * BATCH_FILES, (batch + 1) * BATCH_FILES).map((index) => ({ index, name: entries[index], abs: absOf(entries[index]) }));
    // Batches queued ahead of the writer: enough to keep every thread busy, few enough to bound memory.
    const ahead = pool.capacity + 2;
    const out = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(options.out);
    const zip = await _zip_writer_js__WEBPACK_IMPORTED_MODULE_6__/* .ZipWriter */ .Vx.create(out);
    const inFlight = new Map();
    let launched = 0;
    const launchUpTo = (batch) => {
        for (; launched < batchCount && launched <= batch; launched++) {
            const promise = pool.run(tasksOf(launched));
            promise.catch(() => undefined); // reported when its turn comes
            inFlight.set(launched, promise);
        }
    };
    try {
        let batch = -1;
        let results = [];
        let next = 0;
        for (let i = 0; i < entries.length; i++) {
            const name = entries[i];
            if (!isFile(name)) {
                zip.addDirectory(name);
                continue;
            }
            if (next === results.length) {
                inFlight.delete(batch++);
                launchUpTo(batch + ahead);
                results = await inFlight.get(batch);
                next = 0;
            }
            const r = results[next++];
            if (!r.large) {
                notifyAppReady ||= r.notify;
                zip.addPrepared(name, r);
                manifest.push({ path: name, sha256: r.sha256, size: r.size });
                if (r.compressed)
                    compressed++;
                if (r.brotli)
                    brotli.set(r.sha256, r.brotli);
            }
            else {
                const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
                let tail = Buffer.alloc(0);
                await zip.addLargeFile(name, absOf(name), `${out}.${i}.tmp`, (chunk) => {
                    hash.update(chunk);
                    if (!notifyAppReady && SCRIPT.test(name) && Buffer.concat([tail, chunk]).includes('notifyAppReady'))
                        notifyAppReady = true;
                    tail = chunk.subarray(Math.max(0, chunk.length - 32));
                });
                manifest.push({ path: name, sha256: hash.digest('hex'), size: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(absOf(name)).size });
                compressed++;
            }
        }
        const { size, checksum } = await zip.finish();
        if (!notifyAppReady) {
            const message = 'No script in the bundle calls notifyAppReady() (looked for in JavaScript files and in inline scripts of HTML pages). capacitor-updater rolls back a bundle that never calls it: call CapacitorUpdater.notifyAppReady() when your app starts.';
            if (options.requireNotifyAppReady)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PackError */ .ql(message);
            options.reporter?.warn(message);
        }
        return {
            path: out, checksum, size, files: manifest.length, manifest, notifyAppReady,
            ...(options.cache ? { compression: { reused: manifest.length - compressed, compressed } } : {}),
            ...(options.cache?.brotli ? { brotli } : {})
        };
    }
    catch (error) {
        await zip.abort();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(out, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 7016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ DEFLATE_LEVEL),
/* harmony export */   Vx: () => (/* binding */ ZipWriter),
/* harmony export */   lc: () => (/* binding */ assertSafeEntryName)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);





// 1980-01-01 00:00:00, the earliest DOS date: fixed so the same files give the same bytes.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_FLAG = 0x0800;
const FILE_MODE = 0o100644;
const DIR_MODE = 0o040755;
const MAX_32 = 0xffffffff;
/**
 * zlib level 5 packs web assets smaller than Info-ZIP's `zip -6` at lower CPU
 * cost (see `npm run bench`). It is part of the byte format: changing it
 * changes every checksum.
 */
const DEFLATE_LEVEL = 5;
// Output is gathered and written in large blocks: one syscall per many small entries.
const FLUSH_AT = 1024 * 1024;
/** Entry names must be relative POSIX paths inside the bundle. */
function assertSafeEntryName(name) {
    if (name === '' || name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PackError */ .ql(`Refusing bundle path "${name}": absolute paths cannot be packed. Paths must be relative to the web directory.`);
    }
    if (name.includes('\\')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PackError */ .ql(`Refusing bundle path "${name}": it contains a backslash, which devices would unpack differently. Rename the file.`);
    }
    if (name.split('/').some((s) => s === '..' || s === '.')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PackError */ .ql(`Refusing bundle path "${name}": a ".." or "." segment could write outside the bundle on the device. Rename the file.`);
    }
}
/**
 * Writes a deterministic zip: entries in the order given, fixed timestamps and
 * modes, no extra fields. The SHA-256 of the output is computed as it is written.
 * Headers are written straight into one output block (and the central directory into another):
 * no buffer or object per entry, so memory does not grow with the number of files.
 */
class ZipWriter {
    fd;
    offset = 0;
    count = 0;
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    block = Buffer.allocUnsafe(FLUSH_AT);
    used = 0;
    central = Buffer.allocUnsafe(64 * 1024);
    centralUsed = 0;
    constructor(fd) {
        this.fd = fd;
    }
    static async create(file) {
        return new ZipWriter((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, 'w'));
    }
    flush() {
        if (this.used === 0)
            return;
        this.writeOut(this.block.subarray(0, this.used));
        this.used = 0;
    }
    writeOut(bytes) {
        this.hash.update(bytes);
        let written = 0;
        while (written < bytes.length)
            written += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(this.fd, bytes, written, bytes.length - written);
    }
    /** Room for `n` more bytes in the output block. */
    room(n) {
        if (this.used + n > this.block.length)
            this.flush();
        if (n > this.block.length)
            this.block = Buffer.allocUnsafe(n);
    }
    write(bytes) {
        // Large data goes out as it is, after what is pending; small data is gathered.
        if (bytes.length >= FLUSH_AT / 4) {
            this.flush();
            this.writeOut(bytes);
        }
        else {
            this.room(bytes.length);
            bytes.copy(this.block, this.used);
            this.used += bytes.length;
        }
        this.offset += bytes.length;
    }
    localHeader(name, nameLength, method, crc, csize, size) {
        this.room(30 + nameLength);
        const h = this.block;
        const at = this.used;
        h.writeUInt32LE(0x04034b50, at);
        h.writeUInt16LE(20, at + 4);
        h.writeUInt16LE(UTF8_FLAG, at + 6);
        h.writeUInt16LE(method, at + 8);
        h.writeUInt16LE(DOS_TIME, at + 10);
        h.writeUInt16LE(DOS_DATE, at + 12);
        h.writeUInt32LE(crc >>> 0, at + 14);
        h.writeUInt32LE(csize, at + 18);
        h.writeUInt32LE(size, at + 22);
        h.writeUInt16LE(nameLength, at + 26);
        h.writeUInt16LE(0, at + 28);
        h.write(name, at + 30, 'utf8');
        this.used += 30 + nameLength;
        this.offset += 30 + nameLength;
    }
    centralRecord(name, nameLength, e) {
        if (this.centralUsed + 46 + nameLength > this.central.length) {
            const grown = Buffer.allocUnsafe(Math.max(this.central.length * 2, this.centralUsed + 46 + nameLength));
            this.central.copy(grown, 0, 0, this.centralUsed);
            this.central = grown;
        }
        const h = this.central;
        const at = this.centralUsed;
        h.writeUInt32LE(0x02014b50, at);
        h.writeUInt16LE((3 << 8) | 20, at + 4);
        h.writeUInt16LE(20, at + 6);
        h.writeUInt16LE(UTF8_FLAG, at + 8);
        h.writeUInt16LE(e.method, at + 10);
        h.writeUInt16LE(DOS_TIME, at + 12);
        h.writeUInt16LE(DOS_DATE, at + 14);
        h.writeUInt32LE(e.crc >>> 0, at + 16);
        h.writeUInt32LE(e.compressedSize, at + 20);
        h.writeUInt32LE(e.size, at + 24);
        h.writeUInt16LE(nameLength, at + 28);
        h.fill(0, at + 30, at + 38);
        h.writeUInt32LE(((e.directory ? DIR_MODE : FILE_MODE) << 16) >>> 0, at + 38);
        h.writeUInt32LE(e.offset, at + 42);
        h.write(name, at + 46, 'utf8');
        this.centralUsed += 46 + nameLength;
        this.count++;
    }
    checkLimits(name, size) {
        if (size >= MAX_32 || this.offset >= MAX_32)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PackError */ .ql(`"${name}" makes the bundle larger than 4 GiB, which live updates cannot carry. Exclude it from the web directory.`);
        if (this.count >= 0xffff)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .PackError */ .ql('The bundle has more than 65,535 entries. Exclude files you do not ship (source maps, fixtures) with "exclude".');
    }
    addDirectory(name) {
        const dirName = name.endsWith('/') ? name : `${name}/`;
        assertSafeEntryName(dirName.slice(0, -1));
        this.checkLimits(dirName, 0);
        const nameLength = Buffer.byteLength(dirName);
        const offset = this.offset;
        this.localHeader(dirName, nameLength, 0, 0, 0, 0);
        this.centralRecord(dirName, nameLength, { crc: 0, compressedSize: 0, size: 0, method: 0, offset, directory: true });
    }
    /** Adds a file already compressed by the caller (so compression can run in parallel). */
    addPrepared(name, prepared) {
        assertSafeEntryName(name);
        this.checkLimits(name, prepared.size);
        const nameLength = Buffer.byteLength(name);
        const offset = this.offset;
        this.localHeader(name, nameLength, prepared.method, prepared.crc, prepared.data.length, prepared.size);
        this.write(prepared.data);
        this.centralRecord(name, nameLength, { crc: prepared.crc, compressedSize: prepared.data.length, size: prepared.size, method: prepared.method, offset, directory: false });
    }
    /** Adds a large file without holding it in memory: compressed to a temp file first. */
    async addLargeFile(name, source, tempFile, onChunk) {
        assertSafeEntryName(name);
        const { size } = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(source);
        this.checkLimits(name, size);
        let crc = 0;
        const deflate = node_zlib__WEBPACK_IMPORTED_MODULE_3___default().createDeflateRaw({ level: DEFLATE_LEVEL });
        const reader = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(source, { highWaterMark: 1024 * 1024 });
        reader.on('data', (chunk) => {
            const buf = chunk;
            crc = node_zlib__WEBPACK_IMPORTED_MODULE_3___default().crc32(buf, crc);
            onChunk(buf);
        });
        try {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(reader, deflate, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(tempFile));
            const csize = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(tempFile).size;
            const nameLength = Buffer.byteLength(name);
            const offset = this.offset;
            this.localHeader(name, nameLength, 8, crc, csize, size);
            for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(tempFile, { highWaterMark: 1024 * 1024 })) {
                this.write(chunk);
            }
            this.centralRecord(name, nameLength, { crc, compressedSize: csize, size, method: 8, offset, directory: false });
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tempFile, { force: true });
        }
    }
    /** Writes the central directory and returns the archive's size and SHA-256. */
    async finish() {
        const cdStart = this.offset;
        this.write(this.central.subarray(0, this.centralUsed));
        const end = Buffer.alloc(22);
        end.writeUInt32LE(0x06054b50, 0);
        end.writeUInt16LE(this.count, 8);
        end.writeUInt16LE(this.count, 10);
        end.writeUInt32LE(this.centralUsed, 12);
        end.writeUInt32LE(cdStart, 16);
        this.write(end);
        this.flush();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(this.fd);
        return { size: this.offset, checksum: this.hash.digest('hex') };
    }
    async abort() {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(this.fd);
        }
        catch { /* already closed */ }
    }
}


/***/ })

};
