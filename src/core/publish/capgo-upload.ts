import type { CapgoStore } from '../store/capgo-store.js'
import type { BundleRecord, ChannelMove } from '../store/types.js'
import { moveChannelTo, requirePrivateKey } from './content-addressed.js'
import type { PreparedBundle, Publisher, PublishInput, RecordFields } from './types.js'

/**
 * The publisher of Capgo Cloud bundles: the Capgo CLI packs, stores and verifies the web folder
 * and moves the channel (or starts the rollout) itself; a version Capgo already holds from other
 * content is a version race. A promotion moves the channel through Capgo's API.
 */
export class CapgoUploadPublisher implements Publisher {
  readonly promotionRecords = false
  readonly deltaFiles = false

  constructor(private readonly store: CapgoStore) {}

  async prepare(input: PublishInput): Promise<PreparedBundle> {
    requirePrivateKey(input, this.store.url)
    return {
      publish: async (fields: RecordFields): Promise<BundleRecord> => {
        const record = await input.reporter.group(`Upload to ${this.store.url}`, () => this.store.upload({
          appId: input.appId,
          version: fields.version,
          channel: input.move.channel,
          cwd: input.cwd,
          webDir: input.webDir,
          commit: input.commit,
          commitUrl: input.commitUrl,
          changelog: fields.changelog,
          fingerprint: input.fingerprint,
          packChecksum: input.packed.checksum,
          minNativeVersion: fields.minNativeVersion,
          privateKey: input.privateKeyPem,
          rolloutPercent: input.move.rolloutBps !== undefined ? input.move.rolloutBps / 100 : undefined,
          allowNativeChange: input.allowNativeChange
        }))
        return { ...record, size: record.size || input.packed.size }
      }
    }
  }

  /** A release's upload has moved the channel already; a promotion moves it here. */
  async moveChannel(bundle: BundleRecord, move: ChannelMove, at: Date): Promise<string | undefined> {
    if (move.kind === 'release') return move.fromVersion ?? undefined
    return moveChannelTo(this.store, bundle, move, at)
  }
}
