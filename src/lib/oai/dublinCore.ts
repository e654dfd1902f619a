import { localeCodes, type Locale } from '@/i18n/locales'
import { collectionLabels } from '@/i18n/adminLabels'
import type { ContentSlug } from '@/lib/content/collections'
import { preciseDateAttr } from '@/lib/format/preciseDate'
import { sourceDetails } from '@/lib/format/sourceLine'
import { jurisdictionName } from '@/lib/geo/jurisdictions'
import { manifestOf } from '@/lib/iiif/manifest'
import { relationId } from '@/lib/payload/documentId'
import { permalinkPath } from '@/lib/routing/routes'
import { absoluteUrl } from '@/lib/routing/siteUrl'
import { plainText, searchSources } from '@/lib/search/sources'

/**
 * The archive's own mapping to unqualified Dublin Core (oai_dc): one record per document, every
 * language in it. A text element is given once per locale the site offers the document in
 * (`xml:lang`), never with az standing in for a missing translation.
 */

export const dcElements = [
  'title',
  'creator',
  'subject',
  'description',
  'publisher',
  'contributor',
  'date',
  'type',
  'format',
  'identifier',
  'source',
  'language',
  'relation',
  'coverage',
  'rights',
] as const
export type DcElement = { name: (typeof dcElements)[number]; value: string; lang?: Locale }

type Doc = Record<string, unknown>
/** A document as each locale reads it without fallback (absent: not read). */
export type LocalizedDoc = Partial<Record<Locale, Doc>>

/** The DCMI Type of each collection: what kind of thing its documents describe. */
const dcmiType: Record<ContentSlug, string> = {
  articles: 'Text',
  monuments: 'PhysicalObject',
  resolutions: 'Text',
  recognitions: 'Event',
  'timeline-events': 'Event',
  pages: 'Text',
  people: 'Text',
}

const str = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
const rows = (value: unknown) => (Array.isArray(value) ? (value as Doc[]) : [])

/** The description of a document in one locale: its summary, where the collection has one. */
const descriptionOf: Record<ContentSlug, (doc: Doc) => string> = {
  articles: (doc) => str(doc.excerpt),
  monuments: (doc) => plainText(doc.description),
  resolutions: (doc) => str(doc.summary) || str(doc.body),
  recognitions: (doc) => str(doc.note),
  'timeline-events': (doc) => plainText(doc.description),
  pages: (doc) => str((doc.meta as Doc | undefined)?.description),
  // What the record discloses: the biography is read only where the person's record shows it.
  people: (doc) => plainText(doc.biography),
}

/** Places the document is about, in one locale: jurisdictions by name, cities, places of fates. */
const coverageOf = (collection: ContentSlug, doc: Doc, locale: Locale): string[] => {
  const country = (code: unknown) =>
    typeof code === 'string' && code ? jurisdictionName(code, locale) : ''
  switch (collection) {
    case 'resolutions':
    case 'recognitions':
      return [country(doc.jurisdiction)]
    case 'monuments':
      return [[str(doc.city), country(doc.country)].filter(Boolean).join(', ')]
    case 'people':
      return rows(doc.fates).map((fate) => str(fate.place))
    default:
      return []
  }
}

/** Each source as the site cites it: title, (date; publisher), and its address. */
const sourcesOf = (doc: Doc): string[] =>
  rows(doc.sources).map((source) => {
    const title = str(source.title)
    const details = sourceDetails(
      { title, date: str(source.date), publisher: str(source.publisher) },
      '',
    )
    return [details === '()' ? title : `${title} ${details}`, str(source.url)]
      .filter(Boolean)
      .join(', ')
  })

/** The date a document is of, at the precision it is known to: 1994, 2012-01, 2014-02-13. */
const dateOf = (collection: ContentSlug, doc: Doc, locale: Locale) => {
  const { date, datePrecision } = searchSources[collection](doc, locale)
  return date ? preciseDateAttr(date, datePrecision) : null
}

/** Distinct, non-empty values in order. */
const unique = (elements: DcElement[]) => {
  const seen = new Set<string>()
  return elements.filter((e) => {
    const key = `${e.name}\u0000${e.lang ?? ''}\u0000${e.value}`
    if (!e.value || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export function dublinCore(
  collection: ContentSlug,
  docs: LocalizedDoc,
  { publisher }: { publisher: Partial<Record<Locale, string>> },
): DcElement[] {
  const az = docs.az
  if (!az) return []
  // A translation counts where it is published and offered (the reads hold only those): a
  // half-translated document is not English because its title is.
  const offered = localeCodes.filter((l) => docs[l])
  const perLocale = (name: DcElement['name'], value: (doc: Doc, locale: Locale) => string[]) =>
    offered.flatMap((lang) => value(docs[lang]!, lang).map((v) => ({ name, value: v, lang })))
  const date = dateOf(collection, az, 'az')
  const resolution = collection === 'recognitions' ? relationId(az.resolution) : null
  const images = manifestOf(collection, az)
  return unique([
    ...perLocale('title', (doc, l) => [searchSources[collection](doc, l).title]),
    ...perLocale('description', (doc) => [descriptionOf[collection](doc)]),
    ...perLocale('coverage', (doc, l) => coverageOf(collection, doc, l)),
    ...(date ? [{ name: 'date' as const, value: date }] : []),
    { name: 'type', value: dcmiType[collection] },
    ...offered.map((lang) => ({
      name: 'type' as const,
      value: collectionLabels[collection].singular[lang],
      lang,
    })),
    ...offered.map((lang) => ({
      name: 'identifier' as const,
      value: absoluteUrl(permalinkPath(collection, String(az.id), lang)),
    })),
    ...offered.map((lang) => ({ name: 'language' as const, value: lang })),
    ...localeCodes.flatMap((lang) =>
      publisher[lang] ? [{ name: 'publisher' as const, value: publisher[lang]!, lang }] : [],
    ),
    ...sourcesOf(az).map((value) => ({ name: 'source' as const, value })),
    ...(resolution === null
      ? []
      : [
          {
            name: 'relation' as const,
            value: absoluteUrl(permalinkPath('resolutions', String(resolution), 'az')),
          },
        ]),
    // The images as a IIIF manifest, for harvesters that show them.
    ...(images ? [{ name: 'relation' as const, value: absoluteUrl(images) }] : []),
  ])
}
