import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ADMIN } from '@/lib/auth/firstAdmin'
import { axeViolations } from '@tests/helpers/axe'
import { launchChromium } from '@tests/helpers/chromium'
import { nextRuntimeRan, scriptPolicy, watchCspViolations } from '@tests/helpers/csp'
import { startServer, type RunningServer } from '@tests/helpers/server'
import {
  decodeHtml,
  lexical,
  parseXml,
  publishArticle,
  readPage,
  restClient,
  uniqueMarker,
} from '@tests/helpers/site'

const locales = ['az', 'en', 'ru'] as const
type Doc = { id: number; slug: string; title?: string; name?: string }

let server: RunningServer
let browser: Browser
let token = ''
const api = restClient(
  () => server.url,
  () => token,
)

/** Anonymous REST read, as a visitor or an integrator sees it. */
const publicList = async (collection: string, locale: string) => {
  const response = await fetch(
    `${server.url}/api/${collection}?locale=${locale}&fallback-locale=none&limit=100&depth=0`,
  )
  return ((await response.json()) as { docs: Doc[] }).docs
}

/** How many documents a visitor can read, past the 100 that publicList reads. */
const publicCount = async (collection: string) =>
  ((await (await fetch(`${server.url}/api/${collection}/count`)).json()) as { totalDocs: number })
    .totalDocs

beforeAll(async () => {
  server = await startServer({ seed: true })
  browser = await launchChromium()
  const login = await api('POST', '/api/users/login', {
    email: DEMO_ADMIN.email,
    password: DEMO_ADMIN.password,
  })
  token = String(login.json.token)
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('every route in every locale', () => {
  it.each(locales)(
    'answers 200 in %s with <html lang>, the title from the database, canonical and hreflang',
    async (locale) => {
      const [articles, monuments, resolutions, pages] = await Promise.all(
        ['articles', 'monuments', 'resolutions', 'pages'].map((c) => publicList(c, locale)),
      )
      const [azArticles] = await Promise.all([publicList('articles', 'az')])
      expect(articles.length).toBeGreaterThan(0)
      const routes: { path: string; title?: string }[] = [
        { path: '' },
        { path: '/articles' },
        ...articles.map((a) => ({
          path: `/articles/${a.slug}`,
          title: a.title || azArticles.find((az) => az.id === a.id)?.title,
        })),
        { path: '/monuments' },
        ...monuments.map((m) => ({ path: `/monuments/${m.slug}` })),
        { path: '/resolutions' },
        ...resolutions.map((r) => ({ path: `/resolutions/${r.slug}` })),
        { path: '/recognitions' },
        { path: '/timeline' },
        { path: '/people' },
        { path: '/search' },
        ...pages.map((p) => ({ path: `/${p.slug}` })),
      ]
      for (const route of routes) {
        const page = await readPage(`${server.url}/${locale}${route.path}`)
        expect(page.status, `${locale}${route.path}`).toBe(200)
        expect(page.lang).toBe(locale)
        expect(page.title).toBeTruthy()
        if (route.title) expect(decodeHtml(page.title!)).toContain(route.title)
        expect(page.canonical).toBe(`${server.url}/${locale}${route.path}`)
        for (const alt of locales)
          expect(page.alternates[alt]).toBe(`${server.url}/${alt}${route.path}`)
        expect(page.alternates['x-default']).toBe(`${server.url}/az${route.path}`)
        expect(page.html).toMatch(/<meta property="og:image" content="[^"]+"/)
      }
    },
  )

  it('answers a localized 404 with status 404 for an unknown slug or deeper path, and 404 for an unknown locale', async () => {
    const page = await browser.newPage()
    for (const [locale, text] of [
      ['az', 'Səhifə tapılmadı'],
      ['en', 'Page not found'],
      ['ru', 'Страница не найдена'],
    ] as const) {
      for (const path of [
        '/articles/no-such-article',
        '/articles/no/such/page',
        '/monuments/x/y',
      ]) {
        const response = await page.goto(`${server.url}/${locale}${path}`)
        expect(response?.status()).toBe(404)
        await page.locator('h1', { hasText: text }).waitFor()
        expect(await page.locator('html').getAttribute('lang')).toBe(locale)
      }
    }
    await page.close()
    // A path without a locale: the 404 in the visitor's language (Accept-Language).
    const russian = await browser.newPage({ locale: 'ru-RU' })
    const response = await russian.goto(`${server.url}/de/some-page`)
    expect(response?.status()).toBe(404)
    await russian.locator('h1', { hasText: 'Страница не найдена' }).waitFor()
    expect(await russian.locator('html').getAttribute('lang')).toBe('ru')
    await russian.close()
  })

  it('redirects a permanent link by id to the current slug', async () => {
    const [article] = await publicList('articles', 'en')
    const response = await fetch(`${server.url}/en/id/articles/${article.id}`, {
      redirect: 'manual',
    })
    expect(response.status).toBe(308)
    expect(new URL(response.headers.get('location')!, server.url).pathname).toBe(
      `/en/articles/${article.slug}`,
    )
    expect(
      (await fetch(`${server.url}/en/id/articles/999999`, { redirect: 'manual' })).status,
    ).toBe(404)
  })

  it('is requested once on a first visit (no client-hint retry), while the admin keeps its colour-scheme hint', async () => {
    // A new page is a new browser context: a first visit, no hints remembered for this origin.
    const page = await browser.newPage()
    const documents: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documents.push(request.url())
    })
    await page.goto(`${server.url}/en/articles`)
    expect(documents).toEqual([`${server.url}/en/articles`])
    await page.close()
    const admin = await fetch(`${server.url}/admin/login`)
    expect(admin.headers.get('critical-ch')).toBe('Sec-CH-Prefers-Color-Scheme')
  })

  it('prefetches a page only when the visitor points at its link, and then navigates in place', async () => {
    const page = await browser.newPage()
    const prefetched: string[] = []
    const documents: string[] = []
    page.on('request', (request) => {
      if (request.headers()['next-router-prefetch'] === '1')
        prefetched.push(new URL(request.url()).pathname)
      if (request.resourceType() === 'document') documents.push(request.url())
    })
    await page.goto(`${server.url}/en`, { waitUntil: 'networkidle' })
    await page.waitForTimeout(500)
    // Next's default fetched every link on screen (ten for the menu alone): nothing until intent.
    expect(prefetched).toEqual([])
    const link = page.locator('.main-nav a[href="/en/timeline"]')
    await link.hover()
    await expect.poll(() => prefetched, { timeout: 5000 }).toContain('/en/timeline')
    expect(new Set(prefetched)).toEqual(new Set(['/en/timeline']))
    await link.click()
    await page.waitForURL(`${server.url}/en/timeline`)
    await page.locator('main h1').waitFor()
    // A client-side navigation: the first document only.
    expect(documents).toEqual([`${server.url}/en`])
    await page.close()
  })

  it('keeps the document when the visitor switches language', async () => {
    const [article] = await publicList('articles', 'en')
    const page = await browser.newPage()
    await page.goto(`${server.url}/en/articles/${article.slug}`)
    await page.locator('.language-switcher a[hreflang="ru"]').click()
    await page.waitForURL(`${server.url}/ru/articles/${article.slug}`)
    expect(await page.locator('html').getAttribute('lang')).toBe('ru')
    await page.close()
  })
})

