import { getTranslations } from 'next-intl/server'

import { isLocale } from '@/i18n/locales'
import { siteName } from '@/lib/page/pageLocale'
import { listArticlesPublishedIn } from '@/lib/queries/articles'
import { localePath, permalinkPath } from '@/lib/routing/routes'
import { absoluteUrl } from '@/lib/routing/siteUrl'
import { escapeXml } from '@/lib/format/xml'

// Read at request time: the build has no database, and a publish or a delete must show at once.
export const dynamic = 'force-dynamic'

const FEED_SIZE = 30

/**
 * RSS 2.0 of the latest articles published in one locale; a field left untranslated in a published
 * translation is in az and says so (dc:language).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const [name, t, docs] = await Promise.all([
    siteName(locale),
    getTranslations({ locale, namespace: 'site' }),
    listArticlesPublishedIn(locale, FEED_SIZE),
  ])
  const items = docs.map((article) => {
    const { doc } = article
    const title = article.get('title')
    const link = absoluteUrl(localePath(locale, 'articles', doc.slug))
    return [
      '<item>',
      `<title>${escapeXml(title?.value ?? '')}</title>`,
      `<link>${escapeXml(link)}</link>`,
      `<guid isPermaLink="true">${escapeXml(absoluteUrl(permalinkPath('articles', doc.id, locale)))}</guid>`,
      doc.publishedAt ? `<pubDate>${new Date(doc.publishedAt).toUTCString()}</pubDate>` : '',
      `<description>${escapeXml(article.get('excerpt')?.value ?? '')}</description>`,
      title && title.lang !== locale ? `<dc:language>${title.lang}</dc:language>` : '',
      '</item>',
    ].join('')
  })
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    `<title>${escapeXml(name)}</title>`,
    `<link>${escapeXml(absoluteUrl(localePath(locale)))}</link>`,
    `<description>${escapeXml(t('tagline'))}</description>`,
    `<language>${locale}</language>`,
    `<atom:link href="${escapeXml(absoluteUrl(localePath(locale, 'feed.xml')))}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n')
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
