import type { ProgressUpdate, Runtime } from './port.js'

/** Seconds between percentage lines in logs that are not a terminal. */
const LINE_EVERY_MS = 3_000

/** `done` of `total` in the transfer's unit: "9.0 of 20.0 MB", "120 of 2700 files". */
export function formatAmount(done: number, total: number, unit: ProgressUpdate['unit']): string {
  return unit === 'bytes' ? `${(done / 1e6).toFixed(1)} of ${(total / 1e6).toFixed(1)} MB` : `${done} of ${total} files`
}

export function percent(done: number, total: number): number {
  return total > 0 ? Math.floor((done / total) * 100) : 100
}

/** Starts showing one transfer; the result is told how much is done so far. */
export type StartProgress = (label: string, total: number, unit: ProgressUpdate['unit']) => (done: number) => void

/**
 * Progress as the reporter can show it: its live bar when it has one, else a line
 * every few seconds and one at the end.
 */
export function progressFor({ reporter, now: clock }: Pick<Runtime, 'reporter' | 'now'>): StartProgress {
  const now = () => clock().getTime()
  return (label, total, unit) => {
    if (reporter.progress) return (done) => reporter.progress!({ label, done, total, unit })
    let last = now()
    let finished = false
    return (done) => {
      if (finished) return
      const end = done >= total
      if (!end && now() - last < LINE_EVERY_MS) return
      last = now()
      finished = end
      reporter.info(`${label}: ${percent(done, total)}% (${formatAmount(done, total, unit)})`)
    }
  }
}
