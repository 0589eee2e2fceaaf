export interface ManifestEntry {
	path: string;
	sha256: string;
	size: number;
}
/** What native code the web bundle runs against. Equal digests mean OTA-compatible. */
export interface NativeFingerprint {
	digest: string;
	/** Capacitor plugins: name → version (plus a hash of native sources when installed). */
	plugins: Record<string, string>;
	android?: string;
	ios?: string;
	/** Hash of the capacitor config without webDir. */
	config?: string;
	/** Only plugin names and versions are known (a bundle another tool uploaded to Capgo). */
	pluginsOnly?: boolean;
}
/** How far and how fast a rollout widens, and what stops it (config `rollout`, per lane). */
export interface RolloutPolicy {
	/** Shares of devices in percent, rising; the last is 100. */
	steps: number[];
	/** Devices that must have run the new bundle during a step before it widens. */
	minDevices: number;
	/** Minutes each step runs before it widens. */
	bakeMinutes: number;
	/** Largest allowed excess of the new bundle's failure rate (download, install, checksum, launch) over the stable cohort's. */
	maxExcessFailureRate: number;
	/** Largest allowed excess of its crash rate (crashes, ANRs, webview deaths after installing). */
	maxExcessCrashRate: number;
	onBreach: "pause" | "abort";
	/** One-sided confidence of the bounds: 0.9, 0.95, 0.99 or 0.999. */
	confidence: number;
}
/** The policy a rollout runs under, stored with it so every instance and job applies the same one. */
export interface StoredPolicy extends RolloutPolicy {
	lane: string;
}
/** A bundle file; encrypted bundles store each file encrypted under `blob`, its hash signed. */
export interface StoredManifestEntry extends ManifestEntry {
	/** Blob key (SHA-256 of the stored bytes) when it differs from `sha256` (encrypted files). */
	blob?: string;
	/** Hex of the RSA private-key encryption of `sha256`: the `file_hash` devices check. */
	hashSignature?: string;
	/** The file Brotli-compressed (then encrypted, for encrypted bundles): what a device downloads as `<path>.br`. */
	brotli?: {
		blob: string;
		size: number;
	};
}
/** apps/<appId>/bundles/<version>.json — immutable once written. */
export interface BundleRecord {
	version: string;
	appId: string;
	/** SHA-256 of the plain zip: what a device verifies after decrypting. */
	checksum: string;
	/** Blob key of the stored zip when it differs from `checksum` (encrypted bundles). */
	artifact?: string;
	/** Size in bytes of the stored (downloaded) zip. */
	size: number;
	commit: string;
	createdAt: string;
	nativeFingerprint: NativeFingerprint;
	minNativeVersion?: string;
	changelog: string;
	manifest: StoredManifestEntry[];
	/** Version this bundle's bytes were first released as, when it is a promotion. */
	promotedFrom?: string;
	/** Encryption v2: `base64(iv):base64(RSA private-key encryption of the AES key)`. */
	sessionKey?: string;
	/** Encryption v2: hex of the RSA private-key encryption of the 32 checksum bytes. */
	signature?: string;
	/** SHA-256 of capflight's deterministic zip, when the store packed its own (Capgo). */
	packChecksum?: string;
}
export interface ChannelHistoryEntry {
	version: string;
	checksum: string;
	at: string;
	action: "release" | "promote" | "rollback" | "rollout" | "rollout-abort";
	commit?: string;
	/** For rollbacks: the version that was current before. */
	from?: string;
	/** For rollouts: the share of devices, in basis points. */
	percentageBps?: number;
}
/** apps/<appId>/channels/<name>.json — replaced only by compare-and-swap on `revision`. */
export interface ChannelRecord {
	name: string;
	version: string;
	checksum: string;
	revision: number;
	updatedAt: string;
	nativeFingerprint: NativeFingerprint;
	minNativeVersion?: string;
	/** A second bundle served to a share of devices (basis points, 0–10000) on top of `version`. */
	rollout?: {
		version: string;
		checksum: string;
		percentageBps: number;
		startedAt: string;
		/** When the current share began (bake time counts from here); `startedAt` when absent. */
		stepStartedAt?: string;
		/** A paused rollout keeps the devices already on it and reaches no new one. */
		paused?: boolean;
		/** The policy `rollout advance` applies, when the rollout is guarded. */
		policy?: StoredPolicy | null;
	} | null;
	/** Who may receive updates from this channel (all true when absent). */
	settings?: ChannelSettings;
	history: ChannelHistoryEntry[];
}
export interface ChannelSettings {
	ios: boolean;
	android: boolean;
	allowEmulator: boolean;
	/** Serve debug (non-production) builds. */
	allowDev: boolean;
	/** Devices may pick this channel themselves (channel_self). */
	allowSelfSet: boolean;
}
export type BlobKind = "artifacts" | "files";
/**
 * Release storage: content-addressed blobs, immutable bundle records, compare-and-swap channels.
 * Every backend has it. Writes are ordered blobs → bundle → channel.
 */
