import type { CollectionSlug, Field, Payload, PayloadRequest, Where } from 'payload'

import { defaultLocale, translationLocales, type TranslationLocale } from '@/i18n/locales'
import { isEmpty } from '@/lib/content/isEmpty'
import { yieldToEventLoop } from '@/lib/jobs/yieldToEventLoop'
import { hashOf, type TranslationSources } from '@/lib/translation/computeTranslationState'
import { leavesOfLocaleDoc } from '@/lib/translation/localizedLeaves'
import { fieldPairs, sentences } from '@/lib/translation/segments'
import {
  byRank,
  FUZZY_THRESHOLD,
  lengthRange,
  normalizeSegment,
  percentOf,
  segmentKeys,
  similarity,
} from '@/lib/translation/similarity'
import { valueSignature } from '@/lib/translation/valueText'

/**
 * Translation memory (docs/translation.md, "Translation memory"): every confirmed translation, a
 * published en or ru value made from the published az value, kept as az → target segment pairs in
 * the `translation-memory` collection. Only this module writes it (with overrideAccess).
 */
export const memoryCollection = 'translation-memory' as const satisfies CollectionSlug

/** Where a pair was confirmed: a published document's field, or a TMX file (no collection). */
export type Origin = {
  collection: string | null
  docId: string | null
  field: string | null
  title: string | null
  /** When the document was published (its `updatedAt`), or the TMX unit's date. */
  confirmedAt: string
}
export type MemoryEntry = {
  source: string
  target: string
  locale: TranslationLocale
  origin: Origin
}

type Row = {
  id: number | string
  source: string
  target: string
  locale: TranslationLocale
  pairKey: string
  originCollection?: string | null
  originId?: string | null
  originField?: string | null
  originTitle?: string | null
  confirmedAt?: string | null
}

type Options = { req?: Partial<PayloadRequest> }

const translatableTypes = new Set(['text', 'textarea', 'richText'])

/** The same source, locale and target is one segment. */
export const pairKeyOf = ({
  source,
  target,
  locale,
}: Pick<MemoryEntry, 'source' | 'target' | 'locale'>) =>
  hashOf(`${locale}\u0000${source}\u0000${target}`)
export const sourceKeyOf = (source: string) => hashOf(normalizeSegment(source))

/**
 * A row's lookup keys, from its source, target and locale; the collection's hook writes them on
 * every save, so no row is without them.
 */
export const lookupKeys = (pair: Pick<MemoryEntry, 'source' | 'target' | 'locale'>) => ({
  pairKey: pairKeyOf(pair),
  sourceKey: sourceKeyOf(pair.source),
  keys: segmentKeys(pair.source),
  length: normalizeSegment(pair.source).length,
})

export const rowData = (entry: MemoryEntry) => ({
  source: entry.source,
  target: entry.target,
  locale: entry.locale,
  originCollection: entry.origin.collection,
  originId: entry.origin.docId,
  originField: entry.origin.field,
  originTitle: entry.origin.title,
  confirmedAt: entry.origin.confirmedAt,
})

export const entryOf = (row: Row): MemoryEntry => ({
  source: row.source,
  target: row.target,
  locale: row.locale,
  origin: {
    collection: row.originCollection ?? null,
    docId: row.originId ?? null,
    field: row.originField ?? null,
    title: row.originTitle ?? null,
    confirmedAt: row.confirmedAt ?? new Date(0).toISOString(),
  },
})

type Doc = Record<string, unknown> & { id: number | string; _status?: string | null }

/**
 * The pairs a document's published state confirms. Each locale is read as published, without
 * fallback, so a locale that is not published (under per-locale publishing) or has no own value
 * gives nothing; and a field counts only when the locale's value was made from exactly the
 * published az value (its `translationSources` hash), so a missing or outdated translation gives
 * nothing either.
 */
