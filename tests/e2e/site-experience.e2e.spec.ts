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
