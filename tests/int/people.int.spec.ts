import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { runSearch } from '@/lib/search/query'
import type { Person } from '@/payload-types'
import { graphql, rest, signIn } from '@tests/helpers/api'
import { noRevalidate, testPayloadForFile } from '@tests/helpers/testPayload'
import { translatedDraft } from '@tests/helpers/translatedDraft'
import { validationMessages } from '@tests/helpers/validation'

/**
 * The people registry's model: derived fields, symmetric family links, and privacy enforced by
 * access control on every API surface. Every name here is synthetic and says so.
 */
const t = testPayloadForFile()

/** Strings that must never reach a visitor: each sits in a field the record does not disclose. */
const MARKER = {
  hiddenName: 'Sintetikgizli',
  livingBiography: 'SYNTHETIC-LIVING-BIOGRAPHY-MARKER',
}
const LIVING_BORN = '1961-07-14T12:00:00.000Z'

type Data = Record<string, unknown>

const create = (data: Data, locale: 'az' | 'en' | 'ru' = 'az') =>
  t.payload.create({
    collection: 'people',
    locale,
    data: { _status: 'published', ...data } as unknown as Person,
    context: noRevalidate(),
  })

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr' as const,
        textFormat: 0,
        children: [
          { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
        ],
      },
    ],
  },
})

const source = (title: string) => ({ title: `Synthetic source ${title}` })

let killed: Person
let living: Person
let hidden: Person
let consenting: Person

beforeAll(async () => {
  killed = await create({
    familyName: 'Sintetikov',
    givenName: 'Birinci',
    patronymic: 'Test oğlu',
    born: '1950-03-01T12:00:00.000Z',
    bornPrecision: 'day',
    gender: 'male',
    birthplace: 'Xocalı',
    variants: [{ name: 'Синтетиков Биринджи', foundIn: 'Synthetic list A' }],
    fates: [
      {
        fate: 'killed',
        date: '1992-02-26T12:00:00.000Z',
        datePrecision: 'day',
        confidence: 'single',
        sources: [source('A')],
      },
      {
        fate: 'takenHostage',
        date: '1992-02-26T06:00:00.000Z',
        datePrecision: 'day',
        confidence: 'single',
        sources: [source('B')],
      },
    ],
    biography: paragraph('Synthetic biography of a synthetic person.'),
  })
  living = await create({
    familyName: 'Sintetikova',
    givenName: 'Yaşayan',
    born: LIVING_BORN,
    bornPrecision: 'day',
    gender: 'female',
    birthplace: 'Sintetikkənd',
    fates: [{ fate: 'wounded', confidence: 'single', sources: [source('C')] }],
    biography: paragraph(MARKER.livingBiography),
    privacy: 'public',
  })
  hidden = await create({
    familyName: MARKER.hiddenName,
    givenName: 'Gizli',
    fates: [{ fate: 'missing', confidence: 'single', sources: [source('D')] }],
    privacy: 'hidden',
  })
  consenting = await create({
    familyName: 'Sintetikli',
    givenName: 'Razı',
    born: '1970-02-10T12:00:00.000Z',
    bornPrecision: 'month',
    fates: [{ fate: 'survived', confidence: 'single' }],
    privacy: 'public',
    consent: {
      given: true,
      by: 'The synthetic person',
      date: '2026-01-05T12:00:00.000Z',
      method: 'written',
    },
  })
})

