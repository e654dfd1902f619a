import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { JsonLd } from '@/components/site/JsonLd'
import { articleLd, breadcrumbLd, eventsLd, legislationLd, schemaDate } from '@/lib/page/jsonLd'

const site = 'http://localhost:3000'
const publisher = { name: 'Sintetik arxiv', locale: 'az' as const }

describe('schema.org JSON-LD', () => {
  it('gives dates at the precision they are known to, never a made-up day', () => {
    expect(schemaDate('1994-01-01T12:00:00.000Z', 'year')).toBe('1994')
    expect(schemaDate('2012-01-01T12:00:00.000Z', 'month')).toBe('2012-01')
    expect(schemaDate('2014-02-13T12:00:00.000Z', 'day')).toBe('2014-02-13')
    expect(schemaDate(null, 'day')).toBeUndefined()
  })

  it('links a page in az to its translations, and a translation to the az original', () => {
    const az = articleLd(
      { locale: 'az', path: '/articles/sintetik', textLanguage: 'az' },
      { headline: 'Sintetik məqalə', publisher },
    )
    expect(az).toMatchObject({
      '@id': `${site}/az/articles/sintetik`,
      inLanguage: 'az',
      workTranslation: [
        { '@id': `${site}/en/articles/sintetik` },
        { '@id': `${site}/ru/articles/sintetik` },
      ],
    })
    // An untranslated page shown in en is in az: its language says so.
    const en = articleLd(
      { locale: 'en', path: '/articles/sintetik', textLanguage: 'az' },
      { headline: 'Sintetik məqalə', publisher, description: '', image: null },
    )
    expect(en).toMatchObject({
      inLanguage: 'az',
      translationOfWork: { '@id': `${site}/az/articles/sintetik` },
    })
    expect(en).not.toHaveProperty('description')
    expect(en).not.toHaveProperty('image')
  })

  it("gives an organisation's act its jurisdiction as a name, a state's as an area", () => {
    const act = (place: boolean) =>
      legislationLd(
        { locale: 'en', path: '/resolutions/synthetic', textLanguage: 'en' },
        {
          name: 'Synthetic resolution',
          date: '2012-01-01T12:00:00.000Z',
          datePrecision: 'month',
          jurisdiction: { name: 'Synthetic Union', place },
          type: 'Resolution',
          file: { url: '/api/media/file/synthetic.pdf', mimeType: 'application/pdf' },
        },
      )
    expect(act(false).legislationJurisdiction).toBe('Synthetic Union')
    expect(act(true).legislationJurisdiction).toEqual({
      '@type': 'AdministrativeArea',
      name: 'Synthetic Union',
    })
    expect(act(true)).toMatchObject({
      legislationDate: '2012-01',
      encoding: {
        contentUrl: `${site}/api/media/file/synthetic.pdf`,
        encodingFormat: 'application/pdf',
      },
    })
  })

  it('numbers a breadcrumb trail and gives each event its permanent link', () => {
    expect(
      breadcrumbLd('ru', [
        { name: 'Архив', path: '' },
        { name: 'Статьи', path: '/articles' },
      ]).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Архив', item: `${site}/ru` },
      { '@type': 'ListItem', position: 2, name: 'Статьи', item: `${site}/ru/articles` },
    ])
    const [event] = eventsLd([
      {
        name: 'Sintetik hadisə',
        lang: 'az',
        date: '1992-02-26T12:00:00.000Z',
        url: '/en/id/timeline-events/7',
      },
    ])['@graph']
    expect(event).toMatchObject({
      '@type': 'Event',
      url: `${site}/en/id/timeline-events/7`,
      startDate: '1992-02-26',
      inLanguage: 'az',
    })
  })

  it('writes a data block no text can break out of', () => {
    const html = renderToStaticMarkup(
      createElement(JsonLd, {
        data: [
          articleLd(
            { locale: 'az', path: '/articles/x', textLanguage: 'az' },
            { headline: '</script><script>alert(1)</script>', publisher },
          ),
          null,
        ],
      }),
    )
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(html).toContain('\\u003c/script>')
    const json = html
      .replace(/^<script type="application\/ld\+json">/, '')
      .replace(/<\/script>$/, '')
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>')
  })
})