describe('sitemap and feeds', () => {
  it('sitemap.xml parses and lists exactly the published documents in every locale with hreflang alternates', async () => {
    const xml = parseXml(await (await fetch(`${server.url}/sitemap.xml`)).text())
    const urls = (
      xml.urlset as {
        url: { loc: string; 'xhtml:link': { '@hreflang': string; '@href': string }[] }[]
      }
    ).url
    const locs = new Set(urls.map((u) => u.loc))
    const expected = new Set<string>()
    for (const collection of ['articles', 'monuments', 'resolutions', 'pages', 'people'] as const) {
      for (const doc of await publicList(collection, 'az')) {
        for (const locale of locales)
          expected.add(
            `${server.url}/${locale}${collection === 'pages' ? '' : `/${collection}`}/${doc.slug}`,
          )
      }
    }
    const sections = new Set(
      locales.flatMap((l) =>
        [
          '',
          '/articles',
          '/monuments',
          '/resolutions',
          '/recognitions',
          '/timeline',
          '/people',
        ].map((p) => `${server.url}/${l}${p}`),
      ),
    )
    expect(new Set([...locs].filter((loc) => !sections.has(loc)))).toEqual(expected)
    for (const url of urls)
      expect(url['xhtml:link'].map((l) => l['@hreflang']).sort()).toEqual([
        'az',
        'en',
        'ru',
        'x-default',
      ])
  })

  it.each(locales)(
    'feed.xml in %s is RSS 2.0 listing exactly the published articles',
    async (locale) => {
      const response = await fetch(`${server.url}/${locale}/feed.xml`)
      expect(response.headers.get('content-type')).toContain('application/rss+xml')
      const xml = parseXml(await response.text()) as {
        rss: { '@version': string; channel: { item: { link: string }[] | { link: string } } }
      }
      expect(xml.rss['@version']).toBe('2.0')
      const items = [xml.rss.channel.item].flat()
      const published = await publicList('articles', locale)
      expect(new Set(items.map((i) => i.link))).toEqual(
        new Set(published.map((a) => `${server.url}/${locale}/articles/${a.slug}`)),
      )
    },
  )
})

