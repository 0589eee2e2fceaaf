/**
 * Node warns that its TypeScript type stripper (used to read capacitor.config.ts) is experimental;
 * that says nothing a capflight user can act on. Wrappers hand in their process: every other
 * warning is printed as Node prints it.
 */
export function ignoreTypeStripWarnings(proc: NodeJS.Process): void {
  proc.removeAllListeners('warning')
  proc.on('warning', (warning) => {
    if (warning.name === 'ExperimentalWarning' && /stripTypeScriptTypes|Type Stripping/i.test(warning.message)) return
    proc.stderr.write(`(node:${proc.pid}) ${warning.name}: ${warning.message}\n`)
  })
}
