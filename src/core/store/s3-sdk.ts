// The AWS SDK, loaded only when an s3:// store is opened: it is half of the CLI's bundle, and
// most commands never touch S3.
export { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
export { Upload } from '@aws-sdk/lib-storage'
export { ConfiguredRetryStrategy } from '@smithy/core/retry'
