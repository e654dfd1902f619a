import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { ArticleList } from '@/components/site/ArticleList'
import { Arrow } from '@/components/site/Arrow'
import { FiguresList } from '@/components/site/FiguresList'
import { IntentLink } from '@/components/site/IntentLink.client'
import { JsonLd } from '@/components/site/JsonLd'
import { LocalizedText } from '@/components/site/LocalizedText'
import { Picture } from '@/components/site/Picture'
import { RelatedLinks } from '@/components/site/RelatedLinks'
import { isLocale } from '@/i18n/locales'
import { webSiteLd } from '@/lib/page/jsonLd'
import { pageMetadata } from '@/lib/page/metadata'
import { pageLocale, siteName } from '@/lib/page/pageLocale'
import { listArticles } from '@/lib/queries/articles'
import { getFacts, getHome, pickText } from '@/lib/queries/globals'
import { countRecognitions } from '@/lib/queries/recognitions'
import { localePath } from '@/lib/routing/routes'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const [home, name, t] = await Promise.all([
    getHome(locale),
    siteName(locale),
    getTranslations({ locale, namespace: 'site' }),
  ])
  return pageMetadata({
    locale,
    path: '',
    title: name,
    description: pickText(home.raw.heroText, home.source.heroText, locale)?.value ?? t('tagline'),
    image: home.raw.heroImage,
    siteName: name,
  })
}

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, home, facts, latest, recognitionCount, name] = await Promise.all([
    getTranslations('home'),
    getHome(locale),
    getFacts(locale),
    listArticles(locale, 1, 3),
    countRecognitions(locale),
    siteName(locale),
  ])
  const r = await getTranslations('recognitions')
  const title = pickText(home.raw.heroTitle, home.source.heroTitle, locale)
  return (
    <div className="home">
      <section className="hero" aria-labelledby="hero-title">
        <div className="hero-text">
          <LocalizedText as="h1" text={title} locale={locale}>
            {(value) => <span id="hero-title">{value}</span>}
          </LocalizedText>
          <LocalizedText
            as="p"
            className="lead"
            text={pickText(home.raw.heroText, home.source.heroText, locale)}
            locale={locale}
          />
        </div>
        <Picture
          media={home.raw.heroImage}
          locale={locale}
          size="hero"
          sizes="(max-width: 60rem) 100vw, 50vw"
          priority
          className="hero-image"
          captioned
        />
      </section>

      <section aria-labelledby="figures-title" className="page-width">
        <h2 id="figures-title">{t('figures')}</h2>
        <FiguresList facts={facts} locale={locale} />
      </section>

      <section aria-labelledby="latest-title" className="page-width">
        <h2 id="latest-title">{t('latestArticles')}</h2>
        <ArticleList articles={latest.docs} locale={locale} headingLevel={3} />
        <p>
          <IntentLink href={localePath(locale, 'articles')}>
            {t('allArticles')} <Arrow />
          </IntentLink>
        </p>
      </section>

      {home.raw.featured?.length ? (
        <section aria-labelledby="featured-title" className="page-width">
          <h2 id="featured-title">{t('featured')}</h2>
          <RelatedLinks items={home.raw.featured} source={home.source.featured} locale={locale} />
        </section>
      ) : null}

      <JsonLd
        data={[
          webSiteLd({
            name,
            locale,
            description: pickText(home.raw.heroText, home.source.heroText, locale)?.value,
          }),
        ]}
      />
      <section aria-labelledby="recognitions-title" className="page-width">
        <h2 id="recognitions-title">{t('recognitions')}</h2>
        <p>
          <IntentLink href={localePath(locale, 'recognitions')}>
            {r('count', { count: recognitionCount })} <Arrow />
          </IntentLink>
        </p>
      </section>
    </div>
  )
}
