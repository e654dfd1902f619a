import { isLocale } from '@/i18n/locales'
import { findPublishedById, isCitable } from '@/lib/queries/permalink'
import { docPath } from '@/lib/routes'

/**
 * Permanent links by id (cited in print and in BibTeX): a 308 to the document's current slug, so a
 * renamed slug never breaks a citation. Unknown or unpublished documents are a 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; collection: string; id: string }> }) {
  const { locale, collection, id } = await params
  if (!isLocale(locale) || !isCitable(collection) || !/^[\w-]{1,64}$/.test(id)) return new Response('Not found', { status: 404 })
  const doc = await findPublishedById(collection, id)
  if (!doc) return new Response('Not found', { status: 404 })
  return Response.redirect(new URL(docPath(collection, doc, locale), request.url), 308)
}
