import * as tl from 'azure-pipelines-task-lib/task.js'
import type { Reporter } from '../../src/core/port.js'

/** The core's port on an Azure Pipelines agent: log lines, warnings as task issues, ##[group] sections, masking. */
export class AzureReporter implements Reporter {
  info(message: string): void { console.log(message) }
  warn(message: string): void { tl.warning(message) }
  debug(message: string): void { tl.debug(message) }
  async group<T>(name: string, run: () => Promise<T>): Promise<T> {
    console.log(`##[group]${name}`)
    try {
      return await run()
    } finally {
      console.log('##[endgroup]')
    }
  }
  /** The agent masks single lines only; a multi-line secret is masked through its lines (secretForms gives them). */
  setSecret(value: string): void {
    if (value && !/[\r\n]/.test(value)) tl.setSecret(value)
  }
}
