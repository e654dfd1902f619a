import { beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/locales'
import {
  browseRegistry,
  countFates,
  letterIndex,
  nameIn,
  preparedRegistry,
  registryRead,
  sortRegistry,
  type RegistryDoc,
} from '@/lib/people/registry'
import { personName } from '@/lib/people/names'
import { findPublishedById } from '@/lib/queries/permalink'
import type { Person } from '@/payload-types'
import { noRevalidate, testPayloadForFile } from '@tests/helpers/testPayload'

/**
 * The registry's list as the site reads it: the index query a visitor makes (the same `registryRead`
 * as src/lib/queries/people.ts, whose cache and draft mode need Next), then the alphabet, the
 * letter index, the filters, the name search and the counted figures over it. Every name here is
 * synthetic and says so.
 */
const t = testPayloadForFile()

type Data = Record<string, unknown>
type Names = { familyName?: string; givenName?: string }

const killed = [{ fate: 'killed', confidence: 'single', date: '1992-02-26T12:00:00.000Z' }]

async function create(data: Data, translations: Partial<Record<Locale, Names>> = {}) {
  const person = await t.payload.create({
    collection: 'people',
    locale: 'az',
    data: { _status: 'published', fates: killed, ...data } as unknown as Person,
    context: noRevalidate(),
  })
  for (const [locale, names] of Object.entries(translations))
    await t.payload.update({
      collection: 'people',
      id: person.id,
      locale: locale as Locale,
      data: { _status: 'published', ...names },
      context: noRevalidate(),
    })
  return person
}

/** What a visitor's index read returns: the registry the pages list, filter and search. */
const readIndex = async () =>
  (await t.payload.find({ ...registryRead, draft: false })).docs as unknown as RegistryDoc[]

const family = (people: readonly RegistryDoc[], locale: Locale) =>
  people.map((person) => nameIn(person, locale).parts.familyName)

let index: RegistryDoc[]
let hidden: Person
let sintetikov: Person

beforeAll(async () => {
  // The az alphabet: C Ç D E Ə F G Ğ H X I İ J K Q … Z. Created out of order on purpose.
  // I and İ make one slug; the given names keep the slugs apart.
  const first = ['Zsintetik', 'İsintetik', 'Isintetik', 'Əsintetik', 'Esintetik']
  for (const [i, name] of first.entries())
    await create({ familyName: name, givenName: `Sintetik${'abcde'[i]}`, gender: 'male', age: 40 })
  await create(
    { familyName: 'Çsintetik', givenName: 'Sintetikə', gender: 'female', age: 10 },
    { ru: { familyName: 'Чсинтетик', givenName: 'Синтетика' } },
  )
  await create(
    { familyName: 'Csintetik', givenName: 'Sintetik', gender: 'female', age: 70 },
    { ru: { familyName: 'Цсинтетик' } },
  )
  sintetikov = await create(
    {
      familyName: 'Sintetikov',
      givenName: 'Sınaq',
      variants: [{ name: 'Sintetikoff Sinak', foundIn: 'Synthetic list' }],
      fates: [
        { fate: 'takenHostage', confidence: 'single', date: '1992-02-26T06:00:00.000Z' },
        { fate: 'released', confidence: 'single', date: '1992-03-10T12:00:00.000Z' },
        // Two claims of one kind: the person still counts once as killed.
        { fate: 'killed', confidence: 'single', date: '1992-04-01T12:00:00.000Z' },
        { fate: 'killed', confidence: 'single', date: '1992-04-02T12:00:00.000Z' },
      ],
    },
    { ru: { familyName: 'Синтетиков', givenName: 'Сынаг' }, en: { familyName: 'Sintetikov' } },
  )
  // Known only by an az form: found by its Russian spelling through the name key.
  await create({ familyName: 'Məmmədsintetik', givenName: 'Sintetik' })
  // A disputed death is not counted and not filtered as one.
  await create({
    familyName: 'Sintetikmübahisə',
    fates: [
      { fate: 'killed', confidence: 'disputed' },
      { fate: 'missing', confidence: 'single' },
    ],
  })
  // Living, name and fate only: listed, but its gender and age group are no filter's to find.
  await create({
    familyName: 'Sintetikyaşayan',
    gender: 'female',
    age: 12,
    fates: [{ fate: 'wounded', confidence: 'single' }],
  })
  hidden = await create({ familyName: 'Sintetikgizli', privacy: 'hidden' })
  index = await readIndex()
})

describe('the registry index a visitor reads', () => {
  it('has every readable person once, the names in every locale, and no hidden record', () => {
    expect(index).toHaveLength(11)
    expect(index.map((p) => p.id)).not.toContain(hidden.id)
    const person = index.find((p) => p.id === sintetikov.id)!
    expect(person.familyName).toEqual({ az: 'Sintetikov', en: 'Sintetikov', ru: 'Синтетиков' })
    expect(person.slug).toBe(sintetikov.slug)
    // Only what the list needs: nothing personal crosses into the cached index.
    expect(person).not.toHaveProperty('born')
    expect(person).not.toHaveProperty('biography')
    expect(person).not.toHaveProperty('privacy')
    const living = index.find((p) => p.familyName?.az === 'Sintetikyaşayan')!
    expect(living.facets).toMatchObject({ gender: null, ageGroup: null })
  })

  it('resolves a permanent link to a readable person, and nothing for a hidden one', async () => {
    expect(await findPublishedById(t.payload, 'people', String(sintetikov.id))).toEqual({
      id: sintetikov.id,
      slug: sintetikov.slug,
    })
    expect(await findPublishedById(t.payload, 'people', String(hidden.id))).toBeNull()
  })
})

describe('the alphabet of each locale', () => {
  it('sorts synthetic names in az with Ç, Ə, I and İ in their places', () => {
    const az = family(sortRegistry(index, 'az'), 'az').filter((name) => name.endsWith('sintetik'))
    expect(az).toEqual([
      'Csintetik',
      'Çsintetik',
      'Esintetik',
      'Əsintetik',
      'Isintetik',
      'İsintetik',
      'Məmmədsintetik',
      'Zsintetik',
    ])
    expect(letterIndex(index, 'az')).toEqual(['C', 'Ç', 'E', 'Ə', 'I', 'İ', 'M', 'S', 'Z'])
  })

  it('sorts synthetic names in ru in Cyrillic order, an az-only name by its az form after them', () => {
    const ru = sortRegistry(index, 'ru')
    expect(family(ru, 'ru').slice(0, 3)).toEqual(['Синтетиков', 'Цсинтетик', 'Чсинтетик'])
    const zsintetik = ru.find((p) => p.familyName?.az === 'Zsintetik')!
    expect(nameIn(zsintetik, 'ru')).toMatchObject({
      lang: 'az',
      parts: { familyName: 'Zsintetik' },
    })
    expect(letterIndex(index, 'ru').slice(0, 3)).toEqual(['С', 'Ц', 'Ч'])
  })
})

describe('browsing the registry', () => {
  const browse = (locale: Locale, query: Parameters<typeof browseRegistry>[2], perPage = 100) =>
    browseRegistry(index, locale, query, perPage)
  const names = (page: ReturnType<typeof browse>) =>
    page.docs.map(({ person }) => person.familyName?.az)

  it('filters by letter, fate, age group and gender, by undisputed claims and visible facets', () => {
    expect(names(browse('az', { letter: 'İ' }))).toEqual(['İsintetik'])
    expect(names(browse('az', { letter: 'I' }))).toEqual(['Isintetik'])
    expect(names(browse('az', { fate: 'takenHostage' }))).toEqual(['Sintetikov'])
    expect(names(browse('az', { fate: 'missing' }))).toEqual(['Sintetikmübahisə'])
    expect(names(browse('az', { fate: 'killed' }))).not.toContain('Sintetikmübahisə')
    expect(names(browse('az', { ageGroup: 'child' }))).toEqual(['Çsintetik'])
    expect(names(browse('az', { ageGroup: 'elderly', gender: 'female' }))).toEqual(['Csintetik'])
    expect(names(browse('az', { gender: 'female' }))).toEqual(['Csintetik', 'Çsintetik'])
    // The letters offered are those the other filters leave.
    expect(browse('az', { gender: 'female' }).letters).toEqual(['C', 'Ç'])
  })

  it('pages the list, and says how many there are in all', () => {
    const second = browse('az', { page: 2 }, 4)
    expect(second).toMatchObject({ page: 2, totalPages: 3, totalDocs: 11, registered: 11 })
    expect(names(second)).toEqual(['Isintetik', 'İsintetik', 'Məmmədsintetik', 'Sintetikmübahisə'])
  })

  it('finds a person by a Cyrillic spelling and by a Latin one, with the form that matched', () => {
    const cyrillic = browse('az', { q: 'Синтетиков' })
    expect(cyrillic.docs[0]).toMatchObject({
      person: { id: sintetikov.id },
      match: { form: 'Синтетиков Сынаг', kind: 'form' },
    })
    const byKey = browse('ru', { q: 'Мамедсинтетик' })
    expect(names(byKey)).toEqual(['Məmmədsintetik'])
    expect(byKey.docs[0].match).toMatchObject({ kind: 'key' })
    const latin = browse('ru', { q: 'sintetikoff' })
    expect(latin.docs[0]).toMatchObject({
      person: { id: sintetikov.id },
      match: { form: 'Sintetikoff Sinak', kind: 'form' },
    })
    // A search keeps the filters in force.
    expect(browse('az', { q: 'Синтетиков', fate: 'missing' }).docs).toEqual([])
  })

  it('prepares the names once per state of the registry', async () => {
    expect(preparedRegistry(index)).toBe(preparedRegistry(await readIndex()))
    await t.payload.update({
      collection: 'people',
      id: sintetikov.id,
      locale: 'az',
      data: { givenName: 'Sınaqdəyişdi' },
      context: noRevalidate(),
    })
    const changed = await readIndex()
    expect(preparedRegistry(changed)).not.toBe(preparedRegistry(index))
    expect(
      browseRegistry(changed, 'az', { q: 'Sınaqdəyişdi' }, 10).docs.map((d) => d.person.id),
    ).toEqual([sintetikov.id])
  })
})

describe('counted figures', () => {
  it('counts each person once per undisputed kind of fate', () => {
    expect(countFates(index)).toEqual({
      killed: 9,
      takenHostage: 1,
      released: 1,
      missing: 1,
      wounded: 1,
    })
  })

  it('writes the names it counts as the registry does', () => {
    const person = index.find((p) => p.id === sintetikov.id)!
    expect(personName(nameIn(person, 'ru').parts)).toBe('Синтетиков Сынаг')
    expect(personName(nameIn(person, 'en').parts)).toBe('Sintetikov')
  })
})
