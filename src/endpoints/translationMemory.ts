import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { canEdit, isStaff } from '@/access/hasRole'
import { adminMessage, type Trilingual } from '@/i18n/adminMessage'
import { defaultLocale, isTranslationLocale } from '@/i18n/locales'
import { apiErrorResponse } from '@/lib/api/apiError'
import { formPathToLeafPath } from '@/lib/translation/leafPath'
import { leavesOfLocaleDoc } from '@/lib/translation/localizedLeaves'
import { entryOf, findMatches, memoryRows, remember } from '@/lib/translation/memory'
import { sourceSegments } from '@/lib/translation/segments'
import { MAX_TMX_BYTES, parseTmx, tmxDocument } from '@/lib/translation/tmx'
import { isTranslatable } from '@/lib/xliff/checkXliff'
import { readDraft } from '@/lib/xliff/readDraft'

const fail = (req: PayloadRequest, status: number, text: Trilingual) =>
  apiErrorResponse(status, adminMessage(req, text))

const staffOnly: Trilingual = {
  az: 'Yalnız tərcüməçilər, redaktorlar və adminlər.',
  en: 'Translators, editors and admins only.',
  ru: 'Только для переводчиков, редакторов и администраторов.',
}
const badLocale: Trilingual = {
  az: 'locale en və ya ru olmalıdır.',
  en: 'locale must be en or ru.',
  ru: 'locale должен быть en или ru.',
}

/**
 * `GET /api/translation-memory/matches?collection=&id=&field=&locale=` (staff): for each az segment
 * of the field (its latest draft, read with the requester's access), the exact and fuzzy matches in
 * the locale, without the ones this field itself confirmed. `field` is a leaf path or the admin
 * form's path (rows by index).
 */
const matchesEndpoint: Endpoint = {
  path: '/matches',
  method: 'get',
  handler: async (req) => {
    if (!isStaff({ req })) return fail(req, 403, staffOnly)
    const params = req.searchParams
    const locale = params.get('locale')
    if (!isTranslationLocale(locale)) return fail(req, 400, badLocale)
    const collection = params.get('collection') ?? ''
    const id = params.get('id') ?? ''
    const unknown: Trilingual = {
      az: `Naməlum sənəd "${collection}/${id}".`,
      en: `Unknown document "${collection}/${id}".`,
      ru: `Неизвестный документ «${collection}/${id}».`,
    }
    if (!isTranslatable(req, collection) || !id) return fail(req, 404, unknown)
    const slug = collection as CollectionSlug
    const azDoc = await readDraft(req, slug, id, defaultLocale)
    if (!azDoc) return fail(req, 404, unknown)
    const field = formPathToLeafPath(azDoc, params.get('field') ?? '')
    const leaf = leavesOfLocaleDoc(req.payload.collections[slug].config.fields, azDoc).get(field)
    if (!leaf)
      return fail(req, 404, {
        az: `Sənəddə "${field}" tərcümə sahəsi yoxdur.`,
        en: `The document has no localized field "${field}".`,
        ru: `В документе нет локализованного поля «${field}».`,
      })
    const exclude = { collection, docId: String(azDoc.id), field }
    const segments = await Promise.all(
      sourceSegments(leaf.type, leaf.value).map(async (segment) => ({
        ...segment,
        matches: await findMatches(req.payload, segment.text, locale, { exclude, req }),
      })),
    )
    return Response.json({
      field,
      type: leaf.type,
      // Rich text: the az value, whose block structure an inserted match is placed in.
      source: leaf.type === 'richText' ? leaf.value : undefined,
      segments: segments.filter((s) => s.matches.length),
    })
  },
}

/** `GET /api/translation-memory/tmx[?locale=en|ru]` (staff): the memory as a TMX 1.4 file. */
const tmxExportEndpoint: Endpoint = {
  path: '/tmx',
  method: 'get',
  handler: async (req) => {
    if (!isStaff({ req })) return fail(req, 403, staffOnly)
    const param = req.searchParams.get('locale')
    if (param && param !== 'all' && !isTranslationLocale(param)) return fail(req, 400, badLocale)
    const locale = isTranslationLocale(param) ? param : undefined
    const entries = []
    for await (const row of memoryRows(req.payload, locale)) entries.push(entryOf(row))
    return new Response(tmxDocument(entries), {
      headers: {
        'content-type': 'application/x-tmx+xml; charset=utf-8',
        'content-disposition': `attachment; filename="translation-memory-${locale ?? 'all'}.tmx"`,
        'cache-control': 'no-store',
      },
    })
  },
}

/**
 * `POST /api/translation-memory/tmx` (editors, admins), body = a TMX 1.4 file: checked whole, then
 * every unit written (a pair already known keeps the newer origin), or nothing.
 */
const tmxImportEndpoint: Endpoint = {
  path: '/tmx',
  method: 'post',
  handler: async (req) => {
    if (!canEdit({ req }))
      return fail(req, 403, {
        az: 'Tərcümə yaddaşına yalnız redaktorlar və adminlər idxal edə bilər.',
        en: 'Only editors and admins may import into translation memory.',
        ru: 'Импортировать в память переводов могут только редакторы и администраторы.',
      })
    const tooLarge: Trilingual = {
      az: `Fayl çox böyükdür: hədd ${MAX_TMX_BYTES} baytdır.`,
      en: `The file is too large: the limit is ${MAX_TMX_BYTES} bytes.`,
      ru: `Файл слишком большой: предел ${MAX_TMX_BYTES} байт.`,
    }
    if (Number(req.headers.get('content-length') ?? 0) > MAX_TMX_BYTES)
      return fail(req, 413, tooLarge)
    const text = req.text ? await req.text() : ''
    if (Buffer.byteLength(text) > MAX_TMX_BYTES) return fail(req, 413, tooLarge)
    const parsed = parseTmx(text)
    if (!parsed.ok)
      return Response.json(
        { errors: parsed.errors.map((error) => ({ message: adminMessage(req, error) })) },
        { status: 400 },
      )
    // One transaction where the adapter has them (SQLite here has none: the file is checked first).
    const shouldCommit = await initTransaction(req)
    let written: number
    try {
      written = await remember(req.payload, parsed.entries, { req })
      if (shouldCommit) await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    return Response.json({ units: parsed.entries.length, written })
  },
}

export const translationMemoryEndpoints: Endpoint[] = [
  matchesEndpoint,
  tmxExportEndpoint,
  tmxImportEndpoint,
]
