import * as core from '@actions/core'
import { Redactor, type Reporter } from '../src/core/index.js'

/**
 * The core's port on GitHub Actions: log lines, warning annotations, groups, masking. Secrets
 * are registered with the runner (::add-mask::) and also redacted here, before anything is printed.
 */
export class ActionsReporter implements Reporter {
  readonly warnings: string[] = []
  private readonly redactor = new Redactor()
  redact(text: string): string { return this.redactor.redact(text) }
  info(message: string): void { core.info(this.redact(message)) }
  warn(message: string): void {
    this.warnings.push(this.redact(message))
    core.warning(this.redact(message))
  }
  debug(message: string): void { core.debug(this.redact(message)) }
  /** The runner drops debug lines unless step debug logging is on. */
  get verbose(): boolean { return core.isDebug() }
  group<T>(name: string, run: () => Promise<T>): Promise<T> { return core.group(this.redact(name), run) }
  setSecret(value: string): void {
    for (const form of this.redactor.add(value)) core.setSecret(form)
  }
}
