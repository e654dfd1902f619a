import { getTranslations } from 'next-intl/server'
import type { ReactElement } from 'react'

import { LocalizedText } from '@/components/site/LocalizedText'
import type { Locale } from '@/i18n/locales'
import type { Media } from '@/payload-types'
import { mediaText } from '@/lib/queries/media'

type Size = 'thumbnail' | 'card' | 'hero'

type Props = {
  media: Media | number | null | undefined
  locale: Locale
  /** The largest rendition wanted; smaller ones go into srcset. */
  size: Size
  /** The `sizes` attribute: how wide the image is shown. */
  sizes: string
  alt?: { value: string; lang: Locale } | null
  priority?: boolean
  className?: string
  /**
   * Shows the media's caption under the image, in a <figure>. Where an image is shown large: a
   * drawing says there that it is one (src/seed/images.ts), where alt text alone would tell only
   * those who cannot see it.
   */
  captioned?: boolean
}

type Rendition = Size | 'cardSmall' | 'heroSmall'

/** The renditions of one shape, smallest first (src/collections/Media: same crop, two widths). */
const ladder: Record<Size, Rendition[]> = {
  thumbnail: ['thumbnail'],
  card: ['cardSmall', 'card'],
  hero: ['heroSmall', 'hero'],
}

/**
 * A media image at the size it is shown, in the WebP renditions sharp made, with width and height so
 * nothing shifts. Plain <img> on purpose: sharp already made every rendition at upload, so
 * next/image's on-demand optimizer would only add a second cache and CPU per request. Graphic images (`sensitive`) stay hidden inside a <details> whose summary carries a
 * localized warning over a blurred thumbnail: opening it needs no JavaScript.
 */
export async function Picture({
  media,
  locale,
  size,
  sizes,
  alt,
  priority,
  className,
  captioned,
}: Props) {
  if (!media || typeof media !== 'object' || !media.mimeType?.startsWith('image/')) return null
  const renditions = ladder[size]
    .map((name) => media.sizes?.[name])
    .filter((r): r is NonNullable<typeof r> => Boolean(r?.url && r.width && r.height))
  const main = renditions.at(-1) ?? { url: media.url, width: media.width, height: media.height }
  if (!main.url) return null
  const altText = alt ?? (await mediaText(media, 'alt', locale))
  const img = (
    // eslint-disable-next-line @next/next/no-img-element -- renditions are pre-made by sharp (see above)
    <img
      src={main.url}
      srcSet={
        renditions.length > 1 ? renditions.map((r) => `${r.url} ${r.width}w`).join(', ') : undefined
      }
      sizes={renditions.length > 1 ? sizes : undefined}
      width={main.width ?? undefined}
      height={main.height ?? undefined}
      alt={altText?.value ?? ''}
      lang={altText && altText.lang !== locale ? altText.lang : undefined}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      className={className}
    />
  )
  const shown = media.sensitive ? await behindWarning(media, img) : img
  const caption = captioned ? await mediaText(media, 'caption', locale) : null
  if (!caption) return shown
  return (
    <figure className="picture">
      {shown}
      <LocalizedText as="figcaption" text={caption} locale={locale} />
    </figure>
  )
}

async function behindWarning(media: Media, img: ReactElement) {
  const t = await getTranslations('media')
  const preview = media.sizes?.thumbnail
  return (
    <details className="sensitive-media">
      <summary>
        {preview?.url ? (
          // eslint-disable-next-line @next/next/no-img-element -- a pre-made thumbnail, blurred
          <img
            className="sensitive-preview"
            src={preview.url}
            width={preview.width ?? 320}
            height={preview.height ?? 320}
            alt=""
            aria-hidden="true"
          />
        ) : null}
        <span className="sensitive-warning">
          <strong>{t('sensitiveWarning')}</strong>{' '}
          <span className="sensitive-show">{t('show')}</span>
        </span>
      </summary>
      {img}
    </details>
  )
}
