import { StoreError } from '../errors.js'
import { isPlainKeyPart } from '../names.js'

/**
 * The parts of a store key below the store root, each refused unless it is a plain name.
 * Names are validated where they enter (settings, the HTTP handler); this is the second
 * line of defence, so no backend ever joins a path or key that could leave its app.
 */
export function appKeyParts(appId: string, parts: string[]): string[] {
  for (const part of [appId, ...parts]) {
    if (!isPlainKeyPart(part)) throw new StoreError(`Refusing store key part ${JSON.stringify(part.slice(0, 80))} of app ${JSON.stringify(appId.slice(0, 80))}: store keys are plain names (letters, digits, . _ - + % :), never paths.`)
  }
  return ['apps', appId, ...parts]
}
