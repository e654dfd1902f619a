import type { Field } from 'payload'

import { contentCollection } from '@/collections/contentCollection'
import { isStaff } from '@/access/hasRole'
import { publishedAndListed, visibleFrom } from '@/access/personDisclosure'
import { richTextField } from '@/fields/richTextField'
import { preciseDateFields } from '@/fields/preciseDateFields'
import { slugField } from '@/fields/slugField'
import { sourcesField } from '@/fields/sourcesField'
import { collectionLabels } from '@/i18n/adminLabels'
import { locales } from '@/i18n/locales'
import { listingField } from '@/lib/people/collation'
import { adminMessage } from '@/i18n/adminMessage'
import {
  ageGroups,
  confidenceLevels,
  fateKinds,
  genders,
  thinConfirmedClaim,
} from '@/lib/people/fates'
import { familyRelations } from '@/lib/people/family'
import { consentMethods, disclosureLevels, privacyLevels } from '@/lib/people/privacy'
import { requiredInSource } from '@/lib/translation/requiredInSource'
import {
  derivePersonFields,
  personSlugSource,
  slugYear,
} from '@/collections/People/hooks/deriveFields'
import {
  keepFamilySymmetric,
  unlinkDeletedPerson,
} from '@/collections/People/hooks/keepFamilySymmetric'
import { dropUnreadableRelatives } from '@/collections/People/hooks/dropUnreadableRelatives'
import { withholdBiography } from '@/collections/People/hooks/withholdBiography'
import { peopleDuplicatesEndpoint } from '@/endpoints/peopleDuplicates'
import { peopleExportEndpoint, peopleImportEndpoint } from '@/endpoints/peopleCsv'
import { releaseDeletedPhoto, withholdPhotos } from '@/collections/People/hooks/withholdPhotos'

/**
 * An indexed text per locale (`sortAz`, `initialRu`): a group of fields named `az`, `en`, `ru` cannot
 * be queried, as Payload reads a locale code in a path as the locale of a localized field.
 */
const perLocale = (prefix: string): Field[] =>
  locales.map(({ code, label }) => ({
    name: listingField(prefix, code),
    type: 'text',
    index: true,
    label,
  }))

/** Derived on save, never typed: shown to editors, read-only. */
const derived = { readOnly: true, position: 'sidebar' } as const

const sources = sourcesField()

