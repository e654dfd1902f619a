import fs from 'node:fs'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { localeCodes } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'
import { slugify } from '@/lib/format/slugify'
import { jurisdictionName } from '@/lib/geo/jurisdictions'
import { readEntries } from '@/seed/content'
import recognitionsSeed from '@/seed/content/recognitions.json'
import { seedImages } from '@/seed/images'
import { launchChromium } from '@tests/helpers/chromium'
import { startServer, type RunningServer } from '@tests/helpers/server'

let server: RunningServer
let browser: Browser
let page: Page

beforeAll(async () => {
  server = await startServer({ seed: true })
  browser = await launchChromium()
  page = await browser.newPage()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the menu', () => {
  for (const locale of localeCodes) {
    it(`names each section as its page is titled (${locale})`, async () => {
      await page.goto(`${server.url}/${locale}`)
      const links = await page.locator('.main-nav a').evaluateAll((anchors) =>
        anchors.map((a) => ({
          text: (a as HTMLElement).innerText.trim(),
          href: a.getAttribute('href')!,
        })),
      )
      const sections = links.filter((l) =>
        /^\/[a-z]{2}\/(articles|monuments|resolutions|recognitions|timeline)$/.test(l.href),
      )
      expect(sections.length).toBe(5)
      const mismatches: string[] = []
      for (const link of sections) {
        await page.goto(`${server.url}${link.href}`)
        const title = (await page.locator('h1').first().innerText()).trim()
        if (title !== link.text)
          mismatches.push(`${link.href}: menu "${link.text}", page "${title}"`)
      }
      expect(mismatches).toEqual([])
    })
  }
})

describe('dates', () => {
  it('keep their precision in search results: an event known by its year shows the year only', async () => {
    for (const [locale, query] of [
      ['en', '28th anniversary'],
      ['ru', '28-я годовщина'],
      ['az', '28-ci ildönümü'],
    ] as const) {
      await page.goto(`${server.url}/${locale}/search?q=${encodeURIComponent(query)}`)
      const result = page.locator('.search-results li').first()
      await result.waitFor()
      const time = result.locator('time')
      expect(await time.getAttribute('datetime')).toBe('2020')
      // "2020" ("2020 г." in Russian), never "1 January 2020".
      expect((await time.innerText()).trim()).toMatch(/^2020( г\.)?$/)
    }
  })
})

describe('tags', () => {
  it('are named in the page language, never by their slugs', async () => {
    const tags = JSON.parse(
      fs.readFileSync(
        path.resolve(import.meta.dirname, '../../src/seed/content/tags.json'),
        'utf8',
      ),
    ) as { slug: string; name: Record<string, string> }[]
    const names = (locale: string, ...slugs: string[]) =>
      slugs.map((slug) => tags.find((tag) => tag.slug === slug)!.name[locale])
    const articles = (await (
      await fetch(`${server.url}/api/articles?limit=50&depth=0&locale=az`)
    ).json()) as { docs: { slug: string; tags: number[] }[] }
    const article = articles.docs.find((doc) => doc.tags.length === 2)!
    const slugs = (await (
      await fetch(`${server.url}/api/tags?limit=50&depth=0&where[id][in]=${article.tags.join(',')}`)
    ).json()) as { docs: { id: number; slug: string }[] }
    const ordered = article.tags.map((id) => slugs.docs.find((tag) => tag.id === id)!.slug)
    for (const locale of localeCodes) {
      await page.goto(`${server.url}/${locale}/articles/${article.slug}`)
      const line = await page.locator('.tags').innerText()
      expect(line).toBe(
        `${getMessages(locale).articles.tags}: ${names(locale, ...ordered).join(', ')}`,
      )
      for (const slug of ordered) expect(line).not.toContain(slug)
    }
  })
})

describe('sources', () => {
  it('say their date and publisher once, in the page language', async () => {
    for (const locale of localeCodes) {
      await page.goto(`${server.url}/${locale}`)
      const lines = await page
        .locator('.figure-source')
        .evaluateAll((elements) => elements.map((e) => e.textContent ?? ''))
      expect(lines.length).toBeGreaterThan(0)
      for (const line of lines) {
        expect(line).toContain(`(2020; ${getMessages(locale).sources.publisherNotNamed})`)
        expect(line.match(/2020/g)).toHaveLength(1)
      }
    }
  })
})

