import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/locales'
import { fateKinds, type FateKind } from '@/lib/people/fates'
import { prepareNames, searchNames } from '@/lib/people/matchName'
import {
  registryLetterField,
  registrySort,
  registryWhere,
  type RegistryFilter,
} from '@/lib/people/registryWhere'
import * as peopleStatusMigration from '@/migrations/sqlite/20261206_004429_people_status_facets'
import { findPublishedById } from '@/lib/queries/permalink'
import { noRevalidate, testPayloadForFile } from '@tests/helpers/testPayload'

/**
 * The registry's reads as the database answers them, as a visitor (src/lib/queries/registry.ts runs
 * these same queries inside Next's cache): order by the derived sort keys, the letter index, the
 * filters, the counts, and the name search over the stored spellings. Every name is synthetic.
 */
const t = testPayloadForFile()

type Person = {
  az: [string, string]
  ru?: [string, string]
  fates: { fate: string; confidence: string }[]
  gender?: 'female' | 'male'
  born?: string
  privacy?: string
}
const killed = [{ fate: 'killed', confidence: 'single' }]
const people: Person[] = [
  {
    az: ['Zsintetikov', 'Birinci'],
    ru: ['Зсинтетиков', 'Биринджи'],
    fates: killed,
    gender: 'male',
    born: '1980-05-01',
  },
  {
    az: ['Əsintetikova', 'İkinci'],
    ru: ['Асинтетикова', 'Икинджи'],
    fates: killed,
    gender: 'female',
    born: '1930-05-01',
  },
  {
    az: ['Çsintetikov', 'Üçüncü'],
    ru: ['Чсинтетиков', 'Учунджу'],
    fates: killed,
    gender: 'male',
    born: '1960-05-01',
  },
  {
    az: ['Csintetikov', 'Dördüncü'],
    fates: [
      { fate: 'takenHostage', confidence: 'single' },
      { fate: 'released', confidence: 'single' },
    ],
  },
  {
    az: ['İsintetikov', 'Beşinci'],
    ru: ['Исинтетиков', 'Бешинджи'],
    fates: [{ fate: 'missing', confidence: 'single' }],
  },
  {
    az: ['Isintetikov', 'Altıncı'],
    ru: ['Ысинтетиков', 'Алтынджы'],
    fates: [
      { fate: 'killed', confidence: 'disputed' },
      { fate: 'missing', confidence: 'single' },
    ],
  },
  { az: ['Gizlisintetik', 'Yeddinci'], fates: killed, privacy: 'hidden' },
]

const ids: Record<string, { id: number; slug?: string | null }> = {}

beforeAll(async () => {
  for (const person of people) {
    const doc = await t.payload.create({
      collection: 'people',
      locale: 'az',
      data: {
        _status: 'published',
        familyName: person.az[0],
        givenName: person.az[1],
        fates: person.fates as never,
        gender: person.gender,
        ...(person.born
          ? { born: `${person.born}T12:00:00.000Z`, bornPrecision: 'day' as const }
          : {}),
        ...(person.privacy ? { privacy: person.privacy as 'hidden' } : {}),
      } as never,
      context: noRevalidate(),
    })
    ids[person.az[0]] = { id: doc.id, slug: doc.slug }
    if (person.ru)
      await t.payload.update({
        collection: 'people',
        id: doc.id,
        locale: 'ru',
        data: { familyName: person.ru[0], givenName: person.ru[1] },
        context: noRevalidate(),
      })
  }
})

const visitorList = async (locale: Locale, filter: RegistryFilter = {}) =>
  (
    await t.payload.find({
      collection: 'people',
      locale,
      where: registryWhere(locale, filter),
      sort: registrySort(locale),
      overrideAccess: false,
      depth: 0,
      limit: 50,
    })
  ).docs.map((doc) => doc.familyName)