describe('schema.org', () => {
  type Node = Record<string, unknown> & { '@type'?: string; '@graph'?: Node[] }
  /** Every JSON-LD node of a page, read from the HTML as a crawler does (no JavaScript). */
  const jsonLdOf = async (path: string) => {
    const { status, html } = await readPage(server.url + path)
    expect(status, path).toBe(200)
    return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
      .map((m) => JSON.parse(m[1]) as Node)
      .flatMap((node) => (node['@graph'] ? node['@graph'] : [node]))
  }
  /** The properties each type must have here (schema.org's and the search engines' minimum). */
  const required: Record<string, string[]> = {
    WebSite: ['name', 'url', 'inLanguage', 'potentialAction'],
    Article: ['headline', 'url', 'inLanguage', 'publisher', 'datePublished'],
    Legislation: [
      'name',
      'url',
      'inLanguage',
      'legislationDate',
      'legislationJurisdiction',
      'legislationType',
      'legislationPassedBy',
    ],
    LandmarksOrHistoricalBuildings: ['name', 'url', 'inLanguage', 'address'],
    Person: ['name', 'url', 'inLanguage'],
    Event: ['name', 'startDate', 'url', 'inLanguage'],
    BreadcrumbList: ['itemListElement'],
  }
  const expectComplete = (node: Node, where: string) => {
    expect(Object.keys(required), where).toContain(node['@type'])
    for (const key of required[node['@type']!])
      expect(node[key], `${where} ${node['@type']}.${key}`).toBeTruthy()
  }

  it.each(locales)(
    'describes each kind of page in %s, with the links between its languages',
    async (locale) => {
      const [article] = await publicList('articles', 'az')
      const [resolution] = await publicList('resolutions', 'az')
      const [monument] = await publicList('monuments', 'az')
      const person = await api('POST', '/api/people?locale=az', {
        _status: 'published',
        // One each: two people of one name would be offered as duplicates.
        familyName: `Sintetikschema${locale}`,
        givenName: 'Sintetik',
        fates: [{ fate: 'killed', confidence: 'single' }],
        privacy: 'public',
      })
      const personSlug = String((person.json.doc as { slug: string }).slug)
      const pages: [string, string[]][] = [
        [`/${locale}`, ['WebSite']],
        [`/${locale}/articles/${article.slug}`, ['Article', 'BreadcrumbList']],
        [`/${locale}/resolutions/${resolution.slug}`, ['Legislation', 'BreadcrumbList']],
        [
          `/${locale}/monuments/${monument.slug}`,
          ['LandmarksOrHistoricalBuildings', 'BreadcrumbList'],
        ],
        [`/${locale}/people/${personSlug}`, ['Person', 'BreadcrumbList']],
        [`/${locale}/timeline`, ['Event']],
      ]
      for (const [path, types] of pages) {
        const nodes = await jsonLdOf(path)
        expect([...new Set(nodes.map((n) => n['@type']))].sort(), path).toEqual([...types].sort())
        for (const node of nodes) expectComplete(node, path)
        const main = nodes.find((n) => n['@type'] === types[0])!
        if (main['@type'] === 'Event') continue
        expect(String(main.url)).toMatch(new RegExp(`/${locale}(/|$)`))
        // az names its published translations (the synthetic person has none); a translation
        // names the az original.
        if (locale === 'az')
          expect((main.workTranslation as Node[]).map((n) => n['@id'])).toEqual(
            main['@type'] === 'Person'
              ? []
              : [String(main.url).replace('/az', '/en'), String(main.url).replace('/az', '/ru')],
          )
        else
          expect((main.translationOfWork as Node)['@id']).toBe(
            String(main.url).replace(`/${locale}`, '/az'),
          )
      }
      const [site] = await jsonLdOf(`/${locale}`)
      const action = site.potentialAction as Node & { target: { urlTemplate: string } }
      expect(action['@type']).toBe('SearchAction')
      expect(action.target.urlTemplate).toMatch(
        new RegExp(`/${locale}/search\\?q=\\{search_term_string\\}$`),
      )
      const [act] = await jsonLdOf(`/${locale}/resolutions/${resolution.slug}`)
      expect(String(act.legislationDate)).toMatch(/^\d{4}(-\d{2}){0,2}$/)
      const [landmark] = await jsonLdOf(`/${locale}/monuments/${monument.slug}`)
      if (landmark.geo) expect(landmark.geo).toMatchObject({ '@type': 'GeoCoordinates' })
    },
  )

  it('says of a person only what the record shows: no birth date of a living person without consent', async () => {
    const living = await api('POST', '/api/people?locale=az', {
      _status: 'published',
      familyName: 'Sintetikyaşayan',
      givenName: 'Sintetik',
      born: '1980-05-01T12:00:00.000Z',
      bornPrecision: 'day',
      birthplace: 'Sintetikkənd',
      fates: [{ fate: 'wounded', confidence: 'single' }],
      privacy: 'public',
    })
    const slug = String((living.json.doc as { slug: string }).slug)
    const [person] = await jsonLdOf(`/en/people/${slug}`)
    expect(person['@type']).toBe('Person')
    expect(person.birthDate).toBeUndefined()
    expect(JSON.stringify(person)).not.toContain('1980')
  })
})

