/**
 * `npm run screenshots`: home, an article and the visualisation pages at 390 px and 1280 px in each
 * locale, from the built app on a freshly seeded database, into docs/screenshots/.
 * Needs a build (`npm run build`); it starts and stops its own `next start`.
 */
import fs from 'node:fs'
import path from 'node:path'

import { launchChromium } from '@tests/helpers/chromium'
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
    ['recognitions', '/recognitions', [1280]],
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
        const file = path.join(out, `${name}-${locale}-${width}.jpg`)
        await page.screenshot({ path: file, fullPage: true, type: 'jpeg', quality: 70 })
        console.log(`wrote ${path.relative(process.cwd(), file)}`)
        await page.close()
      }
    }
  }
} finally {
  await browser.close()
  await server.stop()
}
