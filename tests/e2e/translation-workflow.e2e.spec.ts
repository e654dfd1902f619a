import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ADMIN } from '@/lib/auth/firstAdmin'
import { launchChromium, signInToAdmin } from '@tests/helpers/chromium'
import { startServer, type RunningServer } from '@tests/helpers/server'
import { lexical, restClient } from '@tests/helpers/site'

let server: RunningServer
let browser: Browser
let editorPage: Page
let translatorPage: Page
let adminToken = ''
const api = restClient(
  () => server.url,
  () => adminToken,
)
const password = 'a-long-test-password'
const editor = { email: 'synthetic-editor@khojaly.example', password }
const translator = { email: 'synthetic-translator@khojaly.example', password }
let translatorId = 0

const marker = `w${Date.now().toString(36)}`
const remembered = { az: 'Sintetik xatirə axşamı', en: 'Synthetic evening of remembrance' }
const azTitle = remembered.az
const azExcerpt = `Xocalı haqqında sintetik xülasə ${marker}`
const enExcerpt = `A synthetic summary about Khojaly ${marker}`
let articleId = 0
let slug = ''
let jobId = 0

// Until the page is idle: the rich text field hands its value to the form then, not on each key.
const idle = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null))))

async function saveDraft(page: Page) {
  await idle(page)
  await page.locator('#action-save-draft').click()
  await page
    .getByText(/draft saved successfully/i)
    .first()
    .waitFor({ timeout: 20_000 })
}

async function jobState() {
  const { json } = await api('GET', `/api/translation-jobs/${jobId}?depth=0`)
  return json.state
}

