import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException, DeleteObjectCommand } from '@aws-sdk/client-s3'
import { Upload } from '@aws-sdk/lib-storage'
import { ConfigurationError, StoreError } from '../errors.js'
import type { BlobKind, BundleRecord, ChannelRecord, StatsEvent, Store, StoredBlob } from './types.js'

type Env = Record<string, string | undefined>

const MULTIPART_FROM = 16 * 1024 * 1024
const PART_SIZE = 8 * 1024 * 1024

export interface S3Location {
  bucket: string
  prefix: string
  endpoint?: string
  region: string
  forcePathStyle: boolean
}

/** `s3://bucket/prefix?endpoint=…&region=…&forcePathStyle=true`, with AWS_* environment defaults. */
export function parseS3Url(url: string, env: Env): S3Location {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new ConfigurationError([`Store URL "${url}" is not a URL. Use s3://bucket/prefix.`])
  }
  const bucket = parsed.hostname
  if (!bucket) throw new ConfigurationError([`Store URL "${url}" has no bucket. Use s3://bucket/prefix (for example s3://my-app-updates/otakit).`])
  const q = parsed.searchParams
  for (const key of q.keys()) {
    if (!['endpoint', 'region', 'forcePathStyle'].includes(key)) throw new ConfigurationError([`Store URL parameter "${key}" is unknown. Known: endpoint, region, forcePathStyle.`])
  }
  const endpoint = q.get('endpoint') ?? env.AWS_ENDPOINT_URL_S3 ?? env.AWS_ENDPOINT_URL ?? undefined
  return {
    bucket,
    prefix: decodeURIComponent(parsed.pathname).replace(/^\/+|\/+$/g, ''),
    endpoint,
    region: q.get('region') ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
    forcePathStyle: q.has('forcePathStyle') ? q.get('forcePathStyle') !== 'false' : Boolean(endpoint)
  }
}

class TruncatedBody extends Error {}

function status(error: unknown): number | undefined {
  return (error as S3ServiceException).$metadata?.httpStatusCode
}

async function bodyText(body: unknown): Promise<string> {
  return (body as { transformToString(): Promise<string> }).transformToString()
}

/**
 * Any S3-compatible object store (AWS S3, Cloudflare R2, MinIO, GCS interop), same layout
 * as the file store. Bundle records use If-None-Match: * and channels If-Match: <etag>, so
 * concurrent pipelines cannot overwrite each other; network errors, 5xx and 429 are retried
 * with backoff by the SDK.
 */
export class S3Store implements Store {
  private readonly client: S3Client
  readonly url: string

  constructor(readonly location: S3Location, env: Env, private readonly onProgress?: (message: string) => void) {
    const credentials = env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
      ? { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, sessionToken: env.AWS_SESSION_TOKEN }
      : undefined
    this.client = new S3Client({
      region: location.region,
      endpoint: location.endpoint,
      forcePathStyle: location.forcePathStyle,
      credentials,
      maxAttempts: 6,
      retryMode: 'standard',
      // A stalled connection is a timeout the SDK retries, not a hang.
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
      // Plain bodies (no aws-chunked trailers): every S3-compatible store accepts them;
      // integrity is checked by reading sizes and ETags back.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED'
    })
    this.url = `s3://${location.bucket}${location.prefix ? `/${location.prefix}` : ''}`
  }

  private key(appId: string, ...parts: string[]): string {
    if (!/^[A-Za-z0-9._-]+$/.test(appId) || appId === '.' || appId === '..') throw new StoreError(`Invalid app id "${appId}".`)
    return [this.location.prefix, 'apps', appId, ...parts].filter(Boolean).join('/')
  }

  private blobKey(appId: string, kind: BlobKind, sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new StoreError(`Invalid blob name "${sha256}": expected a lowercase SHA-256.`)
    return this.key(appId, kind, kind === 'artifacts' ? `${sha256}.zip` : sha256)
  }

