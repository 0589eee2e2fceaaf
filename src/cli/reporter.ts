import type { ProgressUpdate, Reporter } from '../core/port.js'
import { formatAmount, percent } from '../core/progress.js'
import { Redactor } from '../core/redact.js'

const BAR_WIDTH = 24
/** Redraws a live bar at most this often. */
const REDRAW_MS = 100

/** Logs go to stderr so stdout carries only the result (or the JSON object). */
export class CliReporter implements Reporter {
  /** The bar currently drawn on the last line, if any. */
  private bar?: { label: string; drawnAt: number; text: string }
  readonly progress?: (update: ProgressUpdate) => void

  /** `live`: stderr is a terminal (and not a CI log), so progress is a bar redrawn in place. */
  constructor(private readonly stream: NodeJS.WritableStream, readonly verbose = false, live = false, private readonly redactor = new Redactor()) {
    if (live) this.progress = (update) => this.draw(update)
  }

  redact(text: string): string {
    return this.redactor.redact(text)
  }

  /** A log line goes above the bar, and the bar is drawn again below it: a retry never hides the transfer. */
  private line(text: string): void {
    if (!this.bar) {
      this.stream.write(`${text}\n`)
      return
    }
    this.stream.write(`\r\x1b[2K${text}\n${this.bar.text}`)
  }

  info(message: string): void { this.line(this.redact(message)) }
  warn(message: string): void { this.line(`warning: ${this.redact(message)}`) }
  debug(message: string): void { if (this.verbose) this.line(`debug: ${this.redact(message)}`) }

  async group<T>(name: string, run: () => Promise<T>): Promise<T> {
    this.line(`▸ ${this.redact(name)}`)
    return run()
  }

  setSecret(value: string): void {
    this.redactor.add(value)
  }

  private draw({ label, done, total, unit }: ProgressUpdate): void {
    const end = done >= total
    const now = Date.now()
    if (!end && this.bar?.label === label && now - this.bar.drawnAt < REDRAW_MS) return
    const filled = Math.round((Math.min(done, total) / Math.max(total, 1)) * BAR_WIDTH)
    const text = `${this.redact(label)} [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(percent(done, total)).padStart(3)}% ${formatAmount(done, total, unit)}`
    // \r and erase-line: the bar is redrawn in place; another transfer's bar starts on its own line.
    if (this.bar && this.bar.label !== label) this.stream.write('\n')
    this.stream.write(`\r\x1b[2K${text}`)
    this.bar = { label, drawnAt: now, text }
    if (end) {
      this.stream.write('\n')
      this.bar = undefined
    }
  }
}
