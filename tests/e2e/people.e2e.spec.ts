import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ADMIN } from '@/lib/auth/firstAdmin'
import { axeViolations } from '@tests/helpers/axe'
import { launchChromium, signInToAdmin } from '@tests/helpers/chromium'
import { startServer, type RunningServer } from '@tests/helpers/server'
import { restClient } from '@tests/helpers/site'

/**
 * The registry of people from both sides: an editor records a person in the admin, a visitor finds
 * them on the list in any script and reads their page in every locale, with and without
 * JavaScript. Every name here is synthetic and says so.
 */
const locales = ['az', 'en', 'ru'] as const

const PERSON = { familyName: 'Sintetikov', givenName: 'Sınaq', patronymic: 'Test oğlu' }
const PERSON_LINE = 'Sintetikov Sınaq Test oğlu'
const RELATIVE_LINE = 'Sintetikova Qohum'

/** The fates as each locale says them (src/i18n/messages, people.fates). */
const FATES = {
  az: { takenHostage: 'Girov götürülüb', killed: 'Həlak olub', spouse: 'Həyat yoldaşı' },
  en: { takenHostage: 'Taken hostage', killed: 'Killed', spouse: 'Spouse' },
  ru: { takenHostage: 'Взят(а) в заложники', killed: 'Убит(а)', spouse: 'Супруг(а)' },
}

let server: RunningServer
let browser: Browser
let token = ''
const api = restClient(
  () => server.url,
  () => token,
)
let relative: { id: number; slug: string }
let person: { id: number; slug: string }
let killedBefore = 0

