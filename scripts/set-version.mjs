// Sets the product's version everywhere it is written down, or checks that it is.
//   node scripts/set-version.mjs 1.2.3           writes it
//   node scripts/set-version.mjs --check [1.2.3] fails when any file says otherwise
// package.json (and its lockfile), the Azure extension and task manifests, and the
// `capflight@X.Y.Z` pins in the READMEs and the GitLab component.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/
const PIN = /\bcapflight@(\d+\.\d+\.\d+)\b/g
const PINNED_FILES = ['README.md', 'gitlab/README.md', 'docs/releasing.md', 'docs/gitlab.md', 'gitlab/templates/capflight.yml']

const read = (file) => readFileSync(path.join(root, file), 'utf8')
const readJson = (file) => JSON.parse(read(file))
const writeJson = (file, json) => writeFileSync(path.join(root, file), `${JSON.stringify(json, null, 2)}\n`)

/** Where each file stands: [file, version it carries]. */
function versions() {
  const out = []
  out.push(['package.json', readJson('package.json').version])
  const lock = readJson('package-lock.json')
  out.push(['package-lock.json', lock.version], ['package-lock.json (root package)', lock.packages?.['']?.version])
  out.push(['azure-pipelines/vss-extension.json', readJson('azure-pipelines/vss-extension.json').version])
  const task = readJson('azure-pipelines/CapflightRelease/task.json').version
  out.push(['azure-pipelines/CapflightRelease/task.json', `${task.Major}.${task.Minor}.${task.Patch}`])
  for (const file of PINNED_FILES) {
    for (const match of read(file).matchAll(PIN)) out.push([file, match[1]])
  }
  return out
}

function write(version) {
  const [major, minor, patch] = version.split('.').map(Number)
  const pkg = readJson('package.json')
  writeJson('package.json', { ...pkg, version })
  const lock = readJson('package-lock.json')
  lock.version = version
  if (lock.packages?.['']) lock.packages[''].version = version
  writeJson('package-lock.json', lock)
  const extension = readJson('azure-pipelines/vss-extension.json')
  writeJson('azure-pipelines/vss-extension.json', { ...extension, version })
  const task = readJson('azure-pipelines/CapflightRelease/task.json')
  writeJson('azure-pipelines/CapflightRelease/task.json', { ...task, version: { Major: major, Minor: minor, Patch: patch } })
  for (const file of PINNED_FILES) {
    writeFileSync(path.join(root, file), read(file).replace(PIN, `capflight@${version}`))
  }
}

const args = process.argv.slice(2)
const check = args.includes('--check')
const wanted = args.find((a) => !a.startsWith('--')) ?? (check ? readJson('package.json').version : undefined)
if (!wanted || !SEMVER.test(wanted)) {
  console.error(`Usage: node scripts/set-version.mjs [--check] X.Y.Z (a plain release version, e.g. 1.4.3; got "${wanted ?? ''}")`)
  process.exit(2)
}
if (!check) write(wanted)
const wrong = versions().filter(([, v]) => v !== wanted)
if (wrong.length) {
  console.error(`Version ${wanted} is not what every file says:\n${wrong.map(([f, v]) => `  ${f}: ${v}`).join('\n')}\nRun "node scripts/set-version.mjs ${wanted}" and commit.`)
  process.exit(1)
}
console.error(`Every manifest and pin says ${wanted}.`)