export interface ReleaseStore {
	readonly url: string;
	/** Stores a content-addressed blob from a local file and verifies it; a present blob is kept. True when it was written. */
	putBlob(appId: string, kind: BlobKind, sha256: string, source: string): Promise<boolean>;
	hasBlob(appId: string, kind: BlobKind, sha256: string): Promise<boolean>;
	/** Where a device or a person can fetch the blob from. */
	blobUrl(appId: string, kind: BlobKind, sha256: string): string;
	/** Creates the record only if absent. Returns false when that version already exists. */
	createBundle(record: BundleRecord): Promise<boolean>;
	getBundle(appId: string, version: string): Promise<BundleRecord | undefined>;
	listBundleVersions(appId: string): Promise<string[]>;
	getChannel(appId: string, name: string): Promise<ChannelRecord | undefined>;
	listChannels(appId: string): Promise<string[]>;
	/**
	 * Replaces the channel only if its revision is still `expectedRevision`
	 * (undefined: only if the channel does not exist). Returns false on conflict.
	 */
	putChannel(appId: string, record: ChannelRecord, expectedRevision: number | undefined): Promise<boolean>;
	/** Size in bytes of a stored blob, or undefined when absent. */
	statBlob(appId: string, kind: BlobKind, sha256: string): Promise<number | undefined>;
	/** The blob's bytes, or the inclusive byte range `[start, end]` of them. */
	readBlob(appId: string, kind: BlobKind, sha256: string, range?: {
		start: number;
		end: number;
	}): ReadableStream<Uint8Array>;
	/** Every stored blob of a kind, with when it was written (for garbage collection). */
	listBlobs(appId: string, kind: BlobKind): Promise<StoredBlob[]>;
	deleteBlob(appId: string, kind: BlobKind, sha256: string): Promise<void>;
	deleteBundle(appId: string, version: string): Promise<void>;
}
/**
 * Device and telemetry state: operator overrides and stats. It changes far more often than
 * releases and is read by the endpoint; a backend that cannot hold it (Capgo) has none, and
 * says so where it would be needed (see `openTelemetryStore`).
 */
