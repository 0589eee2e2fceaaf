/**
 * The self-hosted update endpoint as a library, for serverless functions and
 * edge workers: `createUpdateHandler({ store: openStore(url, cwd) })` is a
 * standard (Request) => Promise<Response> handler.
 */
export { createUpdateHandler, createRawHandler, inRollout, type FetchHandler, type UpdateHandlerOptions } from './core/serve/handler.js'
export { openStore, knownStoreSchemes } from './core/store/registry.js'
export { FileStore } from './core/store/file-store.js'
export type { Store } from './core/store/types.js'
