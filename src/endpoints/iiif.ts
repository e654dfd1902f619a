import type { Endpoint, PayloadRequest } from 'payload'

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
import { mediaSettings, processingKind } from '@/lib/documents/processMedia'
import {
  IMAGE_CONTEXT,
  imageServicePath,
  parseServiceIdentifier,
  previewSize,
  serviceFile,
  type ImageInfo,
} from '@/lib/iiif/imageService'
import { isDocumentId } from '@/lib/payload/documentId'
import { personName } from '@/lib/people/names'
import { localePath } from '@/lib/routing/routes'
import { absoluteUrl } from '@/lib/routing/siteUrl'
import { plainText } from '@/lib/search/sources'
import type { Media } from '@/payload-types'

type Doc = Record<string, unknown> & { id: number | string; slug?: string | null }

const pageLabel = (n: number) => ({
  az: [`Səhifə ${n}`],
  en: [`Page ${n}`],
  ru: [`Страница ${n}`],
})

/** An image's service, where the media job has tiled it. */
const serviceOf = (media: Media) =>
  media.processing?.status === 'done' ? imageServicePath(media.id) : null

/**
 * The images of a document as visitors may see them. An id is a file visitors may not see (a
 * withheld photo); a graphic image has no warning in a IIIF viewer, so it stays on the site,
 * behind its warning.
 */
const mediaOf = (collection: WithImages, doc: Doc): Media[] =>
  (collection === 'monuments'
    ? ((doc.gallery as unknown[]) ?? [])
    : [collection === 'people' ? doc.photo : doc.originalFile]
  ).filter(
    (m): m is Media =>
      typeof m === 'object' && m !== null && !(m as Media).sensitive && Boolean((m as Media).url),
  )

/** The pages of a resolution's original, each a canvas with its tiles, once the job has read it. */
function documentPages(file: Media): ManifestImage[] {
  if (file.processing?.status !== 'done') return []
  return (file.pages ?? []).flatMap((page) => {
    if (!page.width || !page.height) return []
    const service = imageServicePath(file.id, page.number)
    const size = previewSize(page.width, page.height)
    return [
      {
        url: `${service}/full/${size.width},${size.height}/0/default.jpg`,
        mimeType: 'image/jpeg',
        width: page.width,
        height: page.height,
        size,
        service,
        label: pageLabel(page.number),
        credit: file.credit,
        source: file.source,
        thumbnail: null,
      },
    ]
  })
}

/** Each image of a gallery or a photo, labelled by its caption in each language. */
function galleryImages(collection: WithImages, docs: Partial<Record<Locale, Doc>>, az: Doc) {
  // A locale the document is not published in labels nothing: az text is not a translation.
  const byId = (locale: Locale) =>
    new Map(docs[locale] ? mediaOf(collection, docs[locale]).map((m) => [m.id, m]) : [])
  const translated = Object.fromEntries(localeCodes.map((l) => [l, byId(l)]))
  return mediaOf(collection, az).flatMap((media): ManifestImage[] =>
    media.width && media.height && media.mimeType
      ? [
          {
            url: media.url!,
            mimeType: media.mimeType,
            width: media.width,
            height: media.height,
            service: serviceOf(media),
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
}

const titleOf: Record<WithImages, (doc: Doc, isAz: boolean) => string | null | undefined> = {
  monuments: (doc) => doc.name as string,
  // The stored one-line name is the az form: it stands in for az alone.
  people: (doc, isAz) =>
    personName(doc as Parameters<typeof personName>[0]) || (isAz ? (doc.fullName as string) : null),
  resolutions: (doc) => doc.title as string,
}

const summaryOf: Partial<Record<WithImages, (doc: Doc) => string>> = {
  monuments: (doc) => plainText(doc.description),
  resolutions: (doc) => String(doc.summary ?? ''),
}

const cors = { 'Access-Control-Allow-Origin': '*' }

/**
 * GET /api/iiif/{monuments|people|resolutions}/{id}/manifest (docs/api.md, "IIIF"): a Presentation 3.0
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
    const original = collection === 'resolutions' ? mediaOf(collection, az)[0] : undefined
    const images = original ? documentPages(original) : galleryImages(collection, docs, az)
    if (!images.length) return notFound()
    const text = (read: (doc: Doc) => string | null | undefined) =>
      languageMap(Object.fromEntries(localeCodes.map((l) => [l, docs[l] ? read(docs[l]!) : null])))
    const site = await siteNames(req.payload)
    const summary = summaryOf[collection]
    const body = manifest({
      path: manifestPath(collection, az.id),
      label: text((doc) => titleOf[collection](doc, doc === az)),
      summary: summary ? text(summary) : {},
      homepage: Object.fromEntries(localeCodes.map((l) => [l, localePath(l, collection, az.slug)])),
      provider: languageMap(site),
      images,
      rendering: original?.url
        ? {
            url: original.url,
            format: 'application/pdf',
            label: { az: ['Orijinal (PDF)'], en: ['The original (PDF)'], ru: ['Оригинал (PDF)'] },
          }
        : null,
    })
    return Response.json(body, {
      headers: {
        'Content-Type':
          'application/ld+json;profile="http://iiif.io/api/presentation/3/context.json"',
        ...cors,
        'Cache-Control': 'public, max-age=300',
      },
    })
  },
}

const IMAGE_INFO_TYPE = `application/ld+json;profile="${IMAGE_CONTEXT}"`
const noImage = () => apiErrorResponse(404, 'No image service has this address.')

/**
 * The media document of an image service, as the request's user may read it (a withheld photo is
 * not there for visitors), and never a graphic image for visitors: a IIIF viewer shows it without
 * the site's warning. A page needs a PDF, an image service an image.
 */
async function serviceMedia(req: PayloadRequest, identifier: string | undefined) {
  const parsed = parseServiceIdentifier(identifier ?? '')
  if (!parsed || !isDocumentId(req.payload, 'media', parsed.mediaId)) return null
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { equals: parsed.mediaId } },
    depth: 0,
    limit: 1,
    pagination: false,
    select: { mimeType: true, sensitive: true },
    overrideAccess: false,
    req,
  })
  const media = docs[0] as Pick<Media, 'id' | 'mimeType' | 'sensitive'> | undefined
  if (!media || (media.sensitive && !req.user)) return null
  const kind = processingKind(media.mimeType)
  if (kind !== (parsed.page ? 'pdf' : 'image')) return null
  return { id: media.id, page: parsed.page }
}

