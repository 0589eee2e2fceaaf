import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { baseEnv, exampleBuildCommand, ROOT, tempDir } from './repo.js'

export const ACTION = path.join(ROOT, 'dist/action/index.js')
const manifest = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

/** Parses the runner's GITHUB_OUTPUT file (name<<delimiter … delimiter). */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
    out[m[1]] = value.join('\n')
  }
  return out
}

/**
 * Runs the committed action bundle with what the runner gives a JavaScript action:
 * INPUT_* for every input (defaults from action.yml, hyphens kept), GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH, GITHUB_REF, GITHUB_SHA, GITHUB_REPOSITORY,
 * GITHUB_API_URL, RUNNER_TEMP.
 */
export function runAction(options: {
  workspace: string
  inputs?: Record<string, string>
  ref: string
  sha: string
  eventName?: string
  event?: unknown
  apiUrl?: string
  env?: Record<string, string>
}): Promise<ActionRun> {
  const dir = tempDir('capflight-runner-')
  const outputFile = path.join(dir, 'output')
  const summaryFile = path.join(dir, 'summary')
  const eventFile = path.join(dir, 'event.json')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}))
  const env: Record<string, string> = baseEnv({
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_REF: options.ref,
    GITHUB_SHA: options.sha,
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_RUN_ID: '42',
    RUNNER_TEMP: dir,
    RUNNER_OS: 'Linux',
    ...options.env
  })
  // The example app's build script without npm's start-up unless a test names the build (see exampleBuildCommand).
  const build = exampleBuildCommand(path.resolve(options.workspace, options.inputs?.['working-directory'] ?? '.'))
  for (const [name, spec] of Object.entries(manifest.inputs)) {
    const fallback = spec.default === '${{ github.token }}' ? 'ghs_testtoken0123456789' : name === 'build-command' && build ? build : spec.default ?? ''
    env[`INPUT_${name.toUpperCase()}`] = options.inputs?.[name] ?? fallback
  }
  return new Promise((resolve) => {
    execFile(process.execPath, [ACTION], { cwd: options.workspace, env }, (error, stdout, stderr) => {
      resolve({
        code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8')
      })
    })
  })
}
