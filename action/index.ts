// The GitHub Action's bundle entry: run the step.
import { ignoreTypeStripWarnings } from '../src/core/index.js'
import { run } from './main.js'

ignoreTypeStripWarnings(process)
await run()
