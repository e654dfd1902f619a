import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { defaultLocale, isLocale, localeCodes, type Locale } from '@/i18n/locales'
import { storedAllLocales } from '@/lib/payload/storedAllLocales'
import { initialOf, listingField, sortKey } from '@/lib/people/collation'
import {
  ageFromBirthDate,
  ageGroupOf,
  fateKinds,
  statusOf,
  type FateClaim,
} from '@/lib/people/fates'
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

type Names = { familyName?: unknown; givenName?: unknown; patronymic?: unknown }
type AllLocales = Partial<Record<keyof Names, Partial<Record<Locale, unknown>>>>

/**
 * The name in every locale as it will stand after this save: the stored values (the latest draft),
 * with the locale being written replaced by what is being written.
 */
async function namesByLocale(
  req: PayloadRequest,
  id: number | string | undefined,
  doc: Data,
): Promise<Record<Locale, Names>> {
  const stored = ((id ? await storedAllLocales(req, 'people', id) : null) ?? {}) as AllLocales
  const writing = isLocale(req.locale) ? req.locale : defaultLocale
  const names = {} as Record<Locale, Names>
  for (const locale of localeCodes) {
    const part = (key: keyof Names) => (locale === writing ? doc[key] : stored[key]?.[locale])
    names[locale] = {
      familyName: part('familyName'),
      givenName: part('givenName'),
      patronymic: part('patronymic'),
    }
  }
  return names
}

/**
 * What the registry lists and finds a person by, from the name in every locale: the sort key and
 * the index letter per locale (a locale without the name files the az form), and every form and
 * other spelling in one text, for the name search to read without joining the locales.
 */
function listingFields(names: Record<Locale, Names>, variants: unknown) {
  const line = (parts: Names) => personName(parts as Data)
  const az = line(names.az)
  const shown = (locale: Locale) => (text(names[locale].familyName) ? line(names[locale]) : az)
  const spellings = Array.isArray(variants)
    ? variants.map((v: { name?: unknown }) => text(v?.name)).filter(Boolean)
    : []
  return {
    listing: Object.fromEntries(
      localeCodes.flatMap((l) => [
        [listingField('sort', l), sortKey(shown(l), l)],
        [listingField('initial', l), initialOf(shown(l), l)],
      ]),
    ),
    nameForms: [...new Set([...localeCodes.map((l) => line(names[l])), ...spellings])]
      .filter(Boolean)
      .join('\n'),
  }
}

/**
 * Everything about a person that is read from the rest of the record, never typed: the default
 * privacy, what visitors may see (`disclosure`), the age when the birth date gives it, the az name
 * in one line and its key for the duplicate warning, the filters visitors may use, and what the
 * registry sorts and searches by.
 */
export const derivePersonFields: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  // Partial updates (the family link kept symmetric) carry only what changed.
  const doc: Data = { ...originalDoc, ...data }
  const privacy = privacyInput(doc)
  const disclosure = disclosureOf(privacy)
  const computedAge = ageFromBirthDate(doc.born as string | undefined, doc.bornPrecision as string)
  const age = computedAge ?? (typeof doc.age === 'number' ? doc.age : null)
  const inSource = (req.locale ?? defaultLocale) === defaultLocale
  const fullName = personSlugSource(doc)
  const names = await namesByLocale(req, originalDoc?.id, doc)
  const status = statusOf(doc.fates as FateClaim[] | undefined)
  return {
    ...data,
    ...listingFields(names, doc.variants),
    privacy: privacy.privacy,
    disclosure,
    age,
    ageFromBirthDate: computedAge !== null,
    birthYear: birthYearOf(doc.born),
    ...(inSource && fullName
      ? { fullName, nameKey: duplicateKey(doc.familyName, doc.givenName) }
      : {}),
    facets: {
      fates: status.sequence,
      disputed: status.disputed,
      status: Object.fromEntries(fateKinds.map((kind) => [kind, status.sequence.includes(kind)])),
      gender: discloses(disclosure, 'record') ? (doc.gender ?? null) : null,
      ageGroup: discloses(disclosure, 'personal') ? ageGroupOf(age) : null,
    },
  }
}
