import sharp from 'sharp'
import { handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { cleanFileName } from '@/lib/format/fileName'
import { rest, signIn } from '@tests/helpers/api'
import { minimalPdf } from '@tests/helpers/files'
import { createTestPayload, testPayloadForFile } from '@tests/helpers/testPayload'
import { validationMessages } from '@tests/helpers/validation'

const t = testPayloadForFile()
let editorToken: string

beforeAll(async () => {
  await signIn(t.payload, ['admin'])
  editorToken = (await signIn(t.payload, ['editor'])).token
})

const png = () =>
  sharp({ create: { width: 1600, height: 900, channels: 3, background: '#7a1f1f' } })
    .png()
    .toBuffer()
const svg = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>',
)
const html = Buffer.from(
  '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>',
)

const upload = (data: Buffer, name: string, mimetype: string, alt = 'Sınaq şəkli') =>
  t.payload.create({
    collection: 'media',
    locale: 'az',
    data: { alt },
    file: { data, name, mimetype, size: data.length },
  })

const count = async () => (await t.payload.count({ collection: 'media' })).totalDocs

describe('media uploads', () => {
  it('stores an image with thumbnail, card and hero in two widths each of one shape, and Open Graph (1200×630), in WebP', async () => {
    const doc = await upload(await png(), 'memorial.png', 'image/png')
    expect(doc.mimeType).toBe('image/png')
    expect(doc.sizes?.og).toMatchObject({ width: 1200, height: 630, mimeType: 'image/webp' })
    expect(doc.sizes?.card).toMatchObject({ width: 640, height: 400, mimeType: 'image/webp' })
    expect(doc.sizes?.thumbnail).toMatchObject({ width: 320, height: 320, mimeType: 'image/webp' })
    expect(doc.sizes?.hero).toMatchObject({ width: 1600, mimeType: 'image/webp' })
    // srcset pairs: the small rendition has the large one's shape, or the browser would stretch it.
    expect(doc.sizes?.cardSmall).toMatchObject({ width: 320, height: 200, mimeType: 'image/webp' })
    expect(doc.sizes?.heroSmall).toMatchObject({ width: 800, mimeType: 'image/webp' })
    const ratio = (size?: { width?: number | null; height?: number | null } | null) =>
      size!.width! / size!.height!
    expect(ratio(doc.sizes?.heroSmall)).toBeCloseTo(ratio(doc.sizes?.hero), 2)
  })

  it.each([
    ['an SVG', svg, 'drawing.svg', 'image/svg+xml'],
    ['an SVG renamed .jpg', svg, 'photo.jpg', 'image/jpeg'],
    ['an HTML file renamed .jpg', html, 'photo.jpg', 'image/jpeg'],
    ['an HTML file renamed .pdf', html, 'report.pdf', 'application/pdf'],
  ])(
    'refuses %s, judged by its bytes, and stores nothing',
    async (_label, data, name, mimetype) => {
      const before = await count()
      await expect(upload(data, name, mimetype)).rejects.toThrow(
        /not accepted|qəbul edilmir|не принимается/,
      )
      expect(await count()).toBe(before)
    },
  )

  it('answers a refused upload over REST with 415 and a message', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(svg)], { type: 'image/jpeg' }), 'innocent.jpg')
    form.append('_payload', JSON.stringify({ alt: 'x' }))
    const response = await rest(t.payload, 'POST', '/api/media', { token: editorToken, body: form })
    expect(response.status).toBe(415)
    expect(JSON.stringify(response.json)).toMatch(/image\/svg\+xml|text or unknown/)
  })

  it('requires az alt text for images', async () => {
    const errors = await validationMessages(upload(await png(), 'no-alt.png', 'image/png', ''))
    expect(Object.keys(errors)).toEqual(['alt'])
  })

  it('does not require alt text for a PDF', async () => {
    const doc = await upload(minimalPdf('Resolution'), 'resolution.pdf', 'application/pdf', '')
    expect(doc.mimeType).toBe('application/pdf')
  })

  it('serves files with nosniff, and anything but an image as a download', async () => {
    const pdf = await upload(minimalPdf('Served'), 'served.pdf', 'application/pdf', '')
    const image = await upload(await png(), 'served.png', 'image/png')
    const get = (filename: string) =>
      handleEndpoints({
        config: t.payload.config,
        path: `/api/media/file/${filename}`,
        request: new Request(`http://localhost/api/media/file/${filename}`),
      })
    const pdfResponse = await get(pdf.filename!)
    expect(pdfResponse.status).toBe(200)
    expect(pdfResponse.headers.get('content-disposition')).toBe('attachment')
    expect(pdfResponse.headers.get('x-content-type-options')).toBe('nosniff')
    const imageResponse = await get(image.filename!)
    expect(imageResponse.status).toBe(200)
    expect(imageResponse.headers.get('content-disposition')).toBeNull()
    expect(imageResponse.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('refuses a file over the configured size limit with 413 and keeps nothing', async () => {
    const small = await createTestPayload({ MEDIA_MAX_BYTES: '2048' }, { key: 'small-limit' })
    try {
      const token = (await signIn(small.payload, ['admin'])).token
      const form = new FormData()
      form.append(
        'file',
        new Blob([new Uint8Array(await png()), new Uint8Array(4096)], { type: 'image/png' }),
        'big.png',
      )
      form.append('_payload', JSON.stringify({ alt: 'Böyük' }))
      const request = new Request('http://localhost/api/media', {
        method: 'POST',
        headers: { authorization: `JWT ${token}` },
        body: form,
      })
      const { handleEndpoints } = await import('payload')
      const response = await handleEndpoints({
        config: small.payload.config,
        path: '/api/media',
        request,
        payloadInstanceCacheKey: 'small-limit',
      })
      expect(response.status).toBe(413)
      expect((await small.payload.count({ collection: 'media' })).totalDocs).toBe(0)
    } finally {
      await small.destroy()
    }
  })

  it('cleans path separators and control characters out of file names', () => {
    expect(cleanFileName('../../etc/passwd\u0000.jpg', 'jpg')).toBe('etc-passwd.jpg')
    expect(cleanFileName('C:\\Users\\x\\şəkil 1.PNG', 'png')).toBe('C-Users-x-şəkil-1.png')
    expect(cleanFileName('...', 'pdf')).toBe('file.pdf')
    expect(cleanFileName('report.exe', 'pdf')).toBe('report.pdf')
  })
})
