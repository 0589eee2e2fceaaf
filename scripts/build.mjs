// Builds the committed bundles with @vercel/ncc, the `capflight/serve` type declarations and
// THIRD-PARTY-NOTICES.md. `--check` builds into a temp dir and fails when anything committed
// differs from a fresh build (CI runs it).
import { execFileSync } from 'node:child_process'
import { gzipSync } from 'node:zlib'
import { build as esbuild } from 'esbuild'
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync, mkdirSync, renameSync, chmodSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { collectPackages, renderNotices } from './notices.mjs'
import { validatorSource, VALIDATOR_FILE } from './config-validator.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const check = process.argv.includes('--check')
const bundles = [
  { name: 'cli', entry: 'src/cli/index.ts', out: 'dist/cli', bin: true },
  { name: 'action', entry: 'action/index.ts', out: 'dist/action' },
  { name: 'serve', entry: 'src/serve.ts', out: 'dist/serve', types: true },
  { name: 'azure', entry: 'azure-pipelines/src/index.ts', out: 'dist/azure' }
]

function listFiles(dir, prefix = '') {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`])
}

// The config validator compiled from the JSON Schema, before the bundles that hold it.
const validator = validatorSource(root)
const validatorFile = path.join(root, VALIDATOR_FILE)
const validatorStale = !existsSync(validatorFile) || readFileSync(validatorFile, 'utf8') !== validator
if (!check && validatorStale) writeFileSync(validatorFile, validator)

const target = check ? mkdtempSync(path.join(os.tmpdir(), 'capflight-dist-')) : path.join(root, 'dist')
let differences = check && validatorStale ? [VALIDATOR_FILE] : []
const stats = {}
const sameFile = (a, c) => existsSync(a) && existsSync(c) && readFileSync(a).equals(readFileSync(c))
for (const b of bundles) {
  const outDir = path.join(target, path.relative('dist', b.out))
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'capflight-ncc-'))
  execFileSync(process.execPath, [path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', b.entry, '-o', tmp, '--quiet', '--target', 'es2023', '--stats-out', path.join(tmp, 'stats.json')], { cwd: root, stdio: 'inherit' })
  for (const f of readdirSync(tmp)) if (f === 'index.mjs') renameSync(path.join(tmp, f), path.join(tmp, 'index.js'))
  // ncc copies a bundled package's own package.json when its code reads it (azure-devops-node-api
  // does, for a version in its User-Agent); the bundle's package.json only says it is ESM.
  writeFileSync(path.join(tmp, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`)
  stats[b.name] = JSON.parse(readFileSync(path.join(tmp, 'stats.json'), 'utf8'))
  rmSync(path.join(tmp, 'stats.json'))
  if (b.types) {
    // One self-contained declaration file for the library entry, generated from the sources.
    execFileSync(process.execPath, [path.join(root, 'node_modules/dts-bundle-generator/dist/bin/dts-bundle-generator.js'), '--silent', '--no-banner', '--project', 'tsconfig.json', '-o', path.join(tmp, 'index.d.ts'), b.entry], { cwd: root, stdio: 'inherit' })
  }
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(path.dirname(outDir), { recursive: true })
  execFileSync('cp', ['-r', tmp, outDir])
  rmSync(tmp, { recursive: true, force: true })
  if (b.bin) chmodSync(path.join(outDir, 'index.js'), 0o755)
  if (check) {
    const committed = path.join(root, b.out)
    const files = new Set([...listFiles(outDir), ...listFiles(committed)])
    for (const f of files) {
      const a = path.join(outDir, f)
      const c = path.join(committed, f)
      if (!sameFile(a, c)) differences.push(path.join(b.out, f))
    }
  }
}
// The console's page (src/console → dist/console): Preact and uPlot bundled with the page's own
// code by esbuild, no CDN. The budget keeps the page light on a phone; raise it on purpose only.
const CONSOLE_BUDGET = { 'app.js': 100 * 1024, 'app.css': 16 * 1024 }
{
  const outDir = path.join(target, 'console')
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  const result = await esbuild({
    absWorkingDir: root, entryPoints: { app: 'src/console/main.tsx' }, outdir: outDir, bundle: true, minify: true, format: 'esm',
    target: ['es2022'], platform: 'browser', tsconfig: 'src/console/tsconfig.json', metafile: true, logLevel: 'error', charset: 'utf8'
  })
  execFileSync('cp', [path.join(root, 'src/console/index.html'), outDir])
  for (const [file, budget] of Object.entries(CONSOLE_BUDGET)) {
    const bytes = readFileSync(path.join(outDir, file))
    if (bytes.length > budget) {
      console.error(`dist/console/${file} is ${bytes.length} bytes, over its budget of ${budget} (scripts/build.mjs CONSOLE_BUDGET).`)
      process.exit(1)
    }
    if (!check) console.error(`dist/console/${file}: ${(bytes.length / 1024).toFixed(1)} KB (${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzipped), budget ${budget / 1024} KB`)
  }
  // The notices read webpack's stats shape: the page's inputs as its modules.
  stats.console = { modules: Object.keys(result.metafile.inputs).map((f) => ({ identifier: path.resolve(root, f) })) }
  if (check) {
    const committed = path.join(root, 'dist/console')
    for (const f of new Set([...listFiles(outDir), ...listFiles(committed)])) {
      if (!sameFile(path.join(outDir, f), path.join(committed, f))) differences.push(path.join('dist/console', f))
    }
  }
}
// The Jenkins library ships the CLI bundle (its entry and the chunks it loads when needed) as
// resources, with the list of its files for the step to write out.
const jenkinsCli = path.join(root, 'jenkins/resources/capflight/cli')
const cliFiles = listFiles(path.join(target, 'cli')).sort()
const jenkinsFiles = new Map([...cliFiles.map((f) => [f, readFileSync(path.join(target, 'cli', f))]), ['files.txt', Buffer.from(`${cliFiles.join('\n')}\n`)]])
if (check) {
  const present = existsSync(jenkinsCli) ? listFiles(jenkinsCli) : []
  for (const f of new Set([...present, ...jenkinsFiles.keys()])) {
    const file = path.join(jenkinsCli, f)
    if (!jenkinsFiles.has(f) || !existsSync(file) || !readFileSync(file).equals(jenkinsFiles.get(f))) differences.push(path.join('jenkins/resources/capflight/cli', f))
  }
} else {
  rmSync(path.join(root, 'jenkins/resources/capflight/cli.mjs'), { force: true })
  rmSync(jenkinsCli, { recursive: true, force: true })
  mkdirSync(jenkinsCli, { recursive: true })
  for (const [f, bytes] of jenkinsFiles) writeFileSync(path.join(jenkinsCli, f), bytes)
}
// Notices of every package any bundle holds.
const notices = renderNotices(collectPackages(stats))
const noticesFile = path.join(root, 'THIRD-PARTY-NOTICES.md')
if (check) {
  if (!existsSync(noticesFile) || readFileSync(noticesFile, 'utf8') !== notices) differences.push('THIRD-PARTY-NOTICES.md')
} else {
  writeFileSync(noticesFile, notices)
}
if (check) {
  rmSync(target, { recursive: true, force: true })
  if (differences.length) {
    console.error(`dist/ is out of date: ${differences.join(', ')} differ from a fresh build. Run "npm run build" and commit dist/.`)
    process.exit(1)
  }
  console.error('dist/ matches a fresh build.')
}
