import fs from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { localeCodes } from '@/i18n/locales'
import {
  MEDIA_PROCESSING_CONTEXT,
  MEDIA_QUEUE,
  processMediaAgain,
} from '@/lib/documents/processMedia'
import { runSearch } from '@/lib/search/query'
import type { Media } from '@/payload-types'
import { ensureOcr } from '@tests/helpers/ocr'
import { bornDigitalPdf, scannedPdf } from '@tests/helpers/pdfFixtures'
import { createTestPayload, noRevalidate, testPayloadForFile } from '@tests/helpers/testPayload'

const t = testPayloadForFile(() => createTestPayload())

// Synthetic texts: each page has a word no other page (and nothing in the seed) has.
const AZ_PAGES = [
  'Sintetik qətnamənin birinci səhifəsi: qərarlaşdırılmış mətnin başlanğıcı.',
  'Sintetik qətnamənin ikinci səhifəsi: zümrüdləşmiş vərəqlər burada yazılıb.',
]
const RU_SCAN = [
  'Синтетическая страница первая: просто вступление.',
  'Синтетическая страница вторая: изумрудоподобные листы архива.',
]
const AZ_SCAN = ['Sintetik skan: çinarlıqdakı qovluq sənədi.']

const upload = async (name: string, data: Buffer) =>
  (await t.payload.create({
    collection: 'media',
    data: {} as never,
    file: { data, name, mimetype: 'application/pdf', size: data.length },
    context: noRevalidate(),
  })) as Media

const runMediaJobs = () => t.payload.jobs.run({ queue: MEDIA_QUEUE, limit: 10 })

const read = async (id: number | string) =>
  (await t.payload.findByID({ collection: 'media', id, depth: 0 })) as Media

async function publishResolution(file: number | string, title: string) {
  return t.payload.create({
    collection: 'resolutions',
    locale: 'az',
    data: {
      title,
      body: 'Sintetik parlament',
      jurisdiction: 'AZ',
      adoptedAt: '1994-02-24T00:00:00.000Z',
      adoptedAtPrecision: 'day',
      kind: 'resolution',
      summary: 'Sintetik qətnamənin xülasəsi.',
      originalFile: file,
      _status: 'published',
    } as never,
    context: noRevalidate(),
  })
}

beforeAll(() => {
  const ocr = ensureOcr()
  if (!ocr.ok) throw new Error(ocr.reason)
})

