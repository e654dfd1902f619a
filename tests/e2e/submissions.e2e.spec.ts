import http from 'node:http'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ADMIN } from '@/lib/auth/firstAdmin'
import { axeViolations } from '@tests/helpers/axe'
import { launchChromium, signInToAdmin } from '@tests/helpers/chromium'
import { startServer, type RunningServer } from '@tests/helpers/server'
import { restClient } from '@tests/helpers/site'
import { startTestSmtp, type TestSmtp } from '@tests/helpers/smtpServer'

/**
 * The public's side of the archive, as families and witnesses use it: a testimony about a person
 * and a correction of a recognition, sent in az with JavaScript off and in ru with it on, confirmed
 * through the link the test SMTP server receives; then an editor accepts the testimony (it appears
 * on the person's page, signed as consented) and rejects the correction with a reason; and a sender
 * withdraws a submission through their link. Every name is synthetic and says so.
 */
let server: RunningServer
let smtp: TestSmtp
let browser: Browser
let token = ''
const api = restClient(
  () => server.url,
  () => token,
)
let person: { id: number; slug: string }
let recognition: number

type Variant = { locale: 'az' | 'ru'; javaScript: boolean }
const variants: Variant[] = [
  { locale: 'az', javaScript: false },
  { locale: 'ru', javaScript: true },
]

/** What each locale's pages say (src/i18n/messages, remember). */
const TEXT = {
  az: {
    missingEmail: 'Bu sahəni doldurun.',
    sent: 'E-poçtunuzu yoxlayın',
    confirm: 'Təsdiqləyirəm',
    confirmed: 'Göndərişiniz təsdiqləndi',
    withdraw: 'Geri götürürəm',
    withdrawn: 'Göndərişiniz geri götürüldü.',
    suggest: 'Düzəliş təklif edin',
    signed: 'Göndərən: Sintetik Qohum (Qohum)',
  },
  ru: {
    missingEmail: 'Заполните это поле.',
    sent: 'Проверьте почту',
    confirm: 'Подтвердить',
    confirmed: 'Обращение подтверждено',
    withdraw: 'Отозвать',
    withdrawn: 'Ваше обращение отозвано.',
    suggest: 'Предложить исправление',
    signed: 'Прислал(а): Sintetik Qohum (Родственник)',
  },
}

beforeAll(async () => {
  smtp = await startTestSmtp()
  server = await startServer({
    seed: true,
    env: { ...smtp.env, SUBMISSIONS_MIN_SECONDS: '1' },
  })
  browser = await launchChromium()
  token = String((await api('POST', '/api/users/login', DEMO_ADMIN)).json.token)
  const created = await api('POST', '/api/people?locale=az', {
    familyName: 'Sintetikov',
    givenName: 'Xatirə',
    privacy: 'public',
    fates: [{ fate: 'killed', confidence: 'single' }],
    _status: 'published',
  })
  expect(created.status, JSON.stringify(created.json)).toBe(201)
  person = created.json.doc!
  const recognitions = await api('GET', '/api/recognitions?limit=1&depth=0&sort=id')
  recognition = (recognitions.json.docs as { id: number }[])[0].id
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await smtp?.close()
})

const contexts: BrowserContext[] = []
async function visitor({ locale, javaScript }: Variant): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, locale })
  contexts.push(context)
  return context.newPage()
}

/** The form's time trap wants a person's pace: at least the second the server was told. */
const humanPause = (page: Page) => page.waitForTimeout(1_100)

async function fillSender(page: Page, email: string, locale: Variant['locale']) {
  await page.locator('#field-senderName').fill('Sintetik Qohum')
  await page.locator('#field-relation').selectOption('relative')
  if (email) await page.locator('#field-email').fill(email)
  await page.locator('#field-language').selectOption(locale)
  await page.locator('#field-publishText').check()
  await page.locator('#field-attribution').check()
}

/** Opens the mailed confirm link, presses its button, and returns the link that withdraws. */
async function confirmByMail(page: Page, email: string, variant: Variant): Promise<string> {
  const mail = await smtp.waitFor(email)
  const confirmUrl = /https?:\/\/\S+\/remember\/confirm\?token=\S+/.exec(mail.text ?? '')?.[0]
  const withdrawUrl = /https?:\/\/\S+\/remember\/withdraw\?token=\S+/.exec(mail.text ?? '')?.[0]
  expect(confirmUrl, mail.text).toBeDefined()
  expect(confirmUrl).toContain(`/${variant.locale}/remember/confirm`)
  await page.goto(confirmUrl!.replace(/^https?:\/\/[^/]+/, server.url))
  await page.getByRole('button', { name: TEXT[variant.locale].confirm }).click()
  await page.getByText(TEXT[variant.locale].confirmed).waitFor()
  return withdrawUrl!.replace(/^https?:\/\/[^/]+/, server.url)
}

