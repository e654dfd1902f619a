import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ADMIN } from '@/lib/auth/firstAdmin'
import { localeCodes } from '@/i18n/locales'
import { axeViolations } from '@tests/helpers/axe'
import { launchChromium, signInToAdmin } from '@tests/helpers/chromium'
import { ensureOcr } from '@tests/helpers/ocr'
import { scannedPdf } from '@tests/helpers/pdfFixtures'
import { startServer, type RunningServer } from '@tests/helpers/server'
import { restClient } from '@tests/helpers/site'

let server: RunningServer
let browser: Browser
let token = ''
const api = restClient(
  () => server.url,
  () => token,
)

// Synthetic scans: page 1 in Azerbaijani, page 2 in Russian, each with a word nothing else has.
const SCAN = [
  'Sintetik skan sənədi: birinci səhifədə çinarlıqdakı qovluq.',
  'Синтетическая вторая страница: изумрудоподобные листы архива.',
]
const PAGE_2_WORD = 'изумрудоподобные'

type MediaDoc = {
  id: number
  url: string
  processing?: { status?: string; message?: string }
  pages?: { number: number; text: string; method: string }[]
}

let media: MediaDoc
let resolution: { id: number; slug: string }

beforeAll(async () => {
  const ocr = ensureOcr()
  if (!ocr.ok) throw new Error(ocr.reason)
  // The media queue every two seconds, so the test waits for the job, not for the minute.
  server = await startServer({ seed: true, env: { JOBS_CRON: '*/2 * * * * *' } })
  browser = await launchChromium()
  const login = await api('POST', '/api/users/login', {
    email: DEMO_ADMIN.email,
    password: DEMO_ADMIN.password,
  })
  token = String(login.json.token)
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const readMedia = async (id: number) =>
  (await api('GET', `/api/media/${id}?depth=0`)).json as unknown as MediaDoc

/** Reports the IIIF requests a page makes and their statuses. */
const iiifRequests = (page: Page) => {
  const seen: { url: string; status: number }[] = []
  page.on('response', (response) => {
    if (response.url().includes('/api/iiif/image/'))
      seen.push({ url: response.url(), status: response.status() })
  })
  return seen
}

describe('a scanned document, from the editor’s upload to the reader’s page', () => {
  it('is uploaded in the admin, read by OCR in the background, its pages listed there for correction', async () => {
    const page = await browser.newPage()
    await signInToAdmin(page, server.url, DEMO_ADMIN)
    await page.goto(`${server.url}/admin/collections/media/create`)
    await page.locator('input[type="file"]').setInputFiles({
      name: 'sintetik-skan-e2e.pdf',
      mimeType: 'application/pdf',
      buffer: await scannedPdf(SCAN),
    })
    await page.locator('#action-save').click()
    await page.waitForURL(/\/admin\/collections\/media\/\d+/, { timeout: 30_000 })
    const id = Number(/\/media\/(\d+)/.exec(page.url())![1])

    await expect
      .poll(
        // The job's outcome, with its reason when it fails.
        async () => {
          const { processing } = await readMedia(id)
          return processing?.status === 'failed'
            ? `failed: ${processing.message}`
            : processing?.status
        },
        { timeout: 90_000, interval: 1000 },
      )
      .toBe('done')
    media = await readMedia(id)
    expect(media.pages?.map((p) => p.method)).toEqual(['ocr', 'ocr'])
    expect(media.pages?.[1].text).toContain(PAGE_2_WORD)

    await page.reload()
    // The page list, one row per page, labelled with where its text came from.
    await expect
      .poll(() => page.getByText(/(Page|Səhifə|Страница) 2 · OCR/).count(), { timeout: 15_000 })
      .toBe(1)
    await page.close()
  })

  it('is found by a word on its second page in each locale, the hit opening the PDF at that page', async () => {
    const created = await api('POST', '/api/resolutions?locale=az', {
      title: 'Sintetik skan qətnaməsi (e2e)',
      body: 'Sintetik parlament',
      jurisdiction: 'AZ',
      adoptedAt: '1994-02-24T00:00:00.000Z',
      adoptedAtPrecision: 'day',
      kind: 'resolution',
      summary: 'Sintetik skan edilmiş sənədin xülasəsi.',
      originalFile: media.id,
      _status: 'published',
    })
    expect(created.status).toBe(201)
    resolution = created.json.doc as { id: number; slug: string }

    const page = await browser.newPage()
    for (const locale of localeCodes) {
      await page.goto(`${server.url}/${locale}/search?q=${encodeURIComponent(PAGE_2_WORD)}`)
      const hit = page.locator('.search-results li', { hasText: 'Sintetik skan qətnaməsi (e2e)' })
      await expect.poll(() => hit.count()).toBe(1)
      expect(await hit.locator('mark').first().textContent()).toBe(PAGE_2_WORD)
      const open = hit.locator(`a[href$="#page=2"]`)
      expect(await open.getAttribute('href')).toBe(`${media.url}#page=2`)
      const pdf = await fetch(new URL(media.url, server.url))
      expect(pdf.headers.get('content-type')).toBe('application/pdf')
      expect(await hit.locator('.meta').textContent()).toMatch(/2/)
    }
    await page.close()
  })

  it('shows its pages as images linked to the PDF without JavaScript, and no viewer button', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${server.url}/en/resolutions/${resolution.slug}`)
    const pages = page.locator('.original-pages li')
    expect(await pages.count()).toBe(2)
    expect(await pages.nth(1).locator('a').getAttribute('href')).toBe(`${media.url}#page=2`)
    await expect
      .poll(() =>
        page
          .locator('.original-pages img')
          .evaluateAll((images) =>
            images.every((img) => (img as HTMLImageElement).naturalWidth > 0),
          ),
      )
      .toBe(true)
    expect(await page.locator('.original-viewer button').count()).toBe(0)
    expect(await page.locator('.iiif-link a').getAttribute('href')).toBe(
      `/api/iiif/resolutions/${resolution.id}/manifest`,
    )
    await context.close()
  })

  it('opens a deep-zoom viewer on asking, at the page a link names, turning pages from its own buttons', async () => {
    const page = await browser.newPage()
    const requests = iiifRequests(page)
    await page.goto(`${server.url}/az/resolutions/${resolution.slug}#page-2`)
    await page.getByRole('button', { name: 'Orijinala baxın' }).click()
    const indicator = page.locator('.viewer-page')
    await expect.poll(() => indicator.textContent(), { timeout: 20_000 }).toBe('Səhifə 2 / 2')
    // Tiles of page 2, from this site, drawn on the viewer's canvas.
    await expect
      .poll(
        () => requests.filter((r) => r.url.includes(`/${media.id}-p2/`) && r.status === 200).length,
        {
          timeout: 20_000,
        },
      )
      .toBeGreaterThan(0)
    expect(requests.filter((r) => r.status !== 200)).toEqual([])
    expect(await page.locator('.viewer-canvas canvas').count()).toBeGreaterThan(0)

    await page.getByRole('button', { name: 'Əvvəlki səhifə' }).click()
    await expect.poll(() => indicator.textContent()).toBe('Səhifə 1 / 2')
    await expect
      .poll(() => requests.filter((r) => r.url.includes(`/${media.id}-p1/`)).length)
      .toBeGreaterThan(0)
    expect(await axeViolations(page)).toEqual([])

    await page.getByRole('button', { name: 'Bağlayın' }).click()
    expect(await page.locator('.viewer-frame').count()).toBe(0)
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Orijinala baxın')
    await page.close()
  })
})
