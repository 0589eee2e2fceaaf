import { createHash, timingSafeEqual } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { ConfigurationError } from '../errors.js'

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/
const digest = (value: string) => createHash('sha256').update(value).digest()

/**
 * The admin API's bearer tokens, each with a name the audit log records. Tokens are kept only as
 * SHA-256 digests and compared in constant time, every one of them on every request, so neither
 * the answer's timing nor a log can give a token away.
 */
export class AdminTokens {
  private readonly digests: Array<{ name: string; digest: Buffer }>

  private constructor(entries: Array<[string, string]>) {
    this.digests = entries.map(([name, token]) => ({ name, digest: digest(token) }))
  }

  /**
   * From `CAPFLIGHT_ADMIN_TOKEN` (named "admin") and/or a file of named tokens: JSON
   * (`{"alice": "…"}`) or one `name token` pair a line (`#` starts a comment). Short or
   * malformed tokens are configuration errors; none at all is `undefined` (no console).
   */
  static load(options: { token?: string; file?: string }): AdminTokens | undefined {
    const entries: Array<[string, string]> = []
    const problems: string[] = []
    if (options.token !== undefined && options.token !== '') entries.push(['admin', options.token])
    if (options.file) {
      let text: string
      try {
        text = readFileSync(options.file, 'utf8')
      } catch (error) {
        throw new ConfigurationError([`Cannot read the admin tokens file ${options.file}: ${(error as Error).message}.`])
      }
      if (text.trimStart().startsWith('{')) {
        let parsed: unknown
        try { parsed = JSON.parse(text) } catch { throw new ConfigurationError([`The admin tokens file ${options.file} is not valid JSON.`]) }
        for (const [name, token] of Object.entries(parsed as Record<string, unknown>)) {
          if (typeof token === 'string') entries.push([name, token])
          else problems.push(`The token of "${name}" in ${options.file} must be a string.`)
        }
      } else {
        text.split('\n').forEach((raw, i) => {
          const line = raw.trim()
          if (!line || line.startsWith('#')) return
          const m = /^(\S+)\s+(\S+)$/.exec(line)
          if (m) entries.push([m[1], m[2]])
          else problems.push(`Line ${i + 1} of ${options.file} must be "<name> <token>".`)
        })
      }
    }
    const seen = new Set<string>()
    for (const [name, token] of entries) {
      if (!NAME.test(name)) problems.push(`Admin token name "${name.slice(0, 64)}" must be letters, digits, dots, dashes and underscores (at most 64).`)
      if (token.length < 16) problems.push(`The admin token of "${name.slice(0, 64)}" is too short: use at least 16 characters (e.g. openssl rand -hex 32).`)
      if (seen.has(name)) problems.push(`Admin token name "${name}" appears twice.`)
      seen.add(name)
    }
    if (problems.length) throw new ConfigurationError(problems)
    return entries.length ? new AdminTokens(entries) : undefined
  }

  /** The name of the token an `Authorization: Bearer …` header carries, if it is one of ours. */
  verify(authorization: string | undefined): string | undefined {
    const m = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization.trim()) : null
    const given = digest(m ? m[1] : '')
    let found: string | undefined
    for (const { name, digest: expected } of this.digests) {
      if (timingSafeEqual(given, expected) && m) found ??= name
    }
    return found
  }

  get names(): string[] {
    return this.digests.map((d) => d.name)
  }
}
