import { execFile } from 'node:child_process'
import { PassThrough } from 'node:stream'
import { CliReporter } from '../src/cli/reporter.js'
import { MemoryReporter } from '../src/core/port.js'
import { progressFor } from '../src/core/progress.js'
import { baseEnv, cleanupTemps, CLI, exampleRepo } from './helpers/repo.js'

afterAll(cleanupTemps)

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough()
  const chunks: Buffer[] = []
  stream.on('data', (c: Buffer) => chunks.push(c))
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') }
}

describe('progress in logs that are not a terminal', () => {
  test('a percentage line every few seconds and one at the end, nothing in between', () => {
    const reporter = new MemoryReporter()
    let clock = 0
    const progress = progressFor({ reporter, now: () => new Date(clock) })('Uploading bundle.zip', 20_000_000, 'bytes')
    for (const [at, done] of [[500, 1_000_000], [3_100, 5_000_000], [3_500, 6_000_000], [6_200, 12_000_000], [6_300, 20_000_000], [6_400, 20_000_000]]) {
      clock = at
      progress(done)
    }
    expect(reporter.lines).toEqual([
      'Uploading bundle.zip: 25% (5.0 of 20.0 MB)',
      'Uploading bundle.zip: 60% (12.0 of 20.0 MB)',
      'Uploading bundle.zip: 100% (20.0 of 20.0 MB)'
    ])
  })

  test('counts files too', () => {
    const reporter = new MemoryReporter()
    const progress = progressFor({ reporter, now: () => new Date(0) })('Storing files', 3, 'files')
    for (const n of [1, 2, 3]) progress(n)
    expect(reporter.lines).toEqual(['Storing files: 100% (3 of 3 files)'])
  })
})

describe('progress on a terminal', () => {
  test('one bar redrawn in place, closed at 100%; a log line (a retry) goes above the bar, which stays', () => {
    const out = capture()
    const reporter = new CliReporter(out.stream, false, true)
    const progress = progressFor({ reporter, now: () => new Date() })('Uploading bundle.zip', 4_000_000, 'bytes')
    progress(1_000_000)
    reporter.info('a retry line')
    progress(4_000_000)
    expect(out.text()).toBe([
      '\r\x1b[2KUploading bundle.zip [######------------------]  25% 1.0 of 4.0 MB',
      // The line takes the bar's place; the bar is drawn again under it.
      '\r\x1b[2Ka retry line\n',
      'Uploading bundle.zip [######------------------]  25% 1.0 of 4.0 MB',
      '\r\x1b[2KUploading bundle.zip [########################] 100% 4.0 of 4.0 MB\n'
    ].join(''))
  })

  test('without a terminal the CLI reporter has no bar: progress falls back to lines', () => {
    expect(new CliReporter(capture().stream, false, false).progress).toBeUndefined()
  })

  /** Runs the bundled CLI with stderr on a pseudo-terminal (util-linux `script`), as in a developer's shell. */
  const onTerminal = (cwd: string, env: Record<string, string>) => new Promise<string>((resolve, reject) => {
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} release`
    execFile('script', ['-qefc', command, '/dev/null'], { cwd, env: baseEnv({ TERM: 'xterm', ...env }) }, (error, stdout) => error ? reject(error) : resolve(stdout))
  })

  test('capflight release draws a bar on a terminal and prints lines when CI is set', async () => {
    const repo = exampleRepo()
    const live = await onTerminal(repo.dir, {})
    expect(live).toMatch(/\r\x1b\[2KStoring files \[#{24}\] 100% (\d+) of \1 files/)
    repo.commit('fix: next')
    const ci = await onTerminal(repo.dir, { CI: 'true' })
    expect(ci).not.toContain('\x1b[2K')
    expect(ci).toMatch(/Storing files: 100% \((\d+) of \1 files\)/)
  })
})
