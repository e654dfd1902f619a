import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ADMIN } from '@/lib/auth/firstAdmin'
import { launchChromium, signInToAdmin } from '@tests/helpers/chromium'
import { startServer, type RunningServer } from '@tests/helpers/server'
import { lexical, restClient } from '@tests/helpers/site'

let server: RunningServer
let browser: Browser
let page: Page
let adminToken = ''
const api = restClient(
  () => server.url,
  () => adminToken,
)
const translator = { email: 'translator@khojaly.example', password: 'a-long-translator-password' }

beforeAll(async () => {
  server = await startServer()
  browser = await launchChromium()
  page = await browser.newPage({ locale: 'en-GB' })
  adminToken = (
    await api('POST', '/api/users/login', {
      email: DEMO_ADMIN.email,
      password: DEMO_ADMIN.password,
    })
  ).json.token!
  expect(
    (await api('POST', '/api/users', { ...translator, name: 'Translator', roles: ['translator'] }))
      .status,
  ).toBe(201)
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('a translator finds missing work, reads the az source beside the field, and completes it', () => {
  const marker = `t${Date.now().toString(36)}`
  const azExcerpt = `Azərbaycanca xülasə ${marker}`
  let id = 0

  it('an editor has published an article whose en translation lacks its excerpt', async () => {
    const created = await api('POST', '/api/articles?locale=az', {
      title: `Məqalə ${marker}`,
      excerpt: azExcerpt,
      content: lexical(`Mətn ${marker}`),
      _status: 'published',
    })
    expect(created.status).toBe(201)
    id = created.json.doc!.id
    const en = await api('PATCH', `/api/articles/${id}?locale=en`, {
      title: `Article ${marker}`,
      content: lexical(`Text ${marker}`),
      _status: 'published',
    })
    expect(en.status).toBe(200)
  })

  it('shows the article as missing in en in the Translations view', async () => {
    await signInToAdmin(page, server.url, translator)
    // The nav link is there (the nav itself may be collapsed at this width); follow its address.
    const link = page.locator('a#nav-translations')
    await link.waitFor({ state: 'attached' })
    await page.goto(new URL((await link.getAttribute('href'))!, server.url).toString())
    const row = page.locator(`tr[data-doc="articles/${id}"][data-locale="en"]`)
    await row.waitFor()
    expect(await row.getAttribute('data-status')).toBe('missing')
    await row.locator('a.translations-view__open').click()
    await page.waitForURL(new RegExp(`/admin/collections/articles/${id}\\?.*locale=en`))
  })

  it('shows the az source beside the en field, and the status turns complete once filled and saved', async () => {
    const source = page.locator('aside[data-az-source="excerpt"] .az-source__text')
    await source.waitFor({ timeout: 20_000 })
    expect(await source.innerText()).toContain(azExcerpt)
    // Only what a translator may do: save a draft; no Publish, no Schedule (its menu hangs off Publish).
    const saveDraft = page.locator('#action-save-draft')
    await saveDraft.waitFor()
    expect(await page.locator('#action-save').count()).toBe(0)
    expect(await page.getByText(/schedule publish/i).count()).toBe(0)
    await page.locator('#field-excerpt').fill(`English summary ${marker}`)
    await saveDraft.click()
    await page
      .getByText(/draft saved successfully/i)
      .first()
      .waitFor({ timeout: 15_000 })
    await expect
      .poll(
        async () => {
          const response = await fetch(
            `${server.url}/api/articles/${id}?locale=en&draft=true&depth=0`,
            { headers: { authorization: `JWT ${adminToken}` } },
          )
          return ((await response.json()) as { translationEn?: string }).translationEn
        },
        { timeout: 15_000 },
      )
      .toBe('complete')
    await page.reload()
    await page
      .locator('.translation-badge__locale[data-locale="en"][data-status="complete"]')
      .waitFor({ timeout: 20_000 })
  })
})
