import { defaultLocale, type Locale } from '@/i18n/locales'
import type { LocalizedValue } from '@/lib/translation/localize'
import { getPayloadClient } from '@/lib/payload/client'
import { cachedRead } from '@/lib/queries/cachedRead'
import { pickText } from '@/lib/queries/globals'
import type { Media } from '@/payload-types'

/** A media file's az alt text: the source every translation of it is made from. */
const sourceAlt = cachedRead('media:alt', async (id: Media['id']) => {
  const payload = await getPayloadClient()
  const doc = await payload.findByID({
    collection: 'media',
    id,
    locale: defaultLocale,
    fallbackLocale: false,
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
    select: { alt: true },
  })
  return doc?.alt ?? null
})

/**
 * The alt text of an image in the visitor's locale, else its az alt with the language it is in: an
 * untranslated description is shown in az (marked so), never dropped to an empty alt.
 */
export async function mediaAlt(
  media: Media,
  locale: Locale,
): Promise<LocalizedValue<string> | null> {
  if (locale === defaultLocale || media.alt?.trim()) return pickText(media.alt, null, locale)
  return pickText(null, await sourceAlt(media.id), locale)
}
