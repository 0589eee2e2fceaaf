import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ConfigurationError } from '../errors.js'
import { FileStore } from './file-store.js'
import { CapgoStore, parseCapgoUrl } from './capgo-store.js'
import { parseS3Url, S3Store } from './s3-store.js'
import type { Store } from './types.js'
import type { StartProgress } from '../progress.js'

type Env = Record<string, string | undefined>
/** What a backend may need besides its URL. */
export interface StoreOptions {
  /** Lines a backend's tools print while they work (the Capgo CLI's output). */
  onProgress?: (message: string) => void
  /** Shows the progress of a long upload. */
  startProgress?: StartProgress
  /** API key of a hosted store (Capgo). */
  apiKey?: string
}
type StoreFactory = (url: string, cwd: string, env: Env, options: StoreOptions) => Store

/** Store backends by URL scheme. A plain path is the `file:` store. */
const backends: Record<string, StoreFactory> = {
  file: (url, cwd) => new FileStore(url.startsWith('file://') ? fileURLToPath(url) : path.resolve(cwd, url.slice('file:'.length))),
  s3: (url, _cwd, env, { startProgress }) => new S3Store(parseS3Url(url, env), env, startProgress),
  capgo: (url, cwd, env, options) => {
    const location = parseCapgoUrl(url)
    const external = location.external && openStore(location.external.store, cwd, env, { onProgress: options.onProgress, startProgress: options.startProgress })
    const apiKey = options.apiKey ?? (env.CAPFLIGHT_API_KEY || env.CAPGO_TOKEN || undefined)
    return new CapgoStore(location, apiKey, env, options.onProgress, { entry: env.CAPFLIGHT_CAPGO_CLI || undefined }, external)
  }
}

export function knownStoreSchemes(): string[] {
  return Object.keys(backends).map((s) => `${s}:`)
}

/** Opens the store a URL names; `env` supplies credentials (AWS_*, CAPFLIGHT_API_KEY). */
export function openStore(url: string, cwd: string, env: Env = {}, options: StoreOptions = {}): Store {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)
  // One-letter schemes are Windows drive letters, i.e. plain paths.
  if (!scheme || scheme[1].length === 1) return new FileStore(path.resolve(cwd, url))
  const factory = backends[scheme[1].toLowerCase()]
  if (!factory) {
    throw new ConfigurationError([`Unknown store "${url}": scheme "${scheme[1]}:" is not supported. Known stores: ${knownStoreSchemes().join(', ')} (or a plain folder path).`])
  }
  return factory(url, cwd, env, options)
}
