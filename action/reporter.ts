import * as core from '@actions/core'
import type { Reporter } from '../src/core/port.js'

/** The core's port on GitHub Actions: log lines, warning annotations, groups, masking. */
export class ActionsReporter implements Reporter {
  readonly warnings: string[] = []
  info(message: string): void { core.info(message) }
  warn(message: string): void {
    this.warnings.push(message)
    core.warning(message)
  }
  debug(message: string): void { core.debug(message) }
  group<T>(name: string, run: () => Promise<T>): Promise<T> { return core.group(name, run) }
  setSecret(value: string): void { if (value) core.setSecret(value) }
}