beforeAll(async () => {
  server = await startServer({ seed: true })
  browser = await launchChromium()
  token = String((await api('POST', '/api/users/login', DEMO_ADMIN)).json.token)
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** The number recorded by name on the "killed" line of the counted figures on /az/people. */
async function recordedKilled(page: Page): Promise<number> {
  await page.goto(`${server.url}/az/people`)
  const line = await page.locator('.people-counted li[data-fate="killed"]').innerText()
  const match = /onlardan (\d+) burada/.exec(line)
  expect(match, line).not.toBeNull()
  return Number(match![1])
}

async function pickOption(page: Page, field: string, option: string | RegExp) {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

describe('an editor records a person, and a visitor finds and reads them', () => {
  it('has a relative recorded through the API first', async () => {
    const created = await api('POST', '/api/people?locale=az', {
      familyName: 'Sintetikova',
      givenName: 'Qohum',
      fates: [{ fate: 'killed', confidence: 'single' }],
      _status: 'published',
    })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    relative = created.json.doc!
    const page = await browser.newPage()
    killedBefore = await recordedKilled(page)
    await page.close()
  })

  it('lets the editor create and publish the person in the admin, with two fates and the relative', async () => {
    const page = await browser.newPage({ locale: 'en-GB' })
    await signInToAdmin(page, server.url, DEMO_ADMIN)
    await page.goto(`${server.url}/admin/collections/people/create?locale=az`)
    await page.locator('#field-familyName').fill(PERSON.familyName)
    await page.locator('#field-givenName').fill(PERSON.givenName)
    await page.locator('#field-patronymic').fill(PERSON.patronymic)
    const addFate = page.locator('#field-fates .array-field__add-row').last()
    await addFate.click()
    await pickOption(page, 'fates__0__fate', /^Taken hostage$/)
    await addFate.click()
    await pickOption(page, 'fates__1__fate', /^Killed$/)
    await page.locator('#field-family .array-field__add-row').last().click()
    await pickOption(page, 'family__0__person', RELATIVE_LINE)
    await pickOption(page, 'family__0__relation', /^Spouse$/)
    await page.locator('#action-save').click()
    await page
      .getByText(/published successfully|updated successfully|successfully created/i)
      .first()
      .waitFor({ timeout: 20_000 })
    await page.waitForURL(/\/admin\/collections\/people\/\d+/)
    const id = /people\/(\d+)/.exec(page.url())![1]
    await page.close()
    const read = await fetch(`${server.url}/api/people/${id}?depth=0`)
    person = (await read.json()) as { id: number; slug: string }
    expect(person).toMatchObject({ fullName: PERSON_LINE, disclosure: 'personal' })
  })

  it('warns the editor of a possible duplicate, with a link, before a second record is saved', async () => {
    const page = await browser.newPage({ locale: 'en-GB' })
    await signInToAdmin(page, server.url, DEMO_ADMIN)
    await page.goto(`${server.url}/admin/collections/people/create?locale=az`)
    // Another spelling of the same name: the rule compares name keys, not letters.
    await page.locator('#field-familyName').fill('Sintetikov')
    await page.locator('#field-givenName').fill('Sinaq')
    const warning = page.locator('.duplicate-warning')
    await warning.waitFor({ timeout: 10_000 })
    expect(await warning.innerText()).toContain(PERSON_LINE)
    expect(await warning.locator('a').getAttribute('href')).toMatch(
      new RegExp(`/admin/collections/people/${person.id}$`),
    )
    await page.close()
  })

  it('counts the new person among the killed recorded by name', async () => {
    const page = await browser.newPage()
    expect(await recordedKilled(page)).toBe(killedBefore + 1)
    await page.close()
  })

  it('shows the person’s page in az, en and ru, with the fates in order and the relative', async () => {
    const page = await browser.newPage()
    for (const locale of locales) {
      const response = await page.goto(`${server.url}/${locale}/people/${person.slug}`)
      expect(response?.status()).toBe(200)
      expect(await page.locator('html').getAttribute('lang')).toBe(locale)
      const h1 = page.locator('h1')
      expect(await h1.innerText()).toBe(PERSON_LINE)
      // The name has no en or ru form yet: shown in az, and marked as az.
      expect(await h1.getAttribute('lang')).toBe(locale === 'az' ? null : 'az')
      expect(await page.locator('.person > .fate-sequence li').allInnerTexts()).toEqual([
        FATES[locale].takenHostage,
        FATES[locale].killed,
      ])
      const family = page.locator('section[aria-labelledby="family-heading"] li')
      expect(await family.innerText()).toContain(FATES[locale].spouse)
      expect(await family.locator('a').getAttribute('href')).toBe(
        `/${locale}/people/${relative.slug}`,
      )
      expect(await page.locator('.cite-box a').first().getAttribute('href')).toMatch(
        new RegExp(`/${locale}/id/people/${person.id}$`),
      )
      expect(await axeViolations(page), `${locale} person page`).toEqual([])
    }
    await page.close()
    const permalink = await fetch(`${server.url}/en/id/people/${person.id}`, {
      redirect: 'manual',
    })
    expect(permalink.status).toBe(308)
    expect(permalink.headers.get('location')).toMatch(new RegExp(`/en/people/${person.slug}$`))
  })

  it('finds the person by a Cyrillic spelling on /az/people and by a Latin one on /ru/people', async () => {
    const page = await browser.newPage()
    for (const [locale, query] of [
      ['az', 'Синтетиков'],
      ['ru', 'Sintetikov'],
    ] as const) {
      await page.goto(`${server.url}/${locale}/people`)
      await page.locator('#people-q').fill(query)
      await page.locator('#people-q').press('Enter')
      await page.waitForURL(/[?&]q=/)
      const first = page.locator('.people-list > li').first()
      expect(await first.locator('h2 a').innerText()).toBe(PERSON_LINE)
      // No ru form yet: listed by the az name, marked as az.
      expect(await first.locator('h2 a').getAttribute('lang')).toBe(locale === 'az' ? null : 'az')
      expect(await first.locator('h2 a').getAttribute('href')).toBe(
        `/${locale}/people/${person.slug}`,
      )
    }
    await page.close()
  })

  it('has no axe violation on the list in any locale', async () => {
    const page = await browser.newPage()
    for (const locale of locales) {
      await page.goto(`${server.url}/${locale}/people`)
      expect(await axeViolations(page), `${locale} list`).toEqual([])
    }
    await page.close()
  })

  it('works without JavaScript on a phone: filters, letters, the name search and the person’s page', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    })
    const page = await context.newPage()
    await page.goto(`${server.url}/en/people`)
    await page.locator('select[name="fate"]').selectOption('takenHostage')
    await page.locator('form.filters button[type="submit"]').click()
    await page.waitForURL(/fate=takenHostage/)
    const names = () => page.locator('.people-list h2 a').allInnerTexts()
    expect(await names()).toEqual([PERSON_LINE])
    await page.locator('.letter-index a', { hasText: /^S$/ }).click()
    await page.waitForURL(/letter=S/)
    expect(page.url()).toContain('fate=takenHostage')
    expect(await names()).toEqual([PERSON_LINE])
    await page.goto(`${server.url}/ru/people`)
    await page.locator('#people-q').fill('Синтетикова')
    await page.locator('form[role="search"] button[type="submit"]').click()
    await page.waitForURL(/[?&]q=/)
    expect((await names())[0]).toBe(RELATIVE_LINE)
    await page.locator('.people-list h2 a').first().click()
    await page.waitForURL(new RegExp(`/ru/people/${relative.slug}$`))
    expect(await page.locator('h1').innerText()).toBe(RELATIVE_LINE)
    // On a phone, neither page is wider than the screen.
    for (const path of ['/az/people', `/ru/people/${person.slug}`]) {
      await page.goto(`${server.url}${path}`)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(width, path).toBeLessThanOrEqual(390)
    }
    await context.close()
  })
})