  /** Turns SDK failures into errors that say what to do. */
  private explain(error: unknown, what: string): never {
    const code = (error as { name?: string }).name
    const st = status(error)
    if (code === 'NoSuchBucket' || (st === 404 && /bucket/i.test(String((error as Error).message)))) {
      throw new StoreError(`Bucket "${this.location.bucket}" does not exist${this.location.endpoint ? ` at ${this.location.endpoint}` : ''}. Create it, or fix the bucket name in --store.`)
    }
    if (st === 403 || code === 'AccessDenied' || code === 'InvalidAccessKeyId' || code === 'SignatureDoesNotMatch') {
      throw new StoreError(`Access to s3://${this.location.bucket} was denied while trying to ${what} (${code ?? st}). Check AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY and that they may read and write the bucket.`)
    }
    if (st === 301 || code === 'PermanentRedirect' || code === 'AuthorizationHeaderMalformed') {
      throw new StoreError(`Bucket "${this.location.bucket}" is in another region than ${this.location.region}. Pass ?region=<its region> in --store or set AWS_REGION.`)
    }
    throw new StoreError(`Could not ${what} in ${this.url}: ${(error as Error).message}`)
  }

  private async head(key: string): Promise<{ size: number; etag?: string; meta?: Record<string, string> } | undefined> {
    try {
      const r = await this.client.send(new HeadObjectCommand({ Bucket: this.location.bucket, Key: key }))
      return { size: r.ContentLength ?? 0, etag: r.ETag, meta: r.Metadata }
    } catch (error) {
      if (status(error) === 404 || (error as { name?: string }).name === 'NotFound') return undefined
      this.explain(error, `read ${key}`)
    }
  }

  private async getJson<T>(key: string): Promise<{ value: T; etag?: string } | undefined> {
    // The SDK retries requests; a body cut off while streaming is retried here.
    for (let attempt = 1; ; attempt++) {
      try {
        const r = await this.client.send(new GetObjectCommand({ Bucket: this.location.bucket, Key: key }))
        const text = await bodyText(r.Body)
        if (r.ContentLength !== undefined && Buffer.byteLength(text) !== r.ContentLength) throw new TruncatedBody()
        return { value: JSON.parse(text) as T, etag: r.ETag }
      } catch (error) {
        if (status(error) === 404 || (error as { name?: string }).name === 'NoSuchKey') return undefined
        const transient = error instanceof TruncatedBody || (!(error instanceof S3ServiceException) && !(error instanceof SyntaxError))
        if (transient && attempt < 6) {
          await new Promise((r) => setTimeout(r, Math.min(2000, 50 * 2 ** attempt) * (0.5 + Math.random())))
          continue
        }
        if (error instanceof SyntaxError) throw new StoreError(`${key} in ${this.url} is not valid JSON; restore it from a backup.`)
        this.explain(error, `read ${key}`)
      }
    }
  }

  /** A conditional write: false when the condition failed (412), so the caller recomputes. */
  private async putJson(key: string, value: unknown, condition: { ifNoneMatch?: '*'; ifMatch?: string }): Promise<boolean> {
    try {
      await this.client.send(new PutObjectCommand({
        Bucket: this.location.bucket, Key: key, Body: `${JSON.stringify(value, null, 2)}\n`, ContentType: 'application/json',
        IfNoneMatch: condition.ifNoneMatch, IfMatch: condition.ifMatch
      }))
      return true
    } catch (error) {
      if (status(error) === 412 || status(error) === 409) return false
      this.explain(error, `write ${key}`)
    }
  }

  async hasBlob(appId: string, kind: BlobKind, sha256: string): Promise<boolean> {
    return (await this.head(this.blobKey(appId, kind, sha256))) !== undefined
  }

  async statBlob(appId: string, kind: BlobKind, sha256: string): Promise<number | undefined> {
    return (await this.head(this.blobKey(appId, kind, sha256)))?.size
  }

  blobUrl(appId: string, kind: BlobKind, sha256: string): string {
    return `s3://${this.location.bucket}/${this.blobKey(appId, kind, sha256)}`
  }