export async function publishedPairs(
  payload: Payload,
  collection: CollectionSlug,
  id: number | string,
  { req }: Options = {},
): Promise<MemoryEntry[]> {
  const config = payload.collections[collection].config
  const drafts = Boolean(config.versions?.drafts)
  const read = (locale: string) =>
    payload.findByID({
      collection,
      id,
      locale: locale as TranslationLocale,
      fallbackLocale: false,
      draft: false,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    }) as Promise<Doc | null>
  const published = (doc: Doc | null): doc is Doc =>
    Boolean(doc) && (!drafts || doc!._status === 'published')
  const az = await read(defaultLocale)
  if (!published(az)) return []
  const fields: Field[] = config.fields
  const sources = (az.translationSources as TranslationSources | null)?.fields ?? {}
  const azLeaves = leavesOfLocaleDoc(fields, az)
  const titleField = config.admin?.useAsTitle ?? 'id'
  const entries: MemoryEntry[] = []
  for (const locale of translationLocales) {
    const doc = await read(locale)
    if (!published(doc)) continue
    const leaves = leavesOfLocaleDoc(fields, doc)
    const title = doc[titleField] ?? az[titleField]
    const confirmedAt = typeof doc.updatedAt === 'string' ? doc.updatedAt : new Date().toISOString()
    for (const [path, leaf] of azLeaves) {
      if (!translatableTypes.has(leaf.type) || isEmpty(leaf.value)) continue
      const value = leaves.get(path)?.value
      if (isEmpty(value)) continue
      if (sources[path]?.[locale]?.hash !== hashOf(valueSignature(leaf.type, leaf.value))) continue
      for (const pair of fieldPairs(leaf.type, leaf.value, value, locale))
        entries.push({
          ...pair,
          locale,
          origin: {
            collection,
            docId: String(id),
            field: path,
            title: title === undefined || title === null ? null : String(title),
            confirmedAt,
          },
        })
    }
  }
  return entries
}

const samePlace = (row: Row, origin: Origin) =>
  (row.originCollection ?? null) === origin.collection &&
  (row.originId ?? null) === origin.docId &&
  (row.originField ?? null) === origin.field

