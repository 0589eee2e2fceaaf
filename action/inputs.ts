import * as core from '@actions/core'
import { ConfigurationError } from '../src/core/errors.js'
import type { SettingsFlags } from '../src/core/settings/settings.js'
import { secretForms } from '../src/core/crypto/signer.js'

export type Command = 'release' | 'promote' | 'rollback' | 'status'
const COMMANDS: Command[] = ['release', 'promote', 'rollback', 'status']

/** Everything the action was asked to do, read and validated in one place. */
export interface ActionInputs {
  command: Command
  flags: SettingsFlags
  workingDirectory: string
  from?: string
  to?: string
  version?: string
  channel?: string
  githubToken: string
  githubRelease: boolean
  prComment: boolean
  install: 'auto' | 'true' | 'false'
}

/**
 * Reads every input, masks the secret ones first, and collects all problems
 * before failing, each saying how to fix it.
 */
export function getInputs(): ActionInputs {
  const problems: string[] = []
  const text = (name: string) => core.getInput(name)
  for (const secret of ['api-key', 'private-key', 'github-token']) {
    const value = text(secret)
    if (value) for (const form of secretForms(value)) core.setSecret(form)
  }
  const bool = (name: string, fallback: boolean): boolean => {
    const value = text(name)
    if (value === '') return fallback
    if (/^(true|True|TRUE)$/.test(value)) return true
    if (/^(false|False|FALSE)$/.test(value)) return false
    problems.push(`Input "${name}" must be true or false, got "${value}".`)
    return fallback
  }

  const command = (text('command') || 'release') as Command
  if (!COMMANDS.includes(command)) problems.push(`Input "command" must be one of ${COMMANDS.join(', ')}, got "${command}".`)
  const from = text('from') || undefined
  const to = text('to') || undefined
  const channel = text('channel') || undefined
  if (command === 'promote' && !to) problems.push('command: promote needs the "to" input (the target channel), and "from" (a channel) or "version".')
  if (command === 'promote' && !from && !text('version')) problems.push('command: promote needs the "from" input (the channel to promote from) or "version".')
  if (command === 'rollback' && !channel) problems.push('command: rollback needs the "channel" input (the channel to roll back).')
  const install = text('install') || 'auto'
  if (!['auto', 'true', 'false'].includes(install)) problems.push(`Input "install" must be auto, true or false, got "${install}".`)

  const flags: SettingsFlags = {
    'app-id': text('app-id') || undefined,
    'web-dir': text('web-dir') || undefined,
    'build-command': text('build-command') || undefined,
    store: text('store') || undefined,
    config: text('config') || undefined,
    'dry-run': bool('dry-run', false),
    'allow-native-change': bool('allow-native-change', false),
    channel: command === 'release' ? channel : undefined,
    rollout: command === 'release' ? text('rollout') || undefined : undefined,
    'private-key': text('private-key') || undefined
  }
  const inputs: ActionInputs = {
    command,
    flags,
    workingDirectory: text('working-directory') || '.',
    from,
    to,
    version: text('version') || undefined,
    channel,
    githubToken: text('github-token'),
    githubRelease: bool('github-release', true),
    prComment: bool('pr-comment', true),
    install: install as ActionInputs['install']
  }
  if (problems.length) throw new ConfigurationError(problems)
  return inputs
}
