import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { ArticleList } from '@/components/site/ArticleList'
import { Pagination } from '@/components/site/Pagination'
import type { Locale } from '@/i18n/locales'
import { listArticles } from '@/lib/queries/articles'
import { sectionPagePath } from '@/lib/routing/pagedSection'

/** The article list at `/articles` (page 1) and `/articles/page/N`: static paths, so each page is cached. */
export async function ArticleIndex({ locale, page }: { locale: Locale; page: number }) {
  const [t, result] = await Promise.all([getTranslations('articles'), listArticles(locale, page)])
  if (page > 1 && page > result.totalPages) notFound()
  return (
    <div className="page-width">
      <h1>{t('title')}</h1>
      <p className="muted">{t('count', { count: result.totalDocs })}</p>
      <ArticleList articles={result.docs} locale={locale} />
      <Pagination
        page={page}
        totalPages={result.totalPages}
        href={(n) => sectionPagePath(locale, 'articles', n)}
      />
    </div>
  )
}
