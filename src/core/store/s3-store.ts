import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import type { S3Client } from '@aws-sdk/client-s3'
import { ConfigurationError, StoreError } from '../errors.js'
import type { StartProgress } from '../progress.js'
import { isValidName } from '../names.js'
import { appKeyParts } from './keys.js'
import { USER_AGENT } from '../product.js'
import type { BlobKind, BundleRecord, ChannelRecord, Store, StoredBlob } from './types.js'

type Env = Record<string, string | undefined>

const MULTIPART_FROM = 16 * 1024 * 1024
const PART_SIZE = 8 * 1024 * 1024

export interface S3Location {
  bucket: string
  prefix: string
  endpoint?: string
  region: string
  forcePathStyle: boolean
  /** How long one request may take, its retries included, before capflight gives up on it. */
  deadlineMs: number
}

/** The default of `?deadline=<seconds>`: long enough for the SDK's retries, short of a silent hang. */
const DEFAULT_DEADLINE_S = 120

/** `s3://bucket/prefix?endpoint=…&region=…&forcePathStyle=true&deadline=<seconds>`, with AWS_* environment defaults. */
export function parseS3Url(url: string, env: Env): S3Location {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new ConfigurationError([`Store URL "${url}" is not a URL. Use s3://bucket/prefix.`])
  }
  const bucket = parsed.hostname
  if (!bucket) throw new ConfigurationError([`Store URL "${url}" has no bucket. Use s3://bucket/prefix (for example s3://my-app-updates/capflight).`])
  // S3's bucket naming rules, checked before any credentials are looked up.
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket) || bucket.includes('..') || /^\d+\.\d+\.\d+\.\d+$/.test(bucket)) {
    throw new ConfigurationError([`"${bucket}" in store URL "${url.split('?')[0]}" is not a valid bucket name: 3 to 63 lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit. Fix the bucket name in --store.`])
  }
  const q = parsed.searchParams
  for (const key of q.keys()) {
    if (!['endpoint', 'region', 'forcePathStyle', 'deadline'].includes(key)) throw new ConfigurationError([`Store URL parameter "${key}" is unknown. Known: endpoint, region, forcePathStyle, deadline.`])
  }
  const deadline = Number(q.get('deadline') ?? DEFAULT_DEADLINE_S)
  if (!(deadline > 0 && deadline <= 3600)) throw new ConfigurationError([`Store URL parameter deadline must be a number of seconds from 1 to 3600, got "${q.get('deadline')}".`])
  const endpoint = q.get('endpoint') ?? env.AWS_ENDPOINT_URL_S3 ?? env.AWS_ENDPOINT_URL ?? undefined
  return {
    bucket,
    prefix: decodeURIComponent(parsed.pathname).replace(/^\/+|\/+$/g, ''),
    endpoint,
    region: q.get('region') ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
    forcePathStyle: q.has('forcePathStyle') ? q.get('forcePathStyle') !== 'false' : Boolean(endpoint),
    deadlineMs: deadline * 1000
  }
}

/** A body that ended before its Content-Length: the connection was cut mid-read. */
class TruncatedBody extends Error {}
/** An upload whose read-back does not match what was sent. */
class UnverifiedUpload extends Error {}

type Sdk = typeof import('./s3-sdk.js')

/** An error S3 answered with (the SDK's S3ServiceException, known without loading the SDK). */
function isServiceError(error: unknown): error is Error & { $fault: string; $metadata: { httpStatusCode?: number } } {
  return error instanceof Error && typeof (error as { $fault?: unknown }).$fault === 'string' && typeof (error as { $metadata?: unknown }).$metadata === 'object'
}

function status(error: unknown): number | undefined {
  return isServiceError(error) ? error.$metadata.httpStatusCode : undefined
}

/**
 * Worth another try: a network error, a cut-off body, 5xx, 429, or a 400 that only says the
 * bytes were damaged or slow on the way (BadDigest, RequestTimeout).
 */
function isTransient(error: unknown): boolean {
  if (error instanceof TruncatedBody || error instanceof UnverifiedUpload) return true
  if ((error as { name?: string }).name === 'CredentialsProviderError') return false
  if (!isServiceError(error)) return !(error instanceof StoreError)
  const st = status(error)
  return (st !== undefined && (st >= 500 || st === 429)) || error.name === 'BadDigest' || error.name === 'RequestTimeout'
}

