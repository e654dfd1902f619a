import type { CollectionBeforeChangeHook } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import { ageFromBirthDate, ageGroupOf, type FateClaim } from '@/lib/people/fates'
import { birthYearOf, duplicateKey } from '@/lib/people/duplicates'
import { personName } from '@/lib/people/names'
import { defaultPrivacy, disclosureOf, discloses, type PrivacyInput } from '@/lib/people/privacy'

type Data = Record<string, unknown>

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** The name as one line, family name first, as the az source writes it. */
export const personSlugSource = (data: Data | undefined): string | undefined =>
  (data && personName(data)) || undefined

const privacyInput = (data: Data): PrivacyInput => ({
  privacy: text(data.privacy) || defaultPrivacy(data.fates as FateClaim[] | undefined),
  fates: data.fates as FateClaim[] | undefined,
  consent: data.consent as PrivacyInput['consent'],
})

/**
 * A generated slug that clashes takes the birth year, but only where visitors may see the birth
 * date: a slug is public, and a living person's birth year is not without consent.
 */
export const slugYear = (data: Data | undefined): string | undefined => {
  if (!data || !discloses(disclosureOf(privacyInput(data)), 'personal')) return undefined
  const year = typeof data.born === 'string' ? new Date(data.born).getUTCFullYear() : NaN
  return Number.isFinite(year) ? String(year) : undefined
}

/**
 * Everything about a person that is read from the rest of the record, never typed: the default
 * privacy, what visitors may see (`disclosure`), the age when the birth date gives it, the az name
 * in one line and its key for the duplicate warning, and the filters visitors may use.
 */
export const derivePersonFields: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  // Partial updates (the family link kept symmetric) carry only what changed.
  const doc: Data = { ...originalDoc, ...data }
  const privacy = privacyInput(doc)
  const disclosure = disclosureOf(privacy)
  const computedAge = ageFromBirthDate(doc.born as string | undefined, doc.bornPrecision as string)
  const age = computedAge ?? (typeof doc.age === 'number' ? doc.age : null)
  const inSource = (req.locale ?? defaultLocale) === defaultLocale
  const fullName = personSlugSource(doc)
  return {
    ...data,
    privacy: privacy.privacy,
    disclosure,
    age,
    ageFromBirthDate: computedAge !== null,
    birthYear: birthYearOf(doc.born),
    ...(inSource && fullName
      ? { fullName, nameKey: duplicateKey(doc.familyName, doc.givenName) }
      : {}),
    facets: {
      gender: discloses(disclosure, 'record') ? (doc.gender ?? null) : null,
      ageGroup: discloses(disclosure, 'personal') ? ageGroupOf(age) : null,
    },
  }
}
