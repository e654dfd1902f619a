import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { localeCodes } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'
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
