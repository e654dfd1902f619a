import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { listingField } from '@/lib/people/collation'
import type { AgeGroup, FateKind, Gender } from '@/lib/people/fates'

export type RegistryFilter = {
  letter?: string
  fate?: FateKind
  ageGroup?: AgeGroup
  gender?: Gender
}

/** The registry's filters as a query on the fields derived for them (privacy-safe: docs/people.md). */
export function registryWhere(locale: Locale, { letter, fate, ageGroup, gender }: RegistryFilter) {
  const and: Where[] = []
  if (letter) and.push({ [registryLetterField(locale)]: { equals: letter } })
  if (fate) and.push({ [`facets.status.${fate}`]: { equals: true } })
  if (ageGroup) and.push({ 'facets.ageGroup': { equals: ageGroup } })
  if (gender) and.push({ 'facets.gender': { equals: gender } })
  return and.length ? { and } : undefined
}

/** The registry's order in the locale: the derived sort key, then the id for equal names. */
export const registrySort = (locale: Locale) => [`listing.${listingField('sort', locale)}`, 'id']

/** The path of the locale's index letter, for the list of letters present. */
export const registryLetterField = (locale: Locale) => `listing.${listingField('initial', locale)}`