describe('publishing, unpublishing and deleting reach every public page', () => {
  /** A publish must be visible within two seconds (docs/architecture.md, "Caching and revalidation"); so must an unpublish or a delete. */
  const WITHIN_2S = { timeout: 2000, interval: 100 }
  const pageHas = async (path: string, text: string) =>
    (await readPage(`${server.url}${path}`)).html.includes(text)
  const statusOf = async (path: string) => (await fetch(`${server.url}${path}`)).status

  /** The article's page answers and the list shows it, in every locale: what unpublishing or deleting must take away. */
  async function expectPublic(doc: Doc, marker: string) {
    for (const locale of locales) {
      await expect.poll(() => statusOf(`/${locale}/articles/${doc.slug}`), WITHIN_2S).toBe(200)
      await expect.poll(() => pageHas(`/${locale}/articles`, marker), WITHIN_2S).toBe(true)
    }
  }

  async function expectGone(doc: Doc, marker: string) {
    for (const locale of locales) {
      await expect.poll(() => statusOf(`/${locale}/articles/${doc.slug}`), WITHIN_2S).toBe(404)
      await expect.poll(() => pageHas(`/${locale}/articles`, marker), WITHIN_2S).toBe(false)
    }
  }

  it('shows a newly published article within 2 s in all three locales, and an update to it', async () => {
    const marker = uniqueMarker('zq')
    const doc = await publishArticle(api, marker)
    try {
      for (const [locale, title] of [
        ['az', `Yeni məqalə ${marker}`],
        ['en', `New article ${marker}`],
        ['ru', `Yeni məqalə ${marker}`],
      ] as const) {
        for (const path of [`/${locale}/articles/${doc.slug}`, `/${locale}/articles`, `/${locale}`])
          await expect.poll(() => pageHas(path, title), { ...WITHIN_2S, message: path }).toBe(true)
      }
      // ru has no translation: the az text is marked as az and the page says so, in Russian.
      const ru = await readPage(`${server.url}/ru/articles/${doc.slug}`)
      expect(ru.html).toMatch(/<h1 lang="az">/)
      expect(ru.html).toContain('ещё не переведён')

      await api('PATCH', `/api/articles/${doc.id}?locale=en`, {
        title: `Updated article ${marker}`,
        _status: 'published',
      })
      await expect
        .poll(() => pageHas(`/en/articles/${doc.slug}`, `Updated article ${marker}`), WITHIN_2S)
        .toBe(true)
    } finally {
      await api('DELETE', `/api/articles/${doc.id}`)
    }
  })

  it('shows a changed image description on the public page within 2 s', async () => {
    const withImage = await api(
      'GET',
      '/api/articles?locale=en&depth=0&limit=1&where[heroImage][exists]=true',
    )
    const [article] = withImage.json.docs as { slug: string; heroImage: number }[]
    const alt = `Description ${uniqueMarker('alt')}`
    expect((await api('PATCH', `/api/media/${article.heroImage}?locale=en`, { alt })).status).toBe(
      200,
    )
    await expect
      .poll(() => pageHas(`/en/articles/${article.slug}`, `alt="${alt}"`), WITHIN_2S)
      .toBe(true)
  })

  it('answers 404 within 2 s once the article is unpublished, and lists it nowhere', async () => {
    const marker = uniqueMarker('zq')
    const doc = await publishArticle(api, marker)
    try {
      await expectPublic(doc, marker)
      expect(
        (await api('PATCH', `/api/articles/${doc.id}?locale=az`, { _status: 'draft' })).status,
      ).toBe(200)
      await expectGone(doc, marker)
    } finally {
      await api('DELETE', `/api/articles/${doc.id}`)
    }
  })

  it('removes a deleted article from lists, the sitemap and the feeds', async () => {
    const marker = uniqueMarker('zq')
    const doc = await publishArticle(api, marker)
    await expectPublic(doc, marker)
    expect(await (await fetch(`${server.url}/sitemap.xml`)).text()).toContain(doc.slug)
    expect((await api('DELETE', `/api/articles/${doc.id}`)).status).toBe(200)
    await expectGone(doc, marker)
    for (const locale of locales)
      expect(await (await fetch(`${server.url}/${locale}/feed.xml`)).text()).not.toContain(marker)
    expect(await (await fetch(`${server.url}/sitemap.xml`)).text()).not.toContain(doc.slug)
  })

  it('never shows a draft to a visitor: pages, lists, sitemap, feed, search, REST (draft=true too) and GraphQL', async () => {
    const secret = `draftonly${Date.now().toString(36)}`
    const draft = await api('POST', '/api/articles?locale=az', {
      title: `Qaralama ${secret}`,
      excerpt: secret,
      content: lexical(secret),
      _status: 'draft',
    })
    expect(draft.status).toBe(201)
    const slug = draft.json.doc!.slug
    const surfaces = [
      ...locales.flatMap((l) => [`/${l}`, `/${l}/articles`, `/${l}/feed.xml`, `/${l}/timeline`]),
      '/sitemap.xml',
      `/api/articles?where[slug][equals]=${slug}`,
      `/api/articles?draft=true&where[slug][equals]=${slug}`,
      `/api/articles/${draft.json.doc!.id}?draft=true`,
      `/api/search?locale=az&q=${secret}`,
    ]
    for (const path of surfaces)
      expect(await (await fetch(`${server.url}${path}`)).text(), path).not.toContain(secret)
    expect((await fetch(`${server.url}/az/articles/${slug}`)).status).toBe(404)
    // The search page repeats the query itself; what must be absent is any result.
    for (const locale of locales)
      expect(
        await (await fetch(`${server.url}/${locale}/search?q=${secret}`)).text(),
      ).not.toContain('class="search-results"')
    const gql = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ Articles(draft: true, where: { slug: { equals: "${slug}" } }) { docs { title excerpt } } }`,
      }),
    })
    expect(await gql.text()).not.toContain(secret)

    // Preview: refused to visitors, and a signed-in editor sees the draft in Next's draft mode.
    const path = `/az/articles/${slug}`
    expect(
      (
        await fetch(`${server.url}/api/preview?path=${encodeURIComponent(path)}`, {
          redirect: 'manual',
        })
      ).status,
    ).toBe(401)
    expect(
      (
        await fetch(`${server.url}/api/preview?path=${encodeURIComponent('//evil.example/')}`, {
          redirect: 'manual',
          headers: { authorization: `JWT ${token}` },
        })
      ).status,
    ).toBe(400)
    const enter = await fetch(`${server.url}/api/preview?path=${encodeURIComponent(path)}`, {
      redirect: 'manual',
      headers: { authorization: `JWT ${token}` },
    })
    expect(enter.status).toBe(307)
    const bypass = enter.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
    const preview = await fetch(`${server.url}${path}`, {
      headers: { cookie: bypass, authorization: `JWT ${token}` },
    })
    expect(preview.status).toBe(200)
    expect(await preview.text()).toContain(secret)
    // The draft-mode cookie alone, without a staff session, shows nothing unpublished.
    expect((await fetch(`${server.url}${path}`, { headers: { cookie: bypass } })).status).toBe(404)
  })
})

/**
 * The maps draw their shapes with <use href> from the map sprite (src/lib/geo/mapSprite.ts): each
 * must resolve, under the page's policy, to geometry with an area (an unresolved <use> draws nothing).
 */
async function expectMapsDrawn(page: Page, selector: string) {
  const uses = `${selector} use`
  const empty = () =>
    page.evaluate(
      (all) =>
        [...document.querySelectorAll<SVGUseElement>(all)]
          .filter((u) => !(u.getBBox().width > 0))
          .map((u) => u.getAttribute('href')),
      uses,
    )
  expect(await page.locator(uses).count()).toBeGreaterThan(0)
  await page
    .waitForFunction(
      (all) =>
        [...document.querySelectorAll<SVGUseElement>(all)].every((u) => u.getBBox().width > 0),
      uses,
      { timeout: 10_000 },
    )
    .catch(() => {})
  expect(await empty()).toEqual([])
}

describe('maps and accessibility', () => {
  it('clicking a country on the recognition map lands on its recognition', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/en/recognitions`)
    await expectMapsDrawn(page, '#recognition-map')
    const mexico = page
      .locator('svg')
      .getByRole('link', { name: /^Mexico/ })
      .first()
    await mexico.click()
    await page.waitForURL(/#recognition-\d+$/)
    const target = page.locator(':target')
    expect(await target.innerText()).toContain('Mexico')
    await page.close()
  })

  it('moves nothing on the page while it loads and hydrates on a slow phone (no layout shift): the home page in each locale, an article and the recognitions page', async () => {
    const [article] = await publicList('articles', 'en')
    const paths = [
      ...locales.map((l) => `/${l}`),
      `/en/articles/${article.slug}`,
      '/en/recognitions',
    ]
    for (const path of paths) {
      const page = await browser.newPage()
      // A slow CPU makes Chromium paint the page half-parsed, as a phone does: what moves when the
      // rest arrives (a centred column, a grid that counts its items) shows up here.
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 })
      await page.addInitScript(() => {
        const w = window as unknown as { layoutShift: number }
        w.layoutShift = 0
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as {
            value: number
            hadRecentInput: boolean
          }[])
            if (!entry.hadRecentInput) w.layoutShift += entry.value
        }).observe({ type: 'layout-shift', buffered: true })
      })
      await page.goto(server.url + path, { waitUntil: 'networkidle' })
      await page.evaluate(() => document.fonts.ready)
      // The recognitions page's zoom buttons appear once React has hydrated: they must take no room.
      if (path.endsWith('recognitions'))
        await page.locator('.map-zoom button').first().waitFor({ timeout: 10_000 })
      await page.waitForTimeout(300)
      expect(
        await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift),
        path,
      ).toBeLessThan(0.001)
      await page.close()
    }
  })

  it('draws the monuments map from the map sprite too', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/ru/monuments`)
    await expectMapsDrawn(page, '#monuments-map')
    await page.close()
  })

  it('runs every script under a strict policy (cached pages by hashes, the others by nonce): no violation, and Next hydrates, in every locale', async () => {
    const page = await browser.newPage()
    const violations = await watchCspViolations(page)
    const notRunning: string[] = []
    const policies: Record<string, string> = {}
    for (const locale of locales) {
      const [article] = await publicList('articles', locale)
      const paths = [
        '',
        `/articles/${article.slug}`,
        '/articles/page/1',
        '/recognitions',
        '/monuments',
        '/timeline',
        '/no-such-page',
        '/no/such/page',
        '/search?q=xocali',
      ]
      // Twice: the first visit may render the page (a cache miss), the second is served from the cache.
      for (const visit of [1, 2]) {
        for (const path of paths) {
          const response = await page.goto(`${server.url}/${locale}${path}`)
          const headers = await response!.headersArray()
          policies[`/${locale}${path}`] = scriptPolicy(
            headers
              .filter(({ name }) => name.toLowerCase() === 'content-security-policy')
              .map(({ value }) => value)
              .join('\n'),
          )
          await page.waitForLoadState('load')
          if (!(await nextRuntimeRan(page))) notRunning.push(`/${locale}${path} (visit ${visit})`)
        }
      }
    }
    // The pages that read the query string render per request; every other one is cached.
    const perRequest = (path: string) => /^\/[a-z]{2}\/(recognitions|search)\b/.test(path)
    expect(
      Object.entries(policies).filter(
        ([path, kind]) => kind !== (perRequest(path) ? 'nonce' : 'hashes'),
      ),
    ).toEqual([])
    expect(Object.keys(policies)).toHaveLength(locales.length * 9)
    // A client-side navigation (Next's router fetches the next page's RSC payload) runs nothing the policy refuses.
    await page.goto(`${server.url}/en/timeline`)
    await page.waitForFunction(() =>
      Boolean((window as unknown as { next?: { router?: unknown } }).next?.router),
    )
    await page.evaluate(
      () => ((window as unknown as { clientNavigation: boolean }).clientNavigation = true),
    )
    await page.locator('header a.site-name').click()
    await page.waitForURL(/\/en$/)
    await page.locator('main h1').first().waitFor()
    // Still the same document: the router navigated, the browser did not load a page.
    expect(
      await page.evaluate(
        () => (window as unknown as { clientNavigation?: boolean }).clientNavigation,
      ),
    ).toBe(true)
    // The map's zoom buttons exist only once React has hydrated the page, and they work.
    await page.goto(`${server.url}/en/recognitions`)
    const zoomIn = page.locator('.map-zoom button').first()
    await zoomIn.waitFor({ timeout: 10_000 })
    const map = page
      .locator('svg[viewBox]')
      .filter({ has: page.getByRole('link', { name: /^Mexico/ }) })
      .first()
    const before = await map.getAttribute('viewBox')
    await zoomIn.click()
    expect(await map.getAttribute('viewBox')).not.toBe(before)
    await page.close()
    expect(notRunning).toEqual([])
    expect(violations).toEqual([])
  })

  for (const locale of locales) {
    it(`axe-core finds no violation on home, an article, the resolutions archive, the recognitions and monuments pages (${locale})`, async () => {
      const [article] = await publicList('articles', locale)
      const page = await browser.newPage()
      const found: Record<string, string[]> = {}
      for (const path of [
        '',
        `/articles/${article.slug}`,
        '/resolutions',
        '/recognitions',
        '/monuments',
        '/timeline',
      ]) {
        await page.goto(`${server.url}/${locale}${path}`)
        const violations = await axeViolations(page)
        if (violations.length) found[path || '/'] = violations
      }
      await page.close()
      expect(found).toEqual({})
    })
  }
  // Last in this file: it adds recognitions that every page above would otherwise count.
  it('pages the recognitions table past 50 rows, and a link to one recognition opens the page holding it', async () => {
    const before = (await publicList('recognitions', 'en')).length
    const created: number[] = []
    try {
      for (let i = 0; created.length + before <= 50; i++) {
        // The first is the latest of all and the only one of its country: it lands on page 2, alone on the map.
        const made = await api('POST', '/api/recognitions?locale=az', {
          jurisdiction: i === 0 ? 'IS' : 'FR',
          level: 'subnational',
          recognisingBody: `Sınaq şurası ${i}`,
          date: i === 0 ? '2025-06-01' : `19${String(50 + (i % 40)).padStart(2, '0')}-01-01`,
          datePrecision: 'year',
          term: 'massacre',
          bodyLevel: 'plenary',
          _status: 'published',
        })
        expect(made.status, JSON.stringify(made.json)).toBe(201)
        created.push(Number(made.json.doc!.id))
      }
      const total = before + created.length
      const rows = (html: string) =>
        [...html.matchAll(/<tr id="recognition-(\d+)"/g)].map((m) => Number(m[1]))
      const first = await (await fetch(`${server.url}/en/recognitions`)).text()
      expect(rows(first)).toHaveLength(50)
      expect(first).toContain('rel="next"')
      const second = await (await fetch(`${server.url}/en/recognitions?sort=date&page=2`)).text()
      expect(rows(second)).toHaveLength(total - 50)
      expect(new Set([...rows(first), ...rows(second)]).size).toBe(total)
      // Iceland's recognition is on page 2: its address (as search results and related links give it)
      // opens page 2, and its shape on page 1's map links there; France's rows are on page 1 itself.
      const iceland = created[0]
      expect(rows(second)).toContain(iceland)
      expect(
        rows(await (await fetch(`${server.url}/en/recognitions?show=${iceland}`)).text()),
      ).toContain(iceland)
      expect(first).toContain(`href="?show=${iceland}#recognition-${iceland}"`)
      // In the browser, that relative link opens page 2 at Iceland's row.
      const page = await browser.newPage()
      await page.goto(`${server.url}/en/recognitions`)
      await page
        .locator(`#recognition-map a[href="?show=${iceland}#recognition-${iceland}"]`)
        .click()
      await page.waitForURL(`${server.url}/en/recognitions?show=${iceland}#recognition-${iceland}`)
      expect(await page.locator(':target th').innerText()).toBe('Iceland')
      await page.close()
      expect(first).toMatch(new RegExp(`href="#recognition-(${created.slice(1).join('|')})"`))
    } finally {
      for (const id of created) await api('DELETE', `/api/recognitions/${id}`)
    }
  })
})

