import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { collectionLabels, fieldLabels } from '@/i18n/adminLabels'
import type { Trilingual } from '@/i18n/adminMessage'
import { DEMO_ADMIN } from '@/lib/auth/firstAdmin'
import { contentCollections } from '@/lib/content/collections'
import { launchChromium, signInToAdmin } from '@tests/helpers/chromium'
import { lexical } from '@tests/helpers/site'
import { startServer, type RunningServer } from '@tests/helpers/server'

let server: RunningServer
let browser: Browser
let page: Page

beforeAll(async () => {
  // Seeded: the sign-in page names the archive from the Site global.
  server = await startServer({ seed: true })
  browser = await launchChromium()
  page = await browser.newPage({ locale: 'en-GB' })
  await signInToAdmin(page, server.url, DEMO_ADMIN)
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** REST as the signed-in user: Payload takes the session cookie only with its own origin. */
const asUser = () => ({ headers: { origin: server.url } })

/** Every article the signed-in editor can see, drafts included. */
async function articleCount(): Promise<number> {
  const response = await page.request.get(
    `${server.url}/api/articles?draft=true&limit=1&depth=0`,
    asUser(),
  )
  expect(response.status()).toBe(200)
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

describe('creating a document in the admin', () => {
  it('makes no document for a visit to the create view that types nothing', async () => {
    const before = await articleCount()
    await page.goto(`${server.url}/admin/collections/articles`)
    await page.locator('.collection-list').waitFor()
    await page
      .getByRole('link', { name: /create new/i })
      .first()
      .click()
    await page.waitForURL(/\/admin\/collections\/articles\/create/)
    await page.locator('#field-title').waitFor()
    // Longer than the autosave interval, twice over.
    await page.waitForTimeout(5_000)
    expect(page.url()).toMatch(/\/admin\/collections\/articles\/create/)
    expect(await articleCount()).toBe(before)
    await page.goto(`${server.url}/admin/collections/articles`)
    expect(await articleCount()).toBe(before)
  })

  it('makes exactly one document for a visit that saves, and autosave keeps it one', async () => {
    const before = await articleCount()
    await page.goto(`${server.url}/admin/collections/articles/create?locale=az`)
    await page.locator('#field-title').fill('Synthetic Article for the create view')
    await page.locator('#action-save-draft').click()
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/, { timeout: 20_000 })
    await expect.poll(articleCount, { timeout: 10_000 }).toBe(before + 1)
    await page.locator('#field-title').fill('Synthetic Article for the create view, edited')
    await expect
      .poll(
        async () => {
          const id = /articles\/(\d+)/.exec(page.url())![1]
          const response = await page.request.get(
            `${server.url}/api/articles/${id}?draft=true&locale=az&depth=0`,
            asUser(),
          )
          return ((await response.json()) as { title?: string }).title
        },
        { timeout: 15_000 },
      )
      .toBe('Synthetic Article for the create view, edited')
    expect(await articleCount()).toBe(before + 1)
  })
})

describe('a field with a length limit', () => {
  it('takes a 5 MB paste only up to its limit, counts it and still saves', async () => {
    const created = await page.request.post(`${server.url}/api/articles?locale=az&draft=true`, {
      ...asUser(),
      data: { title: 'Synthetic Article for length limits', _status: 'draft' },
    })
    expect(created.status()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    await page.goto(`${server.url}/admin/collections/articles/${doc.id}?locale=az`)
    const paste = 'Synthetic text. '.repeat(5 * 65_536)
    for (const [field, limit] of [
      ['excerpt', 400],
      ['title', 200],
    ] as const) {
      const input = page.locator(`#field-${field}`)
      await input.fill('')
      await input.focus()
      // What a paste from the clipboard does: one insertion of the whole text.
      await page.keyboard.insertText(paste)
      expect(await input.evaluate((el: HTMLInputElement) => el.value.length)).toBe(limit)
      const counter = page.locator(`.field-type:has(#field-${field}) .length-limit`)
      await expect.poll(() => counter.innerText()).toMatch(new RegExp(`${limit}\\s*/\\s*${limit}`))
      await expect.poll(() => counter.getByRole('status').innerText()).toMatch(/limit/i)
    }
    await page.locator('#action-save-draft').click()
    await expect
      .poll(
        async () => {
          const response = await page.request.get(
            `${server.url}/api/articles/${doc.id}?draft=true&locale=az&depth=0`,
            asUser(),
          )
          const saved = (await response.json()) as { title?: string; excerpt?: string }
          return [saved.title?.length, saved.excerpt?.length]
        },
        { timeout: 15_000 },
      )
      .toEqual([200, 400])
  })
})

/** Runs `visit` with the admin in `language` (Payload reads its language cookie first). */
async function inAdminLanguage(language: keyof Trilingual, visit: () => Promise<void>) {
  await page.context().addCookies([{ name: 'payload-lng', value: language, url: server.url }])
  try {
    await visit()
  } finally {
    await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: server.url }])
  }
}

/**
 * The admin's own words on the page: labels, column heads, headings, navigation, the badge, the
 * search box. Not the list's column and filter pickers: they also list the file fields Payload adds
 * to an upload collection by itself ("Thumbnail URL", "Sizes > Card > URL").
 */