const fields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'familyName',
        type: 'text',
        localized: true,
        maxLength: 120,
        validate: requiredInSource,
      },
      { name: 'givenName', type: 'text', localized: true, maxLength: 120 },
      { name: 'patronymic', type: 'text', localized: true, maxLength: 120 },
    ],
  },
  {
    // "Possible duplicate: …" while the az name and birth date are typed (src/lib/people/duplicates.ts).
    name: 'duplicateWarning',
    type: 'ui',
    admin: {
      components: { Field: '@/components/admin/DuplicateWarning.client#DuplicateWarning' },
    },
  },
  {
    // Other spellings in any script, each with where it was found: what the name search also matches.
    name: 'variants',
    type: 'array',
    maxRows: 40,
    admin: { initCollapsed: true },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'name',
            type: 'text',
            required: true,
            maxLength: 200,
            label: { az: 'Yazılış', en: 'Spelling', ru: 'Написание' },
          },
          { name: 'foundIn', type: 'text', maxLength: 300 },
        ],
      },
    ],
  },
  {
    // The az name in one line: the admin's title for the record.
    name: 'fullName',
    type: 'text',
    admin: derived,
  },
  slugField({ from: personSlugSource, disambiguate: slugYear }),
  ...preciseDateFields({ name: 'born', read: visibleFrom('personal') }),
  {
    name: 'age',
    type: 'number',
    min: 0,
    max: 130,
    access: { read: visibleFrom('personal') },
    admin: {
      position: 'sidebar',
      description: {
        az: '26 fevral 1992-ci ildə yaşı. Doğum tarixi imkan verəndə hesablanır; yoxsa mənbənin dediyi yaşı yazın.',
        en: 'Age on 26 February 1992. Computed when the birth date gives it; otherwise type the age a source states.',
        ru: 'Возраст на 26 февраля 1992 г. Вычисляется, когда дата рождения это позволяет; иначе укажите возраст по источнику.',
      },
    },
  },
  {
    name: 'ageFromBirthDate',
    type: 'checkbox',
    access: { read: visibleFrom('personal') },
    admin: { ...derived, hidden: true },
  },
  {
    name: 'birthplace',
    type: 'text',
    localized: true,
    maxLength: 200,
    access: { read: visibleFrom('record') },
  },
  {
    name: 'gender',
    type: 'select',
    options: [...genders],
    access: { read: visibleFrom('record') },
    admin: { position: 'sidebar' },
  },
  {
    name: 'fates',
    type: 'array',
    maxRows: 20,
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'fate', type: 'select', required: true, options: [...fateKinds] },
          {
            name: 'confidence',
            type: 'select',
            required: true,
            defaultValue: 'single',
            options: [...confidenceLevels],
          },
        ],
      },
      {
        type: 'row',
        fields: preciseDateFields({ name: 'date', position: 'inline' }),
      },
      { name: 'place', type: 'text', localized: true, maxLength: 200 },
      { name: 'circumstances', type: 'textarea', localized: true, maxLength: 600 },
      sources,
    ],
    validate: (value, { req }) => {
      const thin = thinConfirmedClaim(value as Parameters<typeof thinConfirmedClaim>[0])
      return (
        thin < 0 ||
        adminMessage(req, {
          az: `${thin + 1}-ci tale: "təsdiqlənib" ən azı iki müstəqil mənbə tələb edir.`,
          en: `Fate ${thin + 1}: "confirmed" takes at least two independent sources.`,
          ru: `Судьба ${thin + 1}: «подтверждено» требует не менее двух независимых источников.`,
        })
      )
    },
  },
  {
    // Kept symmetric by keepFamilySymmetric: linking A as B's parent makes B A's child.
    name: 'family',
    type: 'array',
    maxRows: 40,
    access: { read: visibleFrom('personal') },
    hooks: { afterRead: [dropUnreadableRelatives] },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'person',
            type: 'relationship',
            relationTo: 'people',
            required: true,
            filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
          },
          {
            name: 'relation',
            type: 'select',
            required: true,
            options: [...familyRelations],
          },
        ],
      },
    ],
  },
  {
    name: 'memorials',
    type: 'array',
    maxRows: 20,
    access: { read: visibleFrom('record') },
    fields: [
      { name: 'monument', type: 'relationship', relationTo: 'monuments', required: true },
      {
        type: 'row',
        fields: [
          { name: 'panel', type: 'text', maxLength: 60 },
          { name: 'line', type: 'text', maxLength: 60 },
        ],
      },
    ],
  },
  {
    name: 'photo',
    type: 'upload',
    relationTo: 'media',
    access: { read: visibleFrom('personal') },
  },
  richTextField({
    name: 'biography',
    localized: true,
    access: { read: visibleFrom('personal') },
  }),
  { ...sources, access: { ...sources.access, read: visibleFrom('record') } },
  {
    name: 'privacy',
    type: 'select',
    options: [...privacyLevels],
    access: { read: isStaff },
    admin: {
      position: 'sidebar',
      description: {
        az: 'Boş qalsa: ölüm iddiası olan üçün "hamıya açıq", sağ olan üçün "yalnız ad və tale".',
        en: 'When empty: "public" for a person a claim says died, "name and fate only" for the living.',
        ru: 'Если пусто: «открыто» для погибших по данным источников, «только имя и судьба» для живых.',
      },
    },
  },
  {
    // A living person's birth date, photo, biography and family are public only with this.
    name: 'consent',
    type: 'group',
    access: { read: isStaff },
    admin: { position: 'sidebar' },
    fields: [
      { name: 'given', type: 'checkbox', defaultValue: false },
      { name: 'by', type: 'text', maxLength: 200 },
      { name: 'date', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
      {
        name: 'method',
        type: 'select',
        options: [...consentMethods],
      },
      { name: 'note', type: 'textarea', maxLength: 1000 },
    ],
    validate: (value, { req }) => {
      const consent = (value ?? {}) as {
        given?: boolean
        by?: string
        date?: string
        method?: string
      }
      if (!consent.given || (consent.by && consent.date && consent.method)) return true
      return adminMessage(req, {
        az: 'Razılıq üçün kimin, nə vaxt və necə razılıq verdiyini yazın.',
        en: 'Consent needs who gave it, when and how.',
        ru: 'Для согласия укажите, кто, когда и как его дал.',
      })
    },
  },
  {
    name: 'disclosure',
    type: 'select',
    options: [...disclosureLevels],
    index: true,
    admin: derived,
  },
  // For the duplicate warning (same name key and birth year): staff only, a birth year is personal.
  {
    name: 'nameKey',
    type: 'text',
    index: true,
    access: { read: isStaff },
    admin: { hidden: true },
  },
  {
    name: 'birthYear',
    type: 'number',
    index: true,
    access: { read: isStaff },
    admin: { hidden: true },
  },
  {
    // The registry's order and letter index per locale, and every spelling in one text for the
    // name search (deriveFields): derived, public like the name.
    name: 'listing',
    type: 'group',
    custom: { derivedOnSave: true },
    admin: { hidden: true },
    fields: [...perLocale('sort'), ...perLocale('initial')],
  },
  {
    name: 'nameForms',
    type: 'textarea',
    custom: { derivedOnSave: true },
    admin: { hidden: true },
  },
  {
    // What the registry filters by, set only when visitors may see it (deriveFields): a visitor's
    // filter on these can never tell more than the record shows.
    name: 'facets',
    type: 'group',
    admin: { hidden: true },
    fields: [
      // The status read from the claims (statusOf), in the order it happened, and the kinds a
      // source disputes beside it: what a list row shows without reading the claims themselves.
      { name: 'fates', type: 'select', hasMany: true, options: [...fateKinds] },
      { name: 'disputed', type: 'select', hasMany: true, options: [...fateKinds] },
      // The same status as one indexed flag per kind: what "fate" filters and counts by. A flag on
      // the record, not a join to the list above: a page of the registry and each count read one
      // table, whatever share of the people a kind of fate holds.
      {
        name: 'status',
        type: 'group',
        fields: fateKinds.map((kind) => ({ name: kind, type: 'checkbox' as const, index: true })),
      },
      { name: 'gender', type: 'select', index: true, options: [...genders] },
      { name: 'ageGroup', type: 'select', index: true, options: [...ageGroups] },
    ],
  },
]

/**
 * The people of Khojaly (docs/people.md): names in three forms and any other spellings, fates as
 * sourced claims, family kept symmetric, memorials, and a privacy setting that access control
 * enforces on every surface.
 */
export const People = contentCollection({
  slug: 'people',
  read: publishedAndListed,
  defaultPopulate: {
    familyName: true,
    givenName: true,
    patronymic: true,
    fullName: true,
    slug: true,
    disclosure: true,
  },
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'privacy', '_status'],
    components: { beforeListTable: ['@/components/admin/PeopleImportLink#PeopleImportLink'] },
  },
  labels: collectionLabels['people'],
  graphQL: { singularName: 'Person', pluralName: 'People' },
  endpoints: [peopleDuplicatesEndpoint, peopleImportEndpoint, peopleExportEndpoint],
  fields,
  hooks: {
    beforeChange: [derivePersonFields],
    beforeRead: [withholdBiography],
    afterChange: [keepFamilySymmetric, withholdPhotos],
    afterDelete: [unlinkDeletedPerson, releaseDeletedPhoto],
  },
})