const sentIds: Record<string, number> = {}
const withdrawLinks: Record<string, string> = {}

async function submissionByEmail(email: string): Promise<number> {
  const found = await api(
    'GET',
    `/api/submissions?where[sender.email][equals]=${encodeURIComponent(email)}&depth=0`,
  )
  const id = (found.json.docs as { id: number }[] | undefined)?.[0]?.id
  expect(id, JSON.stringify(found.json)).toBeDefined()
  return id!
}

describe.each(variants)('a visitor in $locale (JavaScript $javaScript)', (variant) => {
  const { locale } = variant
  const text = TEXT[locale]

  it('sends a testimony about a person found by name, after correcting a missing address', async () => {
    const page = await visitor(variant)
    const email = `synthetic-testimony-${locale}@example.org`
    await page.goto(`${server.url}/${locale}/remember`)
    await page.locator('#person-q').fill('Sintetikov Xatirə')
    await page.locator('#person-q').press('Enter')
    await page.waitForURL(/q=/)
    await page.locator(`input[name="about"][value="people:${person.id}"]`).check()
    const words = `Sintetik xatirə (${locale}): bu mətn testlər üçün yazılıb.\n\nİkinci abzas.`
    await page.locator('#field-text').fill(words)
    await fillSender(page, '', locale)
    await humanPause(page)
    const [refused] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/remember/send')),
      page.locator('.submission-form button[type="submit"]').click(),
    ])
    expect(refused.status()).toBe(400)
    // The whole text is still there, the error is tied to its field, and focus is on it.
    await page.locator('#field-email-error').waitFor()
    expect(await page.locator('#field-email-error').innerText()).toBe(text.missingEmail)
    expect(await page.locator('#field-email').getAttribute('aria-describedby')).toContain(
      'field-email-error',
    )
    expect(await page.locator('#field-text').inputValue()).toBe(words)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-email')
    // axe runs inside the page: where JavaScript is on.
    if (variant.javaScript) expect(await axeViolations(page), 'the refused form').toEqual([])
    await page.locator('#field-email').fill(email)
    await humanPause(page)
    await page.locator('.submission-form button[type="submit"]').click()
    await page.getByText(text.sent).first().waitFor()
    // Nobody sees it before the sender confirms.
    expect((await api('GET', '/api/submissions?depth=0')).json.docs).not.toContainEqual(
      expect.objectContaining({ sender: expect.objectContaining({ email }) }),
    )
    withdrawLinks[`testimony-${locale}`] = await confirmByMail(page, email, variant)
    sentIds[`testimony-${locale}`] = await submissionByEmail(email)
  })

  it('sends a correction of a recognition from its "Suggest a correction" link', async () => {
    const page = await visitor(variant)
    const email = `synthetic-correction-${locale}@example.org`
    await page.goto(`${server.url}/${locale}/recognitions?show=${recognition}`)
    await page
      .locator(`#recognition-${recognition}`)
      .getByRole('link', { name: text.suggest })
      .click()
    await page.waitForURL(/kind=correction/)
    expect(await page.locator('input[name="about"]').inputValue()).toBe(
      `recognitions:${recognition}`,
    )
    await page.locator('#field-text').fill(`Sintetik düzəliş (${locale}): tarix səhvdir.`)
    await page.locator('#field-source').fill('Sintetik mənbə')
    await fillSender(page, email, locale)
    await humanPause(page)
    await page.locator('.submission-form button[type="submit"]').click()
    await page.getByText(text.sent).first().waitFor()
    withdrawLinks[`correction-${locale}`] = await confirmByMail(page, email, variant)
    sentIds[`correction-${locale}`] = await submissionByEmail(email)
  })
})