describe('people: the model', () => {
  it('derives privacy, disclosure, age, the name line and its key', async () => {
    expect(killed).toMatchObject({
      privacy: 'public',
      disclosure: 'personal',
      age: 41,
      ageFromBirthDate: true,
      fullName: 'Sintetikov Birinci Test oğlu',
      slug: 'sintetikov-birinci-test-oghlu',
      birthYear: 1950,
      facets: { gender: 'male', ageGroup: 'adult' },
    })
    // No death claim: a living person, name and fate only unless an editor says otherwise.
    const plain = await create({
      familyName: 'Sintetikzadə',
      fates: [{ fate: 'survived', confidence: 'single' }],
    })
    expect(plain).toMatchObject({
      privacy: 'nameOnly',
      disclosure: 'name',
      facets: { gender: null, ageGroup: null },
    })
    // Public, living, no consent: the record without its personal part.
    expect(living).toMatchObject({
      disclosure: 'record',
      facets: { gender: 'female', ageGroup: null },
    })
    expect(consenting).toMatchObject({ disclosure: 'personal' })
    // Born in February 1992's month: either side of the 26th, so no computed age.
    expect(consenting.age).toBeNull()
    expect(hidden.disclosure).toBe('none')
  })

  it('files the name under each locale’s letter and order, and keeps every spelling for the search', async () => {
    const person = await create({
      familyName: 'Əsintetikov',
      givenName: 'Çingiz',
      variants: [{ name: 'Asintetikov Chingiz' }],
      fates: [{ fate: 'killed', confidence: 'single' }],
    })
    // No Russian form yet: Russian files the az form, after the Cyrillic names.
    expect(person.listing).toMatchObject({ initialAz: 'Ə', initialEn: 'E', initialRu: '#' })
    const ru = await t.payload.update({
      collection: 'people',
      id: person.id,
      locale: 'ru',
      data: { familyName: 'Асинтетиков', givenName: 'Чингиз' },
      context: noRevalidate(),
    })
    expect(ru.listing).toMatchObject({ initialAz: 'Ə', initialEn: 'E', initialRu: 'А' })
    // In Russian a name with its Russian form comes before one known only in its az form.
    expect(ru.listing!.sortRu! < killed.listing!.sortRu!).toBe(true)
    expect(ru.listing!.sortAz! < killed.listing!.sortAz!).toBe(true)
    expect(ru.nameForms!.split('\n')).toEqual([
      'Əsintetikov Çingiz',
      'Асинтетиков Чингиз',
      'Asintetikov Chingiz',
    ])
  })

  it('keeps a stated age where the birth date gives none', async () => {
    const person = await create({
      familyName: 'Sintetikyaş',
      born: '1930-01-01T12:00:00.000Z',
      bornPrecision: 'year',
      age: 61,
      fates: [{ fate: 'killed', confidence: 'single' }],
    })
    expect(person).toMatchObject({
      age: 61,
      ageFromBirthDate: false,
      facets: { ageGroup: 'elderly' },
    })
  })

  it('refuses "confirmed" without two sources, and consent without who, when and how', async () => {
    expect(
      await validationMessages(
        create({
          familyName: 'Sintetiktək',
          fates: [{ fate: 'killed', confidence: 'confirmed', sources: [source('E')] }],
        }),
      ),
    ).toEqual({ fates: expect.stringMatching(/iki müstəqil mənbə/) })
    expect(
      await validationMessages(
        create({
          familyName: 'Sintetikrazı',
          fates: [{ fate: 'survived', confidence: 'single' }],
          consent: { given: true },
        }),
      ),
    ).toEqual({ consent: expect.stringMatching(/kimin, nə vaxt və necə/) })
  })

  it('resolves a slug clash with the birth year, but never with a living person’s', async () => {
    const born = { born: '1940-05-05T12:00:00.000Z', bornPrecision: 'day' as const }
    const first = await create({
      familyName: 'Sintetiktoqquşma',
      givenName: 'Ad',
      ...born,
      fates: [{ fate: 'killed', confidence: 'single' }],
    })
    const second = await create({
      familyName: 'Sintetiktoqquşma',
      givenName: 'Ad',
      born: '1945-05-05T12:00:00.000Z',
      bornPrecision: 'day',
      fates: [{ fate: 'killed', confidence: 'single' }],
    })
    expect([first.slug, second.slug]).toEqual(['sintetiktoqqushma-ad', 'sintetiktoqqushma-ad-1945'])
    expect(
      await validationMessages(
        create({
          familyName: 'Sintetiktoqquşma',
          givenName: 'Ad',
          ...born,
          fates: [{ fate: 'survived', confidence: 'single' }],
        }),
      ),
    ).toEqual({ slug: expect.stringMatching(/artıq başqa sənəddədir/) })
  })
})

describe('people: family links are symmetric', () => {
  it('adds, changes and removes the link on the other record too', async () => {
    const parent = await create({
      familyName: 'Sintetikata',
      fates: [{ fate: 'killed', confidence: 'single' }],
    })
    const child = await create({
      familyName: 'Sintetikövlad',
      fates: [{ fate: 'killed', confidence: 'single' }],
    })
    const familyOf = async (id: number) =>
      ((await t.payload.findByID({ collection: 'people', id, depth: 0 })).family ?? []).map(
        (row) => [row.person, row.relation],
      )
    await t.payload.update({
      collection: 'people',
      id: child.id,
      data: { family: [{ person: parent.id, relation: 'parent' }] },
      context: noRevalidate(),
    })
    expect(await familyOf(parent.id)).toEqual([[child.id, 'child']])
    await t.payload.update({
      collection: 'people',
      id: parent.id,
      data: { family: [{ person: child.id, relation: 'other' }] },
      context: noRevalidate(),
    })
    expect(await familyOf(child.id)).toEqual([[parent.id, 'other']])
    await t.payload.update({
      collection: 'people',
      id: child.id,
      data: { family: [] },
      context: noRevalidate(),
    })
    expect(await familyOf(parent.id)).toEqual([])
    // A deleted person leaves no dangling link behind.
    await t.payload.update({
      collection: 'people',
      id: child.id,
      data: { family: [{ person: parent.id, relation: 'sibling' }] },
      context: noRevalidate(),
    })
    await t.payload.delete({ collection: 'people', id: child.id, context: noRevalidate() })
    expect(await familyOf(parent.id)).toEqual([])
  })
})

