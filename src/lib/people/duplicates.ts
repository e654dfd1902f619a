import type { Where } from 'payload'

import { nameKey } from '@/lib/people/nameKey'

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * The key two records of one person share: the az family and given name, keyed so that spellings
 * meet (nameKey.ts). The patronymic is left out: sources give it inconsistently or not at all.
 */
export const duplicateKey = (familyName: unknown, givenName: unknown): string =>
  nameKey([text(familyName), text(givenName)].join(' '))

/** The year of a stored birth date (an ISO date), or null. */
export function birthYearOf(born: unknown): number | null {
  if (typeof born !== 'string' || !born) return null
  const year = new Date(born).getUTCFullYear()
  return Number.isFinite(year) ? year : null
}

export type DuplicateProbe = {
  key: string
  /** Unknown: any record with the key is a candidate, and is reported as matched by name only. */
  birthYear: number | null
  /** The record being edited or updated, never its own duplicate. */
  excludeId?: number | string | null
}

/**
 * The duplicate rule as a query: the same name key and, when a birth year is known, the same birth
 * year. The admin's warning and the import's refusal both use it, so they never disagree.
 */
export function duplicateWhere({ key, birthYear, excludeId }: DuplicateProbe): Where {
  return {
    and: [
      { nameKey: { equals: key } },
      ...(birthYear === null ? [] : [{ birthYear: { equals: birthYear } }]),
      ...(excludeId === null || excludeId === undefined ? [] : [{ id: { not_equals: excludeId } }]),
    ],
  }
}

/** The same rule against a record not yet saved (an earlier row of one import file). */
export const isDuplicate = (
  probe: Omit<DuplicateProbe, 'excludeId'>,
  candidate: { key: string; birthYear: number | null },
): boolean =>
  probe.key !== '' &&
  probe.key === candidate.key &&
  (probe.birthYear === null || probe.birthYear === candidate.birthYear)

/** How a candidate matched: by name and birth year, or by name alone when no year was given. */
export type DuplicateMatch = 'nameAndYear' | 'nameOnly'
export const matchOf = (birthYear: number | null): DuplicateMatch =>
  birthYear === null ? 'nameOnly' : 'nameAndYear'