const chromeText = () =>
  page.evaluate(() =>
    [
      ...[...document.querySelectorAll('label, th, h1, h2, h3, nav, .translation-badge')]
        .filter((element) => !element.closest('.list-controls'))
        .map((element) => (element as HTMLElement).innerText),
      ...[...document.querySelectorAll('input[placeholder]')].map(
        (input) => (input as HTMLInputElement).placeholder,
      ),
    ].join('\n'),
  )

/** Our English names that a page in `language` must not show (those the same in both are fine). */
function englishOnly(language: 'az' | 'ru'): RegExp {
  const names = [
    ...Object.values(fieldLabels),
    ...Object.values(collectionLabels).flatMap((l) => [l.singular, l.plural]),
  ]
    // An English word the language's own label keeps ("Keçid (URL)") is no sign of English.
    .filter((label) => !label[language].includes(label.en) && label.en.length > 2)
    .map((label) => label.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`(?<![\\p{L}])(${names.join('|')})(?![\\p{L}])`, 'u')
}

const englishLines = (text: string, english: RegExp) =>
  text.split('\n').filter((line) => english.test(line))

describe('the admin in Azerbaijani and Russian', () => {
  const collections = [...contentCollections, 'media', 'users']
  const globals = ['site', 'home', 'facts', 'navigation']

  for (const language of ['az', 'ru'] as const) {
    it(`names everything of ours in ${language}, in every collection's list and edit view`, async () => {
      const english = englishOnly(language)
      const seen: string[] = []
      await inAdminLanguage(language, async () => {
        for (const slug of collections) {
          await page.goto(`${server.url}/admin/collections/${slug}`)
          await page.locator('.collection-list, .list-controls').first().waitFor()
          const list = await chromeText()
          seen.push(...englishLines(list, english).map((line) => `${slug} list: ${line}`))
          const search = await page.locator('.search-filter input').getAttribute('placeholder')
          expect(search, `${slug} search box`).not.toMatch(/\b(by|по)\s*$/)
          await page.goto(`${server.url}/admin/collections/${slug}/create`)
          await page.locator('form').first().waitFor()
          const edit = await chromeText()
          seen.push(...englishLines(edit, english).map((line) => `${slug} edit: ${line}`))
        }
        // The globals and our own Translations view carry our words too.
        for (const view of [...globals.map((slug) => `globals/${slug}`), 'translations']) {
          await page.goto(`${server.url}/admin/${view}`)
          await page.locator('h1').first().waitFor()
          const text = await chromeText()
          seen.push(...englishLines(text, english).map((line) => `${view}: ${line}`))
        }
      })
      expect(seen).toEqual([])
    })
  }

  it('writes dates as the language does', async () => {
    await inAdminLanguage('ru', async () => {
      await page.goto(`${server.url}/admin/collections/articles`)
      const cell = page.locator('td.cell-updatedAt').first()
      await expect
        .poll(() => cell.innerText(), { timeout: 15_000 })
        .toMatch(/^\d{1,2} [а-яё]+ \d{4}, \d{2}:\d{2}$/)
      // The date picker of a document too, not "фев. 26, 2020 12:00 ПП" or "Feb 26, 2020 12:00 PM".
      const published = (await (
        await page.request.get(
          `${server.url}/api/articles?where[publishedAt][exists]=true&limit=1&depth=0`,
          asUser(),
        )
      ).json()) as { docs: { id: number }[] }
      await page.goto(`${server.url}/admin/collections/articles/${published.docs[0].id}`)
      const picker = page.locator('#field-publishedAt input')
      // Day, month, year and a 24-hour time. The month's language is not asserted: Payload registers
      // the picker's date-fns locale in an effect, so the first render may still name it in English.
      await expect
        .poll(() => picker.inputValue(), { timeout: 15_000 })
        .toMatch(/^\d{1,2} \p{L}+ \d{4}, \d{2}:\d{2}$/u)
    })
  })
})

describe('the translation badge', () => {
  it('speaks the admin language and names fields by their labels, whichever locale is edited', async () => {
    const created = await page.request.post(`${server.url}/api/articles?locale=az`, {
      ...asUser(),
      data: {
        title: 'Synthetic Article for the badge',
        excerpt: 'Sintetik xülasə',
        content: lexical('Sintetik mətn.'),
        _status: 'draft',
      },
    })
    expect(created.status()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    await inAdminLanguage('ru', async () => {
      await page.goto(`${server.url}/admin/collections/articles/${doc.id}?locale=en`)
      const badge = page.locator('.translation-badge__locale[data-locale="en"]')
      await badge.waitFor()
      const text = await badge.innerText()
      expect(text).toContain('EN: Не хватает')
      expect(text).toContain('Заголовок')
      expect(text).toContain('Аннотация')
      expect(text).not.toMatch(/\b(title|excerpt|content|Boş|tamam)\b/)
    })
  })

  it('is absent from a new document with no az content', async () => {
    await page.goto(`${server.url}/admin/collections/articles/create?locale=az`)
    await page.locator('#field-title').waitFor()
    expect(await page.locator('.translation-badge').count()).toBe(0)
  })
})

describe('the sign-in page', () => {
  it("names the archive, in the admin's language", async () => {
    const visitor = await browser.newPage({ locale: 'ru-RU' })
    await visitor.goto(`${server.url}/admin/login`)
    const heading = visitor.locator('.login-heading')
    await heading.waitFor()
    expect(await heading.innerText()).toMatch(/Вход для сотрудников/)
    expect((await heading.locator('h1').innerText()).length).toBeGreaterThan(3)
    await visitor.close()
  })
})
