import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { CiteBox } from '@/components/site/CiteBox'
import { FallbackNotice } from '@/components/site/FallbackNotice'
import { LocalizedText } from '@/components/site/LocalizedText'
import { Picture } from '@/components/site/Picture'
import { RelatedLinks } from '@/components/site/RelatedLinks'
import { RichText } from '@/components/site/RichText'
import { JsonLd } from '@/components/site/JsonLd'
import { SourcesList } from '@/components/site/SourcesList'
import { TagList } from '@/components/site/TagList'
import { isLocale } from '@/i18n/locales'
import { formatDate } from '@/lib/format/intl'
import { articleLd, breadcrumbLd } from '@/lib/page/jsonLd'
import { pageMetadata } from '@/lib/page/metadata'
import { pageLocale, siteName } from '@/lib/page/pageLocale'
import { getArticle } from '@/lib/queries/articles'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const article = await getArticle(locale, slug)
  if (!article) return {}
  const { doc } = article
  return pageMetadata({
    locales: article.locales,
    locale,
    path: `/articles/${doc.slug}`,
    title: doc.meta?.title || doc.title || '',
    description: doc.meta?.description || doc.excerpt,
    image: doc.meta?.image || doc.heroImage,
    type: 'article',
    siteName: await siteName(locale),
  })
}

export default async function ArticlePage({ params }: Props) {
  const locale = await pageLocale(params)
  const article = await getArticle(locale, (await params).slug)
  if (!article) notFound()
  const [t, name] = await Promise.all([getTranslations('articles'), siteName(locale)])
  const { doc } = article
  const title = article.get('title')
  const content = article.get('content')
  const path = `/articles/${doc.slug}`
  return (
    <article className="prose article">
      <FallbackNotice show={!article.offered} locales={article.locales} />
      <header>
        <LocalizedText as="h1" text={title} locale={locale} />
        {doc.publishedAt ? (
          <p className="meta">
            {t('published')}:{' '}
            <time dateTime={doc.publishedAt}>{formatDate(doc.publishedAt, locale)}</time>
          </p>
        ) : null}
        <LocalizedText as="p" className="lead" text={article.get('excerpt')} locale={locale} />
      </header>
      <Picture
        media={doc.heroImage}
        locale={locale}
        size="hero"
        sizes="(max-width: 44rem) 100vw, 42rem"
        priority
        className="hero-image"
        captioned
      />
      {content ? <RichText data={content.value} locale={locale} lang={content.lang} /> : null}
      <FallbackNotice show={article.offered && article.anyFallback()} />
      <TagList label={t('tags')} tags={doc.tags} source={article.source?.tags} locale={locale} />
      {doc.related?.length ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">{t('related')}</h2>
          <RelatedLinks items={doc.related} source={article.source?.related} locale={locale} />
        </section>
      ) : null}
      <SourcesList sources={doc.sources} />
      <CiteBox
        collection="articles"
        id={doc.id}
        title={title?.value ?? ''}
        siteName={name}
        date={doc.publishedAt}
        locale={locale}
      />
      <JsonLd
        data={[
          articleLd(
            { locale, path, textLanguage: title?.lang ?? locale, locales: article.locales },
            {
              headline: title?.value ?? '',
              description: article.get('excerpt')?.value,
              datePublished: doc.publishedAt,
              dateModified: doc.updatedAt,
              image: typeof doc.heroImage === 'object' ? doc.heroImage?.url : null,
              publisher: { name, locale },
            },
          ),
          breadcrumbLd(locale, [
            { name, path: '' },
            { name: t('title'), path: '/articles' },
            { name: title?.value ?? '', path },
          ]),
        ]}
      />
    </article>
  )
}
