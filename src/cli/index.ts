#!/usr/bin/env node
import { ignoreTypeStripWarnings } from '../core/index.js'
import { main } from './main.js'

ignoreTypeStripWarnings(process)

main(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr })
  .then((code) => { process.exitCode = code })
  .catch((error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`)
    process.exitCode = 1
  })
