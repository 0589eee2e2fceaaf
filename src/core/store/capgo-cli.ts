import { spawn } from 'node:child_process'
import { StoreError } from '../errors.js'

/** The Capgo CLI release capflight is tested with; `npx` fetches exactly this one. */
export const CAPGO_CLI_VERSION = '8.68.1'

export interface CapgoCliOptions {
  /** A local Capgo CLI entry script (CAPFLIGHT_CAPGO_CLI); otherwise npx runs the pinned release. */
  entry?: string
  cwd: string
  env: Record<string, string | undefined>
  apiKey: string
  args: string[]
  onOutput?: (line: string) => void
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g

/** The Capgo CLI's lines without colours and the box-drawing gutter. */
export function cleanCapgoLine(line: string): string {
  return line.replace(ANSI, '').replace(/^[│┌└◇●■▲◆\s]+/u, '').trim()
}

/** Turns what a failed Capgo CLI printed into an error that says what to do. */
export function explainCapgoFailure(output: string[], code: number | null, appId: string): StoreError {
  const errors = output.filter((l) => /^(■|\u001b\[[0-9;]*m■)/u.test(l.replace(ANSI, '').replace(/^│\s*/, ''))).map(cleanCapgoLine)
  const lines = output.map(cleanCapgoLine).filter(Boolean)
  const said = (errors.length ? errors : lines.slice(-5)).filter((l, i, all) => all.indexOf(l) === i).join(' / ')
  const text = lines.join('\n')
  if (/invalid api ?key|cannot check 2fa compliance|invalid apikey|apikey.*(not found|invalid)/i.test(text)) {
    return new StoreError(`Capgo rejected the API key. Check CAPFLIGHT_API_KEY (or the api-key input); keys are listed at https://console.capgo.app/dashboard/apikeys. Capgo said: ${said}`)
  }
  if (/Bundle uploaded/.test(text)) {
    return new StoreError(`Capgo stored the bundle but the channel move failed. Run the release again: capflight finds the uploaded bundle and moves the channel (if it keeps failing, check that the key may set channels: "all" mode). Capgo said: ${said}`)
  }
  if (/permission app\.upload_bundle|required RBAC permission|not allowed to upload|mode.*(read)/i.test(text)) {
    return new StoreError(`This Capgo API key may not upload bundles for ${appId}. Use a key in "all" or "upload" mode that covers the app. Capgo said: ${said}`)
  }
  if (/does not exist, run first .*app add/i.test(text)) {
    return new StoreError(`App ${appId} does not exist in Capgo. Add it with "npx @capgo/cli app add ${appId}", or fix appId. Capgo said: ${said}`)
  }
  return new StoreError(`The Capgo CLI failed (exit ${code ?? 'signal'}): ${said || 'no output'}. Nothing was moved; fix the cause and run the release again.`)
}

/** Runs the Capgo CLI; its output goes to `onOutput`, a failure becomes a StoreError. */
export function runCapgoCli(options: CapgoCliOptions): Promise<string[]> {
  const [command, args] = options.entry
    ? [process.execPath, [options.entry, ...options.args]]
    : ['npx', ['--yes', `@capgo/cli@${CAPGO_CLI_VERSION}`, ...options.args]]
  const appId = options.args[2] ?? ''
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      // The key travels in the environment the Capgo CLI reads, not on a command line others can see.
      env: { ...options.env, CAPGO_TOKEN: options.apiKey, CI: options.env.CI ?? 'true', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const output: string[] = []
    const collect = (chunk: Buffer, rest: { text: string }) => {
      rest.text += chunk.toString('utf8')
      const lines = rest.text.split(/\r?\n/)
      rest.text = lines.pop()!
      for (const line of lines) {
        output.push(line)
        const clean = cleanCapgoLine(line)
        if (clean) options.onOutput?.(`capgo: ${clean}`)
      }
    }
    const out = { text: '' }
    const err = { text: '' }
    child.stdout.on('data', (c: Buffer) => collect(c, out))
    child.stderr.on('data', (c: Buffer) => collect(c, err))
    child.on('error', (error) => reject(new StoreError(`Could not start the Capgo CLI (${command}): ${error.message}. Install Node.js with npx, or point CAPFLIGHT_CAPGO_CLI at a Capgo CLI ${CAPGO_CLI_VERSION} entry script.`)))
    child.on('close', (code) => {
      for (const rest of [out, err]) if (rest.text) output.push(rest.text)
      if (code === 0) resolve(output)
      else reject(explainCapgoFailure(output, code, appId))
    })
  })
}
