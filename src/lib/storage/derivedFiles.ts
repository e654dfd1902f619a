import fs from 'node:fs/promises'
import path from 'node:path'

import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3'

import { s3ClientConfig, type StorageEnv } from '@/lib/storage/mediaStorage'

/**
 * Files made from a media file (its IIIF tiles) beside the originals, where mediaStorage keeps
 * them: under `iiif/` in the media folder, or under `{S3_PREFIX}iiif/` in the bucket. Payload never
 * serves them (its file route answers only the filenames of media documents); the IIIF image
 * route does, after checking that visitors may see the original.
 */
export type DerivedFiles = {
  /** The original of a media document, as stored. */
  readOriginal: (doc: { filename?: string | null; prefix?: string | null }) => Promise<Buffer>
  write: (key: string, body: Buffer, contentType: string) => Promise<void>
  /** null when there is no such file. */
  read: (key: string) => Promise<Buffer | null>
  /** Every file under a folder (`iiif/12/`). */
  removeAll: (folder: string) => Promise<void>
}

/** A key made of path segments the caller built, never of what a request sent. */
const safeKey = (key: string) => {
  const normal = path.posix.normalize(key)
  if (normal.startsWith('/') || normal.startsWith('..') || normal !== key)
    throw new Error(`Not a derived file key: ${key}`)
  return normal
}

function onDisk(mediaDir: string): DerivedFiles {
  const file = (key: string) => path.join(mediaDir, safeKey(key))
  return {
    readOriginal: (doc) => fs.readFile(path.join(mediaDir, path.basename(doc.filename ?? ''))),
    write: async (key, body) => {
      await fs.mkdir(path.dirname(file(key)), { recursive: true })
      await fs.writeFile(file(key), body)
    },
    read: (key) =>
      fs.readFile(file(key)).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null
        throw error
      }),
    removeAll: (folder) => fs.rm(file(folder), { recursive: true, force: true }),
  }
}

function inBucket(env: StorageEnv, bucket: string): DerivedFiles {
  const client = new S3Client(s3ClientConfig(env))
  const prefix = env.S3_PREFIX || ''
  const objectKey = (key: string) => path.posix.join(prefix, safeKey(key))
  const body = async (key: string) => {
    const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
    return Buffer.from(await object.Body!.transformToByteArray())
  }
  return {
    readOriginal: (doc) => body(path.posix.join(doc.prefix ?? prefix, doc.filename ?? '')),
    write: async (key, data, contentType) => {
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: objectKey(key),
          Body: data,
          ContentType: contentType,
        }),
      )
    },
    read: (key) =>
      body(objectKey(key)).catch((error: unknown) => {
        if (error instanceof NoSuchKey) return null
        throw error
      }),
    removeAll: async (folder) => {
      let token: string | undefined
      do {
        const page = await client.send(
          new ListObjectsV2Command({
            Bucket: bucket,
            Prefix: `${objectKey(folder)}/`,
            ContinuationToken: token,
          }),
        )
        const keys = (page.Contents ?? []).flatMap((o) => (o.Key ? [{ Key: o.Key }] : []))
        if (keys.length)
          await client.send(
            new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys, Quiet: true } }),
          )
        token = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (token)
    },
  }
}

/** Where this instance keeps derived files: the bucket when S3_BUCKET is set, the media folder otherwise. */
export const derivedFiles = (env: StorageEnv, mediaDir: string): DerivedFiles =>
  env.S3_BUCKET?.trim() ? inBucket(env, env.S3_BUCKET.trim()) : onDisk(mediaDir)
