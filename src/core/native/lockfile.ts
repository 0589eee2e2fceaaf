import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Installed versions of packages as the nearest lockfile records them (npm, pnpm or Yarn), for a
 * job that has no node_modules (a `--no-build` release of a prebuilt web folder). In a workspace
 * the lockfile sits at the root and the app's own entries are looked up first.
 */
export async function lockedVersions(cwd: string, names: string[], ranges: Record<string, string>): Promise<Record<string, string>> {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const rel = path.relative(dir, path.resolve(cwd)).split(path.sep).join('/')
    for (const [file, read] of READERS) {
      const full = path.join(dir, file)
      if (!existsSync(full)) continue
      const text = await readFile(full, 'utf8').catch(() => undefined)
      if (text !== undefined) return read(text, names, ranges, rel)
    }
    if (existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) return {}
  }
}

type Reader = (text: string, names: string[], ranges: Record<string, string>, rel: string) => Record<string, string>

const npm: Reader = (text, names, _ranges, rel) => {
  let lock: { packages?: Record<string, { version?: string }>; dependencies?: Record<string, { version?: string }> }
  try { lock = JSON.parse(text) } catch { return {} }
  const out: Record<string, string> = {}
  for (const name of names) {
    const entry = (rel ? lock.packages?.[`${rel}/node_modules/${name}`] : undefined) ?? lock.packages?.[`node_modules/${name}`] ?? lock.dependencies?.[name]
    if (entry?.version) out[name] = entry.version
  }
  return out
}

/** pnpm-lock.yaml (v6 and v9): `importers: <path>: dependencies: <name>: version: 8.5.2(peer@…)`. */
const pnpm: Reader = (text, names, _ranges, rel) => {
  const out: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  const importer = rel || '.'
  let inImporters = false
  let current: string | undefined
  let section: string | undefined
  let dep: string | undefined
  for (const line of lines) {
    if (/^\S/.test(line)) { inImporters = line.startsWith('importers:'); current = undefined; continue }
    if (!inImporters) continue
    const indent = line.length - line.trimStart().length
    const key = unquote(line.trim().replace(/:.*$/, ''))
    if (indent === 2) { current = key; section = undefined; dep = undefined } else if (indent === 4) { section = key; dep = undefined } else if (indent === 6) dep = key
    else if (indent === 8 && current === importer && (section === 'dependencies' || section === 'optionalDependencies') && dep && names.includes(dep)) {
      const m = /^version:\s*['"]?([^'"(\s]+)/.exec(line.trim())
      if (m) out[dep] = m[1]
    }
  }
  return out
}

/** yarn.lock, classic (`version "8.5.2"`) and Berry (`version: 8.5.2`): the entry whose header names the range. */
const yarn: Reader = (text, names, ranges) => {
  const out: Record<string, string> = {}
  const blocks = text.split(/\n(?=\S)/)
  for (const name of names) {
    const range = ranges[name]
    for (const block of blocks) {
      const header = block.split('\n')[0]
      const specs = header.replace(/:$/, '').split(',').map((s) => unquote(s.trim()))
      if (!specs.some((s) => s === `${name}@${range}` || s === `${name}@npm:${range}`)) continue
      const m = /^\s+version:?\s+"?([^"\s]+)"?/m.exec(block)
      if (m) out[name] = m[1]
      break
    }
  }
  return out
}

const READERS: [string, Reader][] = [['package-lock.json', npm], ['npm-shrinkwrap.json', npm], ['pnpm-lock.yaml', pnpm], ['yarn.lock', yarn]]

function unquote(text: string): string {
  return text.replace(/^['"]|['"]$/g, '')
}
