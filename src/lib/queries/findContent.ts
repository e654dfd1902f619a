import type { DataFromCollectionSlug, PaginatedDocs, SelectType, Sort, Where } from 'payload'

import { defaultLocale, type Locale, isTranslationLocale, localeCodes } from '@/i18n/locales'
import type { ContentSlug } from '@/lib/content/collections'
import { isEmpty } from '@/lib/content/isEmpty'
import { localize, type Localized } from '@/lib/translation/localize'
import { isTranslationOffered, localeSummary } from '@/lib/translation/status'
import { readPublishedLocales } from '@/lib/content/publishedLocales'
import { getPayloadClient } from '@/lib/payload/client'
import { cachedRead } from '@/lib/queries/cachedRead'
import { readContext, type ReadContext } from '@/lib/queries/readContext'

type FindOptions = {
  where?: Where
  sort?: Sort
  limit?: number
  page?: number
  depth?: number
  select?: SelectType
  /** false: every matching document, for what must show them all (a map); `limit` and `page` are then ignored. */
  pagination?: false
  /**
   * false: the az documents are not read beside a page in en or ru, for a list that shows an
   * untranslated document by an az text stored on the document itself (a person's `fullName`):
   * `source` is then undefined and `offered` still says whether the translation is offered.
   */
  sources?: false
}

export type LocalizedPage<T> = Omit<PaginatedDocs<T>, 'docs'> & { docs: Localized<T>[] }

/**
 * The one read path of the public site. Always `overrideAccess: false` with the reader (a visitor,
 * or staff in draft mode); the visitor's locale is read without fallback and paired with az (see
 * `localize`), so the page can tell a translation from a fallback.
 */
export function contentReader<S extends ContentSlug>(
  collection: S,
  required: readonly (keyof DataFromCollectionSlug<S>)[],
) {
  type Doc = DataFromCollectionSlug<S>

  async function find(locale: Locale, options: FindOptions = {}): Promise<LocalizedPage<Doc>> {
    const reader = await readContext()
    const { result, sources, published } = reader.draft
      ? await read(reader, locale, options)
      : await cachedFind(locale, options)
    const byId = new Map(sources.map((doc) => [doc.id, doc]))
    return {
      ...result,
      docs: result.docs.map((doc) => {
        // Draft mode previews every locale, published or not.
        const locales = published ? (published[String(doc.id)] ?? [defaultLocale]) : localeCodes
        const shown = locales.includes(locale) && offered(doc, locale)
        return { ...localize(doc, byId.get(doc.id), locale, shown), locales }
      }),
    }
  }

  const cachedFind = cachedRead(`find:${collection}`, (locale: Locale, options: FindOptions) =>
    read({ draft: false, user: null }, locale, options),
  )

  /** Plain data (it goes to the data cache): the page in the locale, and the az documents beside it. */
  async function read(
    { draft, user }: ReadContext,
    locale: Locale,
    { where, sort, limit = 20, page = 1, depth = 0, select, pagination, sources }: FindOptions,
  ): Promise<{
    result: PaginatedDocs<Doc>
    sources: Doc[]
    /** Visitors' reads: the locales each document is published in, by id. */
    published?: Record<string, Locale[]>
  }> {
    const payload = await getPayloadClient()
    // The publish gate reads the stored translation summary, so it is always selected.
    const common = {
      collection,
      draft,
      user,
      overrideAccess: false,
      depth,
      select: select && { ...select, translation: true },
    } as const
    const all = pagination === false
    const result = (await payload.find({
      ...common,
      where,
      sort,
      // The SQL adapter applies a limit even without pagination; 0 is "no limit" in both adapters.
      limit: all ? 0 : limit,
      page: all ? 1 : page,
      pagination,
      locale,
      fallbackLocale: false,
    })) as unknown as PaginatedDocs<Doc>
    const ids = result.docs.map((d) => d.id)
    const published =
      draft || !ids.length
        ? undefined
        : Object.fromEntries(await readPublishedLocales(payload, collection, ids))
    if (locale === defaultLocale || !ids.length || sources === false)
      return { result, sources: [], published }
    const az = (await payload.find({
      ...common,
      where: { id: { in: ids } },
      locale: defaultLocale,
      pagination: false,
    })) as unknown as PaginatedDocs<Doc>
    return { result, sources: az.docs, published }
  }

  /** The stored summary decides; a document saved before summaries existed is judged on the fields read. */
  function offered(doc: Doc, locale: Locale): boolean {
    if (locale === defaultLocale) return true
    if (isTranslationLocale(locale) && localeSummary(doc, locale))
      return isTranslationOffered(doc, locale)
    return required.filter((key) => key in doc).every((key) => !isEmpty(doc[key]))
  }

  async function findOne(
    locale: Locale,
    where: Where,
    options: Omit<FindOptions, 'where' | 'limit' | 'page'> = {},
  ) {
    const { docs } = await find(locale, { ...options, where, limit: 1 })
    return docs[0] ?? null
  }

  return {
    find,
    findOne,
    bySlug: (locale: Locale, slug: string, options?: Omit<FindOptions, 'where'>) =>
      findOne(locale, { slug: { equals: slug } }, options),
  }
}
