import * as tl from 'azure-pipelines-task-lib/task.js'
import { Redactor, type Reporter } from '../../src/core/index.js'

/**
 * The core's port on an Azure Pipelines agent: log lines, warnings as task issues, ##[group]
 * sections, masking. Secrets are registered with the agent and also redacted here.
 */
export class AzureReporter implements Reporter {
  private readonly redactor = new Redactor()
  redact(text: string): string { return this.redactor.redact(text) }
  info(message: string): void { console.log(this.redact(message)) }
  warn(message: string): void { tl.warning(this.redact(message)) }
  debug(message: string): void { tl.debug(this.redact(message)) }
  async group<T>(name: string, run: () => Promise<T>): Promise<T> {
    console.log(`##[group]${this.redact(name)}`)
    try {
      return await run()
    } finally {
      console.log('##[endgroup]')
    }
  }
  /** The agent masks single lines only; a multi-line secret is masked through its lines (its forms give them). */
  setSecret(value: string): void {
    for (const form of this.redactor.add(value)) if (!/[\r\n]/.test(form)) tl.setSecret(form)
  }
}