describe('a form too large for any valid submission', () => {
  it('is refused with 413 in the visitor\u2019s language before its body is read', async () => {
    const { port } = new URL(server.url)
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/ru/remember/send',
          headers: {
            'content-type': 'multipart/form-data; boundary=x',
            'content-length': String(60 * 1024 * 1024),
          },
        },
        (response) => {
          let body = ''
          response.on('data', (chunk) => (body += chunk))
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
        },
      )
      request.on('error', reject)
      // Only the headers: the server must answer without waiting for 60 MB.
      request.flushHeaders()
    })
    expect(answer.status).toBe(413)
    expect(answer.body).toContain('Форма слишком велика')
  })
})

describe('an editor moderates', () => {
  async function setStatus(id: number, status: RegExp, reason?: string) {
    const page = await browser.newPage({ locale: 'en-GB' })
    await signInToAdmin(page, server.url, DEMO_ADMIN)
    await page.goto(`${server.url}/admin/collections/submissions/${id}`)
    // The document it is about opens beside it.
    await page.locator('.submission-subject a').first().waitFor()
    await page.locator('#field-status .rs__control').click()
    await page.locator('.rs__option', { hasText: status }).first().click()
    if (reason) await page.locator('#field-statusReason').fill(reason)
    await page.locator('#action-save').click()
    await page
      .getByText(/updated successfully/i)
      .first()
      .waitFor({ timeout: 20_000 })
    await page.close()
  }

  it('accepts the testimony: it appears on the person\u2019s page, signed as consented, in each locale', async () => {
    for (const { locale } of variants) await setStatus(sentIds[`testimony-${locale}`], /^Accepted$/)
    const page = await visitor({ locale: 'az', javaScript: false })
    for (const { locale } of variants) {
      await page.goto(`${server.url}/${locale}/people/${person.slug}`)
      const testimonies = page.locator('.testimony')
      await testimonies.first().waitFor({ timeout: 5_000 })
      const shown = await testimonies.allInnerTexts()
      expect(shown.join('\n')).toContain('Sintetik xatirə (az)')
      expect(shown.join('\n')).toContain('Sintetik xatirə (ru)')
      expect(shown.join('\n')).toContain(TEXT[locale].signed)
      // Its language is marked as the sender wrote it.
      expect(await page.locator('.testimony blockquote').first().getAttribute('lang')).toBe('az')
    }
  })

  it('shows testimonies about the events under the chronology, with the way to add one', async () => {
    const made = await api('POST', '/api/testimonies', {
      aboutEvents: true,
      text: 'Sintetik hadisə xatirəsi: testlər üçün yazılıb.',
      language: 'az',
      relation: 'witness',
      _status: 'published',
    })
    expect(made.status, JSON.stringify(made.json)).toBe(201)
    const page = await visitor({ locale: 'ru', javaScript: false })
    await page.goto(`${server.url}/ru/timeline`)
    const testimony = page.locator('.testimony', { hasText: 'Sintetik hadisə xatirəsi' })
    await testimony.waitFor({ timeout: 5_000 })
    expect(await testimony.locator('figcaption').innerText()).toBe('Прислал(а): Свидетель')
    await page.getByRole('link', { name: 'Поделиться воспоминанием' }).click()
    expect(await page.locator('input[name="about"][value="events"]').isChecked()).toBe(true)
  })

  it('rejects the correction with a reason, which the sender receives', async () => {
    const id = sentIds['correction-ru']
    await setStatus(id, /^Rejected$/, 'Sintetik səbəb: mənbə göstərilməyib.')
    const mail = await smtp.waitFor('synthetic-correction-ru@example.org', (m) =>
      (m.text ?? '').includes('Sintetik səbəb'),
    )
    expect(mail.subject).toBe('О вашем обращении')
    const doc = await api('GET', `/api/submissions/${id}?depth=0`)
    expect(doc.json.status).toBe('rejected')
    expect((doc.json.history as { status: string; reason?: string }[]).at(-1)).toMatchObject({
      status: 'rejected',
      reason: 'Sintetik səbəb: mənbə göstərilməyib.',
    })
  })

  it('lets a sender withdraw a submission through their link', async () => {
    const page = await visitor({ locale: 'az', javaScript: false })
    await page.goto(withdrawLinks['correction-az'])
    await page.getByRole('button', { name: TEXT.az.withdraw }).click()
    await page.getByText(TEXT.az.withdrawn).waitFor()
    const doc = await api('GET', `/api/submissions/${sentIds['correction-az']}?depth=0`)
    expect(doc.json.status).toBe('withdrawn')
  })
})

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {})
})
