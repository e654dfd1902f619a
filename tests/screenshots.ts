/**
 * `npm run screenshots`: home, an article, search and the visualisation pages at 390 px (a phone) and
 * 1280 px in each locale, and an article's edit view in each admin language, from the built app on
 * a freshly seeded database, into docs/screenshots/.
 * Needs a build (`npm run build`); it starts and stops its own `next start`.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'

import { DEMO_ADMIN } from '@/lib/auth/firstAdmin'
import { launchChromium, signInToAdmin } from '@tests/helpers/chromium'
import { startServer } from '@tests/helpers/server'

const out = path.resolve(import.meta.dirname, '..', 'docs', 'screenshots')
fs.mkdirSync(out, { recursive: true })

const server = await startServer({ seed: true })
const browser = await launchChromium()
try {
  const articles = (await (
    await fetch(`${server.url}/api/articles?limit=1&sort=-publishedAt&depth=0`)
  ).json()) as { docs: { slug: string }[] }
  const article = `/articles/${articles.docs[0].slug}`
  const shots: [string, string, number[]][] = [
    ['home', '', [390, 1280]],
    ['article', article, [390, 1280]],
    ['recognitions', '/recognitions', [390, 1280]],
    ['search', '/search?q=1992', [390, 1280]],
    ['monuments', '/monuments', [1280]],
    ['timeline', '/timeline', [1280]],
  ]
  for (const locale of ['az', 'en', 'ru']) {
    for (const [name, route, widths] of shots) {
      for (const width of widths) {
        const page = await browser.newPage({
          viewport: { width, height: 900 },
          colorScheme: 'light',
        })
        await page.goto(`${server.url}/${locale}${route}`, { waitUntil: 'networkidle' })
        // A full-page shot: images below the first screen would otherwise wait for a scroll.
        await page.evaluate(() =>
          document.querySelectorAll('img').forEach((img) => (img.loading = 'eager')),
        )
        await page.waitForFunction(() => [...document.images].every((img) => img.complete))
        const file = path.join(out, `${name}-${locale}-${width}.jpg`)
        await page.screenshot({ path: file, fullPage: true, type: 'jpeg', quality: 70 })
        console.log(`wrote ${path.relative(process.cwd(), file)}`)
        await page.close()
      }
    }
  }
  await adminEditViews(browser, server.url, article)
} finally {
  await browser.close()
  await server.stop()
}

/** The edit view of an article, signed in as the demo admin, in each admin language at both widths. */
async function adminEditViews(browser: Browser, url: string, articlePath: string) {
  const context = await browser.newContext({ colorScheme: 'light' })
  const page = await context.newPage()
  await signInToAdmin(page, url, DEMO_ADMIN)
  const slug = articlePath.split('/').pop()!
  const { docs } = (await (
    await page.request.get(`${url}/api/articles?where[slug][equals]=${slug}&depth=0`, {
      headers: { origin: url },
    })
  ).json()) as { docs: { id: number }[] }
  for (const language of ['az', 'en', 'ru']) {
    await context.addCookies([{ name: 'payload-lng', value: language, url }])
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(`${url}/admin/collections/articles/${docs[0].id}?locale=az`, {
        waitUntil: 'networkidle',
      })
      await page.locator('#field-title').waitFor()
      const file = path.join(out, `admin-edit-${language}-${width}.jpg`)
      await page.screenshot({ path: file, fullPage: true, type: 'jpeg', quality: 70 })
      console.log(`wrote ${path.relative(process.cwd(), file)}`)
    }
  }
  await context.close()
}