async function rowsByPairKey(payload: Payload, keys: string[], { req }: Options) {
  const rows = new Map<string, Row>()
  for (let i = 0; i < keys.length; i += 200) {
    const { docs } = await payload.find({
      collection: memoryCollection,
      where: { pairKey: { in: keys.slice(i, i + 200) } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const row of docs as unknown as Row[]) rows.set(row.pairKey, row)
  }
  return rows
}

/**
 * Writes entries, one row per source, locale and target. A pair already known from another place
 * takes the newer origin; the same place publishing the same pair again leaves the row as it is
 * (its date stays the one the pair was first confirmed on there). Returns the rows written.
 */
export async function remember(
  payload: Payload,
  entries: MemoryEntry[],
  options: Options = {},
): Promise<number> {
  const latest = new Map<string, MemoryEntry>()
  for (const entry of entries) latest.set(pairKeyOf(entry), entry)
  const existing = await rowsByPairKey(payload, [...latest.keys()], options)
  let written = 0
  for (const [key, entry] of latest) {
    const row = existing.get(key)
    if (row && samePlace(row, entry.origin)) continue
    if (
      row &&
      row.confirmedAt &&
      Date.parse(row.confirmedAt) > Date.parse(entry.origin.confirmedAt)
    )
      continue
    const data = rowData(entry)
    if (row)
      await payload.update({
        collection: memoryCollection,
        id: row.id,
        data,
        depth: 0,
        overrideAccess: true,
        req: options.req,
      })
    else {
      try {
        await payload.create({
          collection: memoryCollection,
          data,
          depth: 0,
          overrideAccess: true,
          req: options.req,
        })
      } catch (error) {
        // Another job wrote the same pair meanwhile (pairKey is unique): it is in memory.
        if ((await rowsByPairKey(payload, [key], options)).has(key)) continue
        throw error
      }
    }
    written++
  }
  return written
}

/** Records what a document's publish confirms (the publish hooks). */
export async function rememberDocument(
  payload: Payload,
  collection: CollectionSlug,
  id: number | string,
  options: Options = {},
) {
  return remember(payload, await publishedPairs(payload, collection, id, options), options)
}

export type Match = {
  source: string
  target: string
  /** 0–100, floored: only an exact match is 100. */
  percent: number
  origin: Origin
}

/**
 * Memory matches for one az segment in a locale: exact ones (normalized equal) and fuzzy ones of at
 * least 70 %, best first, then the most recently confirmed. Fuzzy candidates are the rows sharing a
 * word stem whose length can reach the threshold (indexed), never the whole memory.
 */
export async function findMatches(
  payload: Payload,
  text: string,
  locale: TranslationLocale,
  {
    exclude,
    limit = 5,
    req,
  }: Options & {
    exclude?: { collection: string; docId: string; field: string }
    limit?: number
  } = {},
): Promise<Match[]> {
  const normalized = normalizeSegment(text)
  if (!normalized) return []
  const keys = segmentKeys(text)
  const { min, max } = lengthRange(normalized.length)
  const candidates: Where[] = [{ sourceKey: { equals: sourceKeyOf(text) } }]
  if (keys.length)
    candidates.push({
      and: [
        { keys: { in: keys } },
        { length: { greater_than_equal: min } },
        { length: { less_than_equal: max } },
      ],
    })
  const { docs } = await payload.find({
    collection: memoryCollection,
    where: { and: [{ locale: { equals: locale } }, { or: candidates }] },
    sort: '-confirmedAt',
    depth: 0,
    limit: 200,
    overrideAccess: true,
    req,
  })
  const seen = new Set<string>()
  return (docs as unknown as Row[])
    .filter((row) => {
      if (seen.has(String(row.id))) return false
      seen.add(String(row.id))
      return !(
        exclude &&
        row.originCollection === exclude.collection &&
        row.originId === exclude.docId &&
        row.originField === exclude.field
      )
    })
    .map((row) => ({ row, similarity: similarity(text, row.source), date: row.confirmedAt ?? '' }))
    .filter((m) => m.similarity >= FUZZY_THRESHOLD)
    .sort(byRank)
    .slice(0, limit)
    .map(({ row, similarity: value }) => {
      const { source, target, origin } = entryOf(row)
      return { source, target, percent: percentOf(value), origin }
    })
}

/** The exact match's translation of an az segment in a locale (the most recent), if memory has one. */
export async function exactTranslation(
  payload: Payload,
  text: string,
  locale: TranslationLocale,
  options: Options = {},
): Promise<Match | undefined> {
  const { docs } = await payload.find({
    collection: memoryCollection,
    where: { and: [{ locale: { equals: locale } }, { sourceKey: { equals: sourceKeyOf(text) } }] },
    sort: '-confirmedAt',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req: options.req,
  })
  const row = (docs as unknown as Row[])[0]
  if (!row) return undefined
  const { source, target, origin } = entryOf(row)
  return { source, target, percent: 100, origin }
}

/** `articles/12 content`: where a pair was confirmed, in a word (TMX, XLIFF candidates); `tmx` for an imported one. */
export const originLabel = (origin: Origin) =>
  origin.collection && origin.docId
    ? `${origin.collection}/${origin.docId}${origin.field ? ` ${origin.field}` : ''}`
    : 'tmx'

/**
 * A translation of a whole az segment from exact matches only: the segment itself, or else every
 * one of its sentences (memory pairs sentences where it can). Undefined unless all of it is known.
 */
export async function translateExactly(
  payload: Payload,
  text: string,
  locale: TranslationLocale,
  options: Options = {},
): Promise<{ target: string; origins: Origin[] } | undefined> {
  const whole = await exactTranslation(payload, text, locale, options)
  if (whole) return { target: whole.target, origins: [whole.origin] }
  const parts = sentences(text, defaultLocale)
  if (parts.length < 2) return undefined
  const found: Match[] = []
  for (const part of parts) {
    const match = await exactTranslation(payload, part, locale, options)
    if (!match) return undefined
    found.push(match)
  }
  return { target: found.map((m) => m.target).join(' '), origins: found.map((m) => m.origin) }
}

/** Every row, oldest first, a page at a time (TMX export, rebuild). */
export async function* memoryRows(
  payload: Payload,
  locale?: TranslationLocale,
  pageSize = 500,
): AsyncGenerator<Row> {
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: memoryCollection,
      where: locale ? { locale: { equals: locale } } : {},
      sort: 'id',
      depth: 0,
      limit: pageSize,
      page,
      overrideAccess: true,
    })
    for (const row of result.docs as unknown as Row[]) yield row
    if (!result.hasNextPage) return
    await yieldToEventLoop()
  }
}

