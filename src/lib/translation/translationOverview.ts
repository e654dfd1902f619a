import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'

import { translationLocales, type TranslationLocale } from '@/i18n/locales'
import { readPublishedLocales } from '@/lib/content/publishedLocales'
import {
  localeSummary,
  statusFieldName,
  translationStatuses,
  type TranslatedDoc,
  type TranslationStatus,
} from '@/lib/translation/status'

export type OverviewRow = {
  id: number | string
  title: string
  locale: TranslationLocale
  status: TranslationStatus | null
  missing: string[]
  outdated: string[]
  /** Whether visitors read the locale (published and offered); null where a collection has no drafts. */
  published: boolean | null
  /** Opens the document in the locale in the admin. */
  href: string
}

export type OverviewCollection = {
  slug: CollectionSlug
  label: unknown
  /** Every document of the collection the reader may see. */
  total: number
  /** Exact, over every document (not only the rows shown). */
  counts: Record<TranslationLocale, Record<TranslationStatus, number>>
  /** The most recently updated documents, each once per locale. */
  rows: OverviewRow[]
  /** The collection's own list in the admin, filtered to one status in one locale: every document, paged. */
  listHref: (locale: TranslationLocale, status: TranslationStatus) => string
}

/** How many documents per collection the overview lists; the counts and the filtered lists cover the rest. */
export const OVERVIEW_ROWS = 50

/**
 * For each translatable collection: how many documents are complete, missing or outdated in en and
 * ru (exact, whatever the archive's size), and the most recently updated documents with their status
 * per locale and whether visitors read it (published); the rest are a link away, in the collection's list filtered by status. Read as `user`
 * with access control on, latest drafts (what translators work on). Feeds the Translations view.
 */
export async function translationOverview(
  payload: Payload,
  user: TypedUser | null,
  adminRoute = '/admin',
  rowsPerCollection = OVERVIEW_ROWS,
): Promise<OverviewCollection[]> {
  const slugs = payload.config.collections
    .filter((c) => c.custom?.translatable)
    .map((c) => c.slug as CollectionSlug)
  return Promise.all(
    slugs.map(async (slug) => {
      const config = payload.collections[slug].config
      const titleField = config.admin.useAsTitle ?? 'id'
      const read = {
        collection: slug,
        draft: true,
        depth: 0,
        locale: 'az',
        overrideAccess: false,
        user,
      } as const
      // A count is a query with limit 1: `count` has no `draft`, and drafts are what translators see.
      const count = async (where?: Where) =>
        (
          await payload.find({
            ...read,
            where,
            limit: 1,
            select: { id: true } as Record<string, true>,
          })
        ).totalDocs
      const [{ docs, totalDocs }, counted] = await Promise.all([
        payload.find({
          ...read,
          limit: rowsPerCollection,
          sort: '-updatedAt',
          select: {
            [titleField]: true,
            translation: true,
            translationEn: true,
            translationRu: true,
          } as Record<string, true>,
        }),
        Promise.all(
          translationLocales.flatMap((locale) =>
            translationStatuses.map(
              async (status) =>
                [
                  locale,
                  status,
                  await count({ [statusFieldName(locale)]: { equals: status } }),
                ] as const,
            ),
          ),
        ),
      ])
      const published = config.versions?.drafts
        ? await readPublishedLocales(
            payload,
            slug,
            docs.map((doc) => doc.id),
            { overrideAccess: true },
          )
        : null
      const counts = Object.fromEntries(
        translationLocales.map((l) => [l, { complete: 0, missing: 0, outdated: 0 }]),
      ) as OverviewCollection['counts']
      for (const [locale, status, n] of counted) counts[locale][status] = n
      const rows: OverviewRow[] = []
      for (const doc of docs as unknown as (TranslatedDoc &
        Record<string, unknown> & { id: number | string })[]) {
        for (const locale of translationLocales) {
          const status = (doc[statusFieldName(locale)] ?? null) as TranslationStatus | null
          const summary = localeSummary(doc, locale)
          rows.push({
            id: doc.id,
            title: String(doc[titleField] ?? doc.id),
            locale,
            status,
            missing: summary?.missing ?? [],
            outdated: summary?.outdated ?? [],
            published: published ? Boolean(published.get(String(doc.id))?.includes(locale)) : null,
            href: `${adminRoute}/collections/${slug}/${doc.id}?locale=${locale}`,
          })
        }
      }
      const listHref = (locale: TranslationLocale, status: TranslationStatus) =>
        `${adminRoute}/collections/${slug}?${new URLSearchParams({ [`where[${statusFieldName(locale)}][equals]`]: status, locale })}`
      return { slug, label: config.labels.plural, total: totalDocs, counts, rows, listHref }
    }),
  )
}