  async putBlob(appId: string, kind: BlobKind, sha256: string, source: string): Promise<void> {
    const key = this.blobKey(appId, kind, sha256)
    const size = (await stat(source)).size
    const present = await this.head(key)
    // Content-addressed: a blob with this key and size is already these bytes; no transfer.
    if (present && present.size === size && present.meta?.sha256 === sha256) return
    const md5 = createHash('md5')
    for await (const chunk of createReadStream(source)) md5.update(chunk as Buffer)
    const localMd5 = md5.digest('hex')
    for (let attempt = 1; ; attempt++) {
      try {
        await this.upload(key, source, size, sha256)
        break
      } catch (error) {
        // The SDK cannot replay a consumed stream body: transient failures are retried here.
        const st = status(error)
        const transient = !(error instanceof S3ServiceException) || (st !== undefined && (st >= 500 || st === 429))
        if (!transient || attempt >= 5) this.explain(error, `upload ${key}`)
        await new Promise((r) => setTimeout(r, Math.min(4000, 100 * 2 ** attempt) * (0.5 + Math.random())))
      }
    }
    // Read back: a channel never points at a blob that is not fully stored.
    const stored = await this.head(key)
    const etag = stored?.etag?.replace(/"/g, '')
    if (!stored || stored.size !== size || (etag && !etag.includes('-') && etag !== localMd5)) {
      throw new StoreError(`Upload of ${key} did not verify (stored ${stored?.size ?? 'nothing'} bytes of ${size}). Run the release again; it resumes with what is stored.`)
    }
  }

  private async upload(key: string, source: string, size: number, sha256: string): Promise<void> {
    {
      if (size < MULTIPART_FROM) {
        // A buffer body can be replayed by the SDK's own retries.
        await this.client.send(new PutObjectCommand({ Bucket: this.location.bucket, Key: key, Body: await readFile(source), ContentLength: size, Metadata: { sha256 } }))
      } else {
        const upload = new Upload({ client: this.client, params: { Bucket: this.location.bucket, Key: key, Body: createReadStream(source), Metadata: { sha256 } }, partSize: PART_SIZE, queueSize: 4 })
        let last = 0
        upload.on('httpUploadProgress', (p) => {
          const now = Date.now()
          if (this.onProgress && p.loaded !== undefined && (now - last > 3000 || p.loaded === size)) {
            last = now
            this.onProgress(`Uploading ${key.split('/').pop()}: ${Math.round((p.loaded / size) * 100)}% of ${(size / 1e6).toFixed(1)} MB`)
          }
        })
        await upload.done()
      }
    }
  }

  readBlob(appId: string, kind: BlobKind, sha256: string, range?: { start: number; end: number }): ReadableStream<Uint8Array> {
    const key = this.blobKey(appId, kind, sha256)
    const client = this.client
    const bucket = this.location.bucket
    let body: ReadableStream<Uint8Array> | undefined
    let reader: ReadableStreamDefaultReader<Uint8Array> | undefined
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (!reader) {
          const r = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: range ? `bytes=${range.start}-${range.end}` : undefined }))
          body = (r.Body as { transformToWebStream(): ReadableStream<Uint8Array> }).transformToWebStream()
          reader = body.getReader()
        }
        const { done, value } = await reader.read()
        if (done) controller.close()
        else controller.enqueue(value)
      },
      async cancel() { await reader?.cancel() }
    })
  }

  async createBundle(record: BundleRecord): Promise<boolean> {
    const key = this.key(record.appId, 'bundles', `${encodeURIComponent(record.version)}.json`)
    // Stores that ignore If-None-Match still must not overwrite: look first.
    if (await this.head(key)) return false
    return this.putJson(key, record, { ifNoneMatch: '*' })
  }

  async getBundle(appId: string, version: string): Promise<BundleRecord | undefined> {
    return (await this.getJson<BundleRecord>(this.key(appId, 'bundles', `${encodeURIComponent(version)}.json`)))?.value
  }

  /** Every object under `prefix/`, all pages of the listing. */
  private async listObjects(prefix: string): Promise<{ name: string; size: number; modifiedAt: Date }[]> {
    const objects: { name: string; size: number; modifiedAt: Date }[] = []
    let token: string | undefined
    try {
      do {
        const r = await this.client.send(new ListObjectsV2Command({ Bucket: this.location.bucket, Prefix: `${prefix}/`, ContinuationToken: token }))
        for (const o of r.Contents ?? []) objects.push({ name: o.Key!.slice(prefix.length + 1), size: o.Size ?? 0, modifiedAt: o.LastModified ?? new Date(0) })
        token = r.IsTruncated ? r.NextContinuationToken : undefined
      } while (token)
    } catch (error) {
      this.explain(error, `list ${prefix}`)
    }
    return objects
  }

  private async listNames(prefix: string, suffix = '.json'): Promise<string[]> {
    return (await this.listObjects(prefix))
      .filter((o) => !o.name.includes('/') && o.name.endsWith(suffix))
      .map((o) => o.name.slice(0, o.name.length - suffix.length))
      .sort()
  }

  async listBundleVersions(appId: string): Promise<string[]> {
    return (await this.listNames(this.key(appId, 'bundles'))).map((n) => decodeURIComponent(n))
  }

  async getChannel(appId: string, name: string): Promise<ChannelRecord | undefined> {
    return (await this.getJson<ChannelRecord>(this.key(appId, 'channels', `${name}.json`)))?.value
  }

  listChannels(appId: string): Promise<string[]> {
    return this.listNames(this.key(appId, 'channels'))
  }

  async putChannel(appId: string, record: ChannelRecord, expectedRevision: number | undefined): Promise<boolean> {
    const key = this.key(appId, 'channels', `${record.name}.json`)
    const current = await this.getJson<ChannelRecord>(key)
    if (current?.value.revision !== expectedRevision) return false
    return this.putJson(key, record, current ? { ifMatch: current.etag } : { ifNoneMatch: '*' })
  }

  async listDevicesWithChannel(appId: string): Promise<string[]> {
    return (await this.listNames(this.key(appId, 'devices'))).map((n) => decodeURIComponent(n))
  }

  async getDeviceChannel(appId: string, deviceId: string): Promise<string | undefined> {
    return (await this.getJson<{ channel: string }>(this.key(appId, 'devices', `${encodeURIComponent(deviceId)}.json`)))?.value.channel
  }

  async putDeviceChannel(appId: string, deviceId: string, channel: string | undefined): Promise<void> {
    const key = this.key(appId, 'devices', `${encodeURIComponent(deviceId)}.json`)
    if (channel === undefined) return this.deleteKey(key)
    await this.putJson(key, { channel, updatedAt: new Date().toISOString() }, {})
  }

  async appendStats(appId: string, day: string, events: StatsEvent[]): Promise<void> {
    await this.putJson(this.key(appId, 'stats', day, `${Date.now()}-${Math.random().toString(36).slice(2)}.json`), events, {})
  }

  async listBlobs(appId: string, kind: BlobKind): Promise<StoredBlob[]> {
    const blobs: StoredBlob[] = []
    for (const o of await this.listObjects(this.key(appId, kind))) {
      const sha256 = kind === 'artifacts' ? o.name.replace(/\.zip$/, '') : o.name
      if (/^[0-9a-f]{64}$/.test(sha256) && (kind !== 'artifacts' || o.name.endsWith('.zip'))) blobs.push({ sha256, size: o.size, modifiedAt: o.modifiedAt })
    }
    return blobs
  }

  private async deleteKey(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.location.bucket, Key: key }))
    } catch (error) {
      if (status(error) !== 404) this.explain(error, `delete ${key}`)
    }
  }

  deleteBlob(appId: string, kind: BlobKind, sha256: string): Promise<void> {
    return this.deleteKey(this.blobKey(appId, kind, sha256))
  }

  deleteBundle(appId: string, version: string): Promise<void> {
    return this.deleteKey(this.key(appId, 'bundles', `${encodeURIComponent(version)}.json`))
  }

  async readStats(appId: string, sinceDay?: string): Promise<StatsEvent[]> {
    const root = this.key(appId, 'stats')
    const keys = (await this.listObjects(root))
      .filter((o) => { const day = o.name.split('/')[0]; return /^\d{4}-\d{2}-\d{2}$/.test(day) && (!sinceDay || day >= sinceDay) })
      .map((o) => `${root}/${o.name}`)
    const events: StatsEvent[] = []
    for (const key of keys.sort()) {
      const batch = await this.getJson<StatsEvent[]>(key)
      if (batch) events.push(...batch.value)
    }
    return events
  }

}
