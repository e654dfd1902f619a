import type { CollectionSlug, Payload, TypedUser } from 'payload'

import { localeSummary, statusFieldName, translationLocales, type TranslatedDoc, type TranslationLocale, type TranslationStatus } from '@/lib/translationStatus'

export type OverviewRow = {
  id: number | string
  title: string
  locale: TranslationLocale
  status: TranslationStatus | null
  missing: string[]
  outdated: string[]
  /** Opens the document in the locale in the admin. */
  href: string
}

export type OverviewCollection = {
  slug: string
  label: unknown
  counts: Record<TranslationLocale, Record<TranslationStatus, number>>
  rows: OverviewRow[]
}

/**
 * Every document × locale (en, ru) of every translatable collection with its status, read as `user`
 * with access control on (latest drafts: what translators work on). Feeds the Translations view.
 */
export async function translationOverview(payload: Payload, user: TypedUser | null, adminRoute = '/admin'): Promise<OverviewCollection[]> {
  const slugs = payload.config.collections.filter((c) => c.custom?.translatable).map((c) => c.slug as CollectionSlug)
  return Promise.all(
    slugs.map(async (slug) => {
      const config = payload.collections[slug].config
      const titleField = config.admin.useAsTitle ?? 'id'
      const { docs } = await payload.find({
        collection: slug,
        draft: true,
        depth: 0,
        limit: 1000,
        locale: 'az',
        sort: '-updatedAt',
        overrideAccess: false,
        user,
        select: { [titleField]: true, translation: true, translationEn: true, translationRu: true } as Record<string, true>,
      })
      const counts = Object.fromEntries(
        translationLocales.map((l) => [l, { complete: 0, missing: 0, outdated: 0 }]),
      ) as OverviewCollection['counts']
      const rows: OverviewRow[] = []
      for (const doc of docs as unknown as (TranslatedDoc & Record<string, unknown> & { id: number | string })[]) {
        for (const locale of translationLocales) {
          const status = (doc[statusFieldName(locale)] ?? null) as TranslationStatus | null
          if (status) counts[locale][status] += 1
          const summary = localeSummary(doc, locale)
          rows.push({
            id: doc.id,
            title: String(doc[titleField] ?? doc.id),
            locale,
            status,
            missing: summary?.missing ?? [],
            outdated: summary?.outdated ?? [],
            href: `${adminRoute}/collections/${slug}/${doc.id}?locale=${locale}`,
          })
        }
      }
      return { slug, label: config.labels.plural, counts, rows }
    }),
  )
}
