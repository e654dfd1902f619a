import { localeCodes, type Locale } from '@/i18n/locales'
import { absoluteUrl } from '@/lib/routing/siteUrl'

/**
 * IIIF Presentation API 3.0 manifests (docs/api.md, "IIIF"): the images of a document for IIIF
 * viewers and researchers' tools, every text as a language map in az, en and ru. Pure: the
 * document's parts in each language in, the manifest out.
 */

export const IIIF_CONTEXT = 'http://iiif.io/api/presentation/3/context.json'

/**
 * Collections whose documents have images of their own: a monument's gallery, a person's photo, the
 * pages of a resolution's original.
 */
export const withImages = ['monuments', 'people', 'resolutions'] as const
export type WithImages = (typeof withImages)[number]

export const manifestPath = (collection: WithImages, id: number | string) =>
  `/api/iiif/${collection}/${id}/manifest`

const imageFields: Record<WithImages, string> = {
  monuments: 'gallery',
  people: 'photo',
  resolutions: 'originalFile',
}

/**
 * The manifest of a document read at any depth, where it has images to show (a gallery, a photo,
 * an original): OAI-PMH records and pages link it.
 */
export function manifestOf(collection: string, doc: Record<string, unknown>) {
  if (!(withImages as readonly string[]).includes(collection)) return null
  const value = doc[imageFields[collection as WithImages]]
  const present = Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined
  return present ? manifestPath(collection as WithImages, doc.id as number | string) : null
}

/** `{ az: ['…'], en: ['…'] }`: only the languages that have the text. */
export type LanguageMap = Partial<Record<Locale | 'none', string[]>>

export const languageMap = (texts: Partial<Record<Locale, string | null | undefined>>) =>
  Object.fromEntries(
    localeCodes.flatMap((l) => (texts[l]?.trim() ? [[l, [texts[l]!.trim()]]] : [])),
  ) as LanguageMap

export type ManifestImage = {
  url: string
  mimeType: string
  width: number
  height: number
  /** The caption in each language (the alt text where there is none). */
  label: LanguageMap
  /** Who made the image and where it comes from, as the media library records them. */
  credit?: string | null
  source?: string | null
  thumbnail?: { url: string; width: number; height: number } | null
  /** The image's IIIF Image service (its path), when the image has been tiled. */
  service?: string | null
  /** The size of `url` where it is smaller than the canvas (a page's whole image at its smallest level). */
  size?: { width: number; height: number } | null
}

export type ManifestInput = {
  /** The manifest's own address (its path under the site). */
  path: string
  label: LanguageMap
  summary: LanguageMap
  /** The document's page in each language. */
  homepage: Partial<Record<Locale, string>>
  /** The archive's name in each language. */
  provider: LanguageMap
  images: ManifestImage[]
  /** The whole document as a file (a resolution's PDF). */
  rendering?: { url: string; format: string; label: LanguageMap } | null
}

/** "Credit: …; Source: …" of each image that has them, once each. */
function attribution(images: ManifestImage[]) {
  const lines = [
    ...new Set(
      images.flatMap((image) =>
        [image.credit?.trim(), image.source?.trim()].filter((v): v is string => Boolean(v)),
      ),
    ),
  ]
  return lines.length
    ? {
        label: { az: ['Mənbə'], en: ['Attribution'], ru: ['Источник'] },
        value: { none: [lines.join('; ')] },
      }
    : null
}

export function manifest(input: ManifestInput) {
  const id = absoluteUrl(input.path)
  const statement = attribution(input.images)
  return {
    '@context': IIIF_CONTEXT,
    id,
    type: 'Manifest',
    label: input.label,
    ...(Object.keys(input.summary).length && { summary: input.summary }),
    ...(statement && { requiredStatement: statement }),
    provider: [
      {
        id: absoluteUrl('/'),
        type: 'Agent',
        label: input.provider,
        homepage: [
          { id: absoluteUrl('/'), type: 'Text', format: 'text/html', label: input.provider },
        ],
      },
    ],
    ...(input.rendering && {
      rendering: [
        {
          id: absoluteUrl(input.rendering.url),
          type: 'Text',
          format: input.rendering.format,
          label: input.rendering.label,
        },
      ],
    }),
    homepage: localeCodes.flatMap((locale) =>
      input.homepage[locale]
        ? [
            {
              id: absoluteUrl(input.homepage[locale]!),
              type: 'Text',
              format: 'text/html',
              language: [locale],
              label: input.label[locale] ? { [locale]: input.label[locale] } : input.label,
            },
          ]
        : [],
    ),
    items: input.images.map((image, i) => {
      const canvas = `${id}/canvas/${i + 1}`
      return {
        id: canvas,
        type: 'Canvas',
        label: Object.keys(image.label).length ? image.label : { none: [String(i + 1)] },
        width: image.width,
        height: image.height,
        ...(image.thumbnail && {
          thumbnail: [
            {
              id: absoluteUrl(image.thumbnail.url),
              type: 'Image',
              format: 'image/webp',
              width: image.thumbnail.width,
              height: image.thumbnail.height,
            },
          ],
        }),
        items: [
          {
            id: `${canvas}/page`,
            type: 'AnnotationPage',
            items: [
              {
                id: `${canvas}/page/image`,
                type: 'Annotation',
                motivation: 'painting',
                body: {
                  id: absoluteUrl(image.url),
                  type: 'Image',
                  format: image.mimeType,
                  width: image.size?.width ?? image.width,
                  height: image.size?.height ?? image.height,
                  ...(image.service && {
                    service: [
                      { id: absoluteUrl(image.service), type: 'ImageService3', profile: 'level0' },
                    ],
                  }),
                },
                target: canvas,
              },
            ],
          },
        ],
      }
    }),
  }
}
