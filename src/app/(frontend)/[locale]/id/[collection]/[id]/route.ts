import { isLocale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/payload/client'
import { sectionPagePath } from '@/lib/routing/pagedSection'
import { findPublishedById, isCitable } from '@/lib/queries/permalink'
import { timelinePageOf } from '@/lib/queries/timeline'
import { docPath } from '@/lib/routing/routes'

/**
 * Permanent links by id (cited in print and in BibTeX): a 308 to the document's current slug, so a
 * renamed slug never breaks a citation; for a timeline event, a 307 to the page of the chronology
 * that shows it. Unknown or unpublished documents are a 404; a database that fails is a 500 (logged
 * by instrumentation's onRequestError with the error's message), never a 404 a cache or a citation
 * checker would take for a broken link.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ locale: string; collection: string; id: string }> },
) {
  const { locale, collection, id } = await params
  if (!isLocale(locale) || !/^[\w-]{1,64}$/.test(id)) return notFound()
  if (collection === 'timeline-events') {
    // An event has no page of its own: the page of the chronology that holds it today, hence a
    // temporary redirect.
    const page = await timelinePageOf(locale, id)
    return page
      ? Response.redirect(
          new URL(`${sectionPagePath(locale, 'timeline', page)}#event-${id}`, request.url),
          307,
        )
      : notFound()
  }
  if (!isCitable(collection)) return notFound()
  const doc = await findPublishedById(await getPayloadClient(), collection, id)
  if (!doc) return notFound()
  return Response.redirect(new URL(docPath(collection, doc, locale), request.url), 308)
}

const notFound = () => new Response('Not found', { status: 404 })
