import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { needsOcr, pdfPages } from '@/lib/documents/pdf'
import { ocr, ocrAvailable } from '@/lib/documents/ocr'
import { tilesFolder, writeImageService } from '@/lib/iiif/imageService'
import type { DerivedFiles } from '@/lib/storage/derivedFiles'

/** The queue of media processing: its own, so a long OCR never holds up a scheduled publish. */
export const MEDIA_QUEUE = 'media'
export const PROCESS_MEDIA_TASK = 'processMedia'

/** Set on the job's own saves of a media document, so they do not queue it again. */
export const MEDIA_PROCESSING_CONTEXT = 'mediaProcessing'

/** Long side of a rendered page: about 200 dpi on A4, enough for OCR and for reading a scan closely. */
const PAGE_LONG_SIDE = 2400

export const processingStatuses = ['queued', 'running', 'done', 'failed'] as const
export const pageMethods = ['text', 'ocr', 'none', 'corrected'] as const
export type PageMethod = (typeof pageMethods)[number]

/** What media processing does with a file of this type: a PDF is read page by page, an image tiled. */
export const processingKind = (mimeType: unknown): 'pdf' | 'image' | null =>
  mimeType === 'application/pdf'
    ? 'pdf'
    : typeof mimeType === 'string' && mimeType.startsWith('image/')
      ? 'image'
      : null

export type MediaPage = {
  number: number
  text: string
  method: PageMethod
  width: number
  height: number
}

export type MediaSettings = { files: DerivedFiles; ocrCommand: string }

/** Where derived files go and which OCR runs, as the config made them (buildAppConfig). */
export const mediaSettings = (payload: Payload) => payload.config.custom.media as MediaSettings

type Media = {
  id: number | string
  filename?: string | null
  prefix?: string | null
  mimeType?: string | null
}

type Processing = {
  status: (typeof processingStatuses)[number]
  progress?: number | null
  pageCount?: number | null
  ocrMissing?: boolean | null
  message?: string | null
}

const save = (
  req: PayloadRequest,
  id: number | string,
  data: { processing: Processing; pages?: MediaPage[] },
  { last = false } = {},
) =>
  req.payload.update({
    collection: 'media',
    id,
    data: data as never,
    depth: 0,
    overrideAccess: true,
    // Progress is for the admin; only the finished pages change what visitors see.
    context: { [MEDIA_PROCESSING_CONTEXT]: true, disableRevalidate: !last },
  })

/** A PDF's pages: their text (read with OCR where a page has none), each page tiled for IIIF. */
async function processPdf(req: PayloadRequest, media: Media, { files, ocrCommand }: MediaSettings) {
  const original = await files.readOriginal(media)
  const pages: MediaPage[] = []
  let ocrMissing = false
  for await (const page of pdfPages(original)) {
    const { png, width, height } = await page.render(PAGE_LONG_SIDE)
    await writeImageService(png, files, media.id, page.number)
    let text = page.text
    let method: PageMethod = 'text'
    if (needsOcr(text)) {
      if (ocrAvailable(ocrCommand)) {
        text = (await ocr(ocrCommand, png))
          .replace(/[ \t]+/g, ' ')
          .replace(/\n{3,}/g, '\n\n')
          .trim()
        method = text ? 'ocr' : 'none'
      } else {
        ocrMissing = true
        method = 'none'
      }
    }
    pages.push({ number: page.number, text, method, width, height })
    await save(req, media.id, { processing: { status: 'running', progress: pages.length } })
  }
  return { pages, ocrMissing }
}

/**
 * Reads an uploaded file once, outside the editor's request (docs/api.md, "Full text of
 * documents" and "IIIF"): a PDF's text page by page, with OCR for scanned pages, and IIIF tiles of
 * every page; an image's IIIF tiles. Progress and the outcome are on the media document.
 */
export const processMediaTask = (): TaskConfig<'processMedia'> => ({
  slug: PROCESS_MEDIA_TASK,
  label: 'Media: text and IIIF tiles',
  inputSchema: [{ name: 'media', type: 'text', required: true }],
  outputSchema: [{ name: 'pages', type: 'number' }],
  retries: 1,
  handler: async ({ input, req }) => {
    const { docs } = await req.payload.find({
      collection: 'media',
      where: { id: { equals: input.media } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    const media = docs[0] as Media | undefined
    const kind = processingKind(media?.mimeType)
    // Deleted or replaced by a file of another type since it was queued: nothing to do.
    if (!media || !kind) return { output: { pages: 0 } }
    const settings = mediaSettings(req.payload)
    const { files } = settings
    await files.removeAll(tilesFolder(media.id))
    await save(req, media.id, { processing: { status: 'running', progress: 0 } })
    try {
      if (kind === 'image') {
        await writeImageService(await files.readOriginal(media), files, media.id)
        await save(req, media.id, { processing: { status: 'done' } }, { last: true })
        return { output: { pages: 0 } }
      }
      const { pages, ocrMissing } = await processPdf(req, media, settings)
      await save(
        req,
        media.id,
        {
          processing: {
            status: 'done',
            progress: pages.length,
            pageCount: pages.length,
            ocrMissing,
          },
          pages,
        },
        { last: true },
      )
      return { output: { pages: pages.length } }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      await save(req, media.id, {
        processing: { status: 'failed', message: message.slice(0, 500) },
      })
      throw error
    }
  },
})

/**
 * Reads media files again, one after another, each as its own job (docs/deploy.md, "Files made
 * from media"): those the job has not finished (after a restore, whose backups hold no tiles, or a
 * file that failed), or every one with `all`. Returns how many were read and how many failed.
 */
export async function processMediaAgain(
  payload: Payload,
  {
    all = false,
    onStart,
    onProgress,
  }: { all?: boolean; onStart?: (total: number) => void; onProgress?: (done: number) => void } = {},
) {
  const { docs } = await payload.find({
    collection: 'media',
    where: {
      and: [
        { or: [{ mimeType: { equals: 'application/pdf' } }, { mimeType: { like: 'image/' } }] },
        ...(all ? [] : [{ 'processing.status': { not_equals: 'done' } }]),
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { mimeType: true },
    sort: 'id',
    overrideAccess: true,
  })
  const media = docs.filter((doc) => processingKind(doc.mimeType) !== null)
  onStart?.(media.length)
  let failed = 0
  for (const [i, { id }] of media.entries()) {
    const job = await payload.jobs.queue({
      task: PROCESS_MEDIA_TASK,
      queue: MEDIA_QUEUE,
      input: { media: String(id) },
    })
    await payload.jobs.runByID({ id: job.id })
    const { docs: read } = await payload.find({
      collection: 'media',
      where: { id: { equals: id } },
      depth: 0,
      limit: 1,
      select: { processing: true },
      overrideAccess: true,
    })
    if (read[0]?.processing?.status !== 'done') failed++
    onProgress?.(i + 1)
  }
  return { read: media.length - failed, failed }
}
