import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ADMIN } from '@/lib/auth/firstAdmin'
import { launchChromium, signInToAdmin } from '@tests/helpers/chromium'
import { startServer, type RunningServer } from '@tests/helpers/server'

let server: RunningServer
let browser: Browser
let page: Page

beforeAll(async () => {
  server = await startServer()
  browser = await launchChromium()
  page = await browser.newPage({ locale: 'en-GB' })
  await signInToAdmin(page, server.url, DEMO_ADMIN)
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Every article the signed-in editor can see, drafts included. */
async function articleCount(): Promise<number> {
  const response = await page.request.get(`${server.url}/api/articles?draft=true&limit=1&depth=0`)
  expect(response.status()).toBe(200)
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

describe('creating a document in the admin', () => {
  it('makes no document for a visit to the create view that types nothing', async () => {
    const before = await articleCount()
    await page.goto(`${server.url}/admin/collections/articles`)
    await page.getByRole('link', { name: /create new/i }).first().click()
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
    expect(await articleCount()).toBe(before + 1)
    await page.locator('#field-title').fill('Synthetic Article for the create view, edited')
    await expect
      .poll(
        async () => {
          const id = /articles\/(\d+)/.exec(page.url())![1]
          const response = await page.request.get(
            `${server.url}/api/articles/${id}?draft=true&locale=az&depth=0`,
          )
          return ((await response.json()) as { title?: string }).title
        },
        { timeout: 15_000 },
      )
      .toBe('Synthetic Article for the create view, edited')
    expect(await articleCount()).toBe(before + 1)
  })
})
