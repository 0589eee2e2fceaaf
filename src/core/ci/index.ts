import { azurePipelines } from './azure-pipelines.js'
import { github } from './github.js'
import { gitlab } from './gitlab.js'
import { jenkins } from './jenkins.js'
import { CiContext, CiPlatform, Env } from './types.js'

export type { CiContext, CiPlatform, Env } from './types.js'

/** CI platforms by name, tried in order; `local` is the fallback when none matches. */
export const ciPlatforms: readonly CiPlatform[] = [github, gitlab, azurePipelines, jenkins]

/**
 * Detects the CI from its own variables. Values a CI does not provide (the
 * local fallback provides none) are filled in from git by the caller.
 */
export function detectCi(env: Env): CiContext {
  const platform = ciPlatforms.find((p) => p.detect(env))
  return platform ? platform.configuration(env) : { name: 'local', isPr: false }
}
