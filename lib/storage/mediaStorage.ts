import { s3Storage } from '@payloadcms/storage-s3'

import { COLLECTION_SLUGS } from '../../collections/slugs'

/**
 * Media on an S3-compatible bucket when S3_BUCKET is set (every instance then serves the same files),
 * on the local disk otherwise. The plugin's bookkeeping fields exist in both cases, so that one schema
 * and one set of migrations serve either. Files stay behind Payload's `/api/media/file/…` route and its
 * access control; without keys, the AWS SDK's own credential chain (instance role, profile) applies.
 */
export function mediaStorage() {
  const env = process.env
  const hasKeys = Boolean(env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY)
  return s3Storage({
    enabled: isMediaOnBucket(),
    alwaysInsertFields: true,
    bucket: env.S3_BUCKET ?? '',
    // A named prefix makes the plugin keep its `prefix` field whether or not it is enabled.
    collections: { [COLLECTION_SLUGS.media]: { prefix: 'media' } },
    config: {
      region: env.S3_REGION || 'us-east-1',
      ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
      // MinIO and most self-hosted stores address buckets by path, not by host name.
      forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
      ...(hasKeys ? { credentials: { accessKeyId: env.S3_ACCESS_KEY_ID ?? '', secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? '' } } : {}),
    },
  })
}

export function isMediaOnBucket(): boolean {
  return Boolean(process.env.S3_BUCKET)
}
