import { handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { markdownToLexical } from '@/seed/markdown'
import { rest, signIn } from '@tests/helpers/api'
import { noRevalidate, testPayloadForFile } from '@tests/helpers/testPayload'
import { translatedDraft } from '@tests/helpers/translatedDraft'
import { schemaErrors } from '@tests/helpers/xmlSchema'

const t = testPayloadForFile()
let editor: string
let translator: string
const ids: Record<string, number | string> = {}

/** An entry made as an editor through REST: az first, then each translation. */
async function makeEntry(
  key: string,
  terms: { az: string; en?: string; ru?: string },
  extra: { notes?: string; doNotTranslate?: boolean; forbidden?: { en?: string[]; ru?: string[] } },
) {
  const created = await rest(t.payload, 'POST', '/api/glossary?locale=az', {
    token: editor,
    body: { term: terms.az, notes: extra.notes, doNotTranslate: extra.doNotTranslate },
  })
  expect(created.status, created.text).toBe(201)
  const id = (created.json.doc as { id: number | string }).id
  for (const locale of ['en', 'ru'] as const) {
    if (!terms[locale] && !extra.forbidden?.[locale]) continue
    const updated = await rest(t.payload, 'PATCH', `/api/glossary/${id}?locale=${locale}`, {
      token: editor,
      body: { term: terms[locale], forbidden: extra.forbidden?.[locale] },
    })
    expect(updated.status, updated.text).toBe(200)
  }
  ids[key] = id
}

beforeAll(async () => {
  // The first account of a fresh database always becomes an admin.
  await signIn(t.payload, ['admin'])
  editor = (await signIn(t.payload, ['editor'])).token
  translator = (await signIn(t.payload, ['translator'])).token
  await makeEntry(
    'khojaly',
    { az: 'Xocalı', en: 'Khojaly', ru: 'Ходжалы' },
    {
      notes: 'Synthetic note: the town.',
      forbidden: { en: ['Khodjaly', 'Hojaly'], ru: ['Ходжали'] },
    },
  )
  await makeEntry(
    'majlis',
    { az: 'Milli Məclis', en: 'Milli Majlis', ru: 'Милли Меджлис' },
    { forbidden: { en: ['National Assembly'] } },
  )
  await makeEntry('kept', { az: 'Synthetic Qarabağ-Nişan' }, { doNotTranslate: true })
})

/** An XLIFF request as a translator: the REST helper sends JSON, a file is sent as it is. */
async function xliff(method: 'GET' | 'POST', path: string, body?: string) {
  const request = new Request(`http://localhost${path}`, {
    method,
    headers: {
      authorization: `JWT ${translator}`,
      ...(body === undefined ? {} : { 'content-type': 'application/xliff+xml' }),
    },
    body,
  })
  const response = await handleEndpoints({
    config: t.payload.config,
    path: new URL(request.url).pathname,
    request,
  })
  return { status: response.status, text: await response.text() }
}

const unitXml = (file: string, id: string) =>
  new RegExp(`<unit id="${id.replace(/\./g, '\\.')}"[\\s\\S]*?</unit>`).exec(file)?.[0] ?? ''

async function article(title: string, excerpt: string, markdown: string) {
  return t.payload.create({
    collection: 'articles',
    locale: 'az',
    data: {
      title,
      excerpt,
      content: await markdownToLexical(t.payload.config, markdown),
    },
    context: noRevalidate(),
  })
}

describe('the glossary collection', () => {
  it('is read by staff in every locale, written by editors only, and hidden from visitors', async () => {
    const read = await rest(t.payload, 'GET', '/api/glossary?locale=all&depth=0&pagination=false', {
      token: translator,
    })
    expect(read.status, read.text).toBe(200)
    const khojaly = read.json.docs!.find((d) => d.id === ids.khojaly)!
    expect(khojaly.term).toEqual({ az: 'Xocalı', en: 'Khojaly', ru: 'Ходжалы' })
    expect(khojaly.forbidden).toMatchObject({ en: ['Khodjaly', 'Hojaly'], ru: ['Ходжали'] })

    const before = await t.payload.findByID({
      collection: 'glossary',
      id: ids.khojaly,
      locale: 'all',
    })
    const writes = [
      await rest(t.payload, 'POST', '/api/glossary?locale=az', {
        token: translator,
        body: { term: 'Synthetic termin' },
      }),
      await rest(t.payload, 'PATCH', `/api/glossary/${ids.khojaly}?locale=en`, {
        token: translator,
        body: { term: 'Khodjaly' },
      }),
      await rest(t.payload, 'DELETE', `/api/glossary/${ids.khojaly}`, { token: translator }),
    ]
    expect(writes.map((w) => w.status)).toEqual([403, 403, 403])
    expect(
      await t.payload.findByID({ collection: 'glossary', id: ids.khojaly, locale: 'all' }),
    ).toEqual(before)
    expect(await t.payload.count({ collection: 'glossary' })).toEqual({ totalDocs: 3 })

    const anonymous = await rest(t.payload, 'GET', '/api/glossary')
    expect(anonymous.status).toBe(403)
    const one = await rest(t.payload, 'GET', `/api/glossary/${ids.khojaly}`)
    expect(one.status).toBe(403)
    await expect(
      t.payload.find({ collection: 'glossary', overrideAccess: false, user: null }),
    ).rejects.toThrow()
  })

  it('wants the az term first', async () => {
    const inEnglish = await rest(t.payload, 'POST', '/api/glossary?locale=en', {
      token: editor,
      body: { term: 'Synthetic term' },
    })
    expect(inEnglish.status).toBe(400)
    const empty = await rest(t.payload, 'POST', '/api/glossary?locale=az', {
      token: editor,
      body: { term: '  ', notes: 'Synthetic' },
    })
    expect(empty.status).toBe(400)
    expect(await t.payload.count({ collection: 'glossary' })).toEqual({ totalDocs: 3 })
  })
})

describe('the glossary in XLIFF', () => {
  it('carries the entries found in each unit’s source, valid against the core and glossary schemas', async () => {
    const doc = await article(
      'Synthetic: Xocalıda anım günü',
      'Synthetic xülasə, termin yoxdur.',
      'Synthetic: Milli Məclisin **qərarı**.\n\nSynthetic ikinci abzas: Synthetic Qarabağ-Nişanda və XOCALININ yolunda.',
    )
    const en = await xliff('GET', `/api/articles/${doc.id}/xliff?locale=en`)
    expect(en.status, en.text).toBe(200)
    expect(schemaErrors(en.text, 'xliff/xliff.xsd')).toEqual([])

    const title = unitXml(en.text, 'title')
    expect(title).toContain('<gls:glossary xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0">')
    expect(title).toContain(
      `<gls:glossEntry ref="#s1"><gls:term source="glossary/${ids.khojaly}">Xocalı</gls:term><gls:translation>Khojaly</gls:translation><gls:definition>Synthetic note: the town.</gls:definition></gls:glossEntry>`,
    )
    // Module elements come first in the unit, as the core schema wants.
    expect(title.indexOf('<gls:glossary')).toBeLessThan(title.indexOf('<segment'))
    expect(unitXml(en.text, 'excerpt')).not.toContain('gls:')

    const content = unitXml(en.text, 'content')
    const entries = [...content.matchAll(/<gls:glossEntry ref="(#s\d)"><gls:term[^>]*>([^<]*)</g)]
    expect(entries.map(([, ref, term]) => `${ref} ${term}`)).toEqual([
      '#s1 Milli Məclis',
      '#s2 Xocalı',
      '#s2 Synthetic Qarabağ-Nişan',
    ])
    // Not to translate: the az form is the translation.
    expect(content).toContain(
      '<gls:term source="glossary/' +
        ids.kept +
        '">Synthetic Qarabağ-Nişan</gls:term><gls:translation>Synthetic Qarabağ-Nişan</gls:translation></gls:glossEntry>',
    )

    const ru = await xliff('GET', `/api/articles/${doc.id}/xliff?locale=ru`)
    expect(schemaErrors(ru.text, 'xliff/xliff.xsd')).toEqual([])
    expect(unitXml(ru.text, 'title')).toContain('<gls:translation>Ходжалы</gls:translation>')
    expect(unitXml(ru.text, 'content')).toContain(
      '<gls:translation>Милли Меджлис</gls:translation>',
    )

    // The schema does check the module: a glossary entry without its term is refused.
    const broken = en.text.replace(/<gls:term [^>]*>Xocalı<\/gls:term>/, '')
    expect(schemaErrors(broken, 'xliff/xliff.xsd').join('\n')).toMatch(/glossEntry|translation/)
  })

  it('an export with no glossary term in it has no glossary module and still validates', async () => {
    const doc = await article(
      'Synthetic başlıq',
      'Synthetic xülasə.',
      'Synthetic mətn, *termin* yoxdur.',
    )
    const en = await xliff('GET', `/api/articles/${doc.id}/xliff?locale=en`)
    expect(en.status).toBe(200)
    expect(en.text).not.toContain('gls:')
    expect(schemaErrors(en.text, 'xliff/xliff.xsd')).toEqual([])
  })

  it('imports a file sent back with its glossary elements: the targets are written, nothing else', async () => {
    const doc = await article(
      'Synthetic: Xocalı xatirəsi',
      'Synthetic: Milli Məclis',
      'Synthetic: Xocalıda bir abzas.',
    )
    const glossaryBefore = await t.payload.find({ collection: 'glossary', locale: 'all', depth: 0 })
    const exported = await xliff('GET', `/api/articles/${doc.id}/xliff?locale=en`)
    expect(exported.text).toContain('<gls:glossary')
    const targets: Record<string, string> = {
      'Synthetic: Xocalı xatirəsi': 'Synthetic: Khojaly remembered',
      'Synthetic: Milli Məclis': 'Synthetic: Milli Majlis',
      'Synthetic: Xocalıda bir abzas.': 'Synthetic: a paragraph on Khojaly.',
    }
    // What a CAT tool sends back: targets filled, the glossary kept, and an entry of its own added.
    const filled = exported.text
      .replace(
        /(<source xml:space="preserve">)([\s\S]*?)(<\/source>)(<target xml:space="preserve">[\s\S]*?<\/target>)?/g,
        (_m, open, inner, close) =>
          `${open}${inner}${close}<target xml:space="preserve">${targets[inner] ?? inner}</target>`,
      )
      .replace(
        '</gls:glossary>',
        '<gls:glossEntry><gls:term source="cat">Synthetic xatirə</gls:term><gls:translation>Synthetic remembrance</gls:translation></gls:glossEntry></gls:glossary>',
      )
    expect(schemaErrors(filled, 'xliff/xliff.xsd')).toEqual([])

    const imported = await xliff('POST', '/api/xliff', filled)
    expect(imported.status, imported.text).toBe(200)
    expect(JSON.parse(imported.text).applied).toEqual([
      { document: `articles/${doc.id}`, units: ['title', 'excerpt', 'content'] },
    ])

    const en = await translatedDraft(t.payload, 'articles', doc.id, 'en')
    expect(en.title).toBe('Synthetic: Khojaly remembered')
    expect(en.excerpt).toBe('Synthetic: Milli Majlis')
    const stored = JSON.stringify(en)
    expect(stored).toContain('Synthetic: a paragraph on Khojaly.')
    for (const leftover of ['Synthetic note', 'gls', 'Synthetic remembrance', 'glossEntry'])
      expect(stored).not.toContain(leftover)
    // The glossary is the glossary's own: a file never changes it.
    expect(await t.payload.find({ collection: 'glossary', locale: 'all', depth: 0 })).toEqual(
      glossaryBefore,
    )
  })
})