describe('long lists, paged by path', () => {
  // Last in this file, like the recognitions test: it adds documents every page above would count.
  it('pages the chronology by 100 and the memorials by 60 at cached paths of their own, and a link to an event finds its page', async () => {
    const created: Array<[string, number]> = []
    const make = async (collection: string, body: Record<string, unknown>) => {
      const made = await api('POST', `/api/${collection}?locale=az`, {
        ...body,
        _status: 'published',
      })
      expect(made.status, JSON.stringify(made.json)).toBe(201)
      const id = Number(made.json.doc!.id)
      created.push([collection, id])
      return id
    }
    const ids = (html: string, prefix: string) =>
      [...html.matchAll(new RegExp(`<li[^>]* id="${prefix}-(\\d+)"`, 'g'))].map((m) => Number(m[1]))
    const page = async (path: string) => {
      const response = await fetch(`${server.url}${path}`)
      return {
        status: response.status,
        html: await response.text(),
        policy: scriptPolicy(response.headers.get('content-security-policy')),
      }
    }
    try {
      const [firstEvent] = await publicList('timeline-events', 'az')
      let latest = 0
      for (let i = 0, total = await publicCount('timeline-events'); total < 100; i++, total++) {
        latest = await make('timeline-events', {
          title: `Sınaq hadisəsi ${i}`,
          date: `2030-01-${String((i % 28) + 1).padStart(2, '0')}T12:00:00.000Z`,
          datePrecision: 'day',
        })
      }
      // The last one made is the latest of all: the only event on page 2.
      latest = await make('timeline-events', {
        title: 'Ən son sınaq hadisəsi',
        date: '2031-06-01T12:00:00.000Z',
        datePrecision: 'day',
      })
      const events = await publicCount('timeline-events')
      const one = await page('/az/timeline')
      const two = await page('/az/timeline/page/2')
      expect([one.status, two.status]).toEqual([200, 200])
      expect(ids(one.html, 'event')).toHaveLength(100)
      expect(one.html).toContain('href="/az/timeline/page/2"')
      expect(ids(two.html, 'event')).toEqual([latest])
      expect(new Set([...ids(one.html, 'event'), ...ids(two.html, 'event')]).size).toBe(events)
      // The index of years leads to the page each year starts on.
      expect(one.html).toContain('href="/az/timeline/page/2#year-2031"')
      expect(two.html).toContain('href="/az/timeline#year-2030"')
      expect(two.html).toContain('href="#year-2031"')
      // Page 2 is served from Next's cache like page 1 (its scripts allowed by hash).
      expect([one.policy, two.policy]).toEqual(['hashes', 'hashes'])
      for (const missing of [
        '/az/timeline/page/1',
        '/az/timeline/page/3',
        '/az/timeline/page/x',
        '/az/timeline/page/02',
      ])
        expect((await page(missing)).status, missing).toBe(404)
      // A link to one event (search results, related links) finds the page that holds it.
      for (const [id, where] of [
        [latest, '/az/timeline/page/2'],
        [Number(firstEvent.id), '/az/timeline'],
      ] as const) {
        const response = await fetch(`${server.url}/az/id/timeline-events/${id}`, {
          redirect: 'manual',
        })
        expect(response.status).toBe(307)
        expect(response.headers.get('location')).toBe(`${server.url}${where}#event-${id}`)
      }
      expect(
        (await fetch(`${server.url}/az/id/timeline-events/999999`, { redirect: 'manual' })).status,
      ).toBe(404)
      // An editor's preview of a draft event (the admin's preview opens its permanent link) finds
      // the page it will be on; a visitor's finds nothing.
      const draft = await api('POST', '/api/timeline-events?locale=az', {
        title: 'Qaralama hadisə',
        date: '2032-01-01T12:00:00.000Z',
        datePrecision: 'day',
        _status: 'draft',
      })
      expect(draft.status).toBe(201)
      created.push(['timeline-events', Number(draft.json.doc!.id)])
      const eventPath = `/az/id/timeline-events/${draft.json.doc!.id}`
      expect((await fetch(`${server.url}${eventPath}`, { redirect: 'manual' })).status).toBe(404)
      const enter = await fetch(`${server.url}/api/preview?path=${encodeURIComponent(eventPath)}`, {
        redirect: 'manual',
        headers: { authorization: `JWT ${token}` },
      })
      const bypass = enter.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ')
      const preview = await fetch(`${server.url}${eventPath}`, {
        redirect: 'manual',
        headers: { cookie: bypass, authorization: `JWT ${token}` },
      })
      expect([preview.status, preview.headers.get('location')]).toEqual([
        307,
        `${server.url}/az/timeline/page/2#event-${draft.json.doc!.id}`,
      ])

      for (let i = 0, total = await publicCount('monuments'); total <= 60; i++, total++) {
        await make('monuments', {
          name: `Sınaq abidəsi ${i}`,
          description: lexical(`Abidə ${i}`),
          country: 'FR',
          city: 'Paris',
          coordinates: { lat: 48.85, lng: 2.3 + i / 100 },
        })
      }
      const monuments = await publicCount('monuments')
      const cards = (html: string) => html.match(/<li class="card">/g)?.length ?? 0
      const markers = (html: string) => html.match(/<circle class="map-marker"/g)?.length ?? 0
      const first = await page('/az/monuments')
      const second = await page('/az/monuments/page/2')
      expect([cards(first.html), cards(second.html)]).toEqual([60, monuments - 60])
      // The map, on the first page, marks every memorial; the next pages are the list alone.
      expect(markers(first.html)).toBe(monuments)
      expect(markers(second.html)).toBe(0)
      expect((await page('/az/monuments/page/3')).status).toBe(404)
    } finally {
      for (const [collection, id] of created.reverse())
        await api('DELETE', `/api/${collection}/${id}`)
    }
  })
  it('pages the document archive by 50 with its filters kept, and reads only a page number that is one', async () => {
    const created: number[] = []
    try {
      for (let i = 0; i <= 50; i++) {
        const made = await api('POST', '/api/resolutions?locale=az', {
          title: `Sınaq qərarı ${i}`,
          body: 'Milli Məclis',
          summary: 'Xülasə.',
          jurisdiction: 'AZ',
          // A day each, so the archive's order (newest first) has no ties between the pages.
          adoptedAt: new Date(Date.UTC(1950, 0, 1 + i, 12)).toISOString(),
          adoptedAtPrecision: 'day',
          kind: 'resolution',
          _status: 'published',
        })
        expect(made.status, JSON.stringify(made.json)).toBe(201)
        created.push(Number(made.json.doc!.id))
      }
      const items = async (query: string) => {
        const html = await (await fetch(`${server.url}/az/resolutions${query}`)).text()
        return {
          html,
          slugs: [
            ...html.matchAll(/<h2 class="card-title"><a href="\/az\/resolutions\/([^"?]+)"/g),
          ].map((m) => m[1]),
        }
      }
      const first = await items('')
      const total = Number(
        /(\d+)/.exec(/<p class="muted" role="status">([^<]*)</.exec(first.html)![1])![1],
      )
      expect(total).toBeGreaterThan(50)
      expect(first.slugs).toHaveLength(50)
      expect(first.html).toContain('href="/az/resolutions?page=2"')
      const second = await items('?page=2')
      expect(second.slugs).toHaveLength(Math.min(50, total - 50))
      expect(new Set([...first.slugs, ...second.slugs]).size).toBe(
        first.slugs.length + second.slugs.length,
      )
      // A number that is not a page (a fraction once shifted the list by half a page), or one past
      // the end, opens the first page.
      for (const query of ['?page=1.5', '?page=0x2', '?page=1e1', '?page=-2', '?page=999'])
        expect((await items(query)).slugs, query).toEqual(first.slugs)
      // The pager keeps the filters in force and drops the ones the archive does not have.
      const filtered = await items('?kind=resolution&jurisdiction=AZ&year=nope&page=2')
      expect(filtered.html).toContain('href="/az/resolutions?kind=resolution&amp;jurisdiction=AZ"')
    } finally {
      for (const id of created) await api('DELETE', `/api/resolutions/${id}`)
    }
  })
})