beforeAll(async () => {
  // The job runner every 2 s: translation memory is recorded on its queue after a publish.
  server = await startServer({ env: { JOBS_CRON: '*/2 * * * * *' } })
  browser = await launchChromium()
  editorPage = await browser.newPage({ locale: 'en-GB' })
  translatorPage = await browser.newPage({ locale: 'en-GB' })
  adminToken = (
    await api('POST', '/api/users/login', {
      email: DEMO_ADMIN.email,
      password: DEMO_ADMIN.password,
    })
  ).json.token!
  expect(
    (await api('POST', '/api/users', { ...editor, name: 'Synthetic Editor', roles: ['editor'] }))
      .status,
  ).toBe(201)
  const created = await api('POST', '/api/users', {
    ...translator,
    name: 'Synthetic Translator',
    roles: ['translator'],
  })
  expect(created.status).toBe(201)
  translatorId = created.json.doc!.id
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('a translator works through a job: memory, glossary, review, and en published alone', () => {
  it('has an earlier translation in memory and the town’s name in the glossary', async () => {
    const earlier = await api('POST', '/api/articles?locale=az', {
      title: remembered.az,
      slug: `synthetic-earlier-${marker}`,
      excerpt: 'Sintetik əvvəlki xülasə',
      content: lexical('Sintetik əvvəlki mətn.'),
      _status: 'published',
    })
    expect(earlier.status).toBe(201)
    const en = await api('PATCH', `/api/articles/${earlier.json.doc!.id}?locale=en`, {
      title: remembered.en,
      excerpt: 'A synthetic earlier summary',
      content: lexical('Synthetic earlier text.'),
      _status: 'published',
    })
    expect(en.status).toBe(200)
    const term = await api('POST', '/api/glossary?locale=az', { term: 'Xocalı' })
    expect(term.status, JSON.stringify(term.json)).toBe(201)
    const termId = term.json.doc!.id
    expect(
      (
        await api('PATCH', `/api/glossary/${termId}?locale=en`, {
          term: 'Khojaly',
          forbidden: ['Khodjaly'],
        })
      ).status,
    ).toBe(200)
    // The job runner records the published pair.
    await expect
      .poll(
        async () => {
          const { json } = await api(
            'GET',
            `/api/translation-memory?locale=az&limit=5&where[target][equals]=${encodeURIComponent(remembered.en)}`,
          )
          return (json.docs as unknown[] | undefined)?.length ?? 0
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBeGreaterThan(0)
  })

  it('an editor publishes the az article and assigns its en translation from the Translations view', async () => {
    // The same az title as the earlier article, so memory holds its exact translation.
    const created = await api('POST', '/api/articles?locale=az', {
      title: azTitle,
      slug: `synthetic-job-${marker}`,
      excerpt: azExcerpt,
      content: lexical(`Sintetik mətn ${marker}`),
      _status: 'published',
    })
    expect(created.status).toBe(201)
    articleId = created.json.doc!.id
    slug = created.json.doc!.slug

    await signInToAdmin(editorPage, server.url, editor)
    await editorPage.goto(`${server.url}/admin/translations`)
    await editorPage
      .locator(`input.translations-view__select[value="articles/${articleId}/en"]`)
      .check()
    await editorPage
      .locator('#assign-jobs select[name="assignee"]')
      .selectOption(String(translatorId))
    await editorPage.locator('#assign-jobs button[type="submit"]').click()
    await editorPage.locator('.assign-jobs__message').waitFor({ timeout: 20_000 })
    const { json } = await api('GET', '/api/translation-jobs?limit=1&sort=-createdAt&depth=0')
    const [job] = json.docs as unknown as { id: number; targetLocale: string; state: string }[]
    jobId = job.id
    expect([job.targetLocale, job.state]).toEqual(['en', 'assigned'])
  })

  it('the visitor reads the az text with the notice on the en page, and no en page in the sitemap', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/en/articles/${slug}`)
    expect(await page.locator('h1').innerText()).toBe(azTitle)
    await page.locator('.fallback-notice').waitFor()
    await page.goto(`${server.url}/az/articles/${slug}`)
    // The switcher offers only the published locales of the document.
    expect(await page.locator('.language-switcher a[hreflang="en"]').isVisible()).toBe(false)
    expect(await page.locator('.language-switcher a[hreflang="az"]').isVisible()).toBe(true)
    await page.close()
    const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text()
    expect(sitemap).toContain(`/az/articles/${slug}`)
    expect(sitemap).not.toContain(`/en/articles/${slug}`)
  })

  it('the translator opens the job, inserts the memory match, and fixes a glossary warning', async () => {
    const page = translatorPage
    await signInToAdmin(page, server.url, translator)
    const row = page.locator(`tr.my-jobs__job[data-job="${jobId}"]`)
    await row.waitFor()
    await row.getByRole('button', { name: 'Start' }).click()
    await page.locator(`tr.my-jobs__job[data-job="${jobId}"][data-state="inProgress"]`).waitFor()
    await page.locator(`tr.my-jobs__job[data-job="${jobId}"] a.my-jobs__document`).first().click()
    await page.waitForURL(new RegExp(`/admin/collections/articles/${articleId}\\?.*locale=en`))

    const matches = page.locator('.memory-matches[data-memory-matches="title"]')
    const exact = matches.locator('.memory-matches__match').filter({ hasText: '100%' }).first()
    await exact.waitFor({ timeout: 20_000 })
    expect(await exact.innerText()).toContain(remembered.en)
    await exact.getByRole('button').click()
    await expect.poll(() => page.locator('#field-title').inputValue()).toBe(remembered.en)

    const excerpt = page.locator('#field-excerpt')
    const warning = page.locator('.glossary-warning[data-glossary-warning="excerpt"]')
    await excerpt.fill(`A synthetic summary about Khodjaly ${marker}`)
    await expect.poll(() => warning.innerText(), { timeout: 10_000 }).toContain('Khodjaly')
    await excerpt.fill(enExcerpt)
    await expect.poll(() => warning.innerText(), { timeout: 10_000 }).toBe('')

    const editorField = page.locator('.rich-text-lexical [contenteditable="true"]').first()
    await editorField.click()
    await editorField.pressSequentially(`Synthetic text ${marker}`)
    await saveDraft(page)
  })

  it('the translator sends the job to review', async () => {
    const page = translatorPage
    await page.goto(`${server.url}/admin`)
    await page
      .locator(`tr.my-jobs__job[data-job="${jobId}"]`)
      .getByRole('button', { name: 'Send to review' })
      .click()
    await page.locator(`tr.my-jobs__job[data-job="${jobId}"][data-state="inReview"]`).waitFor()
    expect(await jobState()).toBe('inReview')
  })

  it('the editor returns the summary with a comment', async () => {
    const page = editorPage
    await page.goto(`${server.url}/admin/collections/translation-jobs/${jobId}`)
    await page.locator('.review-actions').waitFor({ timeout: 20_000 })
    await page.getByRole('button', { name: /add comment/i }).click()
    await page.locator('#field-reviewComments__0__field').fill('excerpt')
    await page
      .locator('#field-reviewComments__0__comment')
      .fill('Synthetic review: say that the summary is synthetic test text.')
    await idle(page)
    await page.locator('.review-actions__return').click()
    await expect.poll(jobState, { timeout: 20_000 }).toBe('inProgress')
  })

  it('the translator sees the comment beside the field, fixes it and sends the job back', async () => {
    const page = translatorPage
    await page.goto(`${server.url}/admin/collections/articles/${articleId}?locale=en`)
    const comment = page.locator('.review-comment[data-resolved="false"]')
    await comment.waitFor({ timeout: 20_000 })
    expect(await comment.innerText()).toContain('Synthetic review')
    await page.locator('#field-excerpt').fill(`${enExcerpt} (synthetic test text)`)
    await saveDraft(page)
    await comment.locator('.review-comment__resolve').click()
    await page.locator('.review-comment[data-resolved="true"]').waitFor({ timeout: 20_000 })
    await page.goto(`${server.url}/admin`)
    await page
      .locator(`tr.my-jobs__job[data-job="${jobId}"]`)
      .getByRole('button', { name: 'Send to review' })
      .click()
    await expect.poll(jobState, { timeout: 20_000 }).toBe('inReview')
  })

  it('the editor accepts and publishes en alone: the en page shows it within 2 s, az is unchanged', async () => {
    const page = editorPage
    await page.goto(`${server.url}/admin/collections/translation-jobs/${jobId}`)
    await page.locator('.review-actions__accept').click()
    await expect.poll(jobState, { timeout: 20_000 }).toBe('done')

    const visitor = await browser.newPage()
    await visitor.goto(`${server.url}/az/articles/${slug}`)
    const azBefore = await visitor.locator('main').innerText()

    await page.goto(`${server.url}/admin/collections/articles/${articleId}?locale=en`)
    const publish = page.locator('#action-save')
    await publish.waitFor()
    // The button names the locale once the form knows its localized fields (a moment after load).
    await expect.poll(() => publish.innerText(), { timeout: 10_000 }).toMatch(/publish in english/i)
    await idle(page)
    await publish.click()
    await page
      .getByText(/published successfully|updated successfully/i)
      .first()
      .waitFor({ timeout: 20_000 })
    const published = Date.now()
    let shownAfter = Infinity
    while (Date.now() - published < 5_000) {
      await visitor.goto(`${server.url}/en/articles/${slug}`)
      if ((await visitor.locator('h1').innerText()) === remembered.en) {
        shownAfter = Date.now() - published
        break
      }
    }
    expect(shownAfter).toBeLessThan(2_000)
    expect(await visitor.locator('.fallback-notice').count()).toBe(0)
    expect(await visitor.locator('main').innerText()).toContain('synthetic test text')

    await visitor.goto(`${server.url}/az/articles/${slug}`)
    expect(await visitor.locator('h1').innerText()).toBe(azTitle)
    expect(await visitor.locator('main').innerText()).toBe(azBefore)
    expect(await visitor.locator('.language-switcher a[hreflang="en"]').isVisible()).toBe(true)
    await visitor.close()

    // Published again alone: only en's pages are cleared, and they show it just as fast.
    const again = await api(
      'PATCH',
      `/api/articles/${articleId}?locale=en&publishSpecificLocale=en`,
      { title: `${remembered.en}, revised`, _status: 'published' },
    )
    expect(again.status).toBe(200)
    const revised = Date.now()
    const page2 = await browser.newPage()
    let revisedAfter = Infinity
    while (Date.now() - revised < 5_000) {
      await page2.goto(`${server.url}/en/articles/${slug}`)
      if ((await page2.locator('h1').innerText()) === `${remembered.en}, revised`) {
        revisedAfter = Date.now() - revised
        break
      }
    }
    expect(revisedAfter).toBeLessThan(2_000)
    await page2.goto(`${server.url}/az/articles/${slug}`)
    expect(await page2.locator('main').innerText()).toBe(azBefore)
    await page2.close()

    const all = await api('GET', `/api/articles/${articleId}?locale=all&depth=0`)
    expect(all.json._status).toEqual({ az: 'published', en: 'published' })
    const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text()
    expect(sitemap).toContain(`/en/articles/${slug}`)
  })
})