export interface TelemetryStore {
	readonly url: string;
	/** The apps the store holds (folders under `apps/`), sorted; names that are not app ids are left out. */
	listApps(): Promise<string[]>;
	/** An operator's override of a device's channel, if any. */
	getDeviceChannel(appId: string, deviceId: string): Promise<string | undefined>;
	/** Devices with an override (so the rest need no lookup). */
	listDevicesWithChannel(appId: string): Promise<string[]>;
	/** Sets (or with undefined, clears) a device's override. */
	putDeviceChannel(appId: string, deviceId: string, channel: string | undefined): Promise<void>;
	/**
	 * Writes one immutable telemetry object under `apps/<appId>/telemetry/<path…>` (a batch of raw
	 * rows, a rollup part). Each writer names its objects uniquely, so writers never collide.
	 */
	putTelemetry(appId: string, path: string[], body: string): Promise<void>;
	/** Names of the telemetry objects and folders directly under a path (sorted). */
	listTelemetry(appId: string, path: string[]): Promise<string[]>;
	/** A telemetry object's text, undefined when it is not there (any more). */
	readTelemetry(appId: string, path: string[]): Promise<string | undefined>;
	deleteTelemetry(appId: string, path: string[]): Promise<void>;
}
/** A backend that holds both (file:, s3://): what `capflight serve` runs on. */
export interface Store extends ReleaseStore, TelemetryStore {
}
export interface StoredBlob {
	sha256: string;
	size: number;
	modifiedAt: Date;
}
/** One `/updates` answer, as the decision log keeps it. */
export interface DecisionRow {
	t: string;
	app_id: string;
	device_id: string;
	channel: string;
	/** How the channel was chosen: an operator's override, the device's own choice, the default. */
	why: "override" | "self" | "default";
	platform: string;
	native: string;
	/** The bundle the device runs. */
	current: string;
	/** The device's rollout bucket (0–9999) when the channel has a rollout; in it when below the rollout's share. */
	bucket: number | null;
	/** The version sent, when an update was. */
	sent?: string;
	/** The answer's kind and reason code when no update was sent. */
	kind?: "up_to_date" | "blocked";
	reason?: string;
}
/** One stats event, as the raw partitions keep it. */
export interface EventRow {
	t: string;
	app_id: string;
	device_id: string;
	channel: string;
	action: string;
	version: string;
	old_version?: string;
	platform: string;
	native: string;
}
declare class TelemetryRecorder {
	private readonly store;
	private readonly options;
	private pending;
	/** Apps this instance has recorded anything for. */
	readonly apps: Set<string>;
	private seq;
	private flushing;
	readonly instance: string;
	dropped: number;
	written: number;
	constructor(store: TelemetryStore, options?: {
		maxRows?: number;
		instance?: string;
	});
	/** Rows (decisions and events) buffered and not yet written. */
	rows: number;
	decision(row: DecisionRow): void;
	event(row: EventRow): void;
	private last;
	/** A device's key, hashed once for a run of its rows (a stats batch is one device's queue). */
	private keyOf;
	/** Writes everything buffered; resolves to the number of objects written. One flush at a time. */
	flush(): Promise<number>;
	private write;
	private restore;
	private room;
}
export interface UpdateHandlerOptions {
	store: Store;
	/** Channel for devices that name none (or name one that does not exist). Default `production`. */
	defaultChannel?: string;
	/** Base URL devices download from (behind a proxy or CDN); default: the request's origin. */
	publicUrl?: string;
	/** How long channel state is reused before it is read from the store again. Default 1000 ms. */
	cacheTtlMs?: number;
	/** Largest JSON body accepted on /updates and /channel_self. Default 64 KiB. */
	maxBodyBytes?: number;
	/** Largest /stats body, and most events in one batch. Defaults 1 MiB and 1,000. */
	maxStatsBytes?: number;
	maxStatsEvents?: number;
	/** Stats events one device may send per minute to this instance; the rest are refused (429) and counted. Default 120. */
	statsPerDevicePerMinute?: number;
	/** Rows (decisions and stats) this instance buffers before it refuses stats with 429. Default 200,000. */
	maxPendingStats?: number;
	/** Rows buffered at which a flush starts without waiting for the next `flush()` call: a burst never reaches maxPendingStats. Default a quarter of it. */
	flushRows?: number;
	/** Largest /updates/manifest_size body. Default 2 MiB. */
	maxManifestBytes?: number;
	now?: () => Date;
	/**
	 * Buffers the decision log and stats of this instance until they are flushed (`flush()` of
	 * the handler). Default: one made for this handler over `store`.
	 */
	recorder?: TelemetryRecorder;
	/** Called with unexpected errors (answered 500). */
	onError?: (error: unknown) => void;
}
/** A handler that also writes out what it buffered: call `flush()` on a timer and before exit. */
export type FetchHandler = ((request: Request) => Promise<Response>) & {
	flush(): Promise<number>;
};
/** A request as the protocol code sees it: what every host (fetch, Node http) can give cheaply. */
export interface RawRequest {
	method: string;
	/** Path and query string, e.g. `/channel_self?app_id=…`. */
	path: string;
	/** Scheme, host and port the request came to, for download URLs. */
	origin: string;
	header(name: string): string | undefined;
	/** The body, read up to the host's limit; `bodyTooLarge` when it went past it. */
	body?: Buffer;
	bodyTooLarge?: boolean;
}
export interface RawResponse {
	status: number;
	headers: Record<string, string>;
	body?: string | ReadableStream<Uint8Array> | null;
}
export type RawHandle = (request: RawRequest) => Promise<RawResponse>;
export type RawHandler = RawHandle & {
	flush(): Promise<number>;
	recorder: TelemetryRecorder;
};
/** A device is in a rollout when its bucket is below the share in basis points: cohorts only grow as the share rises. */
export declare function inRollout(deviceId: string, version: string, percentageBps: number): boolean;
/**
 * The self-hosted update endpoint of @capgo/capacitor-updater as a standard
 * fetch handler (Request → Response): mount it in a serverless function or an
 * edge worker. All state lives in the store, so instances scale out.
 */
