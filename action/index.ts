// The GitHub Action's bundle entry: run the step.
import { run } from './main.js'

await run()
