import type { CollectionSlug, Endpoint, PayloadRequest, Where } from 'payload'

import { defaultLocale, isTranslationLocale, type TranslationLocale } from '@/i18n/locales'
import { isStaff } from '@/access/hasRole'
import { MAX_XLIFF_BYTES } from '@/lib/xliff/checkXliff'
import { importXliff } from '@/lib/xliff/importXliff'
import { prefillFromMemory } from '@/lib/xliff/memoryPrefill'
import { readDraft } from '@/lib/xliff/readDraft'
import { glossaryModule } from '@/lib/xliff/glossaryModule'
import { readGlossary } from '@/lib/translation/readGlossary'
import { buildUnits, xliffDocument, type XliffFile } from '@/lib/xliff/units'
import { localeSummary, statusFieldName, type TranslatedDoc } from '@/lib/translation/status'

const json = (status: number, body: unknown) => Response.json(body, { status })
const forbidden = () => json(403, { errors: [{ reason: 'Translators, editors and admins only.' }] })

function targetLocale(req: PayloadRequest): TranslationLocale | undefined {
  const locale = req.searchParams?.get('locale')
  return isTranslationLocale(locale) ? locale : undefined
}

const badLocale = () => json(400, { errors: [{ reason: 'locale must be en or ru' }] })

/** What both exports check first: a staff member, a target locale (en or ru), the collection of the route. */
function exportRequest(
  req: PayloadRequest,
): Response | { locale: TranslationLocale; collection: CollectionSlug } {
  if (!isStaff({ req })) return forbidden()
  const locale = targetLocale(req)
  if (!locale) return badLocale()
  return { locale, collection: req.routeParams?.collection as CollectionSlug }
}

/** One document's units; `onlyNeeded` keeps the units that are missing or outdated in the locale. */
async function documentFile(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string | number,
  locale: TranslationLocale,
  onlyNeeded: boolean,
): Promise<XliffFile | null> {
  const azDoc = await readDraft(req, collection, id, defaultLocale)
  if (!azDoc) return null
  const target = await readDraft(req, collection, id, locale)
  let units = buildUnits(req.payload.collections[collection].config.fields, azDoc, target)
  if (onlyNeeded) {
    const summary = localeSummary(azDoc as TranslatedDoc, locale)
    const needed = new Set([...(summary?.missing ?? []), ...(summary?.outdated ?? [])])
    units = units.filter((u) => needed.has(u.id))
  }
  await prefillFromMemory(req.payload, units, locale, req)
  // The glossary terms each unit's source contains, for a CAT tool to show beside it.
  const glossary = await readGlossary(req)
  for (const unit of units)
    unit.modules = [...(unit.modules ?? []), glossaryModule(unit, glossary, locale)]
  return { collection, id, units }
}

function xliffResponse(xml: string, filename: string) {
  return new Response(xml, {
    headers: {
      'content-type': 'application/xliff+xml; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
    },
  })
}

/** `GET /api/<collection>/:id/xliff?locale=en`, `GET /api/<collection>/xliff?locale=ru` (documents that need the locale). */
export const xliffCollectionEndpoints: Endpoint[] = [
  {
    path: '/xliff',
    method: 'get',
    handler: async (req) => {
      const request = exportRequest(req)
      if (request instanceof Response) return request
      const { locale, collection } = request
      const where: Where = { [statusFieldName(locale)]: { not_equals: 'complete' } }
      const { docs } = await req.payload.find({
        collection,
        where,
        draft: true,
        depth: 0,
        pagination: false,
        overrideAccess: false,
        user: req.user,
        locale: 'az',
      })
      const files = (
        await Promise.all(docs.map((d) => documentFile(req, collection, d.id, locale, true)))
      ).filter((f): f is XliffFile => Boolean(f?.units.length))
      return xliffResponse(xliffDocument(locale, files), `${collection}-${locale}.xlf`)
    },
  },
  {
    path: '/:id/xliff',
    method: 'get',
    handler: async (req) => {
      const request = exportRequest(req)
      if (request instanceof Response) return request
      const { locale, collection } = request
      const id = String(req.routeParams?.id)
      const file = await documentFile(req, collection, id, locale, false)
      if (!file)
        return json(404, { errors: [{ reason: `unknown document "${collection}/${id}"` }] })
      return xliffResponse(xliffDocument(locale, [file]), `${collection}-${id}-${locale}.xlf`)
    },
  },
]

/** `POST /api/xliff`, body = the XLIFF file: checks everything, then applies all of it or nothing. */
export const xliffImportEndpoint: Endpoint = {
  path: '/xliff',
  method: 'post',
  handler: async (req) => {
    if (!isStaff({ req })) return forbidden()
    if (Number(req.headers.get('content-length') ?? 0) > MAX_XLIFF_BYTES)
      return json(413, {
        errors: [{ reason: `file too large: the limit is ${MAX_XLIFF_BYTES} bytes` }],
      })
    const text = req.text ? await req.text() : ''
    const result = await importXliff(req, text)
    if (!result.ok) return json(result.status, { errors: result.errors })
    return json(200, { locale: result.locale, applied: result.applied })
  },
}
