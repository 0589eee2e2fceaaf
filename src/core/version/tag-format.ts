import semverValid from 'semver/functions/valid.js'
import { ConfigurationError } from '../errors.js'

const PLACEHOLDER = '${version}'
/** SemVer 2.0's own grammar: no `v`, no leading zeros, nothing around it (`vv1.5.0` is no release). */
const STRICT_SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/

/** Turns tags into versions and back for one `tagFormat` such as `v${version}`. */
export class TagFormat {
  private readonly pattern: RegExp

  constructor(readonly format: string) {
    const problem = TagFormat.validate(format)
    if (problem) throw new ConfigurationError([problem])
    const [prefix, suffix] = format.split(PLACEHOLDER)
    this.pattern = new RegExp(`^${escape(prefix)}(.+)${escape(suffix)}$`)
  }

  /** Returns a sentence saying what is wrong with a tagFormat, or undefined when it is usable. */
  static validate(format: string): string | undefined {
    const count = format.split(PLACEHOLDER).length - 1
    if (count !== 1) {
      return `Invalid tagFormat "${format}": it must contain \${version} exactly once, for example "v\${version}" or "app-\${version}".`
    }
    if (/[\s~^:?*[\\]/.test(format.replace(PLACEHOLDER, ''))) {
      return `Invalid tagFormat "${format}": git tag names cannot contain spaces or any of ~ ^ : ? * [ \\. Use something like "v\${version}".`
    }
    return undefined
  }

  tag(version: string): string {
    return this.format.replace(PLACEHOLDER, version)
  }

  /** The semver a tag stands for, or undefined when the tag does not follow the format. */
  version(tag: string): string | undefined {
    const m = this.pattern.exec(tag)
    if (!m || !STRICT_SEMVER.test(m[1])) return undefined
    return semverValid(m[1]) ?? undefined
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
