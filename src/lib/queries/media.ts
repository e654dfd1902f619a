import { defaultLocale, type Locale } from '@/i18n/locales'
import type { LocalizedValue } from '@/lib/translation/localize'
import { getPayloadClient } from '@/lib/payload/client'
import { cachedRead } from '@/lib/queries/cachedRead'
import { pickText } from '@/lib/queries/globals'
import type { Media } from '@/payload-types'

/** A media file's az alt text and caption: the source every translation of them is made from. */
const sourceTexts = cachedRead('media:source-texts', async (id: Media['id']) => {
  const payload = await getPayloadClient()
  const doc = await payload.findByID({
    collection: 'media',
    id,
    locale: defaultLocale,
    fallbackLocale: false,
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
    select: { alt: true, caption: true },
  })
  return { alt: doc?.alt ?? null, caption: doc?.caption ?? null }
})

/**
 * The alt text or caption of an image in the visitor's locale, else its az text with the language
 * it is in: an untranslated description is shown in az (marked so), never dropped.
 */
export async function mediaText(
  media: Media,
  field: 'alt' | 'caption',
  locale: Locale,
): Promise<LocalizedValue<string> | null> {
  const own = media[field]
  if (locale === defaultLocale || own?.trim()) return pickText(own, null, locale)
  return pickText(null, (await sourceTexts(media.id))[field], locale)
}