/** A file as sharp's `iiif3` layout names it; anything else is a request this level-0 service cannot answer. */
const tileSegments = {
  region: /^(full|\d{1,6},\d{1,6},\d{1,6},\d{1,6})$/,
  size: /^\d{1,6},\d{1,6}$/,
  rotation: /^0$/,
  file: /^default\.jpg$/,
}

/**
 * The IIIF Image API 3.0 at level 0 (docs/api.md, "IIIF"): GET /api/iiif/image/{id}/info.json and
 * the tiles it lists, open to every origin; `{id}` is a media id, with `-p{n}` for a page of a PDF.
 */
export const iiifImageEndpoints: Endpoint[] = [
  {
    path: '/iiif/image/:identifier',
    method: 'get',
    handler: async (req) => {
      const { identifier } = (req.routeParams ?? {}) as { identifier?: string }
      const media = await serviceMedia(req, identifier)
      if (!media) return noImage()
      // The Image API: the base URI of a service redirects to its information.
      return new Response(null, {
        status: 303,
        headers: { ...cors, Location: `${imageServicePath(media.id, media.page)}/info.json` },
      })
    },
  },
  {
    path: '/iiif/image/:identifier/info.json',
    method: 'get',
    handler: async (req) => {
      const { identifier } = (req.routeParams ?? {}) as { identifier?: string }
      const media = await serviceMedia(req, identifier)
      const stored =
        media &&
        (await mediaSettings(req.payload).files.read(
          serviceFile(media.id, media.page, 'info.json'),
        ))
      if (!media || !stored) return noImage()
      const info = JSON.parse(stored.toString('utf8')) as ImageInfo
      return new Response(
        JSON.stringify({ ...info, id: absoluteUrl(imageServicePath(media.id, media.page)) }),
        {
          headers: {
            ...cors,
            'Content-Type': IMAGE_INFO_TYPE,
            'Cache-Control': 'public, max-age=300',
          },
        },
      )
    },
  },
  {
    path: '/iiif/image/:identifier/:region/:size/:rotation/:file',
    method: 'get',
    handler: async (req) => {
      const params = (req.routeParams ?? {}) as Record<keyof typeof tileSegments, string> & {
        identifier?: string
      }
      const wellFormed = (Object.keys(tileSegments) as (keyof typeof tileSegments)[]).every((key) =>
        tileSegments[key].test(params[key] ?? ''),
      )
      if (!wellFormed)
        return apiErrorResponse(
          400,
          'This image service is IIIF level 0: ask for the tiles and sizes its info.json lists (quality default, format jpg, rotation 0).',
        )
      const media = await serviceMedia(req, params.identifier)
      const tile =
        media &&
        (await mediaSettings(req.payload).files.read(
          serviceFile(
            media.id,
            media.page,
            `${params.region}/${params.size}/${params.rotation}/${params.file}`,
          ),
        ))
      if (!media || !tile) return noImage()
      return new Response(new Uint8Array(tile), {
        headers: {
          ...cors,
          'Content-Type': 'image/jpeg',
          'Content-Length': String(tile.length),
          'Cache-Control': 'public, max-age=3600',
        },
      })
    },
  },
]
