import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ConfigurationError } from '../errors.js'
import { FileStore } from './file-store.js'
import { CapgoStore, parseCapgoUrl } from './capgo-store.js'
import { parseS3Url, S3Store } from './s3-store.js'
import type { ReleaseStore, Store, TelemetryStore } from './types.js'
import type { StartProgress } from '../progress.js'
import { CapgoUploadPublisher } from '../publish/capgo-upload.js'
import { ContentAddressedPublisher } from '../publish/content-addressed.js'
import type { Publisher } from '../publish/types.js'

type Env = Record<string, string | undefined>
/** What a backend may need besides its URL. */
export interface StoreOptions {
  /** Lines a backend's tools print while they work (the Capgo CLI's output). */
  onProgress?: (message: string) => void
  /** Shows the progress of a long upload. */
  startProgress?: StartProgress
  /** API key of a hosted store (Capgo). */
  apiKey?: string
  /** A local Capgo CLI entry script instead of the pinned release. */
  capgoCli?: string
}
/**
 * A backend: its release storage, and its device/telemetry storage where it can hold one (Capgo
 * cannot: devices on Capgo report to Capgo). `noTelemetry` says why, to whoever asks for it.
 */
type Backend = (
  | { open: (url: string, cwd: string, env: Env, options: StoreOptions) => Store; noTelemetry?: undefined }
  | { open: (url: string, cwd: string, env: Env, options: StoreOptions) => ReleaseStore; noTelemetry: string }
) & {
  /** Why `store gc` must not delete from this backend, when it must not. */
  noGc?: string
  /** Why capflight cannot address the bytes of this store's bundles (`store check`), when it cannot. */
  noBlobs?: (url: string) => string | undefined
  /** The hosted service devices update from, when it is not `capflight serve` over this store. */
  servedBy?: string
  /** How a release gets into this backend; content-addressed when absent. */
  publisher?: (store: ReleaseStore, url: string) => Publisher
}

/** Store backends by URL scheme. A plain path is the `file:` store. */
const backends: Record<string, Backend> = {
  file: { open: (url, cwd) => new FileStore(url.startsWith('file://') ? localPath(url) : path.resolve(cwd, url.slice('file:'.length))) },
  s3: { open: (url, _cwd, env, { startProgress, onProgress }) => new S3Store(parseS3Url(url, env), env, startProgress, onProgress) },
  capgo: {
    open: (url, cwd, env, options) => {
      const location = parseCapgoUrl(url)
      const external = location.external && openStore(location.external.store, cwd, env, { onProgress: options.onProgress, startProgress: options.startProgress })
      return new CapgoStore(location, options.apiKey, env, options.onProgress, { entry: options.capgoCli }, external)
    },
    noTelemetry: 'devices on Capgo update from Capgo itself and report to it; its device data (channel overrides, stats) is in Capgo\'s console',
    servedBy: 'Capgo',
    noBlobs: (url) => parseCapgoUrl(url).external ? undefined : 'keeps the bytes of its bundles itself',
    // Capgo packs and stores a bundle itself, unless capflight keeps the bytes in an external store.
    publisher: (store, url) => parseCapgoUrl(url).external ? new ContentAddressedPublisher(store) : new CapgoUploadPublisher(store as CapgoStore),
    noGc: 'does not delete from Capgo: remove bundles with Capgo\'s console or "npx @capgo/cli bundle cleanup"; never run it on a capgo: store\'s externalStore directly, whose channels live in Capgo.'
  }
}

/** A file:// URL's folder; a URL naming another host is a configuration error. */
function localPath(url: string): string {
  try {
    return fileURLToPath(url)
  } catch {
    throw new ConfigurationError([`Store URL "${url}" is not a local folder: file: URLs name a folder on this machine (file:///srv/capflight, or a plain path). Shared storage is s3://bucket/prefix.`])
  }
}

export function knownStoreSchemes(): string[] {
  return Object.keys(backends).map((s) => `${s}:`)
}

function backendOf(url: string): Backend | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)
  // One-letter schemes are Windows drive letters, i.e. plain paths.
  if (!scheme || scheme[1].length === 1) return undefined
  const backend = backends[scheme[1].toLowerCase()]
  if (!backend) {
    throw new ConfigurationError([`Unknown store "${url}": scheme "${scheme[1]}:" is not supported. Known stores: ${knownStoreSchemes().join(', ')} (or a plain folder path).`])
  }
  return backend
}

/** Opens the release storage a URL names; `env` supplies credentials (AWS_*, CAPFLIGHT_API_KEY). */
export function openStore(url: string, cwd: string, env: Env = {}, options: StoreOptions = {}): ReleaseStore {
  const backend = backendOf(url)
  return backend ? backend.open(url, cwd, env, options) : new FileStore(path.resolve(cwd, url))
}

/** Opens a store with the publisher a release into it uses. */
export function openPublishing(url: string, cwd: string, env: Env = {}, options: StoreOptions = {}): { store: ReleaseStore; publisher: Publisher } {
  const store = openStore(url, cwd, env, options)
  const publisher = backendOf(url)?.publisher?.(store, url) ?? new ContentAddressedPublisher(store)
  return { store, publisher }
}

/** The hosted service devices update from for this store URL (Capgo), or undefined: capflight serve. */
export function servedBy(url: string): string | undefined {
  return backendOf(url)?.servedBy
}

/** Why capflight cannot verify a store's bundle bytes itself, or undefined when it can. */
export function blobsRefusal(url: string): string | undefined {
  return backendOf(url)?.noBlobs?.(url)
}

/** Why garbage collection must not delete from a store URL, or undefined when it may. */
export function gcRefusal(url: string): string | undefined {
  return backendOf(url)?.noGc
}

/** Why a store URL holds no device data, or undefined when it does. */
export function telemetryRefusal(url: string): string | undefined {
  return backendOf(url)?.noTelemetry
}

/**
 * Opens a store that holds both release and device data (what `capflight serve` and device
 * commands need); a backend that cannot hold device data is a configuration error saying why.
 */
export function openTelemetryStore(url: string, cwd: string, env: Env = {}, what = 'This command'): Store {
  const backend = backendOf(url)
  if (!backend) return new FileStore(path.resolve(cwd, url))
  if (backend.noTelemetry !== undefined) // The scheme only: a store URL's query may carry keys.
    throw new ConfigurationError([`${what} needs device data, which ${url.split(/[?#]/)[0]} stores cannot hold: ${backend.noTelemetry}. Use a file: or s3:// store.`])
  return backend.open(url, cwd, env, {})
}