describe('without JavaScript, and images at their size', () => {
  it('every public page reads, links, switches language, searches and filters with JavaScript disabled', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const [article] = await publicList('articles', 'en')
    const [monument] = await publicList('monuments', 'en')
    const [resolution] = await publicList('resolutions', 'en')
    const [about] = await publicList('pages', 'en')
    const paths = [
      '/en',
      '/en/articles',
      `/en/articles/${article.slug}`,
      '/en/timeline',
      '/en/resolutions',
      `/en/resolutions/${resolution.slug}`,
      '/en/recognitions',
      '/en/monuments',
      `/en/monuments/${monument.slug}`,
      `/en/${about.slug}`,
      '/en/search',
    ]
    for (const path of paths) {
      const response = await page.goto(server.url + path)
      expect(response?.status(), path).toBe(200)
      expect((await page.locator('main h1').first().textContent())?.trim(), path).toBeTruthy()
      // Nothing on the page waits for a script to show it.
      expect(await page.locator('main').innerText(), path).not.toMatch(/loading…|loading\.\.\./i)
    }

    // Links: the menu, a list, the language switcher.
    await page.goto(`${server.url}/en`)
    await page.locator('.main-nav a[href="/en/articles"]').click()
    await page.waitForURL(`${server.url}/en/articles`)
    await page.locator(`main a[href="/en/articles/${article.slug}"]`).first().click()
    await page.waitForURL(`${server.url}/en/articles/${article.slug}`)
    await page.locator('.language-switcher a[hreflang="ru"]').click()
    await page.waitForURL(`${server.url}/ru/articles/${article.slug}`)
    expect(await page.locator('html').getAttribute('lang')).toBe('ru')

    // The search form submits by itself, and its facets are links.
    await page.goto(`${server.url}/en/search`)
    await page.fill('#search-q', 'Khojaly')
    await page.press('#search-q', 'Enter')
    await page.waitForURL(/\/en\/search\?q=Khojaly/)
    expect(await page.locator('.search-results > li').count()).toBeGreaterThan(0)
    await page.locator('.facets a[href*="type="]').first().click()
    await page.waitForURL(/type=/)
    expect(await page.locator('.search-results > li').count()).toBeGreaterThan(0)

    // The resolutions filter is a plain GET form.
    await page.goto(`${server.url}/en/resolutions`)
    const kind = await page.locator('select[name="kind"] option').nth(1).getAttribute('value')
    await page.selectOption('select[name="kind"]', kind!)
    await page.locator('form.filters button[type="submit"]').click()
    await page.waitForURL(new RegExp(`kind=${kind}`))
    expect(await page.locator('.document-list > li').count()).toBeGreaterThan(0)

    // A country on the recognition map is a link to its row; the zoom buttons, which need the script, are not there.
    await page.goto(`${server.url}/en/recognitions`)
    const row = await page.locator('.recognition-map a').first().getAttribute('href')
    expect(row).toMatch(/#recognition-\d+$/)
    expect(await page.locator('.map-zoom button').count()).toBe(0)
    await page.locator('.recognition-map a').first().click()
    await page.waitForURL(/#recognition-\d+$/)
    expect(await page.locator(`[id="${row!.split('#')[1]}"]`).count()).toBe(1)

    // The chronology's year index links to the page of each year.
    await page.goto(`${server.url}/en/timeline`)
    const year = page.locator('.timeline-years a').first()
    const target = (await year.getAttribute('href'))!
    const expected = new URL(target, page.url()).href
    await year.click()
    await page.waitForURL(expected)
    expect(await page.locator(`[id="${expected.split('#')[1]}"]`).count()).toBe(1)
    await context.close()
  })

  it('downloads only the font files a page needs, the Azerbaijani letters from subsets of a few KB', async () => {
    for (const [locale, script] of [
      ['az', 'az'],
      ['en', 'latin'],
      ['ru', 'cyrillic'],
    ] as const) {
      const page = await browser.newPage()
      const fonts: { name: string; bytes: number }[] = []
      page.on('response', async (response) => {
        if (response.request().resourceType() === 'font')
          fonts.push({
            name: new URL(response.url()).pathname,
            bytes: (await response.body()).length,
          })
      })
      await page.goto(`${server.url}/${locale}`, { waitUntil: 'networkidle' })
      await page.evaluate(() => document.fonts.ready)
      // The 55–65 KB latin-ext files of @fontsource are never needed, and in all at most 100 KB.
      expect(fonts.filter((font) => font.name.includes('latin-ext'))).toEqual([])
      expect(
        fonts.some((font) => font.name.includes(`-${script}-`)),
        `${locale}: ${fonts.map((f) => f.name).join(', ')}`,
      ).toBe(true)
      expect(fonts.reduce((sum, font) => sum + font.bytes, 0)).toBeLessThan(100 * 1024)
      // ə and ğ are drawn from a loaded Noto face (the switcher's "Azərbaycanca" is on every page).
      const covering = await page.evaluate(() =>
        [...document.fonts]
          .filter(
            (face) =>
              face.status === 'loaded' &&
              /U\+259\b|U\+0259\b/i.test(face.unicodeRange) &&
              /U\+100-130|U\+0100-0130/i.test(face.unicodeRange),
          )
          .map((face) => face.family),
      )
      expect(covering.length, locale).toBeGreaterThan(0)
      await page.close()
    }
  })

  it('serves every image as WebP or AVIF, with width and height, at the size it is shown, on a phone and a desktop', async () => {
    const [article] = await publicList('articles', 'en')
    const [monument] = await publicList('monuments', 'en')
    const paths = [
      '/en',
      '/en/articles',
      `/en/articles/${article.slug}`,
      '/en/monuments',
      `/en/monuments/${monument.slug}`,
    ]
    let checked = 0
    for (const viewport of [
      { width: 412, height: 915, deviceScaleFactor: 2.625 },
      { width: 1280, height: 800, deviceScaleFactor: 1 },
    ]) {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        deviceScaleFactor: viewport.deviceScaleFactor,
      })
      const page = await context.newPage()
      for (const path of paths) {
        await page.goto(server.url + path)
        // Lazy images load once scrolled to.
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += 400) {
            window.scrollTo(0, y)
            await new Promise((r) => setTimeout(r, 30))
          }
        })
        await page.waitForFunction(() => [...document.images].every((img) => img.complete))
        const images = await page.evaluate(() =>
          [...document.images].map((img) => ({
            src: img.currentSrc,
            srcset: img.getAttribute('srcset'),
            width: img.getAttribute('width'),
            height: img.getAttribute('height'),
            natural: img.naturalWidth,
            shown: img.getBoundingClientRect().width,
          })),
        )
        for (const image of images) {
          const where = `${path} at ${viewport.width}px: ${image.src}`
          expect(image.width, where).toMatch(/^\d+$/)
          expect(image.height, where).toMatch(/^\d+$/)
          const file = await fetch(new URL(image.src, server.url))
          await file.arrayBuffer()
          const type = file.headers.get('content-type')
          expect(type, where).toMatch(/^image\/(webp|avif|svg\+xml)/)
          if (image.shown === 0 || type?.startsWith('image/svg')) continue
          // The rendition the browser picked is the smallest that covers the displayed width: `sizes` tells the truth.
          const needed = image.shown * viewport.deviceScaleFactor
          const candidates = (image.srcset ?? '')
            .split(',')
            .map((candidate) => Number(/\s(\d+)w$/.exec(candidate.trim())?.[1]))
            .filter(Boolean)
            .sort((a, b) => a - b)
          const fitting = candidates.find((w) => w >= needed) ?? candidates.at(-1)
          if (fitting)
            expect(
              image.natural,
              `${where} (needs ${Math.round(needed)} px of ${candidates.join(', ')})`,
            ).toBeLessThanOrEqual(fitting)
          else
            expect(image.natural, `${where} (needs ${Math.round(needed)} px)`).toBeLessThanOrEqual(
              Math.max(needed * 2, 64),
            )
          checked++
        }
      }
      await context.close()
    }
    expect(checked).toBeGreaterThan(4)
  })
})
