// Builds the committed single-file bundles with @vercel/ncc.
// `--check` builds into a temp dir and fails when dist/ differs (CI runs it).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync, mkdirSync, renameSync, chmodSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const check = process.argv.includes('--check')
const bundles = [
  { entry: 'src/cli/index.ts', out: 'dist/cli', bin: true },
  { entry: 'action/index.ts', out: 'dist/action' },
  { entry: 'src/serve.ts', out: 'dist/serve' },
  { entry: 'azure-pipelines/src/index.ts', out: 'dist/azure' }
]

function listFiles(dir, prefix = '') {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`])
}

const target = check ? mkdtempSync(path.join(os.tmpdir(), 'capflight-dist-')) : path.join(root, 'dist')
let differences = []
for (const b of bundles) {
  const outDir = path.join(target, path.relative('dist', b.out))
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'capflight-ncc-'))
  execFileSync(process.execPath, [path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', b.entry, '-o', tmp, '--quiet', '--target', 'es2023', '--license', 'licenses.txt'], { cwd: root, stdio: 'inherit' })
  for (const f of readdirSync(tmp)) if (f === 'index.mjs') renameSync(path.join(tmp, f), path.join(tmp, 'index.js'))
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
      if (!existsSync(a) || !existsSync(c) || !readFileSync(a).equals(readFileSync(c))) differences.push(path.join(b.out, f))
    }
  }
}
// The Jenkins library ships the CLI bundle as a resource.
const jenkinsCli = path.join(root, 'jenkins/resources/capflight/cli.mjs')
const cliBundle = readFileSync(path.join(target, 'cli/index.js'))
if (check) {
  if (!existsSync(jenkinsCli) || !readFileSync(jenkinsCli).equals(cliBundle)) differences.push('jenkins/resources/capflight/cli.mjs')
} else {
  mkdirSync(path.dirname(jenkinsCli), { recursive: true })
  writeFileSync(jenkinsCli, cliBundle)
}
if (check) {
  rmSync(target, { recursive: true, force: true })
  if (differences.length) {
    console.error(`dist/ is out of date: ${differences.join(', ')} differ from a fresh build. Run "npm run build" and commit dist/.`)
    process.exit(1)
  }
  console.error('dist/ matches a fresh build.')
}
