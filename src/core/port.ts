/**
 * The one port every wrapper implements: how the core talks to the outside
 * (log lines, warnings that become annotations, grouping, secret masking).
 */
export interface Reporter {
  info(message: string): void
  warn(message: string): void
  debug(message: string): void
  /** False when debug lines go nowhere, so callers skip building the costly ones (one per commit). */
  readonly verbose?: boolean
  /** Starts a collapsible section in CI logs; `end` closes it. */
  group<T>(name: string, run: () => Promise<T>): Promise<T>
  /** Registers a secret that must never appear in logs, in any of its forms (base64, URL-encoded, line by line). */
  setSecret(value: string): void
  /**
   * Draws a live progress bar for a long transfer (a terminal). Reporters without it get a
   * percentage line every few seconds instead, which is what CI logs want.
   */
  progress?(update: ProgressUpdate): void
}

/** How far one long transfer has come. */
export interface ProgressUpdate {
  label: string
  done: number
  total: number
  unit: 'bytes' | 'files'
}

/** A reporter that records everything; handy for library use and tests. */
export class MemoryReporter implements Reporter {
  readonly lines: string[] = []
  readonly warnings: string[] = []
  info(message: string): void { this.lines.push(message) }
  warn(message: string): void { this.warnings.push(message) }
  readonly verbose = false
  debug(): void {}
  async group<T>(_name: string, run: () => Promise<T>): Promise<T> { return run() }
  setSecret(): void {}
}

/** Ambient state the core receives instead of reading globals. */
export interface Runtime {
  cwd: string
  env: Record<string, string | undefined>
  reporter: Reporter
  now: () => Date
}
