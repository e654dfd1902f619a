import { hasDeathClaim, type FateClaim } from '@/lib/people/fates'

/**
 * Who may see a person's record, set by an editor (docs/people.md, "Privacy"): `public` shows the
 * record, `nameOnly` the name and the fates, `hidden` nothing outside the staff.
 */
export const privacyLevels = ['public', 'nameOnly', 'hidden'] as const
export type Privacy = (typeof privacyLevels)[number]

/** How consent to show a living person's personal details was given. */
export const consentMethods = ['written', 'recordedOral', 'email', 'other'] as const

/**
 * What visitors see of a record, derived on every save and stored, so that access control decides
 * per document without reading anything else:
 * - `none`: nothing (hidden);
 * - `name`: names, other spellings and fates;
 * - `record`: also birthplace, gender, memorials, sources;
 * - `personal`: also birth date, age, photo, biography and family; a living person's only with
 *   recorded consent.
 */
export const disclosureLevels = ['none', 'name', 'record', 'personal'] as const
export type Disclosure = (typeof disclosureLevels)[number]

export type PrivacyInput = {
  privacy?: string | null
  fates?: readonly FateClaim[] | null
  consent?: { given?: boolean | null } | null
}

/** A person no claim says died is living: a new record of one is `nameOnly` until an editor says otherwise. */
export const defaultPrivacy = (fates: PrivacyInput['fates']): Privacy =>
  hasDeathClaim(fates) ? 'public' : 'nameOnly'

export function disclosureOf({ privacy, fates, consent }: PrivacyInput): Disclosure {
  if (privacy === 'hidden') return 'none'
  if (privacy !== 'public') return 'name'
  return hasDeathClaim(fates) || consent?.given === true ? 'personal' : 'record'
}

/** Whether a record disclosed at `level` shows what needs `needed`. An unknown level shows nothing. */
export const discloses = (level: unknown, needed: Exclude<Disclosure, 'none'>): boolean => {
  const at = disclosureLevels.indexOf(level as Disclosure)
  return at > 0 && at >= disclosureLevels.indexOf(needed)
}

/** The records visitors may read at all, as a query: with the published filter, their access rule. */
export const listedWhere = { disclosure: { not_equals: 'none' } } as const
