import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { fateKinds, type FateKind } from '@/lib/people/fates'
import { browseRegistry, countFates, registryRead, type RegistryDoc } from '@/lib/people/registry'
import { getPayloadClient } from '@/lib/payload/client'
import { cachedRead } from '@/lib/queries/cachedRead'
import { contentReader } from '@/lib/queries/findContent'
import { getFacts } from '@/lib/queries/globals'
import { readContext, type ReadContext } from '@/lib/queries/readContext'

const people = contentReader('people', ['familyName'])

/**
 * People per page of the list. A person is one line (name, status), so a page holds many more
 * than the memorials' grid of cards: 100 lines is about 40 KB of HTML, one screen of scrolling
 * per letter of a small initial, and the letter index narrows a large one.
 */
export const PEOPLE_PER_PAGE = 100

/** Every person the reader may read, names in every locale at once. */
async function readRegistry({ draft, user }: ReadContext): Promise<RegistryDoc[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ ...registryRead, draft, user })
  return docs as unknown as RegistryDoc[]
}

const cachedRegistry = cachedRead('people:registry', () =>
  readRegistry({ draft: false, user: null }),
)

/**
 * The registry as one cached read (about 300 bytes a person) rather than a query per filter: the
 * list sorts in the locale's alphabet and the name search ranks across scripts, neither of which
 * the database can do. Draft mode reads directly as the staff member, as every preview does.
 */
export const registryIndex = cache(async (): Promise<RegistryDoc[]> => {
  const reader = await readContext()
  return reader.draft ? readRegistry(reader) : cachedRegistry()
})

export type PeopleQuery = {
  letter?: string
  fate?: FateKind
  ageGroup?: string
  gender?: string
  q?: string
  page?: number
}

/**
 * One page of the registry in the locale: filtered, then alphabetical, or ranked by a name query.
 * Not wrapped in `cache`: its query is an object, which React's cache would never find again; the
 * read under it is shared.
 */
export const listPeople = async (locale: Locale, query: PeopleQuery = {}) =>
  browseRegistry(await registryIndex(), locale, query, PEOPLE_PER_PAGE)

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
  const [registry, facts] = await Promise.all([registryIndex(), getFacts(locale)])
  const counts = countFates(registry)
  const figures = facts.raw.figures ?? []
  return fateKinds.flatMap((fate) => {
    const recorded = counts[fate] ?? 0
    const at = figures.findIndex((figure) => figure.key === officialKey[fate])
    const figure = figures[at]
    if (!figure) return recorded ? [{ fate, recorded }] : []
    const first = figure.sources?.[0] ?? facts.source.figures?.[at]?.sources?.[0]
    return [{ fate, recorded, official: { value: figure.value, source: first?.title } }]
  })
})

/** A person's page: photo, relatives and memorials populated, as far as the reader may see them. */
export const getPerson = cache((locale: Locale, slug: string) =>
  people.bySlug(locale, slug, { depth: 1 }),
)

/** The registry's record of one person: the name in every locale, for the page's three forms. */
export const registryEntry = cache(async (id: number | string) =>
  (await registryIndex()).find((person) => String(person.id) === String(id)),
)
