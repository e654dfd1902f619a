import { cache } from 'react'

import { defaultLocale, localeCodes, type Locale } from '@/i18n/locales'
import { personName } from '@/lib/people/names'
import type { Person } from '@/payload-types'
import { getFacts } from '@/lib/queries/globals'
import { readContext, type ReadContext } from '@/lib/queries/readContext'
import { fateKinds, type FateKind } from '@/lib/people/fates'
import {
  registryLetterField,
  registrySort,
  registryWhere,
  type RegistryFilter,
} from '@/lib/people/registryWhere'
import { prepareNames, searchNames, type NameMatch } from '@/lib/people/matchName'
import { getPayloadClient } from '@/lib/payload/client'
import { cachedRead } from '@/lib/queries/cachedRead'
import { contentReader } from '@/lib/queries/findContent'

const people = contentReader('people', ['familyName'])

/**
 * People per page of the list. A person is one line (name, status), so a page holds many more
 * than the memorials' grid of cards: 100 lines is about 40 KB of HTML, and the letter index
 * narrows a long list.
 */
export const PEOPLE_PER_PAGE = 100

/** The most matches a name search ranks: a word every record has ("oğlu") is not a search. */
export const MAX_NAME_MATCHES = 1000

/**
 * What a row of the registry shows: the name, the page and the status stored with it (the claims
 * themselves, an array with localized parts, would double the cost of a page of 100). A person
 * not offered in the locale is listed by `fullName`, the az name stored with the record, so the
 * rows are read once, in the locale, and never again in az.
 */
const listed = {
  familyName: true,
  givenName: true,
  patronymic: true,
  fullName: true,
  slug: true,
  facets: { fates: true, disputed: true },
} as const

/**
 * One page of the registry in the locale's alphabetical order (sort keys derived on save: the
 * database pages it, nothing is sorted here).
 */
export const listRegistry = cache((locale: Locale, filter: RegistryFilter, page = 1) =>
  people.find(locale, {
    where: registryWhere(locale, filter),
    sort: registrySort(locale),
    page,
    limit: PEOPLE_PER_PAGE,
    depth: 0,
    select: listed,
    sources: false,
  }),
)

/** The letters family names start with in the locale, for the index (only what visitors see). */
export const registryLetters = cachedRead('people-letters', async (locale: Locale) => {
  const payload = await getPayloadClient()
  const { values } = await payload.findDistinct({
    collection: 'people',
    field: registryLetterField(locale),
    overrideAccess: false,
    limit: 0,
  })
  return values
    .map((value) => (value as Record<string, unknown>)[registryLetterField(locale)])
    .filter((letter): letter is string => typeof letter === 'string' && letter !== '')
})

/**
 * People per fate as the records say: each person once per fate in their status (undisputed
 * claims), counted as the registry's fate filter finds them; cached like every public read.
 */
export const countedFates = cachedRead('people-fates', async () => {
  const payload = await getPayloadClient()
  const counts = await Promise.all(
    fateKinds.map(async (fate) => {
      const { totalDocs } = await payload.count({
        collection: 'people',
        where: registryWhere(defaultLocale, { fate }),
        overrideAccess: false,
      })
      return [fate, totalDocs] as const
    }),
  )
  return Object.fromEntries(counts) as Record<FateKind, number>
})

/** Every spelling of every person visitors may read: what the name search ranks. */
const nameCandidates = cachedRead('people-names', async () => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'people',
    overrideAccess: false,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { nameForms: true, updatedAt: true },
  })
  return docs.map((doc) => ({
    id: doc.id,
    forms: (doc.nameForms ?? '').split('\n').filter(Boolean),
    updatedAt: doc.updatedAt,
  }))
})

/**
 * The prepared index, kept while the candidates are the same: preparing keys every word (half a
 * second for 5 000 people), a search then takes under a millisecond. A publish changes the
 * candidates (their cache is cleared), and the next search prepares again.
 */
let prepared: { fingerprint: string; index: ReturnType<typeof prepareNames<number>> } | null = null

async function nameIndex() {
  const candidates = await nameCandidates()
  const fingerprint = candidates.map((c) => `${c.id}:${c.updatedAt}`).join(',')
  if (prepared?.fingerprint !== fingerprint)
    prepared = { fingerprint, index: prepareNames(candidates) }
  return prepared.index
}