describe('on a phone, 390 px wide', () => {
  const phone = { viewport: { width: 390, height: 844 } }
  let withoutScript: BrowserContext
  beforeAll(async () => {
    withoutScript = await browser.newContext({ ...phone, javaScriptEnabled: false })
  })
  afterAll(() => withoutScript?.close())

  /** The lines of text the header takes on screen, counted from the boxes of its visible text. */
  const headerLines = (p: Page) =>
    p.locator('.site-header').evaluate((header) => {
      const middles: number[] = []
      const walker = document.createTreeWalker(header, NodeFilter.SHOW_TEXT)
      while (walker.nextNode()) {
        if (!walker.currentNode.textContent?.trim()) continue
        const range = document.createRange()
        range.selectNodeContents(walker.currentNode)
        for (const box of range.getClientRects())
          if (box.width && box.height) middles.push(box.top + box.height / 2)
      }
      middles.sort((a, b) => a - b)
      return middles.filter((m, i) => i === 0 || m - middles[i - 1] > 12).length
    })

  for (const locale of localeCodes) {
    it(`keeps the header to two lines, its menu behind a button that needs no script (${locale})`, async () => {
      const p = await withoutScript.newPage()
      await p.goto(`${server.url}/${locale}`)
      expect(await headerLines(p)).toBeLessThanOrEqual(2)
      const button = p.locator('.site-header summary')
      expect((await button.innerText()).trim()).toBe(getMessages(locale).site.menu)
      const link = p.locator(`.main-nav a[href="/${locale}/articles"]`)
      expect(await link.isVisible()).toBe(false)
      await button.click()
      await link.click()
      await p.waitForURL(`${server.url}/${locale}/articles`)
      await p.close()
    })
  }

  it('shows the whole menu and no button on a wide screen', async () => {
    await page.goto(`${server.url}/en`)
    expect(await page.locator('.site-header summary').isVisible()).toBe(false)
    expect(await page.locator('.main-nav a[href="/en/articles"]').isVisible()).toBe(true)
  })

  it('puts the first search result on the first screen, the filters one tap away', async () => {
    const p = await withoutScript.newPage()
    await p.goto(`${server.url}/en/search?q=Khojaly`)
    const first = await p.locator('.search-results > li').first().boundingBox()
    expect(first!.y).toBeLessThan(600)
    await p.locator('.search-filters summary').click()
    await p.locator('.facets a[href*="type="]').first().click()
    await p.waitForURL(/type=/)
    expect(await p.locator('.search-results > li').count()).toBeGreaterThan(0)
    await p.close()
  })

  it('never breaks a number between its digit groups', async () => {
    const p = await withoutScript.newPage()
    const paths = ['', '/timeline', ...(await seedPaths('articles')), ...(await seedPaths('pages'))]
    for (const locale of localeCodes)
      for (const path of paths) {
        await p.goto(`${server.url}/${locale}${path}`)
        const text = (await p.locator('main').textContent()) ?? ''
        // "1 275" with an ordinary space may wrap as "1" at a line's end and "275" on the next.
        expect(text.match(/(?<!\d)\d{1,3}(?: \d{3})+(?!\d)/g), `${locale}${path}`).toBeNull()
      }
    await p.close()
  })

  it('says under each drawing, in every language, that it is a drawing and what it shows', async () => {
    const [dots, carnation] = seedImages
    const [figures, night] = await seedPaths('articles', [
      'victims-in-figures',
      'night-of-the-attack',
    ])
    const p = await withoutScript.newPage()
    for (const locale of localeCodes)
      for (const [path, image] of [
        ['', dots],
        [figures, dots],
        [night, carnation],
      ] as const) {
        await p.goto(`${server.url}/${locale}${path}`)
        const caption = p.locator('main figure:has(img) figcaption').first()
        expect(await caption.isVisible(), `${locale}${path}`).toBe(true)
        expect((await caption.innerText()).trim()).toBe(image.caption[locale])
      }
    await p.close()
  })

  it('names the place on the monument’s map, and shows no drawing as its photograph', async () => {
    const [path] = await seedPaths('monuments', ['khatai-district-monument'])
    const [entry] = await readEntries('monuments')
    const p = await withoutScript.newPage()
    for (const locale of localeCodes) {
      await p.goto(`${server.url}/${locale}${path}`)
      const caption = p.locator('.locator-map figcaption')
      expect(await caption.isVisible()).toBe(true)
      const text = await caption.innerText()
      for (const part of [
        entry.docs[locale].meta.address,
        entry.docs[locale].meta.city,
        jurisdictionName('AZ', locale),
      ])
        expect(text).toContain(part)
      const uncaptioned = await p
        .locator('main img')
        .evaluateAll(
          (images) =>
            images.filter(
              (img) => !img.closest('figure')?.querySelector('figcaption')?.textContent?.trim(),
            ).length,
        )
      expect(uncaptioned).toBe(0)
    }
    await p.close()
  })
})

