import { createHash } from 'node:crypto'

import { defaultLocale, localeCodes, type Locale } from '@/i18n/locales'
import { alphabetOf, initialOf, sortKey } from '@/lib/people/collation'
import { statusOf, type FateClaim, type FateKind } from '@/lib/people/fates'
import {
  prepareNames,
  searchNames,
  type NameMatch,
  type PreparedNames,
} from '@/lib/people/matchName'
import { personName } from '@/lib/people/names'

type PerLocale = Partial<Record<Locale, string | null>> | null | undefined

/**
 * One person as the registry index reads it: the localized names in every locale at once
 * (`locale: 'all'`), and of the rest only what the list, its filters and the name search need.
 */
export type RegistryDoc = {
  id: number | string
  slug?: string | null
  fullName?: string | null
  familyName?: PerLocale
  givenName?: PerLocale
  patronymic?: PerLocale
  variants?: { name?: string | null }[] | null
  fates?: FateClaim[] | null
  facets?: { gender?: string | null; ageGroup?: string | null } | null
  disclosure?: string | null
  updatedAt?: string | null
}

/**
 * The one query of the registry index, as visitors make it (`overrideAccess: false`): every
 * person they may read, with the names in every locale at once and no personal field.
 */
export const registryRead = {
  collection: 'people',
  locale: 'all',
  overrideAccess: false,
  depth: 0,
  pagination: false,
  // The SQL adapter applies a limit even without pagination; 0 is "no limit".
  limit: 0,
  select: {
    familyName: true,
    givenName: true,
    patronymic: true,
    fullName: true,
    variants: { name: true },
    slug: true,
    fates: { fate: true, date: true, datePrecision: true, confidence: true },
    facets: true,
    disclosure: true,
    updatedAt: true,
  },
} as const

export type NameParts = { familyName: string; givenName: string; patronymic: string }

const text = (value: PerLocale, locale: Locale) => value?.[locale]?.trim() ?? ''

const partsIn = (person: RegistryDoc, locale: Locale): NameParts => ({
  familyName: text(person.familyName, locale),
  givenName: text(person.givenName, locale),
  patronymic: text(person.patronymic, locale),
})

/** The name in one locale's form, one line; empty when it has none there. */
export const nameInOwnForm = (person: RegistryDoc, locale: Locale): string =>
  personName(partsIn(person, locale))

/**
 * The name as the locale writes it, with the language it is in: a person whose family name has no
 * form in the locale yet is listed (and sorted and filed) by the az form, marked as az, as the
 * stored sort keys file them (collation.ts, deriveFields).
 */
export function nameIn(person: RegistryDoc, locale: Locale): { parts: NameParts; lang: Locale } {
  const own = partsIn(person, locale)
  if (own.familyName) return { parts: own, lang: locale }
  return { parts: partsIn(person, defaultLocale), lang: defaultLocale }
}

const lineIn = (person: RegistryDoc, locale: Locale) => personName(nameIn(person, locale).parts)

/**
 * Family name, then given name, then patronymic, in the locale's alphabet (az: C Ç … E Ə … I İ;
 * ru: Cyrillic, other scripts after it), by the same key the database stores for each locale;
 * ties by id, so pages never shuffle.
 */
export function sortRegistry<T extends RegistryDoc>(people: readonly T[], locale: Locale): T[] {
  const keyed = people.map((person) => ({ person, key: sortKey(lineIn(person, locale), locale) }))
  keyed.sort(
    (a, b) =>
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
      String(a.person.id).localeCompare(String(b.person.id), 'en', { numeric: true }),
  )
  return keyed.map(({ person }) => person)
}

/** The letter the person is filed under in the locale's index ("Ə", "İ"; "#" outside its alphabet). */
export const initialIn = (person: RegistryDoc, locale: Locale): string =>
  initialOf(lineIn(person, locale), locale)

/** The letters present, each once, in the locale's alphabet, "#" last. */
export function letterIndex(people: readonly RegistryDoc[], locale: Locale): string[] {
  const present = new Set(people.map((person) => initialIn(person, locale)))
  return [...alphabetOf(locale), '#'].filter((letter) => present.has(letter))
}

export type RegistryFilter = {
  letter?: string
  fate?: FateKind
  ageGroup?: string
  gender?: string
}

/**
 * A fate filter reads the undisputed claims, as the counted figures do: a person appears under
 * "killed" only when no source disputes it. Age group and gender are the stored facets, which are
 * empty unless visitors may see them, so filtering never reveals what the record does not show.
 */
