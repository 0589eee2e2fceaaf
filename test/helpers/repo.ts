import { execFile, execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const CLI = path.join(ROOT, 'dist/cli/index.js')
export const EXAMPLE = path.join(ROOT, 'examples/capacitor-app')

const temps: string[] = []
export function tempDir(prefix = 'capflight-test-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  temps.push(dir)
  return dir
}
export function cleanupTemps(): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true })
}

/** A clean environment: no CI variables leak in from the machine running the tests. */
export function baseEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.tmpdir(),
    GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com',
    GIT_CONFIG_NOSYSTEM: '1',
    // Node's compile cache, shared by the suite's hundreds of CLI processes (not a product setting).
    NODE_COMPILE_CACHE: path.join(os.tmpdir(), 'capflight-test-compile-cache'),
    ...extra
  }
}

export class Repo {
  constructor(readonly dir: string) {}

  git(...args: string[]): string {
    return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], { cwd: this.dir, env: baseEnv(), encoding: 'utf8' }).trim()
  }

  write(file: string, content: string): void {
    const abs = path.join(this.dir, file)
    mkdirSync(path.dirname(abs), { recursive: true })
    writeFileSync(abs, content)
  }

  /** Commits `message`, after writing `files` (a unique change is made when none are given). */
  commit(message: string, files?: Record<string, string>): string {
    const changes = files ?? { [`src/change-${Math.random().toString(36).slice(2)}.txt`]: message }
    for (const [f, c] of Object.entries(changes)) this.write(f, c)
    this.git('add', '-A')
    this.git('commit', '-q', '--allow-empty', '-m', message)
    return this.git('rev-parse', 'HEAD')
  }

  head(): string {
    return this.git('rev-parse', 'HEAD')
  }
}

/** A git repository holding the example app, one commit on main. */
export function exampleRepo(firstMessage = 'feat: first version'): Repo {
  const dir = tempDir()
  cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => !/(www|node_modules|\.capflight)$/.test(src) })
  const repo = new Repo(dir)
  repo.git('init', '-q', '-b', 'main')
  repo.commit(firstMessage, {})
  return repo
}

export function emptyRepo(): Repo {
  const repo = new Repo(tempDir())
  repo.git('init', '-q', '-b', 'main')
  return repo
}

export interface CliRun {
  code: number
  stdout: string
  stderr: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any
}

/**
 * The example app's own build script ("node build.mjs") run as CAPFLIGHT_BUILD_COMMAND: npm's start
 * costs about 0.3 s of CPU a release, most of a release's time here. The default, `npm run build`,
 * is what the wrapper tests (which do not use runCli) and the settings tests assert.
 */
export function exampleBuildCommand(cwd: string): string | undefined {
  try {
    return JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8')).scripts?.build === 'node build.mjs' ? 'node build.mjs' : undefined
  } catch {
    return undefined
  }
}

function exampleBuild(cwd: string, env: Record<string, string> | undefined): Record<string, string> {
  const command = env && 'CAPFLIGHT_BUILD_COMMAND' in env ? undefined : exampleBuildCommand(cwd)
  return command ? { CAPFLIGHT_BUILD_COMMAND: command } : {}
}

/** Runs the committed, bundled CLI as a real process. */
export function runCli(args: string[], options: { cwd: string; env?: Record<string, string>; signal?: AbortSignal }): Promise<CliRun> {
  return new Promise((resolve) => {
    // An aborted signal kills the run outright (SIGKILL), as a cancelled CI job or a lost runner does.
    const spawnOptions = { cwd: options.cwd, env: baseEnv({ ...exampleBuild(options.cwd, options.env), ...options.env }), maxBuffer: 64 * 1024 * 1024, signal: options.signal, killSignal: 'SIGKILL' as const }
    execFile(process.execPath, [CLI, ...args], spawnOptions, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
      let json: unknown
      if (args.includes('--json')) {
        try { json = JSON.parse(stdout) } catch { json = undefined }
      }
      resolve({ code, stdout, stderr, json })
    })
  })
}
