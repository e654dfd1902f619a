import { isLocale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/payload'
import { docPath } from '@/lib/routes'

const citable = ['articles', 'monuments', 'resolutions', 'recognitions', 'pages'] as const
type Citable = (typeof citable)[number]

/**
 * Permanent links by id (cited in print and in BibTeX): a 308 to the document's current slug, so a
 * renamed slug never breaks a citation. Unknown or unpublished documents are a 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; collection: string; id: string }> }) {
  const { locale, collection, id } = await params
  if (!isLocale(locale) || !citable.includes(collection as Citable) || !/^[\w-]{1,64}$/.test(id)) return new Response('Not found', { status: 404 })
  const payload = await getPayloadClient()
  const found = await payload
    .find({
      collection: collection as Citable,
      where: { id: { equals: id } },
      draft: false,
      overrideAccess: false,
      depth: 0,
      limit: 1,
      pagination: false,
      select: { slug: true },
    })
    // An id the database cannot hold (text for an integer key) is simply not there.
    .catch(() => ({ docs: [] }))
  const doc = found.docs[0] as { id: number | string; slug?: string | null } | undefined
  if (!doc) return new Response('Not found', { status: 404 })
  return Response.redirect(new URL(docPath(collection, doc, locale), request.url), 308)
}