type Progress = { total: number; done: number; collection: string }

const sameEntry = (row: Row, entry: MemoryEntry) =>
  samePlace(row, entry.origin) &&
  (row.originTitle ?? null) === entry.origin.title &&
  row.confirmedAt !== null &&
  row.confirmedAt !== undefined &&
  Date.parse(row.confirmedAt) === Date.parse(entry.origin.confirmedAt)

/**
 * Rebuilds memory from every published document of every translatable collection (npm run
 * memory:rebuild): each pair gets the origin of the newest document that confirms it, rows no
 * document confirms any more are deleted, and rows imported from TMX files (no document) are kept.
 * Only rows that differ are written.
 */
export async function rebuildMemory(
  payload: Payload,
  {
    onStart,
    onProgress,
  }: { onStart?: (total: number) => void; onProgress?: (progress: Progress) => void } = {},
) {
  const collections = payload.config.collections
    .filter((c) => c.custom?.translatable)
    .map((c) => c.slug as CollectionSlug)
  const published = (slug: CollectionSlug): Where =>
    payload.collections[slug].config.versions?.drafts ? { _status: { equals: 'published' } } : {}
  let total = 0
  for (const slug of collections)
    total += (
      await payload.count({ collection: slug, where: published(slug), overrideAccess: true })
    ).totalDocs
  onStart?.(total)

  const newest = new Map<string, MemoryEntry>()
  let done = 0
  for (const collection of collections) {
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.find({
        collection,
        where: published(collection),
        select: {},
        depth: 0,
        limit: 100,
        page,
        sort: 'id',
        overrideAccess: true,
      })
      for (const { id } of docs) {
        for (const entry of await publishedPairs(payload, collection, id)) {
          const key = pairKeyOf(entry)
          const known = newest.get(key)
          if (
            !known ||
            Date.parse(entry.origin.confirmedAt) >= Date.parse(known.origin.confirmedAt)
          )
            newest.set(key, entry)
        }
        onProgress?.({ total, done: ++done, collection })
      }
      if (!hasNextPage) break
      await yieldToEventLoop()
    }
  }

  const stale: (number | string)[] = []
  const changed: [Row, MemoryEntry][] = []
  const present = new Set<string>()
  for await (const row of memoryRows(payload)) {
    present.add(row.pairKey)
    const entry = newest.get(row.pairKey)
    if (!entry) {
      if (row.originCollection) stale.push(row.id)
    } else if (!sameEntry(row, entry)) changed.push([row, entry])
  }
  for (const [row, entry] of changed)
    await payload.update({
      collection: memoryCollection,
      id: row.id,
      data: rowData(entry),
      depth: 0,
      overrideAccess: true,
    })
  let created = 0
  for (const [key, entry] of newest) {
    if (present.has(key)) continue
    await payload.create({
      collection: memoryCollection,
      data: rowData(entry),
      depth: 0,
      overrideAccess: true,
    })
    if (++created % 100 === 0) await yieldToEventLoop()
  }
  for (let i = 0; i < stale.length; i += 200)
    await payload.delete({
      collection: memoryCollection,
      where: { id: { in: stale.slice(i, i + 200) } },
      overrideAccess: true,
    })
  return {
    documents: done,
    segments: newest.size,
    created,
    updated: changed.length,
    removed: stale.length,
  }
}
