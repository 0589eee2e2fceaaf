#!/usr/bin/env node
import module from 'node:module'

// Node's compile cache (22.1+): the bundle's code is compiled once per version and read back
// from the cache at later starts. It must be on before the rest of the CLI is imported.
module.enableCompileCache?.()
const { ignoreTypeStripWarnings } = await import('../core/warnings.js')
const { main } = await import('./main.js')

ignoreTypeStripWarnings(process)

main(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr })
  .then((code) => { process.exitCode = code })
  .catch((error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`)
    process.exitCode = 1
  })
