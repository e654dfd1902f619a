import { iso31661, iso31662 } from 'iso-3166'

import type { Locale } from '@/i18n/locales'
import type { Trilingual } from '@/i18n/adminMessage'

/**
 * Who can recognise or adopt an act: a country (ISO 3166-1 alpha-2), a subdivision such as a US
 * state (ISO 3166-2), or an international organisation (`org:<key>`). Country and subdivision codes
 * come from the maintained `iso-3166` package; country names in az, en and ru from CLDR through
 * Intl.DisplayNames. Organisations have no standard code list, so they are named here.
 */
export const organisations = {
  'oic-pu': {
    az: 'İƏT Üzv Dövlətlərinin Parlament İttifaqı',
    en: 'Parliamentary Union of the OIC Member States',
    ru: 'Парламентский союз государств — членов ОИС',
  },
  oic: {
    az: 'İslam Əməkdaşlıq Təşkilatı',
    en: 'Organisation of Islamic Cooperation',
    ru: 'Организация исламского сотрудничества',
  },
} as const satisfies Record<string, Trilingual>

export type JurisdictionKind = 'country' | 'subdivision' | 'organisation'

const countries = new Map(iso31661.map((c) => [c.alpha2, c]))
const subdivisions = new Map(iso31662.map((s) => [s.code, s]))

export function jurisdictionKind(code: string): JurisdictionKind | null {
  if (code.startsWith('org:')) return code.slice(4) in organisations ? 'organisation' : null
  if (countries.has(code)) return 'country'
  if (subdivisions.has(code)) return 'subdivision'
  return null
}

export const isJurisdiction = (code: unknown): code is string =>
  typeof code === 'string' && jurisdictionKind(code) !== null

const displayNames = new Map<Locale, Intl.DisplayNames>()
const regionNames = (locale: Locale) => {
  let names = displayNames.get(locale)
  if (!names)
    displayNames.set(
      locale,
      (names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })),
    )
  return names
}

/** The jurisdiction's name in the locale: "Meksika", "Mexico", "Мексика"; "California, United States". */
export function jurisdictionName(code: string, locale: Locale): string {
  const kind = jurisdictionKind(code)
  if (kind === 'organisation')
    return organisations[code.slice(4) as keyof typeof organisations][locale]
  if (kind === 'country') return regionNames(locale).of(code) ?? code
  if (kind === 'subdivision') {
    const subdivision = subdivisions.get(code)!
    // CLDR has no subdivision names: the ISO name (in its own language) with the country in the locale.
    return `${subdivision.name}, ${regionNames(locale).of(subdivision.parent) ?? subdivision.parent}`
  }
  return code
}

/** Options for the admin's select: every country, every US state, every organisation. */
export const jurisdictionOptions = [
  ...iso31661.map((c) => ({ label: `${c.name} (${c.alpha2})`, value: c.alpha2 })),
  ...iso31662
    .filter((s) => s.parent === 'US')
    .map((s) => ({ label: `${s.name}, US (${s.code})`, value: s.code })),
  ...Object.entries(organisations).map(([key, names]) => ({
    label: names.en,
    value: `org:${key}`,
  })),
]