export declare function createUpdateHandler(options: UpdateHandlerOptions): FetchHandler;
/** The protocol itself, on plain request/response objects (Node's http server uses it directly). */
export declare function createRawHandler(options: UpdateHandlerOptions): RawHandler;
export declare function knownStoreSchemes(): string[];
/**
 * The embedded store: a folder (default `.capflight/store`). Atomic renames,
 * hard-link create-if-absent and a lock file per channel give the same
 * guarantees the S3 store gets from conditional writes.
 */
export declare class FileStore implements Store {
	readonly root: string;
	constructor(root: string);
	get url(): string;
	private app;
	private blobPath;
	blobUrl(appId: string, kind: BlobKind, sha256: string): string;
	hasBlob(appId: string, kind: BlobKind, sha256: string): Promise<boolean>;
	putBlob(appId: string, kind: BlobKind, sha256: string, source: string): Promise<boolean>;
	createBundle(record: BundleRecord): Promise<boolean>;
	getBundle(appId: string, version: string): Promise<BundleRecord | undefined>;
	listBundleVersions(appId: string): Promise<string[]>;
	getChannel(appId: string, name: string): Promise<ChannelRecord | undefined>;
	listChannels(appId: string): Promise<string[]>;
	listApps(): Promise<string[]>;
	private list;
	putChannel(appId: string, record: ChannelRecord, expectedRevision: number | undefined): Promise<boolean>;
	statBlob(appId: string, kind: BlobKind, sha256: string): Promise<number | undefined>;
	readBlob(appId: string, kind: BlobKind, sha256: string, range?: {
		start: number;
		end: number;
	}): ReadableStream<Uint8Array>;
	private devicePath;
	getDeviceChannel(appId: string, deviceId: string): Promise<string | undefined>;
	listDevicesWithChannel(appId: string): Promise<string[]>;
	putDeviceChannel(appId: string, deviceId: string, channel: string | undefined): Promise<void>;
	putTelemetry(appId: string, parts: string[], body: string): Promise<void>;
	listTelemetry(appId: string, parts: string[]): Promise<string[]>;
	readTelemetry(appId: string, parts: string[]): Promise<string | undefined>;
	deleteTelemetry(appId: string, parts: string[]): Promise<void>;
	listBlobs(appId: string, kind: BlobKind): Promise<StoredBlob[]>;
	deleteBlob(appId: string, kind: BlobKind, sha256: string): Promise<void>;
	deleteBundle(appId: string, version: string): Promise<void>;
	/** An exclusive lock file; one left by a killed process is taken over once stale. */
	private lock;
}
/**
 * Opens a store the endpoint can serve from: release storage and device data (file: or s3://;
 * capgo: is refused, since devices on Capgo update from Capgo). No URL (an unset variable) is
 * the embedded local store below `cwd`, as for the CLI. `env` supplies credentials.
 */
export declare function openStore(url: string | undefined, cwd?: string, env?: Record<string, string | undefined>): Store;

export {};
