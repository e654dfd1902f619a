import { s3Storage } from '@payloadcms/storage-s3'
import type { S3ClientConfig } from '@aws-sdk/client-s3'
import type { Plugin } from 'payload'

import { ConfigError } from '@/lib/env/ConfigError'
import { answerStorageFailures } from '@/lib/storage/answerStorageFailures'

export type StorageEnv = {
  S3_BUCKET?: string
  S3_REGION?: string
  S3_ENDPOINT?: string
  S3_ACCESS_KEY_ID?: string
  S3_SECRET_ACCESS_KEY?: string
  S3_FORCE_PATH_STYLE?: string
  S3_PREFIX?: string
  S3_TIMEOUT_MS?: string
}

/**
 * Media files in an S3-compatible bucket (AWS S3, MinIO, Cloudflare R2…) when S3_BUCKET is set, so
 * every instance serves the same files; the local `media/` folder otherwise.
 *
 * The plugin is always added, enabled only with a bucket: `alwaysInsertFields` gives the media
 * collection the same columns (`prefix`, `_objectKey`) either way, so one set of committed SQLite
 * migrations fits both and switching storage never needs a schema change. Files are still served
 * through /api/media/file/… (Payload's access control, and the URLs stay the same after a move).
 * A file that cannot reach the bucket fails the upload with a clear 502 and leaves no document
 * (answerStorageFailures).
 */
export function mediaStorage(env: StorageEnv): Plugin {
  const bucket = env.S3_BUCKET?.trim()
  if (
    bucket &&
    !(env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY) &&
    (env.S3_ACCESS_KEY_ID || env.S3_SECRET_ACCESS_KEY)
  ) {
    throw new ConfigError(
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the default AWS credential chain.',
    )
  }
  const plugin = s3Storage({
    enabled: Boolean(bucket),
    // The plugin keeps one client per cache key for the whole process: name the endpoint too.
    clientCacheKey: `s3:${env.S3_ENDPOINT ?? 'aws'}:${bucket}`,
    alwaysInsertFields: true,
    bucket: bucket || 'unused',
    // A prefix, even an empty one, is what makes the enabled plugin keep the `prefix` column too.
    collections: { media: { prefix: env.S3_PREFIX || '' } },
    config: s3ClientConfig(env),
  })
  return bucket ? answerStorageFailures(plugin, 'media') : plugin
}

/**
 * The S3 client's settings, one for the media plugin and for the files derived from media
 * (src/lib/storage/derivedFiles.ts).
 */
export function s3ClientConfig(env: StorageEnv): S3ClientConfig {
  const idleTimeout = Number(env.S3_TIMEOUT_MS) > 0 ? Number(env.S3_TIMEOUT_MS) : 30_000
  return {
    region: env.S3_REGION || 'us-east-1',
    endpoint: env.S3_ENDPOINT || undefined,
    // MinIO and most self-hosted stores address buckets by path, not by subdomain.
    forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
    // The SDK waits forever by default: a store that accepts a connection and never answers
    // would hold the editor's upload (and a server connection) open. The plugin's keep-alive
    // agents are kept.
    requestHandler: {
      connectionTimeout: 5_000,
      socketTimeout: idleTimeout,
      httpAgent: { keepAlive: true, maxSockets: 100 },
      httpsAgent: { keepAlive: true, maxSockets: 100 },
    },
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined,
  }
}
