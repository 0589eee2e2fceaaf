import { spawn } from 'node:child_process'
import { BuildError } from '../errors.js'
import type { Reporter } from '../port.js'

const TAIL_LINES = 40

/** Runs the build command through the shell, streaming its output to the reporter. */
export function runBuild(command: string, cwd: string, env: Record<string, string | undefined>, reporter: Reporter): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, { cwd, env: env as NodeJS.ProcessEnv, shell: true, stdio: ['ignore', 'pipe', 'pipe'] })
    const tail: string[] = []
    let partial = ''
    const onData = (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n')
      partial = lines.pop() ?? ''
      for (const line of lines) {
        reporter.info(line)
        tail.push(line)
        if (tail.length > TAIL_LINES) tail.shift()
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('error', (error) => reject(new BuildError(`Could not start build command "${command}": ${error.message}`)))
    child.on('close', (code, signal) => {
      if (partial) {
        reporter.info(partial)
        tail.push(partial)
      }
      if (code === 0) resolve()
      else {
        reject(new BuildError(
          `Build command "${command}" failed (${signal ? `killed by ${signal}` : `exit code ${code}`}). Fix the build, or pass --no-build if the web directory is already built. Last output:\n${tail.join('\n')}`,
          { output: tail.join('\n') }
        ))
      }
    })
  })
}
