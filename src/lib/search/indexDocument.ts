import type { Payload, PayloadRequest } from 'payload'

import { defaultLocale, localeCodes, type Locale } from '@/i18n/locales'
import { readPublishedLocales } from '@/lib/content/publishedLocales'
import { termString, tokenize } from '@/lib/search/normalize'
import { searchSources, visitorWhere, type SearchableCollection } from '@/lib/search/sources'

export const searchEntriesCollection = 'search-entries' as const

/** Plain text kept per row for snippets; the start of the body, cut at a word. */
export const SNIPPET_SOURCE_CHARS = 2000
/** Distinct body terms kept per row: long documents still give short rows to scan. */
export const MAX_BODY_TERMS = 1500

type Target = { collection: SearchableCollection; id: number | string }
type Options = { payload: Payload; req?: Partial<PayloadRequest> }

const truncate = (text: string, max: number) => {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${space > max * 0.8 ? cut.slice(0, space) : cut}…`
}

/** The row of one document in one locale (without the ids), from the document as that locale reads it. */
export function entryData(
  collection: SearchableCollection,
  doc: Record<string, unknown>,
  locale: Locale,
) {
  const source = searchSources[collection](doc, locale)
  const body = source.body.filter(Boolean).join('\n')
  const date = source.date ? new Date(source.date) : null
  const year = date && !Number.isNaN(date.getTime()) ? date.getUTCFullYear() : null
  return {
    docCollection: collection,
    locale,
    title: source.title || source.slug || String(doc.id),
    slug: source.slug ?? null,
    date: year === null ? null : date!.toISOString(),
    datePrecision: year === null ? null : (source.datePrecision ?? 'day'),
    year,
    snippetText: truncate(body.replace(/\s+/g, ' ').trim(), SNIPPET_SOURCE_CHARS),
    titleTerms: termString(tokenize(source.title, locale)),
    bodyTerms: termString(tokenize(body, locale), MAX_BODY_TERMS),
  }
}

type Page = { number: number; text?: string | null }
type OriginalFile = {
  filename?: string | null
  url?: string | null
  withheld?: boolean | null
  pages?: Page[] | null
}

/**
 * The text of each page of a document's original file (a resolution's PDF, read by the media
 * job), with the file's address: rows of their own, so a hit names the page it is on.
 */
async function originalPages(
  doc: Record<string, unknown>,
  { payload, req }: Options,
): Promise<{ fileUrl: string; pages: Page[] } | null> {
  const id = doc.originalFile
  if (typeof id !== 'number' && typeof id !== 'string') return null
  const { docs } = await payload.find({
    collection: 'media',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    pagination: false,
    select: { filename: true, url: true, withheld: true, pages: true },
    overrideAccess: true,
    req,
  })
  const file = docs[0] as OriginalFile | undefined
  if (!file?.url || file.withheld) return null
  const pages = (file.pages ?? []).filter((page) => page.text?.trim())
  return pages.length ? { fileUrl: file.url, pages } : null
}

/** The row of one page of a document's original file in one locale: found under the document's title. */
export function pageEntryData(
  documentRow: ReturnType<typeof entryData>,
  page: Page,
  fileUrl: string,
) {
  const text = page.text ?? ''
  return {
    ...documentRow,
    page: page.number,
    fileUrl,
    snippetText: truncate(text.replace(/\s+/g, ' ').trim(), SNIPPET_SOURCE_CHARS),
    // The title finds the document's own row; a page is found by its words.
    titleTerms: '',
    bodyTerms: termString(tokenize(text, documentRow.locale), MAX_BODY_TERMS),
  }
}

/** Deletes every row of a document (every locale). */
export async function removeFromIndex({ collection, id }: Target, { payload, req }: Options) {
  await payload.delete({
    collection: searchEntriesCollection,
    where: { and: [{ docCollection: { equals: collection } }, { docId: { equals: String(id) } }] },
    overrideAccess: true,
    req,
  })
}

const findPublished = (
  payload: Payload,
  collection: SearchableCollection,
  id: number | string,
  locale: Locale,
  req: Options['req'],
) =>
  payload
    .find({
      collection,
      where: { and: [{ id: { equals: id } }, visitorWhere(collection)] },
      locale,
      fallbackLocale: 'az',
      draft: false,
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      req,
    })
    .then(({ docs }) => (docs[0] as unknown as Record<string, unknown> | undefined) ?? null)

/**
 * After a save that is not a publish: a draft saved over a published document leaves the published
 * one (and its rows) in place; an unpublish leaves no published document, and the rows go.
 */
export async function removeIfUnpublished(target: Target, options: Options): Promise<boolean> {
  if (await findPublished(options.payload, target.collection, target.id, 'az', options.req))
    return false
  await removeFromIndex(target, options)
  return true
}

/**
 * The documents with their `tags` (ids, read at depth 0) replaced by the tags' names in each
 * locale, az where one is untranslated, so an article is found by the words it is filed under.
 */
async function withTagNames(
  docs: [Locale, Record<string, unknown>][],
  { payload, req }: Options,
): Promise<[Locale, Record<string, unknown>][]> {
  const ids = [...new Set(docs.flatMap(([, doc]) => (Array.isArray(doc.tags) ? doc.tags : [])))]
  if (!ids.length) return docs
  const named: [Locale, Record<string, unknown>][] = []
  // One after another: the reads share the operation's transaction.
  for (const [locale, doc] of docs) {
    const { docs: tags } = await payload.find({
      collection: 'tags',
      where: { id: { in: ids } },
      locale,
      fallbackLocale: 'az',
      depth: 0,
      limit: 0,
      pagination: false,
      select: { name: true },
      overrideAccess: true,
      req,
    })
    named.push([locale, { ...doc, tags: tags.map((tag) => tag.name).filter(Boolean) }])
  }
  return named
}

/**
 * Replaces the rows of a document with one per locale from `docs` (the document as visitors read it
 * in each locale), or removes them when az is not among them (not published).
 */
export async function writeEntries(
  { collection, id }: Target,
  docs: [Locale, Record<string, unknown>][],
  { payload, req }: Options,
): Promise<'indexed' | 'removed'> {
  await removeFromIndex({ collection, id }, { payload, req })
  if (docs[0]?.[0] !== defaultLocale) return 'removed'
  const named = collection === 'articles' ? await withTagNames(docs, { payload, req }) : docs
  const original =
    collection === 'resolutions' ? await originalPages(docs[0][1], { payload, req }) : null
  for (const [locale, doc] of named) {
    const row = entryData(collection, doc, locale)
    await payload.create({
      collection: searchEntriesCollection,
      data: { ...row, docId: String(id) },
      overrideAccess: true,
      req,
    })
    for (const page of original?.pages ?? [])
      await payload.create({
        collection: searchEntriesCollection,
        data: { ...pageEntryData(row, page, original!.fileUrl), docId: String(id) },
        overrideAccess: true,
        req,
      })
  }
  return 'indexed'
}

/**
 * Writes the rows of a document in every locale if its az source is published, and removes them
 * otherwise: a locale's row holds its published translation (with fallback to az for a field left
 * empty), or the az text where the translation is not published, as the page shows. Reads the main
 * collection (draft: false), so a draft saved over a published document leaves the published text
 * in the index.
 */
export async function indexDocument(
  target: Target,
  options: Options,
): Promise<'indexed' | 'removed'> {
  const docs: [Locale, Record<string, unknown>][] = []
  const published =
    (
      await readPublishedLocales(options.payload, target.collection, [target.id], {
        req: options.req,
        overrideAccess: true,
      })
    ).get(String(target.id)) ?? []
  const read = (locale: Locale) =>
    findPublished(options.payload, target.collection, target.id, locale, options.req)
  const source = published.includes(defaultLocale) ? await read(defaultLocale) : null
  if (source)
    for (const locale of localeCodes) {
      // Where the translation is not published, the page shows the az text: so does the index.
      const doc =
        locale === defaultLocale || !published.includes(locale) ? source : await read(locale)
      if (doc) docs.push([locale, doc])
    }
  return writeEntries(target, docs, options)
}