describe('the registry, as a visitor reads it', () => {
  it('lists in the Azerbaijani alphabet: C, Ç, Ə, I, İ, Z — never a hidden person', async () => {
    expect(await visitorList('az')).toEqual([
      'Csintetikov',
      'Çsintetikov',
      'Əsintetikova',
      'Isintetikov',
      'İsintetikov',
      'Zsintetikov',
    ])
  })

  it('lists in the Russian alphabet, a name without its Russian form after the Cyrillic ones', async () => {
    const ru = await visitorList('ru')
    expect(ru.slice(0, 5)).toEqual([
      'Асинтетикова',
      'Зсинтетиков',
      'Исинтетиков',
      'Чсинтетиков',
      'Ысинтетиков',
    ])
    expect(ru).toHaveLength(6)
  })

  it('offers the letters present, and filters by letter, fate, age group and gender', async () => {
    const { values } = await t.payload.findDistinct({
      collection: 'people',
      field: registryLetterField('az'),
      overrideAccess: false,
      limit: 0,
    })
    expect(
      values.map((v) => (v as Record<string, string>)[registryLetterField('az')]).sort(),
    ).toEqual(['C', 'I', 'Z', 'Ç', 'İ', 'Ə'].sort())
    expect(await visitorList('az', { letter: 'İ' })).toEqual(['İsintetikov'])
    expect(await visitorList('az', { letter: 'I' })).toEqual(['Isintetikov'])
    // A disputed claim is not the status: Isintetikov is missing, not killed.
    expect(await visitorList('az', { fate: 'killed' })).toEqual([
      'Çsintetikov',
      'Əsintetikova',
      'Zsintetikov',
    ])
    expect(await visitorList('az', { fate: 'released' })).toEqual(['Csintetikov'])
    expect(await visitorList('az', { ageGroup: 'elderly' })).toEqual(['Əsintetikova'])
    expect(await visitorList('az', { gender: 'female', fate: 'killed' })).toEqual(['Əsintetikova'])
  })

  it('counts each fate from the records a visitor may read', async () => {
    const count = async (fate: string) =>
      (
        await t.payload.count({
          collection: 'people',
          where: registryWhere('az', { fate: fate as FateKind }),
          overrideAccess: false,
        })
      ).totalDocs
    expect([await count('killed'), await count('takenHostage'), await count('missing')]).toEqual([
      3, 1, 2,
    ])
  })

  it('stores the status a list row shows with the disputed kinds beside it, also for records saved before', async () => {
    const status = async () =>
      (
        await t.payload.findByID({
          collection: 'people',
          id: ids['Isintetikov'].id,
          overrideAccess: false,
          select: { facets: { fates: true, disputed: true, status: true } },
        })
      ).facets
    // The flags the fate filter and the counts read: missing only, a disputed claim is no flag.
    const stored = {
      fates: ['missing'],
      disputed: ['killed'],
      status: Object.fromEntries(fateKinds.map((kind) => [kind, kind === 'missing'])),
    }
    expect(await status()).toEqual(stored)
    // The schema before the disputed kinds were stored, and the migration that stores them.
    const db = (t.payload.db as unknown as SQLiteAdapter).drizzle
    const req = await createLocalReq({}, t.payload)
    const args = { db, payload: t.payload, req } as Parameters<typeof peopleStatusMigration.up>[0]
    const versions = () =>
      t.payload.countVersions({
        collection: 'people',
        where: { parent: { equals: ids['Isintetikov'].id } },
      })
    const before = await versions()
    await peopleStatusMigration.down(args)
    await peopleStatusMigration.up(args)
    expect(await status()).toEqual(stored)
    // Stored data, not an edit: no new version.
    expect(await versions()).toEqual(before)
  })

  it('finds a name by any spelling from the stored forms', async () => {
    const { docs } = await t.payload.find({
      collection: 'people',
      overrideAccess: false,
      pagination: false,
      limit: 0,
      select: { nameForms: true },
    })
    const index = prepareNames(
      docs.map((doc) => ({ id: doc.id, forms: (doc.nameForms ?? '').split('\n') })),
    )
    const found = (q: string) => searchNames(q, index).map((m) => m.form)
    // The exact spelling first; the others, a letter apart, follow as near matches.
    expect(found('Зсинтетиков')[0]).toBe('Зсинтетиков Биринджи')
    expect(found('Zsintetikov Birinci')).toEqual(['Zsintetikov Birinci'])
    expect(found('Gizlisintetik')).toEqual([])
  })

  it('resolves a permanent link to a readable person, and nothing for a hidden one', async () => {
    const { id, slug } = ids['Zsintetikov']
    expect(await findPublishedById(t.payload, 'people', String(id))).toEqual({ id, slug })
    expect(await findPublishedById(t.payload, 'people', String(ids['Gizlisintetik'].id))).toBeNull()
  })
})