/** The ETag S3 gives a multipart upload of `source` in parts of `partSize`: MD5 of the parts' MD5s, a dash, the part count. */
async function multipartEtag(source: string, partSize: number): Promise<string> {
  const digests: Buffer[] = []
  let part = createHash('md5')
  let inPart = 0
  for await (const chunk of createReadStream(source, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let at = 0; at < chunk.length;) {
      const take = Math.min(partSize - inPart, chunk.length - at)
      part.update(chunk.subarray(at, at + take))
      inPart += take
      at += take
      if (inPart === partSize) {
        digests.push(part.digest())
        part = createHash('md5')
        inPart = 0
      }
    }
  }
  if (inPart > 0 || digests.length === 0) digests.push(part.digest())
  return `${createHash('md5').update(Buffer.concat(digests)).digest('hex')}-${digests.length}`
}

const S3_ATTEMPTS = 6
const S3_MAX_BACKOFF_MS = 4000
/** Errors the SDK does not retry itself: a body cut off mid-read, an upload that did not verify, a damaged body. */
function retryHere(error: unknown): boolean {
  return error instanceof TruncatedBody || error instanceof UnverifiedUpload || (isServiceError(error) && error.name === 'BadDigest')
}

const pause = (attempt: number, capMs: number) => new Promise((r) => setTimeout(r, Math.min(capMs, 100 * 2 ** attempt) * (0.5 + Math.random())))

/**
 * Any S3-compatible object store (AWS S3, Cloudflare R2, MinIO, GCS interop), same layout
 * as the file store. Bundle records use If-None-Match: * and channels If-Match: <etag>, so
 * concurrent pipelines cannot overwrite each other; network errors, 5xx and 429 are retried
 * with backoff by the SDK.
 */