/** The site paths of seeded documents, from the seed's own files: `/articles/<slug>`. */
async function seedPaths(folder: 'articles' | 'pages' | 'monuments', names?: string[]) {
  const entries = await readEntries(folder)
  const title = (meta: Record<string, string>) => meta.title ?? meta.name
  return (names ?? entries.map((e) => e.name)).map((name) => {
    const slug = slugify(title(entries.find((e) => e.name === name)!.docs.az.meta))
    return folder === 'pages' ? `/${slug}` : `/${folder}/${slug}`
  })
}

describe('charts and the recognitions table on a phone (390 px)', () => {
  const phone = { width: 390, height: 844 }

  /** A page with no script, as the claims "works without JavaScript" are about. */
  async function pageWithoutScript(): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone })
    return context.newPage()
  }

  it('groups the figures by unit, the killed first, each group on its own scale, no text under 12 px', async () => {
    for (const locale of localeCodes) {
      const bare = await pageWithoutScript()
      await bare.goto(`${server.url}/${locale}`)
      const groups = await bare.locator('.figures-chart .figure-group').evaluateAll((els) =>
        els.map((g) => ({
          unit: g.getAttribute('data-unit'),
          keys: [...g.querySelectorAll('[data-key]')].map((e) => e.getAttribute('data-key')),
          heading: g.querySelector('h3')?.textContent?.trim() ?? '',
        })),
      )
      expect(groups.map((g) => g.unit)).toEqual(['killed', 'people', 'families', 'places'])
      expect(groups[0].keys).toEqual(['killed', 'killedWomen', 'killedChildren', 'killedElderly'])
      expect(groups[1].keys).toContain('fled')
      for (const g of groups) expect(g.heading).not.toBe('')
      // The text as drawn: an SVG's own font size shrinks with its viewBox.
      const sizes = await bare.locator('.figures-chart, svg.figures-chart').evaluateAll((charts) =>
        charts.flatMap((chart) =>
          [chart, ...chart.querySelectorAll('*')]
            .filter((e) =>
              [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== ''),
            )
            .filter((e) => !e.closest('title, desc, style'))
            .map((e) => {
              const svg = e instanceof SVGElement ? e.ownerSVGElement : null
              const scale = svg ? svg.getScreenCTM()!.a : 1
              return parseFloat(getComputedStyle(e).fontSize) * scale
            }),
        ),
      )
      expect(sizes.length).toBeGreaterThan(0)
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12)
      await bare.context().close()
    }
  })

  it('stacks the recognitions table into cards labelled by the column headings, with no sideways scroll, in each language', async () => {
    for (const locale of localeCodes) {
      const bare = await pageWithoutScript()
      await bare.goto(`${server.url}/${locale}/recognitions`)
      const layout = await bare.evaluate(() => {
        const headings = [...document.querySelectorAll('.data-table thead th')].map((th) =>
          th.textContent!.trim(),
        )
        const rows = [...document.querySelectorAll('.data-table tbody tr')].map((tr) => {
          const cells = [...tr.children] as HTMLElement[]
          return {
            width: tr.getBoundingClientRect().width,
            labels: cells.map((c) => getComputedStyle(c, '::before').content.replace(/^"|"$/g, '')),
            stacked: cells.every(
              (c, i) =>
                i === 0 ||
                c.getBoundingClientRect().top >= cells[i - 1].getBoundingClientRect().bottom - 1,
            ),
          }
        })
        return {
          headings,
          rows,
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }
      })
      expect(layout.rows.length).toBeGreaterThan(1)
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth)
      for (const row of layout.rows) {
        expect(row.width).toBeLessThanOrEqual(layout.innerWidth)
        expect(row.stacked).toBe(true)
        expect(row.labels.slice(1)).toEqual(layout.headings.slice(1))
      }
      await bare.context().close()
    }
  })

  it('highlights the row a map link jumps to, in light and dark mode, with readable text', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const viewport of [phone, { width: 1280, height: 900 }]) {
        const context = await browser.newContext({
          javaScriptEnabled: false,
          viewport,
          colorScheme,
        })
        const bare = await context.newPage()
        await bare.goto(`${server.url}/en/recognitions`)
        const ids = await bare
          .locator('.data-table tbody tr')
          .evaluateAll((rows) => rows.map((r) => r.id))
        await bare.goto(`${server.url}/en/recognitions#${ids[1]}`)
        const look = await bare.evaluate((id) => {
          const channels = (c: string) => c.match(/[\d.]+/g)!.map(Number)
          const luminance = (c: string) => {
            const [r, g, b] = channels(c).map((v) => {
              const s = v / 255
              return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
            })
            return 0.2126 * r + 0.7152 * g + 0.0722 * b
          }
          const row = document.getElementById(id)!
          const background = (e: Element) => getComputedStyle(e).backgroundColor
          const [a, b] = [luminance(background(row)), luminance(getComputedStyle(row).color)]
          return {
            target: background(row),
            before: background(row.previousElementSibling!),
            after: row.nextElementSibling ? background(row.nextElementSibling) : null,
            contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
          }
        }, ids[1])
        expect(look.target).not.toBe(look.before)
        if (look.after) expect(look.target).not.toBe(look.after)
        expect(look.target).not.toBe('rgba(0, 0, 0, 0)')
        expect(look.contrast).toBeGreaterThanOrEqual(4.5)
        await context.close()
      }
    }
  })

  it('says a note shared by several recognitions once, in each language', async () => {
    for (const locale of localeCodes) {
      const note = recognitionsSeed[0].note[locale]
      expect(recognitionsSeed.filter((r) => r.note[locale] === note).length).toBeGreaterThan(1)
      await page.goto(`${server.url}/${locale}/recognitions`)
      const text = await page.locator('main').innerText()
      expect(text.split(note).length - 1).toBe(1)
    }
  })

  it('colours the chart over time by level with the map legend, and draws no empty US inset', async () => {
    const bare = await pageWithoutScript()
    await bare.goto(`${server.url}/en/recognitions`)
    const legend = (scope: string) =>
      bare.locator(`${scope} .map-legend li[data-level]`).evaluateAll((items) =>
        items.map((li) => ({
          level: li.getAttribute('data-level'),
          text: (li as HTMLElement).innerText.trim(),
          colour: getComputedStyle(li.querySelector('rect')!).fill,
        })),
      )
    const mapLegend = await legend('.recognition-map')
    const chartLegend = await legend('.over-time')
    expect(mapLegend.length).toBe(3)
    expect(chartLegend).toEqual(mapLegend)
    const bars = await bare.locator('.over-time svg rect[data-level]').evaluateAll((rects) =>
      rects.map((r) => ({
        level: r.getAttribute('data-level'),
        colour: getComputedStyle(r).fill,
      })),
    )
    expect(bars.length).toBeGreaterThan(0)
    for (const bar of bars)
      expect(bar.colour).toBe(mapLegend.find((l) => l.level === bar.level)!.colour)
    // The seed records no US state: the source only states "more than 20".
    expect(await bare.locator('.map-inset').count()).toBe(0)
    await bare.context().close()
  })
})
