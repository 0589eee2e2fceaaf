/**
 * The self-hosted update endpoint as a library, for serverless functions and
 * edge workers: `createUpdateHandler({ store: openStore(url, cwd) })` is a
 * standard (Request) => Promise<Response> handler.
 */
import { openTelemetryStore } from './core/store/registry.js'
import type { Store } from './core/store/types.js'

export { createUpdateHandler, createRawHandler, inRollout, type FetchHandler, type UpdateHandlerOptions } from './core/serve/handler.js'
export { knownStoreSchemes } from './core/store/registry.js'
export { FileStore } from './core/store/file-store.js'
export type { Store, ReleaseStore, TelemetryStore } from './core/store/types.js'

/** The store the CLI uses when none is named: the embedded local store of the folder. */
const DEFAULT_STORE = '.capflight/store'

/**
 * Opens a store the endpoint can serve from: release storage and device data (file: or s3://;
 * capgo: is refused, since devices on Capgo update from Capgo). No URL (an unset variable) is
 * the embedded local store below `cwd`, as for the CLI. `env` supplies credentials.
 */
export function openStore(url: string | undefined, cwd = '.', env: Record<string, string | undefined> = {}): Store {
  return openTelemetryStore(url || DEFAULT_STORE, cwd, env, 'createUpdateHandler')
}
