import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { contentCollections, isOneOf, type ContentSlug } from '@/lib/content/collections'
import { isDatePrecision, type DatePrecision } from '@/lib/format/preciseDate'
import { jurisdictionName } from '@/lib/geo/jurisdictions'
import { personName } from '@/lib/people/names'
import { discloses, listedWhere } from '@/lib/people/privacy'
import { sourcePublished } from '@/lib/translation/status'

/** The search covers all published content, results of equal rank in this order. */
export const searchableCollections = contentCollections
export type SearchableCollection = ContentSlug

/** Beyond being published, what visitors may read of a collection (people's privacy). */
const listedFilter: Partial<Record<SearchableCollection, Where>> = { people: listedWhere }

/**
 * The documents of a collection visitors may read, as a query: the index reads without access
 * control (it needs every locale at once), so it holds only what this selects.
 */
export const visitorWhere = (collection: SearchableCollection): Where => {
  const listed = listedFilter[collection]
  return listed ? { and: [sourcePublished, listed] } : sourcePublished
}

export const isSearchableCollection = (value: unknown): value is SearchableCollection =>
  isOneOf(searchableCollections, value)

/** What the index keeps of one document in one locale. */
export type SearchSource = {
  title: string
  body: string[]
  date?: string | null
  /** How much of `date` is known (a day when not given): a result shows "1994", never "1 January 1994". */
  datePrecision?: DatePrecision | null
  slug?: string | null
}

type Doc = Record<string, unknown>

const str = (value: unknown) => (typeof value === 'string' ? value : '')
const precision = (value: unknown) => (isDatePrecision(value) ? value : null)
const jurisdiction = (code: unknown, locale: Locale) =>
  typeof code === 'string' && code ? jurisdictionName(code, locale) : ''

const isLexical = (value: unknown): value is SerializedEditorState =>
  typeof value === 'object' &&
  value !== null &&
  'root' in value &&
  typeof (value as { root: unknown }).root === 'object'

/** Keys of blocks and groups that hold no reader-visible text. */
const skippedKeys = new Set(['id', 'blockType', 'blockName', 'href', 'media'])

/** Reader-visible text of a field value: strings, Lexical rich text, and the blocks or arrays holding them. */
export function plainText(value: unknown): string {
  if (typeof value === 'string') return value
  if (isLexical(value)) return convertLexicalToPlaintext({ data: value })
  if (Array.isArray(value)) return value.map(plainText).filter(Boolean).join('\n')
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .filter(([key]) => !skippedKeys.has(key))
      .map(([, v]) => plainText(v))
      .filter(Boolean)
      .join('\n')
  }
  return ''
}

/** Per collection: which fields are the title, which the body, and which the date. */
export const searchSources: Record<
  SearchableCollection,
  (doc: Doc, locale: Locale) => SearchSource
> = {
  articles: (doc) => ({
    title: str(doc.title),
    // `tags` holds the tags' names here (indexDocument's writeEntries puts them in place of ids).
    body: [str(doc.excerpt), plainText(doc.content), plainText(doc.tags)],
    date: str(doc.publishedAt) || null,
    slug: str(doc.slug) || null,
  }),
  monuments: (doc, locale) => ({
    title: str(doc.name),
    body: [
      str(doc.city),
      jurisdiction(doc.country, locale),
      str(doc.address),
      plainText(doc.description),
      str(doc.authors),
    ],
    date: str(doc.unveiledAt) || null,
    slug: str(doc.slug) || null,
  }),
  resolutions: (doc, locale) => ({
    title: str(doc.title),
    body: [
      str(doc.body),
      jurisdiction(doc.jurisdiction, locale),
      str(doc.summary),
      str(doc.referenceNumber),
      plainText(doc.fullText),
    ],
    date: str(doc.adoptedAt) || null,
    datePrecision: precision(doc.adoptedAtPrecision),
    slug: str(doc.slug) || null,
  }),
  recognitions: (doc, locale) => ({
    // Recognitions have no title of their own: the jurisdiction in the reader's language and the body.
    title: [jurisdiction(doc.jurisdiction, locale), str(doc.recognisingBody)]
      .filter(Boolean)
      .join(' — '),
    body: [str(doc.note), str(doc.discrepancy)],
    date: str(doc.date) || null,
    datePrecision: precision(doc.datePrecision),
    slug: null,
  }),
  'timeline-events': (doc) => ({
    title: str(doc.title),
    body: [plainText(doc.description)],
    date: str(doc.date) || null,
    datePrecision: precision(doc.datePrecision),
    slug: null,
  }),
  pages: (doc) => ({
    title: str(doc.title),
    body: [plainText(doc.content), plainText(doc.layout)],
    date: null,
    slug: str(doc.slug) || null,
  }),
  // Only what the record shows visitors: the index is read without access control.
  people: (doc) => {
    const shows = (level: 'record' | 'personal') => discloses(doc.disclosure, level)
    const fates = Array.isArray(doc.fates) ? (doc.fates as Doc[]) : []
    return {
      title: personName(doc) || str(doc.fullName),
      body: [
        str(doc.fullName),
        plainText((Array.isArray(doc.variants) ? (doc.variants as Doc[]) : []).map((v) => v.name)),
        plainText(fates.map((fate) => [fate.place, fate.circumstances])),
        shows('record') ? str(doc.birthplace) : '',
        shows('personal') ? plainText(doc.biography) : '',
      ],
      date: null,
      slug: str(doc.slug) || null,
    }
  },
}
