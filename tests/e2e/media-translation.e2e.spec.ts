import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_ADMIN } from '@/lib/auth/firstAdmin'
import { startServer, type RunningServer } from '@tests/helpers/server'
import { decodeHtml, readPage, restClient } from '@tests/helpers/site'

let server: RunningServer
let token = ''
const api = restClient(
  () => server.url,
  () => token,
)

beforeAll(async () => {
  server = await startServer({ seed: true })
  const login = await api('POST', '/api/users/login', {
    email: DEMO_ADMIN.email,
    password: DEMO_ADMIN.password,
  })
  token = String(login.json.token)
})
afterAll(async () => {
  await server?.stop()
})

/** The <img> of a media file on a page, found by the file's name in its src. */
const imageTag = (html: string, filename: string) => {
  const stem = filename.replace(/\.[a-z]+$/, '')
  return html.match(new RegExp(`<img[^>]*src="[^"]*${stem}[^"]*"[^>]*>`))?.[0] ?? null
}

describe('an image whose alt text is not translated', () => {
  it('shows the az alt marked lang="az" on the en and ru page, never an empty alt', async () => {
    const withImage = await api(
      'GET',
      '/api/articles?locale=az&depth=1&limit=1&where[heroImage][exists]=true',
    )
    const [article] = withImage.json.docs as {
      slug: string
      heroImage: { id: number; filename: string; alt: string }
    }[]
    const { id, filename, alt: azAlt } = article.heroImage
    expect(azAlt).toBeTruthy()
    for (const locale of ['en', 'ru'] as const) {
      expect((await api('PATCH', `/api/media/${id}?locale=${locale}`, { alt: '' })).status).toBe(
        200,
      )
      await expect
        .poll(async () => {
          const { html } = await readPage(`${server.url}/${locale}/articles/${article.slug}`)
          const tag = imageTag(html, filename) ?? ''
          return {
            alt: decodeHtml(tag.match(/ alt="([^"]*)"/)?.[1] ?? ''),
            lang: tag.match(/ lang="([^"]*)"/)?.[1] ?? null,
          }
        })
        .toEqual({ alt: azAlt, lang: 'az' })
    }
  })
})
