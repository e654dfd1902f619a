import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ADMIN } from '@/lib/auth/firstAdmin'
import { launchChromium, signInToAdmin } from '@tests/helpers/chromium'
import { watchCspViolations } from '@tests/helpers/csp'
import { startServer, type RunningServer } from '@tests/helpers/server'

let server: RunningServer
let browser: Browser
let page: Page
let violations: string[] = []

beforeAll(async () => {
  server = await startServer()
  browser = await launchChromium()
  page = await browser.newPage({ locale: 'en-GB' })
  violations = await watchCspViolations(page)
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function fillRichText(text: string) {
  const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await editor.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Backspace')
  await editor.pressSequentially(text)
}

async function publish() {
  // The rich text field hands its value to the form when the browser is idle
  // (richtext-lexical's useRunDeprioritized): on a loaded machine a click right after typing
  // saved the text from before. A person pauses; so does the test, until the page is idle.
  for (let i = 0; i < 2; i++)
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null))))
  await page.locator('#action-save').click()
  await page
    .getByText(/published successfully|updated successfully|successfully created/i)
    .first()
    .waitFor({ timeout: 20_000 })
}

describe('an editor publishes a page in az and en from the admin', () => {
  const marker = `m${Date.now().toString(36)}`
  let pageId = ''

  it('signs in to /admin as the demo admin', async () => {
    await signInToAdmin(page, server.url, DEMO_ADMIN)
    expect(await page.locator('nav').getByText('Pages').count()).toBeGreaterThan(0)
  })

  it('creates and publishes the page in az', async () => {
    await page.goto(`${server.url}/admin/collections/pages/create?locale=az`)
    await page.locator('#field-title').fill(`Xocalı xatirəsi ${marker}`)
    await fillRichText(`Azərbaycanca mətn ${marker}.`)
    await publish()
    await page.waitForURL(/\/admin\/collections\/pages\/\d+/)
    pageId = /pages\/(\d+)/.exec(page.url())![1]
  })

  it('adds the en translation and publishes it', async () => {
    await page.goto(`${server.url}/admin/collections/pages/${pageId}?locale=en`)
    const title = page.locator('#field-title')
    await title.waitFor()
    await title.fill(`Khojaly remembrance ${marker}`)
    await fillRichText(`English text ${marker}.`)
    await publish()
  })

  it('shows each locale on its public page, and az where ru has no translation yet', async () => {
    const slug = `xocali-xatiresi-${marker}`
    const expectations = [
      { locale: 'az', title: `Xocalı xatirəsi ${marker}`, body: `Azərbaycanca mətn ${marker}.` },
      { locale: 'en', title: `Khojaly remembrance ${marker}`, body: `English text ${marker}.` },
      { locale: 'ru', title: `Xocalı xatirəsi ${marker}`, body: `Azərbaycanca mətn ${marker}.` },
    ]
    const visitor = await browser.newPage()
    for (const { locale, title, body } of expectations) {
      const response = await visitor.goto(`${server.url}/${locale}/${slug}`)
      expect(response?.status()).toBe(200)
      expect(await visitor.locator('html').getAttribute('lang')).toBe(locale)
      expect(await visitor.locator('h1').innerText()).toBe(title)
      expect(await visitor.locator('main').innerText()).toContain(body)
    }
    await visitor.close()
  })

  it('did all of it under the admin’s own nonce policy, without a single refused script or style', async () => {
    const policy =
      (await fetch(`${server.url}/admin/login`)).headers.get('content-security-policy') ?? ''
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'; /)
    expect(violations).toEqual([])
  })
})
