import { getTranslations } from 'next-intl/server'

import { LocalizedText } from '@/components/site/LocalizedText'
import { Picture } from '@/components/site/Picture'
import type { Locale } from '@/i18n/locales'
import { formatDate } from '@/lib/format/intl'
import type { Localized } from '@/lib/translation/localize'
import { localePath } from '@/lib/routing/routes'
import type { Article } from '@/payload-types'
import { IntentLink } from '@/components/site/IntentLink.client'

/** Article cards: title, date, excerpt and card image; az text on other locales is marked as az. */
export async function ArticleList({
  articles,
  locale,
  headingLevel = 2,
}: {
  articles: Localized<Article>[]
  locale: Locale
  headingLevel?: 2 | 3
}) {
  const t = await getTranslations('articles')
  if (!articles.length) return <p>{t('none')}</p>
  const Heading = `h${headingLevel}` as const
  return (
    <ul className="card-list">
      {articles.map((article) => (
        <li key={article.doc.id} className="card">
          <Picture
            media={article.doc.heroImage}
            locale={locale}
            size="card"
            sizes="(max-width: 40rem) 100vw, 20rem"
            className="card-image"
          />
          <Heading className="card-title">
            <IntentLink href={localePath(locale, 'articles', article.doc.slug)}>
              <LocalizedText text={article.get('title')} locale={locale} />
            </IntentLink>
          </Heading>
          {article.doc.publishedAt ? (
            <time dateTime={article.doc.publishedAt}>
              {formatDate(article.doc.publishedAt, locale)}
            </time>
          ) : null}
          <LocalizedText as="p" text={article.get('excerpt')} locale={locale} />
        </li>
      ))}
    </ul>
  )
}
