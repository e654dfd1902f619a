import type { Endpoint } from 'payload'

import { localeCodes, type Locale } from '@/i18n/locales'
import { apiErrorResponse } from '@/lib/api/apiError'
import { isOneOf } from '@/lib/content/collections'
import { readInEachLocale, siteNames } from '@/lib/content/visitorReads'
import {
  languageMap,
  manifest,
  manifestPath,
  withImages,
  type ManifestImage,
  type WithImages,
} from '@/lib/iiif/manifest'
import { isDocumentId } from '@/lib/payload/documentId'
import { personName } from '@/lib/people/names'
import { localePath } from '@/lib/routing/routes'
import { plainText } from '@/lib/search/sources'
import type { Media } from '@/payload-types'

type Doc = Record<string, unknown> & { id: number | string; slug?: string | null }

const mediaOf = (collection: WithImages, doc: Doc): Media[] =>
  (collection === 'monuments' ? ((doc.gallery as unknown[]) ?? []) : [doc.photo]).filter(
    // An id is a file visitors may not see (a withheld photo); a graphic image has no warning in a
    // IIIF viewer, so it stays on the site, behind its warning.
    (m): m is Media =>
      typeof m === 'object' && m !== null && !(m as Media).sensitive && Boolean((m as Media).url),
  )

/**
 * GET /api/iiif/{monuments|people}/{id}/manifest (docs/api.md, "IIIF"): a Presentation 3.0
 * manifest of a published document's images, open to every origin, as IIIF viewers expect.
 */
export const iiifManifestEndpoint: Endpoint = {
  path: '/iiif/:collection/:id/manifest',
  method: 'get',
  handler: async (req) => {
    const { collection, id } = (req.routeParams ?? {}) as { collection?: string; id?: string }
    const notFound = () =>
      apiErrorResponse(404, 'No published document with images has this address.')
    if (!isOneOf(withImages, collection) || !id || !isDocumentId(req.payload, collection, id))
      return notFound()
    // Depth 1: the media, with their captions in each locale.
    const docs = ((await readInEachLocale(req.payload, collection, [id], { depth: 1 })).get(id) ??
      {}) as Partial<Record<Locale, Doc>>
    const az = docs.az
    if (!az) return notFound()
    const byId = (locale: Locale) =>
      new Map(mediaOf(collection, docs[locale] ?? az).map((m) => [m.id, m]))
    const translated = Object.fromEntries(localeCodes.map((l) => [l, byId(l)]))
    const images: ManifestImage[] = mediaOf(collection, az).flatMap((media) =>
      media.width && media.height && media.mimeType
        ? [
            {
              url: media.url!,
              mimeType: media.mimeType,
              width: media.width,
              height: media.height,
              label: languageMap(
                Object.fromEntries(
                  localeCodes.map((l) => {
                    const m = translated[l].get(media.id)
                    return [l, m?.caption || m?.alt]
                  }),
                ),
              ),
              credit: media.credit,
              source: media.source,
              thumbnail: media.sizes?.thumbnail?.url
                ? {
                    url: media.sizes.thumbnail.url,
                    width: media.sizes.thumbnail.width ?? 320,
                    height: media.sizes.thumbnail.height ?? 320,
                  }
                : null,
            },
          ]
        : [],
    )
    if (!images.length) return notFound()
    const text = (read: (doc: Doc) => string | null | undefined) =>
      languageMap(Object.fromEntries(localeCodes.map((l) => [l, docs[l] ? read(docs[l]!) : null])))
    const site = await siteNames(req.payload)
    const body = manifest({
      path: manifestPath(collection, az.id),
      label:
        collection === 'monuments'
          ? text((doc) => doc.name as string)
          : // The stored one-line name is the az form: it stands in for az alone.
            text(
              (doc) =>
                personName(doc as Parameters<typeof personName>[0]) ||
                (doc === az ? (doc.fullName as string) : null),
            ),
      summary: collection === 'monuments' ? text((doc) => plainText(doc.description)) : {},
      homepage: Object.fromEntries(localeCodes.map((l) => [l, localePath(l, collection, az.slug)])),
      provider: languageMap(site),
      images,
    })
    return Response.json(body, {
      headers: {
        'Content-Type':
          'application/ld+json;profile="http://iiif.io/api/presentation/3/context.json"',
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'public, max-age=300',
      },
    })
  },
}
