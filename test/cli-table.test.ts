/** The CLI's command table, in process: main() with in-memory streams, no bundle spawned. */
import { PassThrough } from 'node:stream'
import { main } from '../src/cli/main.js'
import { COMMANDS } from '../src/cli/commands.js'
import { tempDir, cleanupTemps } from './helpers/repo.js'

afterAll(cleanupTemps)

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out: string[] = []
  const err: string[] = []
  stdout.on('data', (c) => out.push(String(c)))
  stderr.on('data', (c) => err.push(String(c)))
  const code = await main(args, { cwd: tempDir(), env: {}, stdout, stderr })
  return { code, stdout: out.join(''), stderr: err.join('') }
}

describe('the command table', () => {
  test('every command has a handler or sub-commands (or both), and its own --help', async () => {
    for (const [name, command] of Object.entries(COMMANDS)) {
      expect(Boolean(command.run) || Boolean(command.actions)).toBe(true)
      const help = await cli([name, '--help'])
      expect(help.code).toBe(0)
      expect(help.stdout).toContain(`Usage: ${command.usage}`)
      for (const flag of Object.keys(command.options)) expect(help.stdout).toContain(`--${flag}`)
    }
  })

  test('a command\'s help lists only its own flags, described for that command', async () => {
    const rollout = await cli(['rollout', '--help'])
    expect(rollout.stdout).toMatch(/--percentage <value>\s+the new rollout percentage/)
    expect(rollout.stdout).toMatch(/--channel <value>\s+the channel whose rollout to change/)
    expect(rollout.stdout).not.toContain('--build-command')
    expect(rollout.stdout).not.toContain('--keep')
    const release = await cli(['release', '--help'])
    expect(release.stdout).toMatch(/--channel <value>\s+channel to use instead of the rule's/)
    expect(release.stdout).not.toContain('--percentage')
  })

  test('a flag of another command is bad usage that points at the command\'s help', async () => {
    const r = await cli(['status', '--keep', '3'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/Unknown option '--keep'.*capflight status --help/)
  })

  test('sub-commands: a missing or unknown one prints the usage; --help still works', async () => {
    for (const args of [['store'], ['store', 'compact'], ['device', 'move'], ['keys']]) {
      const r = await cli(args)
      expect(r.code).toBe(2)
      expect(r.stderr).toContain(`Usage: ${COMMANDS[args[0]].usage.split('\n')[0]}`)
    }
    expect((await cli(['store', '--help'])).code).toBe(0)
    expect((await cli(['store', 'gc', '--help'])).stdout).toContain('--min-age')
  })

  test('an unknown command lists the known ones; a prototype key is not a command', async () => {
    for (const name of ['deploy', 'constructor', '__proto__']) {
      const r = await cli([name])
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/Unknown command .*Commands: version, release, promote/)
    }
  })
})
