import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** Every file under a store with its content hash: compare before and after a failing command. */
export function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {}
  if (!existsSync(root)) return out
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const abs = path.join(dir, name)
      if (statSync(abs).isDirectory()) visit(abs)
      else out[path.relative(root, abs)] = createHash('sha256').update(readFileSync(abs)).digest('hex')
    }
  }
  visit(root)
  return out
}

export function readJson(file: string): any {
  return JSON.parse(readFileSync(file, 'utf8'))
}

export function storePaths(repoDir: string, appId = 'com.example.capflight') {
  const app = path.join(repoDir, '.capflight/store/apps', appId)
  return {
    root: path.join(repoDir, '.capflight/store'),
    channel: (name: string) => readJson(path.join(app, 'channels', `${name}.json`)),
    bundle: (version: string) => readJson(path.join(app, 'bundles', `${encodeURIComponent(version)}.json`)),
    bundlePath: (version: string) => path.join(app, 'bundles', `${encodeURIComponent(version)}.json`),
    bundles: () => existsSync(path.join(app, 'bundles')) ? readdirSync(path.join(app, 'bundles')).map((f) => decodeURIComponent(f.replace(/\.json$/, ''))).sort() : [],
    artifact: (sha: string) => path.join(app, 'artifacts', `${sha}.zip`),
    file: (sha: string) => path.join(app, 'files', sha)
  }
}
