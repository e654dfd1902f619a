import type { CollectionSlug, Payload } from 'payload'

import { localeCodes, type Locale } from '@/i18n/locales'
import { isLocalePublished, type PublishState } from '@/lib/translation/status'

/**
 * Reads for the machine-readable surfaces (OAI-PMH, IIIF), which give every language in one
 * answer: as an anonymous visitor reads (published versions, access control on, no user), each
 * locale without fallback, so an untranslated field is absent rather than az text, and only the
 * locales published (a translation not yet published is absent, not az text either).
 */

type Doc = Record<string, unknown> & { id: number | string }
export type DocInEachLocale = Partial<Record<Locale, Doc>>

const asVisitor = { overrideAccess: false, draft: false } as const

/** Documents by id, each as every locale reads it; one query per locale. */
export async function readInEachLocale(
  payload: Payload,
  collection: CollectionSlug,
  ids: (number | string)[],
  { depth = 0 }: { depth?: number } = {},
): Promise<Map<string, DocInEachLocale>> {
  const byId = new Map<string, DocInEachLocale>()
  for (const locale of localeCodes) {
    const { docs } = await payload.find({
      collection,
      ...asVisitor,
      depth,
      locale,
      fallbackLocale: false,
      where: { id: { in: ids } },
      limit: ids.length,
      pagination: false,
    })
    for (const doc of docs as unknown as Doc[]) {
      if (!isLocalePublished(doc as PublishState, locale)) continue
      const key = String(doc.id)
      byId.set(key, { ...byId.get(key), [locale]: doc })
    }
  }
  return byId
}

/** The archive's name in each language that has one (the `site` global as published). */
export async function siteNames(payload: Payload): Promise<Partial<Record<Locale, string>>> {
  const names = await Promise.all(
    localeCodes.map(async (locale) => {
      const site = await payload.findGlobal({
        slug: 'site',
        ...asVisitor,
        depth: 0,
        locale,
        fallbackLocale: false,
      })
      return [locale, typeof site.name === 'string' ? site.name : ''] as const
    }),
  )
  return Object.fromEntries(names.filter(([, name]) => name))
}
