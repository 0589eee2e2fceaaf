import semverValid from 'semver/functions/valid.js'
import { ConfigurationError } from './errors.js'

/**
 * Names that come from outside (a flag, a CI input, a config file, a device) and end up in a
 * store key. They are checked here, once, where they enter; the store layer refuses any key
 * part that is not a plain name as a second line of defence (see `isPlainKeyPart`).
 */
export type NameKind = 'channel' | 'appId' | 'version' | 'deviceId'

const PATTERNS: Record<Exclude<NameKind, 'version'>, { pattern: RegExp; max: number; hint: string }> = {
  channel: { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, max: 100, hint: 'letters, digits, dots, dashes and underscores, starting with a letter or digit (like beta or pr-12)' },
  appId: { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, max: 200, hint: 'letters, digits, dots, dashes and underscores, starting with a letter or digit (like com.example.app)' },
  deviceId: { pattern: /^[A-Za-z0-9][A-Za-z0-9._:-]*$/, max: 128, hint: 'letters, digits, dots, colons, dashes and underscores (capacitor-updater sends a UUID)' }
}

const LABELS: Record<NameKind, string> = { channel: 'Channel', appId: 'App id', version: 'Version', deviceId: 'Device id' }

/** What is wrong with `value` as a name of this kind, or undefined when it is fine. */
export function nameProblem(kind: NameKind, value: string, where = LABELS[kind]): string | undefined {
  const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)
  if (kind === 'version') {
    if (value.length > 128 || semverValid(value) !== value) return `${where} ${shown} is not a semantic version such as 1.4.3 or 1.5.0-beta.2.`
    return undefined
  }
  const rule = PATTERNS[kind]
  if (value.length === 0) return `${where} is empty: give ${rule.hint}.`
  if (value.length > rule.max || !rule.pattern.test(value)) return `${where} ${shown} may only hold ${rule.hint}, at most ${rule.max} characters.`
  return undefined
}

export function isValidName(kind: NameKind, value: unknown): value is string {
  return typeof value === 'string' && nameProblem(kind, value) === undefined
}

/** Checks several names at once and throws one ConfigurationError listing every problem. */
export function assertNames(names: Array<[NameKind, string | undefined, string?]>): void {
  const problems = names.flatMap(([kind, value, where]) => {
    const problem = value === undefined ? undefined : nameProblem(kind, value, where)
    return problem ? [problem] : []
  })
  if (problems.length) throw new ConfigurationError(problems)
}

/**
 * A store key part (a folder or file name below the store root) must be a plain name: no path
 * separators, no `.` or `..`, nothing that is not printable ASCII (`=` is allowed for Hive-style
 * partitions such as `day=2026-12-02`). Every backend checks this.
 */
export function isPlainKeyPart(part: string): boolean {
  return part.length > 0 && part.length <= 255 && part !== '.' && part !== '..' && /^[A-Za-z0-9._%+:=-]+$/.test(part)
}