export function matchesFilter(
  person: RegistryDoc,
  { letter, fate, ageGroup, gender }: RegistryFilter,
  locale: Locale,
): boolean {
  if (letter && initialIn(person, locale) !== letter) return false
  if (fate && !statusOf(person.fates).sequence.includes(fate)) return false
  if (ageGroup && person.facets?.ageGroup !== ageGroup) return false
  if (gender && person.facets?.gender !== gender) return false
  return true
}

/** People per kind of fate: each counted once per kind that an undisputed claim gives them. */
export function countFates(people: readonly RegistryDoc[]): Partial<Record<FateKind, number>> {
  const counts: Partial<Record<FateKind, number>> = {}
  for (const person of people)
    for (const kind of statusOf(person.fates).sequence) counts[kind] = (counts[kind] ?? 0) + 1
  return counts
}

/** Every spelling the name search meets: the name in each locale, the az line and the other spellings. */
export function nameForms(person: RegistryDoc): string[] {
  const forms = [
    ...localeCodes.map((locale) => nameInOwnForm(person, locale)),
    person.fullName ?? '',
    ...(person.variants ?? []).map((variant) => variant.name ?? ''),
  ]
  return [...new Set(forms.map((form) => form.trim()).filter(Boolean))]
}

/**
 * Preparing the names of 5 000 people takes about half a second, a search then well under a
 * millisecond: the prepared index is kept in memory for the lists most recently read (the public
 * one and a staff preview), keyed by the people's ids and last changes, so it is made again only
 * after a change.
 */
const prepared = new Map<string, PreparedNames<RegistryDoc['id']>>()
const PREPARED_KEPT = 4

function fingerprint(people: readonly RegistryDoc[]): string {
  const hash = createHash('sha1')
  for (const person of people) hash.update(`${person.id}\u0000${person.updatedAt ?? ''}\u0001`)
  return hash.digest('hex')
}

export function preparedRegistry(people: readonly RegistryDoc[]): PreparedNames<RegistryDoc['id']> {
  const key = fingerprint(people)
  let index = prepared.get(key)
  if (index) {
    // Most recently used last, so the oldest is the first to go.
    prepared.delete(key)
  } else {
    index = prepareNames(people.map((person) => ({ id: person.id, forms: nameForms(person) })))
    if (prepared.size >= PREPARED_KEPT) prepared.delete(prepared.keys().next().value!)
  }
  prepared.set(key, index)
  return index
}

export type RegistryEntry<T extends RegistryDoc> = {
  person: T
  /** With a name search: the spelling that matched, and how. */
  match?: Pick<NameMatch<unknown>, 'form' | 'kind'>
}

export type RegistryPage<T extends RegistryDoc> = {
  docs: RegistryEntry<T>[]
  totalDocs: number
  page: number
  totalPages: number
  /** The initials of the people the other filters leave, for the letter index. */
  letters: string[]
  /** Everyone in the registry, whatever the filters: none means nothing is published yet. */
  registered: number
}

/**
 * One page of the registry: filtered, then either in the locale's alphabet or, with a name query,
 * best match first. The letter index is made from the people the other filters (not the letter)
 * leave, so every letter it offers finds someone.
 */
export function browseRegistry<T extends RegistryDoc>(
  people: readonly T[],
  locale: Locale,
  { q, page = 1, letter, ...filter }: RegistryFilter & { q?: string; page?: number },
  perPage: number,
): RegistryPage<T> {
  const filtered = people.filter((person) => matchesFilter(person, filter, locale))
  const letters = letterIndex(filtered, locale)
  const inLetter = letter
    ? filtered.filter((person) => initialIn(person, locale) === letter)
    : filtered
  let entries: RegistryEntry<T>[]
  if (q?.trim()) {
    const byId = new Map(inLetter.map((person) => [person.id, person]))
    entries = searchNames(q, preparedRegistry(people)).flatMap(({ id, form, kind }) => {
      const person = byId.get(id)
      return person ? [{ person, match: { form, kind } }] : []
    })
  } else {
    entries = sortRegistry(inLetter, locale).map((person) => ({ person }))
  }
  const totalPages = Math.max(1, Math.ceil(entries.length / perPage))
  return {
    docs: entries.slice((page - 1) * perPage, page * perPage),
    totalDocs: entries.length,
    page,
    totalPages,
    letters,
    registered: people.length,
  }
}