describe('the full text of a PDF', () => {
  it('is read page by page as a job, each page tiled for IIIF, with its progress on the media document', async () => {
    const media = await upload('sintetik-qetname.pdf', await bornDigitalPdf(AZ_PAGES))
    // The upload itself only queues the work.
    expect(media.processing?.status).toBe('queued')
    expect(media.pages ?? []).toEqual([])
    const { docs: queued } = await t.payload.find({
      collection: 'payload-jobs',
      where: { queue: { equals: MEDIA_QUEUE } },
      overrideAccess: true,
    })
    expect(queued.map((job) => job.input)).toContainEqual({ media: String(media.id) })

    await runMediaJobs()
    const read1 = await read(media.id)
    expect(read1.processing).toMatchObject({
      status: 'done',
      progress: 2,
      pageCount: 2,
      ocrMissing: false,
    })
    expect(read1.pages?.map((p) => [p.number, p.method])).toEqual([
      [1, 'text'],
      [2, 'text'],
    ])
    expect(read1.pages?.[1].text).toContain('zümrüdləşmiş vərəqlər')
    // Rendered at about 200 dpi: an A4 page is 2400 pixels tall.
    expect(read1.pages?.[0]).toMatchObject({ height: 2400 })
    const info = JSON.parse(
      fs.readFileSync(
        path.join(t.dir, 'media', 'iiif', String(media.id), 'p2', 'info.json'),
        'utf8',
      ),
    )
    expect(info).toMatchObject({ type: 'ImageService3', profile: 'level0', height: 2400 })

    // Deleting the file deletes its tiles.
    await t.payload.delete({ collection: 'media', id: media.id, context: noRevalidate() })
    expect(fs.existsSync(path.join(t.dir, 'media', 'iiif', String(media.id)))).toBe(false)
  })

  it('reads scanned pages in Azerbaijani and Russian with OCR', async () => {
    const ru = await upload('sintetik-skan-ru.pdf', await scannedPdf(RU_SCAN))
    const az = await upload('sintetik-skan-az.pdf', await scannedPdf(AZ_SCAN))
    await runMediaJobs()
    const ruPages = (await read(ru.id)).pages ?? []
    expect(ruPages.map((p) => p.method)).toEqual(['ocr', 'ocr'])
    expect(ruPages[1].text).toMatch(/изумрудоподобные листы/)
    const azPages = (await read(az.id)).pages ?? []
    expect(azPages.map((p) => p.method)).toEqual(['ocr'])
    expect(azPages[0].text).toMatch(/çinarlıqdakı qovluq/)
  })

  it('is found by the search in each locale, the hit naming its page and the file; an editor’s correction is found instead', async () => {
    const media = await upload('sintetik-axtaris.pdf', await bornDigitalPdf(AZ_PAGES))
    await runMediaJobs()
    const resolution = await publishResolution(media.id, 'Sintetik qətnamə (axtarış)')
    const file = await read(media.id)
    for (const locale of localeCodes) {
      const { results } = await runSearch(t.payload, { locale, q: 'zümrüdləşmiş' })
      expect(results.map((r) => [r.collection, r.id, r.page, r.fileUrl])).toEqual([
        ['resolutions', String(resolution.id), 2, file.url],
      ])
      expect(results[0].snippetHtml).toContain('<mark>zümrüdləşmiş</mark>')
      expect(results[0].title).toBe('Sintetik qətnamə (axtarış)')
    }
    // A word of the title finds the document itself, not each of its pages.
    const byTitle = await runSearch(t.payload, { locale: 'en', q: 'axtarış' })
    expect(byTitle.results.map((r) => r.page)).toEqual([null])

    // The editor corrects page 2: the page is marked, and the search follows at once.
    const pages = (file.pages ?? []).map((p) =>
      p.number === 2 ? { ...p, text: 'Düzəldilmiş sintetik mətn: ləpəvari kağızlar.' } : p,
    )
    const corrected = (await t.payload.update({
      collection: 'media',
      id: media.id,
      data: { pages },
      context: noRevalidate(),
    })) as Media
    expect(corrected.pages?.map((p) => p.method)).toEqual(['text', 'corrected'])
    expect((await runSearch(t.payload, { locale: 'ru', q: 'zümrüdləşmiş' })).results).toEqual([])
    const found = await runSearch(t.payload, { locale: 'ru', q: 'ləpəvari' })
    expect(found.results.map((r) => [r.id, r.page])).toEqual([[String(resolution.id), 2]])
  })

  it('keeps what it can when OCR is not installed, and says so on the document', async () => {
    const without = await createTestPayload(
      { OCR_COMMAND: 'tesseract-not-installed' },
      { key: 'without-ocr' },
    )
    try {
      const data = await scannedPdf(AZ_SCAN)
      const media = (await without.payload.create({
        collection: 'media',
        data: {} as never,
        file: { data, name: 'sintetik-skan.pdf', mimetype: 'application/pdf', size: data.length },
        context: noRevalidate(),
      })) as Media
      await without.payload.jobs.run({ queue: MEDIA_QUEUE })
      const read2 = (await without.payload.findByID({ collection: 'media', id: media.id })) as Media
      expect(read2.processing).toMatchObject({ status: 'done', ocrMissing: true, pageCount: 1 })
      expect(read2.pages?.map((p) => [p.method, p.text ?? ''])).toEqual([['none', '']])
      // The page is still tiled: the scan can be read by eye.
      expect(
        fs.existsSync(path.join(without.dir, 'media', 'iiif', String(media.id), 'p1', 'info.json')),
      ).toBe(true)
    } finally {
      await without.destroy()
    }
  })

  it('reads again, by command, what the job has not finished: a restored archive, whose backup holds no tiles', async () => {
    const media = await upload('sintetik-berpa.pdf', await bornDigitalPdf(AZ_PAGES))
    await runMediaJobs()
    const info = path.join(t.dir, 'media', 'iiif', String(media.id), 'p1', 'info.json')
    expect(fs.existsSync(info)).toBe(true)
    // What a restore leaves: the original and its document, no tiles, and the job not done.
    fs.rmSync(path.join(t.dir, 'media', 'iiif', String(media.id)), { recursive: true })
    await t.payload.update({
      collection: 'media',
      id: media.id,
      data: { processing: { status: 'queued' } } as never,
      context: { ...noRevalidate(), [MEDIA_PROCESSING_CONTEXT]: true },
    })
    const progress: number[] = []
    const outcome = await processMediaAgain(t.payload, {
      onStart: (total) => progress.push(total),
      onProgress: (done) => progress.push(done),
    })
    expect(outcome).toEqual({ read: 1, failed: 0 })
    expect(progress).toEqual([1, 1])
    expect(fs.existsSync(info)).toBe(true)
    expect((await read(media.id)).processing?.status).toBe('done')
  })

  it('marks a file pdf.js cannot open as failed, with the reason, and keeps the upload', async () => {
    // A header, a cross-reference keyword and an end marker (what the upload checks), nothing else.
    const broken = Buffer.concat([
      Buffer.from('%PDF-1.4\n'),
      Buffer.alloc(2000, 0x41),
      Buffer.from('\nxref\n0 1\ntrailer\n<<>>\nstartxref\n9\n%%EOF\n'),
    ])
    const media = await upload('sintetik-xarab.pdf', broken)
    await runMediaJobs()
    const read3 = await read(media.id)
    expect(read3.processing?.status).toBe('failed')
    expect(read3.processing?.message).toBeTruthy()
    expect(read3.filename).toBe('sintetik-xarab.pdf')
  })
})