describe('what a visitor may not see is on no page', () => {
  it('a living person’s birth date is on no page, and a hidden person (cached before) on none at all', async () => {
    const living = await api('POST', '/api/people?locale=az', {
      familyName: 'Sintetikyaşayan',
      givenName: 'Sağ',
      born: '1961-07-14T12:00:00.000Z',
      bornPrecision: 'day',
      fates: [{ fate: 'wounded', confidence: 'single' }],
      privacy: 'public',
      _status: 'published',
    })
    expect(living.status, JSON.stringify(living.json)).toBe(201)
    const livingSlug = String(living.json.doc!.slug)
    const urls = (slug: string) => [
      `/az/people/${slug}`,
      `/en/people/${slug}`,
      '/az/people?q=Sintetikyaşayan',
      '/api/open-data/people.json?locale=az',
      '/api/open-data/people.csv?locale=az',
      '/sitemap.xml',
    ]
    for (const url of urls(livingSlug)) {
      const body = await (await fetch(server.url + url)).text()
      expect(body, url).not.toMatch(/1961/)
    }
    expect(await (await fetch(`${server.url}/az/people/${livingSlug}`)).text()).toContain(
      'Sintetikyaşayan',
    )

    // The person's page has been rendered and cached above; hiding them takes it off the site.
    const hidden = await api('PATCH', `/api/people/${person.id}?locale=az`, {
      privacy: 'hidden',
      _status: 'published',
    })
    expect(hidden.status, JSON.stringify(hidden.json)).toBe(200)
    for (const locale of locales)
      expect((await fetch(`${server.url}/${locale}/people/${person.slug}`)).status).toBe(404)
    expect(
      (await fetch(`${server.url}/en/id/people/${person.id}`, { redirect: 'manual' })).status,
    ).toBe(404)
    for (const url of [
      '/az/people',
      '/ru/people?q=Sintetikov',
      '/az/search?q=Sintetikov',
      '/api/open-data/people.json?locale=az',
      '/api/people?limit=100',
      '/sitemap.xml',
    ]) {
      const body = await (await fetch(server.url + url)).text()
      expect(body, url).not.toContain(person.slug)
      expect(body, url).not.toContain('Sınaq')
    }
  })
})
