/**
 * `npm run screenshots`: home, an article, search and the visualisation pages at 390 px (a phone) and
 * 1280 px in each locale, and an article's edit view in each admin language, from the built app on
 * a freshly seeded database, and a translator's way through a job (docs/translation.md), into
 * docs/screenshots/.
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
  await translatorWalkthrough(browser, server.url)
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

/**
 * A translator's way through a job, in English at 1280 px: the Translations view where an editor
 * assigns, the translator's dashboard, the en edit view with the az source, the glossary and a
 * translation-memory match, and a reviewer's comment beside a field. The job's article is a
 * synthetic copy of a demo article's az text (so memory offers the demo's English), written to this
 * throwaway database only.
 */
async function translatorWalkthrough(browser: Browser, url: string) {
  type Json = Record<string, unknown> & {
    token?: string
    doc?: { id: number }
    docs?: { id: number; title?: string; excerpt?: string; content?: unknown }[]
    jobs?: number[]
  }
  const json = async (response: Response) => (await response.json()) as Json
  const call = (token: string) => (method: string, route: string, body?: unknown) =>
    fetch(`${url}${route}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(json)
  const signIn = async (email: string, password: string) =>
    (await call('')('POST', '/api/users/login', { email, password })).token!
  const admin = call(await signIn(DEMO_ADMIN.email, DEMO_ADMIN.password))
  const translator = {
    email: 'synthetic-translator@khojaly.example',
    password: 'a-long-test-password',
  }
  const { doc: user } = await admin('POST', '/api/users', {
    ...translator,
    name: 'Synthetic Translator',
    roles: ['translator'],
  })
  const { docs } = await admin('GET', '/api/articles?locale=az&limit=20&depth=0&sort=-publishedAt')
  const source = docs!.find((d) => /Xocalı/.test(d.excerpt ?? '')) ?? docs![0]
  const { doc: article } = await admin('POST', '/api/articles?locale=az', {
    title: `${source.title} (synthetic copy)`,
    excerpt: source.excerpt,
    content: source.content,
    _status: 'published',
  })
  const assigned = await admin('POST', '/api/translation-jobs/assign', {
    select: [`articles/${article!.id}/en`],
    assignee: String(user!.id),
  })
  const jobId = assigned.jobs![0]

  const shoot = async (page: import('playwright-core').Page, name: string) => {
    const file = path.join(out, `translation-${name}.jpg`)
    await page.screenshot({ path: file, fullPage: true, type: 'jpeg', quality: 70 })
    console.log(`wrote ${path.relative(process.cwd(), file)}`)
  }
  const context = await browser.newContext({
    colorScheme: 'light',
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
  })
  const page = await context.newPage()
  await signInToAdmin(page, url, DEMO_ADMIN)
  await page.goto(`${url}/admin/translations`, { waitUntil: 'networkidle' })
  await shoot(page, 'assign')
  await context.clearCookies()

  await signInToAdmin(page, url, translator)
  await page.locator('.my-jobs').waitFor()
  await shoot(page, 'my-jobs')
  await page.goto(`${url}/admin/collections/articles/${article!.id}?locale=en`, {
    waitUntil: 'networkidle',
  })
  await page.locator('.memory-matches').first().waitFor({ timeout: 20_000 })
  await page.locator('#field-excerpt').fill(`${source.excerpt} Khodjaly`)
  await page.locator('.glossary-warning li').first().waitFor({ timeout: 10_000 })
  await shoot(page, 'edit')

  // The job returned with a comment on the summary, as a reviewer writes one.
  await admin('PATCH', `/api/translation-jobs/${jobId}`, { state: 'inProgress' })
  await admin('PATCH', `/api/translation-jobs/${jobId}`, { state: 'inReview' })
  await admin('PATCH', `/api/translation-jobs/${jobId}`, {
    state: 'inProgress',
    reviewComments: [
      { field: 'excerpt', comment: 'Keep the town’s name as the glossary gives it.' },
    ],
  })
  await page.goto(`${url}/admin/collections/articles/${article!.id}?locale=en`, {
    waitUntil: 'networkidle',
  })
  await page.locator('.review-comment').first().waitFor({ timeout: 20_000 })
  await shoot(page, 'review-comment')
  await context.close()
}