export class S3Store implements Store {
  private sdk?: Promise<{ sdk: Sdk; client: S3Client }>
  private readonly credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }
  readonly url: string

  constructor(readonly location: S3Location, env: Env, private readonly startProgress?: StartProgress, private readonly onRetry?: (message: string) => void) {
    this.credentials = env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
      ? { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, sessionToken: env.AWS_SESSION_TOKEN }
      : undefined
    this.url = `s3://${location.bucket}${location.prefix ? `/${location.prefix}` : ''}`
  }

  /** Sends the command `make` builds from the SDK. */
  private async send<T>(make: (sdk: Sdk, client: S3Client) => Promise<T>): Promise<T> {
    const { sdk, client } = await this.s3()
    return make(sdk, client)
  }

  /** The SDK and a client, made on first use. */
  private s3(): Promise<{ sdk: Sdk; client: S3Client }> {
    this.sdk ??= import('./s3-sdk.js').then((sdk) => ({ sdk, client: this.makeClient(sdk) }))
    return this.sdk
  }

  private makeClient(sdk: Sdk): S3Client {
    const location = this.location
    return new sdk.S3Client({
      customUserAgent: USER_AGENT,
      region: location.region,
      endpoint: location.endpoint,
      forcePathStyle: location.forcePathStyle,
      credentials: this.credentials,
      // The one retry layer for requests: the SDK's, with a line per retry. The loops below retry
      // only what the SDK cannot see (a body cut off mid-read, an upload that did not verify).
      retryStrategy: new sdk.ConfiguredRetryStrategy(S3_ATTEMPTS, (attempt) => {
        const wait = Math.round(Math.min(S3_MAX_BACKOFF_MS, 100 * 2 ** attempt) * (0.5 + Math.random()))
        this.onRetry?.(`${this.url} answered with an error or not at all; retrying (attempt ${attempt + 1} of ${S3_ATTEMPTS}) in ${(wait / 1000).toFixed(1)} s`)
        return wait
      }),
      // A stalled connection is a timeout the SDK retries, not a hang.
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
      // Plain bodies (no aws-chunked trailers): every S3-compatible store accepts them;
      // integrity is checked by reading sizes and ETags back.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED'
    })
  }

  private key(appId: string, ...parts: string[]): string {
    return [this.location.prefix, ...appKeyParts(appId, parts)].filter(Boolean).join('/')
  }

  private blobKey(appId: string, kind: BlobKind, sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new StoreError(`Invalid blob name "${sha256}": expected a lowercase SHA-256.`)
    return this.key(appId, kind, kind === 'artifacts' ? `${sha256}.zip` : sha256)
  }

  /** Turns SDK failures into errors that say what to do. */
  /** Every request's total deadline, its retries included (the SDK's own retries honour it). */
  private deadline(): { abortSignal: AbortSignal } {
    return { abortSignal: AbortSignal.timeout(this.location.deadlineMs) }
  }

  private explain(error: unknown, what: string): never {
    const code = (error as { name?: string }).name
    const st = status(error)
    if (code === 'TimeoutError' || code === 'AbortError') {
      throw new StoreError(`Gave up trying to ${what} in ${this.url} after ${this.location.deadlineMs / 1000} s: the store did not answer in time, retries included. Nothing was moved; check the store and the network and run again (add ?deadline=<seconds> to --store for a slower store).`)
    }
    if (code === 'CredentialsProviderError') {
      throw new StoreError(`No AWS credentials were found for ${this.url}. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE, or run where an IAM role is attached) in the job's environment.`)
    }
    if (code === 'NoSuchBucket' || (st === 404 && /bucket/i.test(String((error as Error).message)))) {
      throw new StoreError(`Bucket "${this.location.bucket}" does not exist${this.location.endpoint ? ` at ${this.location.endpoint}` : ''}. Create it, or fix the bucket name in --store.`)
    }
    if (st === 403 || code === 'AccessDenied' || code === 'InvalidAccessKeyId' || code === 'SignatureDoesNotMatch') {
      throw new StoreError(`Access to s3://${this.location.bucket} was denied while trying to ${what} (${code ?? st}). Check AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY and that they may read and write the bucket.`)
    }
    if (st === 301 || code === 'PermanentRedirect' || code === 'AuthorizationHeaderMalformed') {
      // S3 names the bucket's region in a header on its redirects.
      const region = (error as { $response?: { headers?: Record<string, string> } }).$response?.headers?.['x-amz-bucket-region']
      throw new StoreError(region
        ? `Bucket "${this.location.bucket}" is in ${region}, not ${this.location.region}. Add ?region=${region} to --store or set AWS_REGION=${region}.`
        : `Bucket "${this.location.bucket}" is in another region than ${this.location.region}. Add ?region=<its region> to --store or set AWS_REGION.`)
    }
    throw new StoreError(`Could not ${what} in ${this.url}: ${(error as Error).message}`)
  }

  private async head(key: string): Promise<{ size: number; etag?: string; meta?: Record<string, string> } | undefined> {
    try {
      const r = await this.send((sdk, client) => client.send(new sdk.HeadObjectCommand({ Bucket: this.location.bucket, Key: key }), this.deadline()))
      return { size: r.ContentLength ?? 0, etag: r.ETag, meta: r.Metadata }
    } catch (error) {
      if (status(error) === 404 || (error as { name?: string }).name === 'NotFound') return undefined
      this.explain(error, `read ${key}`)
    }
  }

  /**
   * Streams an object through a fresh `sink` per attempt; undefined when it does not exist.
   * The SDK retries requests; a body cut off mid-read (shorter than its Content-Length) is
   * retried here.
   */
  private async read<T>(key: string, sink: () => { update(chunk: Uint8Array): void; result(): T }): Promise<{ value: T; etag?: string } | undefined> {
    for (let attempt = 1; ; attempt++) {
      try {
        const r = await this.send((sdk, client) => client.send(new sdk.GetObjectCommand({ Bucket: this.location.bucket, Key: key }), this.deadline()))
        const into = sink()
        let received = 0
        for await (const chunk of r.Body as AsyncIterable<Uint8Array>) {
          into.update(chunk)
          received += chunk.length
        }
        if (r.ContentLength !== undefined && received !== r.ContentLength) throw new TruncatedBody()
        return { value: into.result(), etag: r.ETag }
      } catch (error) {
        if (status(error) === 404 || (error as { name?: string }).name === 'NoSuchKey') return undefined
        if (retryHere(error) && attempt < S3_ATTEMPTS) {
          await pause(attempt, 2000)
          continue
        }
        this.explain(error, `read ${key}`)
      }
    }
  }

  private readText(key: string): Promise<{ value: string; etag?: string } | undefined> {
    return this.read(key, () => {
      const chunks: Uint8Array[] = []
      return { update: (c) => chunks.push(c), result: () => Buffer.concat(chunks).toString('utf8') }
    })
  }

  private async getJson<T>(key: string): Promise<{ value: T; etag?: string } | undefined> {
    const text = await this.readText(key)
    if (!text) return undefined
    try {
      return { value: JSON.parse(text.value) as T, etag: text.etag }
    } catch {
      throw new StoreError(`${key} in ${this.url} is not valid JSON; restore it from a backup.`)
    }
  }

  /** SHA-256 of a stored object, streamed: the read-back of a large upload. */
  private async sha256Of(key: string): Promise<string | undefined> {
    return (await this.read(key, () => {
      const hash = createHash('sha256')
      return { update: (c) => hash.update(c), result: () => hash.digest('hex') }
    }))?.value
  }

  /**
   * A conditional write: false when the condition failed (412), so the caller recomputes.
   * A 412 on the SDK's retry of a write whose first answer was lost is our own write
   * landing first: the object then holds exactly our bytes, and that is a success.
   */
  private putJson(key: string, value: unknown, condition: { ifNoneMatch?: '*'; ifMatch?: string }): Promise<boolean> {
    return this.putText(key, `${JSON.stringify(value, null, 2)}\n`, 'application/json', condition)
  }

  private async putText(key: string, text: string, contentType: string, condition: { ifNoneMatch?: '*'; ifMatch?: string }): Promise<boolean> {
    const md5 = createHash('md5').update(text).digest('base64')
    for (let attempt = 1; ; attempt++) {
      try {
        await this.send((sdk, client) => client.send(new sdk.PutObjectCommand({
          Bucket: this.location.bucket, Key: key, Body: text, ContentType: contentType, ContentMD5: md5,
          IfNoneMatch: condition.ifNoneMatch, IfMatch: condition.ifMatch
        }), this.deadline()))
        return true
      } catch (error) {
        if (status(error) === 412 || status(error) === 409) return (await this.readText(key))?.value === text
        if (retryHere(error) && attempt < S3_ATTEMPTS) {
          await pause(attempt, 2000)
          continue
        }
        this.explain(error, `write ${key}`)
      }
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

  async putBlob(appId: string, kind: BlobKind, sha256: string, source: string): Promise<boolean> {
    const key = this.blobKey(appId, kind, sha256)
    const size = (await stat(source)).size
    const present = await this.head(key)
    // Content-addressed: a blob with this key, size and checksum is already these bytes; no transfer.
    if (present && present.size === size && present.meta?.sha256 === sha256) return false
    for (let attempt = 1; ; attempt++) {
      try {
        await this.upload(key, source, size, sha256)
        return true
      } catch (error) {
        // The SDK cannot replay a consumed stream body, nor redo an upload that did not verify.
        if ((retryHere(error) || (!isServiceError(error) && isTransient(error))) && attempt < S3_ATTEMPTS) {
          await pause(attempt, 4000)
          continue
        }
        if (error instanceof UnverifiedUpload) {
          throw new StoreError(`Upload of ${key} did not verify: ${error.message}. Run the release again; it resumes with what is stored.`)
        }
        this.explain(error, `upload ${key}`)
      }
    }
  }

  /**
   * Sends one blob and checks what was stored, so a channel never points at a blob that is
   * not fully stored: a small one goes in one PUT whose Content-MD5 the store checks on
   * receipt and whose ETag is its MD5 of what it stored; a large one goes up in parallel parts, checked by its multipart ETag or else
   * read back and hashed whole.
   */
  private async upload(key: string, source: string, size: number, sha256: string): Promise<void> {
    if (size < MULTIPART_FROM) {
      // A buffer body can be replayed by the SDK's own retries.
      const body = await readFile(source)
      const md5 = createHash('md5').update(body).digest('base64')
      const put = await this.send((sdk, client) => client.send(new sdk.PutObjectCommand({ Bucket: this.location.bucket, Key: key, Body: body, ContentLength: size, ContentMD5: md5, Metadata: { sha256 } }), this.deadline()))
      // The store's own MD5 of what it stored comes back as the ETag (not under SSE-KMS or
      // SSE-C, where Content-MD5 checked on receipt stands alone): a store that ignores
      // Content-MD5 is still caught, without another request per file.
      const etag = put.ETag?.replace(/"/g, '')
      const opaque = put.ServerSideEncryption === 'aws:kms' || put.ServerSideEncryption === 'aws:kms:dsse' || put.SSECustomerAlgorithm !== undefined
      if (!opaque && etag !== Buffer.from(md5, 'base64').toString('hex')) {
        throw new UnverifiedUpload(`the store holds other bytes (ETag ${etag ?? 'missing'})`)
      }
      return
    }
    const { sdk, client } = await this.s3()
    const upload = new sdk.Upload({ client, params: { Bucket: this.location.bucket, Key: key, Body: createReadStream(source), Metadata: { sha256 } }, partSize: PART_SIZE, queueSize: 4 })
    const progress = this.startProgress?.(`Uploading ${key.split('/').pop()}`, size, 'bytes')
    upload.on('httpUploadProgress', (p) => { if (p.loaded !== undefined) progress?.(p.loaded) })
    const [expected] = await Promise.all([multipartEtag(source, PART_SIZE), upload.done()])
    // S3 and most compatible stores tag a multipart object with the MD5 of its parts' MD5s:
    // when that matches, every part arrived intact. Otherwise (SSE-KMS, another scheme, a
    // damaged part) the object is read back and hashed whole.
    const stored = await this.head(key)
    if (stored?.size === size && stored.etag?.replace(/"/g, '') === expected) return
    const read = await this.sha256Of(key)
    if (read !== sha256) throw new UnverifiedUpload(read ? `it reads back with SHA-256 ${read}` : 'it is not there')
  }

  readBlob(appId: string, kind: BlobKind, sha256: string, range?: { start: number; end: number }): ReadableStream<Uint8Array> {
    const key = this.blobKey(appId, kind, sha256)
    const s3 = () => this.s3()
    const bucket = this.location.bucket
    let body: ReadableStream<Uint8Array> | undefined
    let reader: ReadableStreamDefaultReader<Uint8Array> | undefined
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (!reader) {
          const { sdk, client } = await s3()
          const r = await client.send(new sdk.GetObjectCommand({ Bucket: bucket, Key: key, Range: range ? `bytes=${range.start}-${range.end}` : undefined }))
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
        const r = await this.send((sdk, client) => client.send(new sdk.ListObjectsV2Command({ Bucket: this.location.bucket, Prefix: `${prefix}/`, ContinuationToken: token }), this.deadline()))
        for (const o of r.Contents ?? []) objects.push({ name: o.Key!.slice(prefix.length + 1), size: o.Size ?? 0, modifiedAt: o.LastModified ?? new Date(0) })
        token = r.IsTruncated ? r.NextContinuationToken : undefined
      } while (token)
    } catch (error) {
      this.explain(error, `list ${prefix}`)
    }
    return objects
  }

  /**
   * The folders under `apps/`: one delimited listing on S3. Some S3-compatible stores answer a
   * delimited listing without its common prefixes (s3rver does); when it names no app but the
   * folder holds objects, every key is listed instead and the apps read off them.
   */
  async listApps(): Promise<string[]> {
    const root = [this.location.prefix, 'apps'].filter(Boolean).join('/')
    const apps = new Set<string>()
    let objects = 0
    try {
      let token: string | undefined
      do {
        const r = await this.send((sdk, client) => client.send(new sdk.ListObjectsV2Command({ Bucket: this.location.bucket, Prefix: `${root}/`, Delimiter: '/', ContinuationToken: token }), this.deadline()))
        for (const p of r.CommonPrefixes ?? []) apps.add(p.Prefix!.slice(root.length + 1, -1))
        objects += r.Contents?.length ?? 0
        token = r.IsTruncated ? r.NextContinuationToken : undefined
      } while (token)
    } catch (error) {
      this.explain(error, `list ${root}`)
    }
    if (!apps.size && !objects) {
      for (const o of await this.listObjects(root)) apps.add(o.name.split('/')[0])
    }
    return [...apps].filter((name) => isValidName('appId', name)).sort()
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

  private telemetryKey(appId: string, parts: string[]): string {
    return this.key(appId, 'telemetry', ...parts)
  }

  async putTelemetry(appId: string, parts: string[], body: string): Promise<void> {
    await this.putText(this.telemetryKey(appId, parts), body, parts.at(-1)?.endsWith('.ndjson') ? 'application/x-ndjson' : 'application/json', {})
  }

  async listTelemetry(appId: string, parts: string[]): Promise<string[]> {
    const names = new Set((await this.listObjects(this.telemetryKey(appId, parts))).map((o) => o.name.split('/')[0]))
    return [...names].sort()
  }

  async readTelemetry(appId: string, parts: string[]): Promise<string | undefined> {
    return (await this.readText(this.telemetryKey(appId, parts)))?.value
  }

  deleteTelemetry(appId: string, parts: string[]): Promise<void> {
    return this.deleteKey(this.telemetryKey(appId, parts))
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
      await this.send((sdk, client) => client.send(new sdk.DeleteObjectCommand({ Bucket: this.location.bucket, Key: key }), this.deadline()))
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


}
