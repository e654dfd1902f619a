import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import net, { type AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import {
  CreateBucketCommand,
  DeleteBucketCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3'
import { handleEndpoints, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MEDIA_QUEUE } from '@/lib/documents/processMedia'
import type { Media } from '@/payload-types'
import { getRaw, signIn } from '@tests/helpers/api'
import { minimalPdf } from '@tests/helpers/files'
import { createTestPayload, type TestPayload } from '@tests/helpers/testPayload'

/** The part of s3rver (an S3-compatible server in Node, storing objects on disk) this test uses; it ships no types. */
type S3rverInstance = { run: () => Promise<AddressInfo>; close: () => Promise<void> }
type S3rverOptions = {
  address: string
  port: number
  silent: boolean
  directory: string
  configureBuckets: { name: string; configs: string[] }[]
}
const S3rver = createRequire(import.meta.url)('s3rver') as new (
  options: S3rverOptions,
) => S3rverInstance

const bucket = 'khojaly-media-test'
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

let dir: string
let server: S3rverInstance
let serverRunning = false
let s3: S3Client
let t: TestPayload
let payload: Payload
let token: string
let endpoint: string

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khojaly-s3-'))
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dir,
    configureBuckets: [{ name: bucket, configs: [] }],
  })
  endpoint = `http://127.0.0.1:${(await server.run()).port}`
  serverRunning = true
  s3 = new S3Client({ endpoint, forcePathStyle: true, region: 'us-east-1', credentials })
  t = await createTestPayload({
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_FORCE_PATH_STYLE: 'true',
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: credentials.accessKeyId,
    S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    // Short, for the test of a store that never answers; s3rver answers in milliseconds.
    S3_TIMEOUT_MS: '1500',
  })
  payload = t.payload
  token = (await signIn(payload, ['editor'])).token
})
afterAll(async () => {
  s3?.destroy()
  await t?.destroy()
  if (serverRunning) await server.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')
const png = () =>
  sharp({ create: { width: 1600, height: 900, channels: 3, background: '#1f4a7a' } })
    .png()
    .toBuffer()

const objectKeys = async () => {
  const listing = await s3.send(new ListObjectsV2Command({ Bucket: bucket }))
  return (listing.Contents ?? []).map((object) => object.Key!).sort()
}

/** Files under a folder, recursively; none if it does not exist. */
const filesUnder = (folder: string): string[] =>
  fs.existsSync(folder)
    ? fs
        .readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name)
    : []

/** POST /api/media as an editor would. */
async function uploadOverRest(data: Buffer, name: string, type: string, alt: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify({ alt }))
  const request = new Request('http://localhost/api/media', {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
  const response = await handleEndpoints({ config: payload.config, path: '/api/media', request })
  return {
    status: response.status,
    json: (await response.json()) as {
      doc?: Media
      errors?: { message: string }[]
      message?: string
    },
  }
}

async function deleteOverRest(id: string | number) {
  const request = new Request(`http://localhost/api/media/${id}`, {
    method: 'DELETE',
    headers: { authorization: `JWT ${token}` },
  })
  return (await handleEndpoints({ config: payload.config, path: `/api/media/${id}`, request }))
    .status
}

const mediaCount = async () => (await payload.count({ collection: 'media' })).totalDocs

const getFile = (filename: string) => getRaw(payload, `/api/media/file/${filename}`)

describe('media in an S3-compatible bucket (s3rver)', () => {
  let image: Media
  let pdf: Media
  let imageBytes: Buffer

  it('puts an uploaded image and its WebP sizes in the bucket, and nothing in the local media folder', async () => {
    imageBytes = await png()
    const { status, json } = await uploadOverRest(
      imageBytes,
      'bucket-photo.png',
      'image/png',
      'Kova şəkli',
    )
    expect(status, JSON.stringify(json)).toBe(201)
    image = json.doc!
    const sizes = Object.values(image.sizes ?? {})
    expect(sizes).toHaveLength(6)
    for (const size of sizes) expect(size?.mimeType).toBe('image/webp')
    expect(await objectKeys()).toEqual(
      [image.filename!, ...sizes.map((size) => size!.filename!)].sort(),
    )
    const stored = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: image.filename! }))
    expect(sha256(await stored.Body!.transformToByteArray())).toBe(sha256(imageBytes))
    expect(filesUnder(path.join(t.dir, 'media'))).toEqual([])
  })

  it('streams the same bytes back from /api/media/file/…, with nosniff and inline for an image', async () => {
    const response = await getFile(image.filename!)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-disposition')).toBeNull()
    expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(sha256(imageBytes))

    const og = await getFile(image.sizes!.og!.filename!)
    expect(og.status).toBe(200)
    expect(og.headers.get('content-type')).toBe('image/webp')
    const ogBytes = Buffer.from(await og.arrayBuffer())
    expect(ogBytes.subarray(8, 12).toString('latin1')).toBe('WEBP')
    expect(await sharp(ogBytes).metadata()).toMatchObject({
      format: 'webp',
      width: 1200,
      height: 630,
    })
  })

  it('serves a PDF from the bucket as a download with nosniff, byte for byte', async () => {
    const pdfBytes = minimalPdf('Bucket')
    const { status, json } = await uploadOverRest(
      pdfBytes,
      'bucket-report.pdf',
      'application/pdf',
      '',
    )
    expect(status, JSON.stringify(json)).toBe(201)
    pdf = json.doc!
    expect(await objectKeys()).toContain(pdf.filename!)
    const response = await getFile(pdf.filename!)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toBe('attachment')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(sha256(pdfBytes))
    expect(filesUnder(path.join(t.dir, 'media'))).toEqual([])
  })

  it('keeps the IIIF tiles of an image and of each page of a PDF in the bucket, under iiif/, and serves them from there', async () => {
    await payload.jobs.run({ queue: MEDIA_QUEUE, limit: 10 })
    const keys = await objectKeys()
    expect(keys).toContain(`iiif/${image.id}/image/info.json`)
    expect(keys).toContain(`iiif/${pdf.id}/p1/info.json`)
    expect(keys.filter((key) => key.startsWith(`iiif/${image.id}/image/`)).length).toBeGreaterThan(
      4,
    )
    const get = (path: string) => getRaw(payload, path)
    const info = (await (await get(`/api/iiif/image/${image.id}/info.json`)).json()) as {
      width: number
      sizes: { width: number; height: number }[]
    }
    expect(info.width).toBe(1600)
    const { width, height } = info.sizes[0]
    const tile = await get(`/api/iiif/image/${image.id}/full/${width},${height}/0/default.jpg`)
    expect(tile.status).toBe(200)
    expect(await sharp(Buffer.from(await tile.arrayBuffer())).metadata()).toMatchObject({
      format: 'jpeg',
      width,
      height,
    })
    // The PDF's page (standard Helvetica, not embedded) is read and drawn with pdf.js's own fonts.
    const read = (await payload.findByID({ collection: 'media', id: pdf.id })) as Media
    expect(read.pages?.map((page) => [page.number, page.method, page.text])).toEqual([
      [1, 'text', 'Bucket'],
    ])
    expect(filesUnder(path.join(t.dir, 'media'))).toEqual([])
  })

  it('deletes the objects of a deleted media document', async () => {
    expect(await deleteOverRest(image.id)).toBe(200)
    const keys = await objectKeys()
    expect(keys.filter((key) => key.startsWith('bucket-photo'))).toEqual([])
    expect(keys.filter((key) => key.startsWith(`iiif/${image.id}/`))).toEqual([])
    expect(keys.some((key) => key.startsWith(`iiif/${pdf.id}/`))).toBe(true)
    expect(keys.some((key) => key.startsWith('bucket-report'))).toBe(true)
    // Media is read through a query now (a photo withheld with its person), so a file that is gone
    // is refused as a withheld one is: the answer does not tell a visitor which of the two it is.
    expect((await getFile(image.filename!)).status).toBe(403)
  })

  it('answers an upload to a bucket that does not exist with 502 and the reason, and keeps no document', async () => {
    for (const doc of (await payload.find({ collection: 'media', depth: 0 })).docs)
      await deleteOverRest(doc.id)
    expect(await objectKeys()).toEqual([])
    await s3.send(new DeleteBucketCommand({ Bucket: bucket }))
    const { status, json } = await uploadOverRest(await png(), 'lost.png', 'image/png', 'İtmiş')
    expect(status).toBe(502)
    expect(json.errors?.[0]?.message).toMatch(/\(NoSuchBucket\)/)
    expect(await mediaCount()).toBe(0)
    await s3.send(new CreateBucketCommand({ Bucket: bucket }))
  })

  it('answers an upload while the storage server is down with 502 and the reason, quickly, and keeps no document', async () => {
    await server.close()
    serverRunning = false
    const started = Date.now()
    const { status, json } = await uploadOverRest(await png(), 'offline.png', 'image/png', 'Oflayn')
    expect(status).toBe(502)
    expect(json.errors?.[0]?.message).toMatch(/\(ECONNREFUSED\)/)
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(await mediaCount()).toBe(0)
  })

  it('answers an upload to a store that accepts the connection and never answers with 502 once the timeout passes, and keeps no document', async () => {
    // Where s3rver was: a socket that takes connections and stays silent (a hung store or proxy).
    const silent = net.createServer(() => {})
    await new Promise<void>((resolve) =>
      silent.listen(Number(new URL(endpoint).port), '127.0.0.1', resolve),
    )
    try {
      const started = Date.now()
      const { status, json } = await uploadOverRest(await png(), 'hung.png', 'image/png', 'Asılı')
      expect(status).toBe(502)
      expect(json.errors?.[0]?.message).toMatch(/\((TimeoutError|RequestTimeout|ECONNRESET)\)/)
      // Without a socket timeout the SDK would wait for ever. With S3_TIMEOUT_MS at 1.5 s an upload
      // takes about 9.5 s here (the SDK's three attempts for the original and its sizes, with
      // backoff), more on a loaded machine: the bound is "it ends", not a speed.
      expect(Date.now() - started).toBeLessThan(20_000)
      expect(await mediaCount()).toBe(0)
    } finally {
      silent.close()
    }
  })
})
