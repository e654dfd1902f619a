import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { contentReader } from '@/lib/queries/findContent'

const articles = contentReader('articles', ['title', 'excerpt', 'content'])

export const ARTICLES_PER_PAGE = 12

/** One page of the article list, newest first. */
export const listArticles = cache((locale: Locale, page = 1, limit = ARTICLES_PER_PAGE) =>
  articles.find(locale, {
    page,
    limit,
    sort: '-publishedAt',
    depth: 1,
    select: { title: true, slug: true, excerpt: true, publishedAt: true, heroImage: true },
  }),
)

/**
 * The newest articles published in `locale` (a feed: a reader subscribed to English gets English
 * items). The query's `_status` is the locale's own; the publish gate (`offered`) still applies.
 */
export const listArticlesPublishedIn = cache(async (locale: Locale, limit: number) => {
  const { docs } = await articles.find(locale, {
    limit,
    sort: '-publishedAt',
    depth: 1,
    where: { _status: { equals: 'published' } },
    select: { title: true, slug: true, excerpt: true, publishedAt: true, heroImage: true },
  })
  return docs.filter((article) => article.offered)
})

/** The article page and its metadata: one query, shared through `cache`. */
export const getArticle = cache((locale: Locale, slug: string) =>
  articles.bySlug(locale, slug, { depth: 1 }),
)

export const getArticleById = cache((locale: Locale, id: string) =>
  articles.findOne(locale, { id: { equals: id } }, { select: { slug: true } }),
)
