import path from 'node:path'
import { parseArgs } from 'node:util'
// The core's modules one by one (not its index): a run loads only what its command uses.
import { CapflightError, ConfigurationError, exitCodeOf, explainSystemError } from '../core/errors.js'
import type { Runtime } from '../core/port.js'
import { PRODUCT_VERSION } from '../core/product.js'
import { Redactor } from '../core/redact.js'
import { buildSettings, type SettingsFlags } from '../core/settings/settings.js'
import { COMMANDS, type CliIo, type Command, type CommandContext, type Values } from './commands.js'
import { COMMON, FLAG_HELP } from './flags.js'
import { CliReporter } from './reporter.js'

export type { CliIo } from './commands.js'

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length))
  return [
    'capflight — over-the-air live updates for Capacitor apps, from conventional commits to channels.',
    '',
    'Usage: capflight <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command takes --json, --cwd, --config, --store, --app-id and --help.',
    'Exit codes: 0 done (also unchanged/skipped), 1 failure, 2 bad usage or config, 3 native build needed.',
    'Run "capflight <command> --help" for its options.'
  ].join('\n')
}

/** A command's help: its usage, what it does, and its own flags (then the common ones). */
function commandHelp(command: Command): string {
  const options = { ...command.options, ...COMMON }
  const width = Math.max(...Object.keys(options).map((o) => o.length + 2))
  return [
    `Usage: ${command.usage}`,
    '',
    command.help,
    '',
    'Options:',
    ...Object.entries(options).map(([o, spec]) => `  --${o}${spec.type === 'string' ? ' <value>' : ''}`.padEnd(width + 12) + (command.flagHelp?.[o] ?? FLAG_HELP[o] ?? ''))
  ].join('\n')
}

function write(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`)
}

/** Environment variables capflight treats as secrets wherever it prints. */
const SECRET_ENV = ['CAPFLIGHT_PRIVATE_KEY', 'CAPFLIGHT_API_KEY', 'CAPGO_TOKEN', 'CAPFLIGHT_GITLAB_TOKEN', 'GITLAB_TOKEN', 'CI_JOB_TOKEN', 'CAPFLIGHT_ADMIN_TOKEN']

/** Secret values of this run: those in the environment and any passed as a flag. */
function secretsOf(env: Record<string, string | undefined>, args: string[]): string[] {
  const secrets = SECRET_ENV.map((key) => env[key]).filter((v): v is string => Boolean(v))
  args.forEach((arg, i) => {
    if (arg === '--api-key' && args[i + 1]) secrets.push(args[i + 1])
    else if (arg.startsWith('--api-key=')) secrets.push(arg.slice('--api-key='.length))
  })
  return secrets
}

/**
 * A string option's value may start with a dash (`--private-key "$(cat key.pem)"`: a PEM starts
 * with `-----BEGIN`); parseArgs would take it for an option, so it is joined as `--opt=value`.
 */
function joinDashValues(args: string[], options: Record<string, { type: string; short?: string }>): string[] {
  const out: string[] = []
  for (let i = 0; i < args.length; i++) {
    const name = /^--([^=]+)$/.exec(args[i])?.[1]
    const next = args[i + 1]
    const isOption = (arg: string) => /^--[^-]/.test(arg) ? Object.hasOwn(options, arg.slice(2).split('=')[0]) : Object.values(options).some((o) => o.short && arg === `-${o.short}`)
    if (name && options[name]?.type === 'string' && next !== undefined && next.startsWith('-') && !isOption(next)) {
      out.push(`--${name}=${next}`)
      i++
    } else {
      out.push(args[i])
    }
  }
  return out
}

/** Runs one CLI invocation and returns its exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    write(io.stdout, mainHelp())
    return name ? 0 : 2
  }
  if (name === '--version' || name === '-v') {
    write(io.stdout, PRODUCT_VERSION)
    return 0
  }
  const wantsJson = rest.includes('--json')
  // One redactor for the run: the secrets it is handed now and any the core registers later
  // (a private key read from a file) are masked in logs, results and errors alike.
  const redactor = new Redactor()
  for (const secret of secretsOf(io.env, rest)) redactor.add(secret)
  const fail = (raw: unknown): number => {
    const error = explainSystemError(raw)
    const code = exitCodeOf(error)
    const message = redactor.redact(error instanceof Error ? error.message : String(error))
    // The numbers behind a refusal (a health gate's verdict) go with it, for a CI job to read.
    const details = error instanceof CapflightError && Object.keys(error.details).length ? { details: error.details } : {}
    if (wantsJson) write(io.stdout, redactor.redact(JSON.stringify({ status: 'failed', error: message, exitCode: code, ...(error instanceof CapflightError ? { kind: error.name } : {}), ...details })))
    write(io.stderr, `error: ${message}`)
    if (!(error instanceof CapflightError) && error instanceof Error && error.stack) write(io.stderr, redactor.redact(error.stack))
    return code
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!command) return fail(new ConfigurationError([`Unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}. Run "capflight --help".`]))

  const asksHelp = rest.includes('--help') || rest.includes('-h')
  let args = rest
  let run = command.run
  if (command.actions) {
    // A command may have both: `rollout --percentage 25` and `rollout advance`.
    const action = rest[0]
    const chosen = action !== undefined && Object.hasOwn(command.actions, action) ? command.actions[action] : undefined
    if (chosen) {
      run = chosen
      args = rest.slice(1)
    } else if (!command.run && !asksHelp) {
      return fail(new ConfigurationError([`Usage: ${command.usage.replace(/\n\s*/g, ' | ')}`]))
    }
  }
  let values: Values
  const options = { ...command.options, ...COMMON }
  try {
    values = parseArgs({ args: joinDashValues(args, options), options, allowPositionals: false, strict: true }).values
  } catch (error) {
    return fail(new ConfigurationError([`${(error as Error).message}. Run "capflight ${name} --help" for its options.`]))
  }
  if (values.help || !run) {
    write(io.stdout, commandHelp(command))
    return 0
  }
  // A live bar only on a terminal: CI logs (CI=true everywhere) get percentage lines.
  const live = (io.stderr as { isTTY?: boolean }).isTTY === true && !io.env.CI
  const reporter = new CliReporter(io.stderr, Boolean(values.verbose), live, redactor)
  const cwd = path.resolve(io.cwd, typeof values.cwd === 'string' ? values.cwd : '.')
  const runtime: Runtime = { cwd, env: io.env, reporter, now: io.now ?? (() => new Date()) }
  const context: CommandContext = {
    values, io, cwd, runtime, reporter,
    print: (value, human) => write(io.stdout, reporter.redact(values.json ? JSON.stringify(value) : human)),
    settings: (options) => buildSettings(values as SettingsFlags, io.env, cwd, { appId: options?.appId ?? true })
  }
  try {
    return await run(context)
  } catch (error) {
    return fail(error)
  }
}
