/**
 * The one CI runner in process, with a recording port: what every wrapper gets from it (outputs,
 * summary, failures with exit codes, integrations only after a channel moved). Real git and the
 * local store; the wrappers themselves are driven by their platforms' environments in
 * action.test.ts, local-action.test.ts, azure-task.test.ts and azure-mock-runner.test.ts.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { MemoryReporter } from '../src/core/port.js'
import { runCi, type CiPort, type CiRequest, type Problem } from '../src/core/runner/ci-runner.js'
import type { ReleaseResult } from '../src/core/release/release.js'
import { baseEnv, cleanupTemps, exampleRepo } from './helpers/repo.js'

afterAll(cleanupTemps)

class RecordingPort implements CiPort {
  readonly reporter = Object.assign(new MemoryReporter(), { redact: (t: string) => t })
  readonly outputs: Record<string, string> = {}
  readonly summaries: string[] = []
  readonly integrated: ReleaseResult[] = []
  failed?: { message: string; exitCode: number; problems: Problem[] }
  succeeded?: string
  output(name: string, value: string): void { this.outputs[name] = value }
  async summary(markdown: string): Promise<void> { this.summaries.push(markdown) }
  fail(message: string, exitCode: number, problems: Problem[]): void { this.failed = { message, exitCode, problems } }
  succeed(message: string): void { this.succeeded = message }
  async integrate(result: ReleaseResult): Promise<void> { this.integrated.push(result) }
}

function request(cwd: string, extra: Partial<CiRequest> = {}): CiRequest {
  return { command: 'release', flags: {}, cwd, env: baseEnv({ GITHUB_ACTIONS: 'true', GITHUB_REF: 'refs/heads/main', GITHUB_REPOSITORY: 'acme/app' }), ...extra }
}

describe('runCi', () => {
  test('a release sets every output, writes the summary with the channel history, then integrates', async () => {
    const repo = exampleRepo()
    const port = new RecordingPort()
    await runCi(port, request(repo.dir))
    expect(port.failed).toBeUndefined()
    expect(Object.keys(port.outputs).sort()).toEqual(['bundle-url', 'changelog', 'channel', 'checksum', 'previous-version', 'release-type', 'size', 'status', 'version'])
    expect(port.outputs).toMatchObject({ status: 'released', channel: 'development', version: '1.1.0-dev.1', 'previous-version': '', 'release-type': 'ota' })
    expect(port.summaries[0]).toMatch(/## capflight live update[\s\S]*https:\/\/github.com\/acme\/app\/commit\/[0-9a-f]{40}[\s\S]*```mermaid/)
    expect(port.integrated.map((r) => r.version)).toEqual(['1.1.0-dev.1'])
    expect(port.succeeded).toMatch(/Released 1.1.0-dev.1 to development/)
  })

  test('a dry run and a skipped run integrate nothing', async () => {
    const repo = exampleRepo()
    const dry = new RecordingPort()
    await runCi(dry, request(repo.dir, { flags: { 'dry-run': true } }))
    expect([dry.outputs.status, dry.integrated.length]).toEqual(['dry-run', 0])
    const skipped = new RecordingPort()
    await runCi(skipped, request(repo.dir, { env: baseEnv({ GITHUB_ACTIONS: 'true', GITHUB_REF: 'refs/heads/feature/x' }) }))
    expect([skipped.outputs.status, skipped.integrated.length, skipped.failed]).toEqual(['skipped', 0, undefined])
  })

  test('bad configuration fails with exit 2, each problem with its file and line', async () => {
    const repo = exampleRepo()
    writeFileSync(path.join(repo.dir, 'capflight.config.json'), '{\n  "webDir": "www",\n  "exclude": "*.map"\n}\n')
    const port = new RecordingPort()
    await runCi(port, request(repo.dir))
    expect(port.failed?.exitCode).toBe(2)
    expect(port.failed?.problems).toEqual([{ message: expect.stringMatching(/"exclude" must be an array/), location: { file: path.join(repo.dir, 'capflight.config.json'), line: 3 } }])
    expect(port.outputs).toEqual({})
  })

  test('native code that changed fails with exit 3 after the outputs are set, integrating nothing', async () => {
    const repo = exampleRepo()
    await runCi(new RecordingPort(), request(repo.dir))
    repo.write('android/app/src/main/java/Plugin.java', 'class Plugin {}')
    repo.commit('feat: a native plugin')
    const port = new RecordingPort()
    await runCi(port, request(repo.dir))
    expect(port.outputs).toMatchObject({ status: 'native-required', 'release-type': 'native' })
    expect([port.failed?.exitCode, port.integrated.length, port.succeeded]).toEqual([3, 0, undefined])
  })

  test('status sets the channel outputs and writes the channel table', async () => {
    const repo = exampleRepo()
    await runCi(new RecordingPort(), request(repo.dir))
    const port = new RecordingPort()
    await runCi(port, request(repo.dir, { command: 'status', channel: 'development' }))
    expect(port.outputs).toMatchObject({ channel: 'development', version: '1.1.0-dev.1' })
    expect(port.summaries[0]).toMatch(/## capflight channels[\s\S]*\| `development` \| 1.1.0-dev.1 \|/)
  })
})