export type RegistryMatch = NameMatch<number>

/**
 * A name search of the registry, best first (docs/people.md, "Ranking"), within the filters, one
 * page of it with the people's rows in the locale and, for each, the spelling that matched.
 */
export const searchRegistry = cache(
  async (locale: Locale, query: string, filter: RegistryFilter, page = 1) => {
    let matches = searchNames(query, await nameIndex(), { limit: MAX_NAME_MATCHES })
    const where = registryWhere(locale, filter)
    if (where && matches.length) {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: 'people',
        where: { and: [{ id: { in: matches.map((m) => m.id) } }, where] },
        overrideAccess: false,
        depth: 0,
        limit: 0,
        pagination: false,
        select: {},
      })
      const kept = new Set(docs.map((doc) => doc.id))
      matches = matches.filter((m) => kept.has(m.id))
    }
    const totalDocs = matches.length
    const totalPages = Math.max(1, Math.ceil(totalDocs / PEOPLE_PER_PAGE))
    const shown = matches.slice((page - 1) * PEOPLE_PER_PAGE, page * PEOPLE_PER_PAGE)
    const rows = shown.length
      ? await people.find(locale, {
          where: { id: { in: shown.map((m) => m.id) } },
          pagination: false,
          depth: 0,
          select: listed,
          sources: false,
        })
      : null
    const byId = new Map(rows?.docs.map((row) => [row.doc.id, row]))
    return {
      totalDocs,
      totalPages,
      page,
      docs: shown.flatMap((match) => {
        const row = byId.get(match.id)
        return row ? [{ ...row, match }] : []
      }),
    }
  },
)

/** Which official figure of the Facts global each kind of fate stands beside. */
const officialKey: Partial<Record<FateKind, string>> = {
  killed: 'killed',
  takenHostage: 'prisoners',
  missing: 'missing',
  wounded: 'injured',
}

export type CountedFigure = {
  fate: FateKind
  /** People recorded here with this fate, undisputed. */
  recorded: number
  /** The official figure, with the title of its first source when it has one. */
  official?: { value: number; source?: string }
}

/**
 * What the registry has recorded by name beside the official figures: the kinds with an official
 * figure always (0 recorded is said plainly), the others once someone is recorded with them.
 */
export const countedFigures = cache(async (locale: Locale): Promise<CountedFigure[]> => {
  const [byFate, facts] = await Promise.all([countedFates(), getFacts(locale)])
  const figures = facts.raw.figures ?? []
  return fateKinds.flatMap((fate) => {
    const recorded = byFate[fate] ?? 0
    const at = figures.findIndex((figure) => figure.key === officialKey[fate])
    const figure = figures[at]
    if (!figure) return recorded ? [{ fate, recorded }] : []
    const first = figure.sources?.[0] ?? facts.source.figures?.[at]?.sources?.[0]
    return [{ fate, recorded, official: { value: figure.value, source: first?.title } }]
  })
})

type NameForms = Pick<Person, 'familyName' | 'givenName' | 'patronymic'>

async function readForms({ draft, user }: ReadContext, id: number) {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'people',
    where: { id: { equals: id } },
    locale: 'all',
    draft,
    user,
    overrideAccess: false,
    depth: 0,
    limit: 1,
    select: { familyName: true, givenName: true, patronymic: true },
  })
  const all = (docs[0] ?? {}) as Record<keyof NameForms, Partial<Record<Locale, string>> | null>
  return Object.fromEntries(
    localeCodes.map((locale) => [
      locale,
      personName({
        familyName: all.familyName?.[locale],
        givenName: all.givenName?.[locale],
        patronymic: all.patronymic?.[locale],
      }),
    ]),
  ) as Record<Locale, string>
}

const cachedForms = cachedRead('people-forms', (id: number) =>
  readForms({ draft: false, user: null }, id),
)

/** A person's name in every locale, for the page's three forms (as the reader may read them). */
export const personForms = cache(async (id: number) => {
  const reader = await readContext()
  return reader.draft ? readForms(reader, id) : cachedForms(id)
})

export const getPerson = cache((locale: Locale, slug: string) =>
  people.bySlug(locale, slug, { depth: 1 }),
)
