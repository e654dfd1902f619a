import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/queries/cachedRead'
import { getPayloadClient } from '@/lib/payload/client'
import { docPath } from '@/lib/routing/routes'
import { readAbout } from '@/lib/submissions/about'
import type { CorrectableSlug } from '@/lib/submissions/model'
import { formStartedToken } from '@/lib/submissions/tokens'

export type Subject = { about: string; collection: CorrectableSlug; title: string; path: string }

/**
 * The document a form is about (`people:12`), as a visitor may read it in the locale: its title
 * and page. Anything a visitor may not read is no subject.
 */
export const formSubject = cache(async (locale: Locale, about: string | undefined) => {
  const payload = await getPayloadClient()
  const found = await readAbout(payload, about, { locale })
  if (!found) return null
  const { collection, doc } = found
  const titleField = payload.collections[collection].config.admin.useAsTitle
  return {
    about: `${collection}:${String(doc.id)}`,
    collection,
    title: String((titleField && doc[titleField]) ?? ''),
    path: docPath(collection, doc, locale),
  } satisfies Subject
})

/** The signed moment a form is drawn, for the time trap. */
export const formStarted = async (): Promise<string> =>
  formStartedToken((await getPayloadClient()).secret)

/** Published testimonies, oldest first, as a visitor reads them: about one person, or about the events. */
export const publishedTestimonies = cachedRead(
  'testimonies',
  async (about: { person: number } | 'events') => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'testimonies',
      where:
        about === 'events'
          ? { aboutEvents: { equals: true } }
          : { person: { equals: about.person } },
      overrideAccess: false,
      depth: 0,
      pagination: false,
      sort: 'createdAt',
      select: { text: true, language: true, contributor: true, relation: true },
    })
    return docs
  },
)
