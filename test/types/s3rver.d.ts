// s3rver ships no types; the tests use its constructor, run() and close().
declare module 's3rver' {
  export default class S3rver {
    constructor(options: { port?: number; address?: string; silent?: boolean; directory: string; configureBuckets?: { name: string }[] })
    run(): Promise<import('node:net').AddressInfo>
    close(): Promise<void>
  }
}
