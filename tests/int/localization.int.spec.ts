import { describe, expect, it } from 'vitest'

import { validationMessages } from '@tests/helpers/validation'
import { noRevalidate, testPayloadForFile } from '@tests/helpers/testPayload'

const t = testPayloadForFile()

describe('localized content', () => {
  it('reads back each locale and falls back to az where en is missing', async () => {
    const { payload } = t
    const page = await payload.create({
      collection: 'pages',
      locale: 'az',
      data: { title: 'Xocalı soyqırımı', _status: 'published' },
      context: noRevalidate(),
    })
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'ru',
      data: { title: 'Ходжалинский геноцид' },
      context: noRevalidate(),
    })

    const read = (locale: 'az' | 'en' | 'ru', fallbackLocale?: false) =>
      payload.findByID({
        collection: 'pages',
        id: page.id,
        locale,
        fallbackLocale,
        overrideAccess: false,
      })

    expect((await read('az')).title).toBe('Xocalı soyqırımı')
    expect((await read('ru')).title).toBe('Ходжалинский геноцид')
    // en was never written: visitors get the az source instead of nothing.
    expect((await read('en')).title).toBe('Xocalı soyqırımı')
    expect((await read('en', false)).title ?? null).toBeNull()

    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'en',
      data: { title: 'The Khojaly genocide' },
      context: noRevalidate(),
    })
    expect((await read('en')).title).toBe('The Khojaly genocide')
    expect((await read('az')).title).toBe('Xocalı soyqırımı')
  })

  it('generates the slug from the az title, never from a translation', async () => {
    const { payload } = t
    const page = await payload.create({
      collection: 'pages',
      locale: 'az',
      data: { title: 'Ədalət – Xocalıya!', _status: 'published' },
      context: noRevalidate(),
    })
    expect(page.slug).toBe('edalet-xocaliya')
    const en = await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'en',
      data: { title: 'Justice for Khojaly' },
      context: noRevalidate(),
    })
    expect(en.slug).toBe('edalet-xocaliya')
  })

  it('refuses a slug another page already has, with a message saying so', async () => {
    const { payload } = t
    const before = await payload.count({ collection: 'pages' })
    const errors = await validationMessages(
      payload.create({
        collection: 'pages',
        locale: 'az',
        data: { title: 'Başqa səhifə', slug: 'edalet-xocaliya', _status: 'published' },
        context: noRevalidate(),
      }),
    )
    expect(errors.slug).toContain('"edalet-xocaliya"')
    expect(await payload.count({ collection: 'pages' })).toEqual(before)
  })

  it('refuses a slug that would shadow a section of the site', async () => {
    const errors = await validationMessages(
      t.payload.create({
        collection: 'pages',
        locale: 'az',
        data: { title: 'Məqalələr', slug: 'articles', _status: 'published' },
        context: noRevalidate(),
      }),
    )
    expect(Object.keys(errors)).toEqual(['slug'])
  })

  it('requires the az title, refuses creating in en first, and lets en stay empty', async () => {
    const { payload } = t
    const missingAz = await validationMessages(
      payload.create({
        collection: 'pages',
        locale: 'az',
        data: { title: '', _status: 'published' },
        context: noRevalidate(),
      }),
    )
    expect(missingAz.title).toMatch(/azərbaycan dilində/)
    const enFirst = await validationMessages(
      payload.create({
        collection: 'pages',
        locale: 'en',
        data: { title: 'English first', slug: 'english-first', _status: 'published' },
        context: noRevalidate(),
      }),
    )
    expect(enFirst.title).toMatch(/əvvəlcə azərbaycan dilində/)

    const page = await payload.create({
      collection: 'pages',
      locale: 'az',
      data: { title: 'Yalnız azərbaycanca', _status: 'published' },
      context: noRevalidate(),
    })
    const published = await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'en',
      data: { title: '', _status: 'published' },
      context: noRevalidate(),
    })
    expect(published._status).toBe('published')
  })

  it('hides a draft from an anonymous reader but shows it to staff', async () => {
    const { payload } = t
    const draft = await payload.create({
      collection: 'pages',
      locale: 'az',
      data: { title: 'Qaralama', _status: 'draft' },
      draft: true,
      context: noRevalidate(),
    })
    const anonymous = await payload.find({
      collection: 'pages',
      where: { id: { equals: draft.id } },
      overrideAccess: false,
    })
    expect(anonymous.docs).toHaveLength(0)
    const editor = await payload.create({
      collection: 'users',
      data: {
        email: 'ed@example.org',
        password: 'long-enough-pass',
        name: 'Ed',
        roles: ['editor'],
      },
    })
    const asEditor = await payload.find({
      collection: 'pages',
      where: { id: { equals: draft.id } },
      draft: true,
      overrideAccess: false,
      user: { ...editor, collection: 'users' },
    })
    expect(asEditor.docs.map((d) => d.title)).toEqual(['Qaralama'])
  })
})
