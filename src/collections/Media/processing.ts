import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  Field,
} from 'payload'

import { tilesFolder } from '@/lib/iiif/imageService'
import {
  MEDIA_PROCESSING_CONTEXT,
  mediaSettings,
  MEDIA_QUEUE,
  PROCESS_MEDIA_TASK,
  pageMethods,
  processingKind,
  processingStatuses,
  type MediaPage,
} from '@/lib/documents/processMedia'
import { reindexShowingFile } from '@/hooks/searchIndex'

const isPdf = (data: { mimeType?: unknown } | undefined) => processingKind(data?.mimeType) === 'pdf'

/** What the job found in a file, shown to editors; the page texts are theirs to correct. */
export const processingFields: Field[] = [
  {
    name: 'processing',
    type: 'group',
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data) => processingKind(data?.mimeType) !== null,
      description: {
        az: 'Fayl yükləndikdən sonra arxa planda oxunur: PDF-in mətni səhifə-səhifə (skan səhifələr OCR ilə) və IIIF üçün plitələr.',
        en: 'After an upload the file is read in the background: a PDF’s text page by page (scanned pages with OCR), and tiles for IIIF.',
        ru: 'После загрузки файл обрабатывается в фоне: текст PDF по страницам (сканы — через OCR) и тайлы для IIIF.',
      },
    },
    fields: [
      { name: 'status', type: 'select', options: [...processingStatuses] },
      {
        name: 'progress',
        type: 'number',
        admin: {
          description: {
            az: 'Oxunmuş səhifələr.',
            en: 'Pages read so far.',
            ru: 'Прочитано страниц.',
          },
        },
      },
      { name: 'pageCount', type: 'number' },
      {
        name: 'ocrMissing',
        type: 'checkbox',
        admin: {
          description: {
            az: 'Skan səhifələr oxunmadı: serverdə tesseract-ocr (aze, rus, eng) quraşdırılmayıb.',
            en: 'Scanned pages were not read: tesseract-ocr (aze, rus, eng) is not installed on the server.',
            ru: 'Отсканированные страницы не распознаны: на сервере не установлен tesseract-ocr (aze, rus, eng).',
          },
        },
      },
      { name: 'message', type: 'text' },
    ],
  },
  {
    name: 'pages',
    type: 'array',
    admin: {
      condition: isPdf,
      initCollapsed: true,
      description: {
        az: 'Hər səhifənin mətni: axtarış bunu oxuyur. Səhv oxunmuş mətni düzəldin.',
        en: 'The text of each page: the search reads it. Correct what was misread.',
        ru: 'Текст каждой страницы: по нему ищет поиск. Исправьте неверно распознанное.',
      },
      components: { RowLabel: '@/components/admin/PageRowLabel#PageRowLabel' },
    },
    fields: [
      { name: 'number', type: 'number', required: true, admin: { readOnly: true } },
      { name: 'text', type: 'textarea', admin: { rows: 8 } },
      { name: 'method', type: 'select', options: [...pageMethods], admin: { readOnly: true } },
      {
        type: 'row',
        fields: [
          { name: 'width', type: 'number', admin: { readOnly: true } },
          { name: 'height', type: 'number', admin: { readOnly: true } },
        ],
      },
    ],
  },
]

type MediaData = {
  id: number | string
  filename?: string | null
  mimeType?: string | null
  pages?: MediaPage[] | null
}

/** A new file (an upload or a replacement) of a kind the job reads. */
const hasNewFile = (data: Partial<MediaData>, original: MediaData | undefined) =>
  processingKind(data.mimeType ?? original?.mimeType) !== null &&
  Boolean(data.filename) &&
  data.filename !== original?.filename

/**
 * Before a save: a new file starts over (queued, no pages); a page whose text an editor changed is
 * marked as corrected, so a reader of the admin knows it is no longer what the file gave.
 */
export const beforeMediaChange: CollectionBeforeChangeHook<MediaData> = ({
  data,
  originalDoc,
  context,
}) => {
  if (context[MEDIA_PROCESSING_CONTEXT]) return data
  if (hasNewFile(data, originalDoc)) {
    context.queueMediaProcessing = true
    return { ...data, processing: { status: 'queued', progress: 0 }, pages: [] }
  }
  if (!Array.isArray(data.pages) || !originalDoc?.pages?.length) return data
  const before = new Map(originalDoc.pages.map((page) => [page.number, page.text]))
  return {
    ...data,
    pages: data.pages.map((page) =>
      before.has(page.number) && (before.get(page.number) ?? '') !== (page.text ?? '')
        ? { ...page, method: 'corrected' as const }
        : page,
    ),
  }
}

const pageTexts = (doc: MediaData | undefined) =>
  JSON.stringify((doc?.pages ?? []).map((page) => [page.number, page.text]))

/** After a save: a new file is queued for reading; changed page texts reach the search. */
export const afterMediaChange: CollectionAfterChangeHook<MediaData> = async ({
  doc,
  previousDoc,
  context,
  req,
}) => {
  if (context.queueMediaProcessing) {
    await req.payload.jobs.queue({
      task: PROCESS_MEDIA_TASK,
      queue: MEDIA_QUEUE,
      input: { media: String(doc.id) },
      req,
    })
  }
  if (!context.skipSearchIndex && pageTexts(doc) !== pageTexts(previousDoc))
    await reindexShowingFile(doc.id, req)
  return doc
}

/** After a delete: the file's tiles go with it. */
export const afterMediaDelete: CollectionAfterDeleteHook<MediaData> = async ({ doc, req }) => {
  await mediaSettings(req.payload).files.removeAll(tilesFolder(doc.id))
  return doc
}
