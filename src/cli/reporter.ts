import type { Reporter } from '../core/port.js'

/** Logs go to stderr so stdout carries only the result (or the JSON object). */
export class CliReporter implements Reporter {
  private readonly secrets = new Set<string>()
  constructor(private readonly stream: NodeJS.WritableStream, private readonly verbose = false) {}

  redact(text: string): string {
    let out = text
    for (const s of this.secrets) out = out.split(s).join('***')
    return out
  }

  info(message: string): void { this.stream.write(`${this.redact(message)}\n`) }
  warn(message: string): void { this.stream.write(`warning: ${this.redact(message)}\n`) }
  debug(message: string): void { if (this.verbose) this.stream.write(`debug: ${this.redact(message)}\n`) }

  async group<T>(name: string, run: () => Promise<T>): Promise<T> {
    this.stream.write(`▸ ${this.redact(name)}\n`)
    return run()
  }

  setSecret(value: string): void {
    if (!value) return
    this.secrets.add(value)
    this.secrets.add(Buffer.from(value).toString('base64'))
    this.secrets.add(encodeURIComponent(value))
  }
}