describe('people: privacy on every API surface', () => {
  const leaks = (value: unknown) => {
    const text = JSON.stringify(value)
    return [MARKER.hiddenName, MARKER.livingBiography, '1961-07-14', '1961'].filter((marker) =>
      text.includes(marker),
    )
  }

  beforeAll(async () => {
    // A visitor must not learn of the hidden person through a relative either.
    await t.payload.update({
      collection: 'people',
      id: killed.id,
      data: {
        family: [
          { person: hidden.id, relation: 'sibling' },
          { person: living.id, relation: 'child' },
        ],
      },
      context: noRevalidate(),
    })
  })

  it('REST lists and reads nothing a visitor may not see', async () => {
    const list = await rest(t.payload, 'GET', '/api/people?limit=100&depth=1&locale=all')
    expect(list.status).toBe(200)
    expect(leaks(list.json)).toEqual([])
    expect(list.json.docs!.map((d) => d.id)).not.toContain(hidden.id)
    expect((await rest(t.payload, 'GET', `/api/people/${hidden.id}`)).status).toBe(404)
    const one = (await rest(t.payload, 'GET', `/api/people/${living.id}?depth=2`)).json
    expect(leaks(one)).toEqual([])
    expect(one).toMatchObject({ familyName: 'Sintetikova', gender: 'female' })
    expect(one.family ?? []).toEqual([])
    for (const key of [
      'born',
      'bornPrecision',
      'age',
      'biography',
      'photo',
      'privacy',
      'consent',
      'birthYear',
    ])
      expect(one).not.toHaveProperty(key)
    // The killed person's family shows the living relative, never the hidden one.
    const dead = (await rest(t.payload, 'GET', `/api/people/${killed.id}?depth=0`)).json
    expect((dead.family as { person: number }[]).map((row) => row.person)).toEqual([living.id])
    expect(dead).toMatchObject({ born: '1950-03-01T12:00:00.000Z', age: 41 })
  })

  it('filtering, sorting or selecting by a field one may not read teaches nothing', async () => {
    const probe = await rest(t.payload, 'GET', `/api/people?where[born][like]=1961`)
    expect(probe.status).toBeGreaterThanOrEqual(400)
    expect(leaks(probe.json)).toEqual([])
    const byPrivacy = await rest(t.payload, 'GET', `/api/people?where[privacy][equals]=hidden`)
    expect(byPrivacy.status).toBeGreaterThanOrEqual(400)
    const selected = await rest(
      t.payload,
      'GET',
      `/api/people/${living.id}?select[born]=true&select[biography]=true`,
    )
    expect(leaks(selected.json)).toEqual([])
    const byAge = await rest(
      t.payload,
      'GET',
      `/api/people?where[facets.ageGroup][equals]=adult&limit=100`,
    )
    expect(byAge.json.docs!.map((d) => d.id)).not.toContain(living.id)
  })

  it('GraphQL shows the same', async () => {
    const { json } = await graphql(
      t.payload,
      `
        {
          People(limit: 100) {
            docs {
              id
              familyName
              born
              age
              birthplace
              biography
              family {
                person {
                  id
                  familyName
                }
                relation
              }
            }
          }
        }
      `,
    )
    expect(json.errors).toBeUndefined()
    expect(leaks(json.data)).toEqual([])
    const docs = (json.data?.People as { docs: { id: number; born: string | null }[] }).docs
    expect(docs.map((d) => d.id)).not.toContain(hidden.id)
    expect(docs.find((d) => d.id === living.id)?.born ?? null).toBeNull()
  })

  it('staff see everything, including the hidden record', async () => {
    const { token } = await signIn(t.payload, ['translator'])
    const one = await rest(t.payload, 'GET', `/api/people/${hidden.id}`, { token })
    expect(one.status).toBe(200)
    const alive = (await rest(t.payload, 'GET', `/api/people/${living.id}`, { token })).json
    expect(alive).toMatchObject({ born: LIVING_BORN, privacy: 'public' })
  })

  it('the site search finds visible people by name, never a hidden one or an undisclosed detail', async () => {
    const found = await runSearch(t.payload, { q: 'Sintetikov', locale: 'az' })
    expect(found.results.map((r) => r.title)).toContain('Sintetikov Birinci Test oğlu')
    for (const q of [MARKER.hiddenName, MARKER.livingBiography]) {
      const result = await runSearch(t.payload, { q, locale: 'az' })
      expect(leaks(result)).toEqual([])
    }
    // Hiding a published person takes them out of the index at once.
    await t.payload.update({
      collection: 'people',
      id: killed.id,
      data: { privacy: 'hidden' },
      context: noRevalidate(),
    })
    const after = await runSearch(t.payload, { q: 'Sintetikov', locale: 'az' })
    expect(after.results.map((r) => r.title)).not.toContain('Sintetikov Birinci Test oğlu')
    await t.payload.update({
      collection: 'people',
      id: killed.id,
      data: { privacy: 'public' },
      context: noRevalidate(),
    })
  })
})

