import { spawn, type ChildProcess } from 'node:child_process'
import { baseEnv, CLI } from './repo.js'

/** Starts the real `capflight serve` (dist CLI) on a free port of 127.0.0.1. */
export async function startServe(cwd: string, args: string[] = [], env: Record<string, string> = {}): Promise<{ url: string; pid: number; stop: () => Promise<void>; stderr: () => string }> {
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--json', ...args], { cwd, env: baseEnv(env), stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr!.on('data', (c) => { stderr += c })
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (c) => {
      out += c
      const line = out.split('\n')[0]
      if (out.includes('\n')) {
        try { resolve(JSON.parse(line).url) } catch { reject(new Error(`unexpected serve output: ${out}`)) }
      }
    })
    child.on('exit', (code) => reject(new Error(`capflight serve exited with ${code}: ${stderr}`)))
  })
  return {
    url,
    pid: child.pid!,
    stderr: () => stderr,
    // Resolves once the process is gone and its output read to the end ('close', not 'exit').
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null && child.stderr!.readableEnded) return resolve()
      child.once('close', () => resolve())
      child.kill('SIGTERM')
    })
  }
}
