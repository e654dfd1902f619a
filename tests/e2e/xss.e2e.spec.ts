import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ADMIN } from '@/lib/auth/firstAdmin'
import { launchChromium } from '@tests/helpers/chromium'
import { startServer, type RunningServer } from '@tests/helpers/server'
import { lexical, parseXml, restClient } from '@tests/helpers/site'

/** Classic payloads; each would leave a `data-xss` element or open a dialog if it ran. */
const corpus = [
  `<script>alert('xss')</script>`,
  `"><img data-xss src=x onerror="alert('xss')">`,
  `'><svg data-xss onload="alert('xss')">`,
  `</title><script>alert('xss')</script>`,
  `<a data-xss href="javascript:alert('xss')">x</a>`,
  `{{constructor.constructor('alert(1)')()}}`,
  `\u0000<iframe data-xss srcdoc="<script>parent.alert('xss')</script>">`,
]

let server: RunningServer
let browser: Browser
let token = ''
const api = restClient(
  () => server.url,
  () => token,
)
const slugs: Record<string, string> = {}

beforeAll(async () => {
  server = await startServer()
  browser = await launchChromium()
  token = String(
    (
      await api('POST', '/api/users/login', {
        email: DEMO_ADMIN.email,
        password: DEMO_ADMIN.password,
      })
    ).json.token,
  )
  const hostile = corpus.join(' ')
  const write = async (
    collection: string,
    az: Record<string, unknown>,
    en: Record<string, unknown>,
  ) => {
    const created = await api('POST', `/api/${collection}?locale=az`, {
      ...az,
      _status: 'published',
    })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    expect(
      (
        await api('PATCH', `/api/${collection}/${created.json.doc!.id}?locale=en`, {
          ...en,
          _status: 'published',
        })
      ).status,
    ).toBe(200)
    slugs[collection] = created.json.doc!.slug
  }
  const tag = await api('POST', '/api/tags?locale=az', { name: corpus[0], slug: 'hostile-tag' })
  expect(tag.status, JSON.stringify(tag.json)).toBe(201)
  await write(
    'articles',
    {
      title: `Hücum ${corpus[1]}`,
      excerpt: hostile,
      content: lexical(hostile),
      tags: [tag.json.doc!.id],
      meta: { title: corpus[3], description: corpus[2] },
    },
    { title: `Attack ${corpus[2]}`, excerpt: hostile, content: lexical(hostile) },
  )
  await write(
    'monuments',
    {
      name: `Abidə ${corpus[1]}`,
      description: lexical(hostile),
      city: corpus[4],
      address: corpus[1],
      authors: corpus[2],
      country: 'AZ',
      coordinates: { lat: 40.4, lng: 49.9 },
    },
    { name: `Memorial ${corpus[6]}`, city: corpus[1] },
  )
  await write(
    'resolutions',
    {
      title: `Qərar ${corpus[3]}`,
      body: corpus[1],
      summary: hostile,
      fullText: lexical(hostile),
      jurisdiction: 'AZ',
      adoptedAt: '1994-01-01T12:00:00.000Z',
      adoptedAtPrecision: 'year',
      kind: 'resolution',
      referenceNumber: corpus[2],
    },
    { title: `Resolution ${corpus[0]}`, body: corpus[4], summary: hostile },
  )
  await write(
    'recognitions',
    {
      jurisdiction: 'MX',
      level: 'national',
      recognisingBody: corpus[1],
      term: 'genocide',
      bodyLevel: 'plenary',
      datePrecision: 'year',
      note: hostile,
      discrepancy: corpus[2],
    },
    { recognisingBody: corpus[6], note: hostile },
  )
  await write(
    'timeline-events',
    {
      title: `Hadisə ${corpus[2]}`,
      date: '1992-02-25T12:00:00.000Z',
      datePrecision: 'day',
      description: lexical(hostile),
    },
    { title: `Event ${corpus[1]}` },
  )
  await write(
    'pages',
    {
      title: `Səhifə ${corpus[1]}`,
      content: lexical(hostile),
      layout: [{ blockType: 'quote', quote: hostile, attribution: corpus[2] }],
    },
    { title: `Page ${corpus[0]}` },
  )
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('hostile text in every localized field is shown as text, never run', () => {
  it.each(['az', 'en', 'ru'])(
    'in %s: no dialog, no injected element, on every page that shows it',
    async (locale) => {
      const paths = [
        '',
        '/articles',
        `/articles/${slugs.articles}`,
        '/monuments',
        `/monuments/${slugs.monuments}`,
        '/resolutions',
        `/resolutions/${slugs.resolutions}`,
        '/recognitions',
        '/timeline',
        `/${slugs.pages}`,
        `/search?q=${encodeURIComponent('alert')}`,
      ]
      const page = await browser.newPage()
      const dialogs: string[] = []
      page.on('dialog', async (dialog) => {
        dialogs.push(`${page.url()}: ${dialog.message()}`)
        await dialog.dismiss()
      })
      for (const path of paths) {
        const response = await page.goto(`${server.url}/${locale}${path}`)
        expect(response?.status(), path).toBe(200)
        expect(await page.locator('[data-xss]').count(), path).toBe(0)
        // Next's flight data carries the text inside its own inline scripts as JSON strings (inert),
        // and so do the JSON-LD data blocks, which browsers never run; any other inline script
        // holding the payload would be an injection.
        const injected = await page
          .locator('script:not([src]):not([type="application/ld+json"])')
          .evaluateAll(
            (scripts) =>
              scripts.filter(
                (s) =>
                  s.textContent?.includes("alert('xss')") && !s.textContent.includes('__next_f'),
              ).length,
          )
        expect(injected, path).toBe(0)
        // A data block holds exactly one JSON value: the text did not end it early.
        for (const block of await page
          .locator('script[type="application/ld+json"]')
          .allTextContents())
          expect(() => JSON.parse(block), path).not.toThrow()
        // The text itself is there, inert: what the editor typed is what the reader sees.
        expect(await page.locator('main').innerText(), path).toContain(
          path === '' || path.startsWith('/search') ? '' : 'xss',
        )
      }
      await page.close()
      expect(dialogs).toEqual([])
    },
  )

  it('the feed stays well-formed XML with the payloads as text', async () => {
    const xml = await (await fetch(`${server.url}/en/feed.xml`)).text()
    const feed = parseXml(xml) as {
      rss: { channel: { item: { title: string } | { title: string }[] } }
    }
    expect([feed.rss.channel.item].flat()[0].title).toContain('<svg data-xss')
  })
})