describe('people: translation', () => {
  it('join the translation status and XLIFF, and a translator fills the Russian forms', async () => {
    const person = await create({
      familyName: 'Sintetiktərcümə',
      givenName: 'Birinci',
      fates: [{ fate: 'killed', confidence: 'single', place: 'Sintetik kənd' }],
    })
    expect([person.translationEn, person.translationRu]).toEqual(['missing', 'missing'])
    const { token } = await signIn(t.payload, ['translator'])
    const exported = await rest(t.payload, 'GET', `/api/people/${person.id}/xliff?locale=ru`, {
      token,
    })
    expect(exported.status).toBe(200)
    expect(String(exported.json)).toMatch(/<unit id="familyName"/)
    expect(String(exported.json)).toContain('Sintetik kənd')
    const saved = await rest(t.payload, 'PATCH', `/api/people/${person.id}?locale=ru&draft=true`, {
      token,
      body: {
        familyName: 'Синтетиктарджума',
        givenName: 'Биринджи',
        fates: [{ id: person.fates![0].id, place: 'Синтетическое село' }],
      },
    })
    expect(saved.status, JSON.stringify(saved.json)).toBe(200)
    const ru = await translatedDraft(t.payload, 'people', person.id, 'ru')
    expect(ru).toMatchObject({ familyName: 'Синтетиктарджума', translationRu: 'complete' })
    // The Russian form files the person under its own letter, though the translator writes no
    // shared field; what they might send for the derived ones is replaced.
    expect(ru.listing).toMatchObject({ initialRu: 'С', initialAz: 'S' })
    expect(ru.nameForms).toContain('Синтетиктарджума Биринджи')
    const forged = await rest(t.payload, 'PATCH', `/api/people/${person.id}?locale=ru&draft=true`, {
      token,
      body: { listing: { sortAz: '0' }, nameForms: 'Forged', disclosure: 'personal' },
    })
    expect(forged.status).toBe(200)
    expect(await translatedDraft(t.payload, 'people', person.id, 'ru')).toMatchObject({
      listing: { sortAz: person.listing!.sortAz },
      disclosure: person.disclosure,
    })
    expect(ru.fates?.[0]).toMatchObject({ fate: 'killed', place: 'Синтетическое село' })
  })
})

describe('people: a photo is withheld with the person', () => {
  it('hides the file of a living person without consent from visitors, and releases it with consent', async () => {
    const png = await sharp({
      create: { width: 8, height: 8, channels: 3, background: { r: 90, g: 90, b: 90 } },
    })
      .png()
      .toBuffer()
    const photo = await t.payload.create({
      collection: 'media',
      data: { alt: 'Sintetik fotoşəkil' },
      file: { data: png, mimetype: 'image/png', name: 'sintetik-photo.png', size: png.length },
      context: noRevalidate(),
    })
    const person = await create({
      familyName: 'Sintetikfoto',
      fates: [{ fate: 'survived', confidence: 'single' }],
      privacy: 'public',
      photo: photo.id,
    })
    const visible = async () => {
      const one = await rest(t.payload, 'GET', `/api/media/${photo.id}`)
      const file = await rest(t.payload, 'GET', `/api/media/file/${photo.filename}`)
      return [one.status, file.status]
    }
    expect((await visible()).every((status) => status >= 400)).toBe(true)
    await t.payload.update({
      collection: 'people',
      id: person.id,
      data: {
        consent: {
          given: true,
          by: 'The synthetic person',
          date: '2026-01-05T12:00:00.000Z',
          method: 'written',
        },
      },
      context: noRevalidate(),
    })
    expect(await visible()).toEqual([200, 200])
  })
})
