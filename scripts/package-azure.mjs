// Packages the Azure DevOps extension: stages the task folder as the Marketplace sees it
// (task.json, icon, the dist/azure bundle: its entry, the chunks it loads when needed, its package.json) next to the manifest, then runs
// `tfx extension create` there. Fails on any warning tfx prints: today's warning is a future error.
//   node scripts/package-azure.mjs [--out capflight.vsix]
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const at = args.indexOf('--out')
const out = path.resolve(at >= 0 && args[at + 1] ? args[at + 1] : 'capflight.vsix')

const stage = mkdtempSync(path.join(os.tmpdir(), 'capflight-azure-'))
try {
  const source = path.join(root, 'azure-pipelines')
  for (const item of ['vss-extension.json', 'overview.md', 'images', 'CapflightRelease']) cpSync(path.join(source, item), path.join(stage, item), { recursive: true })
  cpSync(path.join(root, 'dist/azure'), path.join(stage, 'CapflightRelease/dist'), { recursive: true })
  const tfx = path.join(root, 'node_modules/tfx-cli/_build/tfx-cli.js')
  const run = spawnSync(process.execPath, [tfx, 'extension', 'create', '--root', stage, '--manifest-globs', 'vss-extension.json', '--output-path', out, '--no-prompt', '--no-color'], {
    cwd: stage, encoding: 'utf8', env: { ...process.env, HOME: process.env.HOME ?? stage }
  })
  const printed = `${run.stdout}\n${run.stderr}`
  if (run.status !== 0) {
    console.error(`tfx extension create failed:\n${printed}`)
    process.exit(1)
  }
  const warnings = printed.split('\n').filter((line) => /warn/i.test(line))
  if (warnings.length) {
    console.error(`tfx warned while packaging:\n${warnings.join('\n')}`)
    process.exit(1)
  }
  console.error(`Packaged ${path.relative(process.cwd(), out) || out}`)
} finally {
  rmSync(stage, { recursive: true, force: true })
}
