/** Every form a secret could be printed in: raw, trimmed, base64 and the PEM body on one line. */
export function secretForms(secret: string): string[] {
  const trimmed = secret.trim()
  const body = trimmed.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '')
  // Multi-line values are also masked line by line: some CI runners mask per line.
  const lines = trimmed.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length >= 16 && !/^-----/.test(l))
  return [...new Set([secret, trimmed, body, Buffer.from(trimmed).toString('base64'), encodeURIComponent(trimmed), ...lines].filter((v) => v.length >= 8))]
}

/**
 * Secrets of one run and every form they may be printed in (raw, trimmed, PEM body, base64,
 * URL-encoded, line by line). Every wrapper's reporter passes its output through one, whatever
 * its CI masks on its own: a build that echoes a key, or a service that repeats it in an error,
 * prints `***`.
 */
export class Redactor {
  private forms: string[] = []

  add(secret: string | undefined): string[] {
    if (!secret) return []
    const added = secretForms(secret)
    // Longest first, so a whole PEM is replaced before any of its lines.
    this.forms = [...new Set([...this.forms, ...added])].sort((a, b) => b.length - a.length)
    return added
  }

  redact(text: string): string {
    let out = text
    for (const form of this.forms) if (out.includes(form)) out = out.split(form).join('***')
    return out
  }
}
