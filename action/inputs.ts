import * as core from '@actions/core'
import { ConfigurationError, readCiInputs, type CiCommand, type Reporter, type SettingsFlags } from '../src/core/index.js'

export type Command = CiCommand

/** Everything the action was asked to do, read and validated in one place. */
export interface ActionInputs {
  command: Command
  flags: SettingsFlags
  workingDirectory: string
  from?: string
  to?: string
  version?: string
  channel?: string
  requireHealthy: boolean
  githubToken: string
  githubRelease: boolean
  prComment: boolean
  install: 'auto' | 'true' | 'false'
  compressionCache: boolean
}

/**
 * Reads every input, masks the secret ones first, and collects all problems
 * before failing, each saying how to fix it.
 */
export function getInputs(reporter: Reporter): ActionInputs {
  const problems: string[] = []
  const text = (name: string) => core.getInput(name)
  for (const secret of ['api-key', 'private-key', 'github-token']) {
    const value = text(secret)
    reporter.setSecret(value)
  }
  const bool = (name: string, fallback: boolean): boolean => {
    const value = text(name)
    if (value === '') return fallback
    if (/^(true|True|TRUE)$/.test(value)) return true
    if (/^(false|False|FALSE)$/.test(value)) return false
    problems.push(`Input "${name}" must be true or false, got "${value}".`)
    return fallback
  }

  const shared = readCiInputs((name) => text(name), (name, fallback) => bool(name, fallback), (name) => name, problems)
  const install = text('install') || 'auto'
  if (!['auto', 'true', 'false'].includes(install)) problems.push(`Input "install" must be auto, true or false, got "${install}".`)
  const inputs: ActionInputs = {
    command: shared.command,
    flags: shared.flags,
    workingDirectory: text('working-directory') || '.',
    from: shared.from,
    to: shared.to,
    version: shared.version,
    channel: shared.channel,
    requireHealthy: shared.requireHealthy,
    githubToken: text('github-token'),
    githubRelease: bool('github-release', true),
    prComment: bool('pr-comment', true),
    install: install as ActionInputs['install'],
    compressionCache: bool('compression-cache', true)
  }
  if (problems.length) throw new ConfigurationError(problems)
  return inputs
}
