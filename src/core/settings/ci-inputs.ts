import { nameProblem, type NameKind } from '../names.js'
import type { SettingsFlags } from './settings.js'

/** What a CI wrapper's `command` input may be. */
export const CI_COMMANDS = ['release', 'promote', 'rollback', 'status', 'rollout-advance'] as const
export type CiCommand = typeof CI_COMMANDS[number]

/** The inputs every CI wrapper shares (DESIGN §8), by their kebab-case names. */
export type CiInputName = 'command' | 'channel' | 'from' | 'to' | 'version' | 'app-id' | 'web-dir' | 'build-command' | 'store' | 'config' | 'dry-run' | 'allow-native-change' | 'rollout' | 'private-key' | 'api-key' | 'require-healthy'

/**
 * Reads the shared inputs through a wrapper's own accessors and turns them into settings
 * flags, collecting problems; `label` names an input as that CI shows it (e.g. camelCase).
 */
export function readCiInputs(
  text: (name: CiInputName) => string,
  bool: (name: CiInputName, fallback: boolean) => boolean,
  label: (name: CiInputName) => string,
  problems: string[]
): { command: CiCommand; channel?: string; from?: string; to?: string; version?: string; requireHealthy: boolean; flags: SettingsFlags } {
  const command = (text('command') || 'release') as CiCommand
  if (!CI_COMMANDS.includes(command)) problems.push(`Input "${label('command')}" must be one of ${CI_COMMANDS.join(', ')}, got "${command}".`)
  const channel = text('channel') || undefined
  const from = text('from') || undefined
  const to = text('to') || undefined
  const version = text('version') || undefined
  // Names from inputs are checked here, before anything runs (a dispatch form is free text).
  const names: Array<[NameKind, string | undefined, CiInputName]> = [
    ['channel', channel, 'channel'], ['channel', from, 'from'], ['version', version, 'version'],
    [command === 'rollback' ? 'version' : 'channel', to, 'to']
  ]
  for (const [kind, value, input] of names) {
    const problem = value === undefined ? undefined : nameProblem(kind, value, `Input "${label(input)}"`)
    if (problem) problems.push(problem)
  }
  if (command === 'promote' && !to) problems.push(`command: promote needs the "${label('to')}" input (the target channel), and "${label('from')}" (a channel) or "${label('version')}".`)
  if (command === 'promote' && !from && !version) problems.push(`command: promote needs the "${label('from')}" input (the channel to promote from) or "${label('version')}".`)
  if (command === 'rollback' && !channel) problems.push(`command: rollback needs the "${label('channel')}" input (the channel to roll back).`)
  if (command === 'rollout-advance' && !channel) problems.push(`command: rollout-advance needs the "${label('channel')}" input (the channel whose rollout to judge).`)
  const requireHealthy = bool('require-healthy', false)
  if (requireHealthy && command !== 'promote') problems.push(`Input "${label('require-healthy')}" applies to command: promote only.`)
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
    'private-key': text('private-key') || undefined,
    'api-key': text('api-key') || undefined
  }
  return { command, channel, from, to, version, requireHealthy, flags }
}
