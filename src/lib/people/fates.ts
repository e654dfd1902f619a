import { isDatePrecision, type DatePrecision } from '@/lib/format/preciseDate'

/**
 * What a source says happened to a person. A person has any number of these claims; none is
 * typed as "the" status, which is read from all of them (`statusOf`).
 */
export const fateKinds = [
  'killed',
  'diedInCaptivity',
  'takenHostage',
  'released',
  'missing',
  'wounded',
  'survived',
] as const
export type FateKind = (typeof fateKinds)[number]
export const isFateKind = (value: unknown): value is FateKind =>
  (fateKinds as readonly unknown[]).includes(value)

/** The claims that say a person died: without one, the person is treated as living (privacy). */
export const deathKinds: readonly FateKind[] = ['killed', 'diedInCaptivity']

/** How well a claim is established; `confirmed` takes two independent sources (validated on save). */
export const confidenceLevels = ['confirmed', 'single', 'disputed'] as const
export type Confidence = (typeof confidenceLevels)[number]

/** The first claim marked `confirmed` with fewer than two sources (-1 when none): refused on save. */
export const thinConfirmedClaim = (
  fates: readonly { confidence?: string | null; sources?: unknown[] | null }[] | null | undefined,
): number =>
  (fates ?? []).findIndex((r) => r.confidence === 'confirmed' && (r.sources?.length ?? 0) < 2)

export type FateClaim = {
  fate?: string | null
  date?: string | null
  datePrecision?: string | null
  confidence?: string | null
}

/** The day the registry counts ages at: the night of 25 to 26 February 1992. */
export const REFERENCE_DAY = { year: 1992, month: 2, day: 26 } as const

export const hasDeathClaim = (fates: readonly FateClaim[] | null | undefined): boolean =>
  (fates ?? []).some(
    (fate) => fate.confidence !== 'disputed' && deathKinds.includes(fate.fate as FateKind),
  )

export type Status = {
  /** The undisputed claims in the order they happened (undated ones last, as entered): "taken hostage, released, killed". */
  sequence: FateKind[]
  /** Claims a source disputes, shown beside the sequence, never merged into it. */
  disputed: FateKind[]
}

/**
 * A person's status, read from the claims: a hostage later released who then died is all three,
 * in order. Sorting is stable, so claims of one day keep the order the editor gave them.
 */
export function statusOf(fates: readonly FateClaim[] | null | undefined): Status {
  const claims = (fates ?? []).filter((claim): claim is FateClaim & { fate: FateKind } =>
    isFateKind(claim.fate),
  )
  const time = (fate: FateClaim) => (fate.date ? Date.parse(fate.date) : Number.POSITIVE_INFINITY)
  const ordered = claims
    .map((fate, index) => ({ fate, index }))
    .sort((a, b) => time(a.fate) - time(b.fate) || a.index - b.index)
    .map(({ fate }) => fate)
  const unique = (kinds: FateKind[]) => [...new Set(kinds)]
  return {
    sequence: unique(ordered.filter((f) => f.confidence !== 'disputed').map((f) => f.fate)),
    disputed: unique(ordered.filter((f) => f.confidence === 'disputed').map((f) => f.fate)),
  }
}

/**
 * Age on the reference day when the birth date gives it: a day always does; a month does unless it
 * is February (the birthday may fall either side of the 26th); a year never does (two ages fit).
 */
export function ageFromBirthDate(
  born: string | null | undefined,
  precision: DatePrecision | string | null | undefined,
): number | null {
  if (!born) return null
  const date = new Date(born)
  if (Number.isNaN(date.getTime())) return null
  const p = isDatePrecision(precision) ? precision : 'day'
  if (p === 'year') return null
  const year = date.getUTCFullYear()
  const month = date.getUTCMonth() + 1
  if (p === 'month' && month === REFERENCE_DAY.month) return null
  const day = p === 'month' ? 1 : date.getUTCDate()
  const beforeBirthday =
    month > REFERENCE_DAY.month || (month === REFERENCE_DAY.month && day > REFERENCE_DAY.day)
  const age = REFERENCE_DAY.year - year - (beforeBirthday ? 1 : 0)
  return age >= 0 ? age : null
}

/** The registry's age groups, as the official figures count them (children, the elderly). */
export const ageGroups = ['child', 'adult', 'elderly'] as const
export type AgeGroup = (typeof ageGroups)[number]

export function ageGroupOf(age: number | null | undefined): AgeGroup | null {
  if (typeof age !== 'number' || age < 0) return null
  if (age < 18) return 'child'
  return age >= 60 ? 'elderly' : 'adult'
}

export const genders = ['female', 'male'] as const
export type Gender = (typeof genders)[number]
