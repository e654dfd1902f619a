import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { FallbackNotice } from '@/components/site/FallbackNotice'
import { LocalizedText } from '@/components/site/LocalizedText'
import { Picture } from '@/components/site/Picture'
import { RichText } from '@/components/site/RichText'
import { Contribute } from '@/components/site/Contribute'
import { IiifLink } from '@/components/site/IiifLink'
import { JsonLd } from '@/components/site/JsonLd'
import { SourcesList } from '@/components/site/SourcesList'
import { MonumentLocator } from '@/components/site/MonumentLocator'
import { isLocale } from '@/i18n/locales'
import { formatDate } from '@/lib/format/intl'
import { jurisdictionName } from '@/lib/geo/jurisdictions'
import { breadcrumbLd, landmarkLd } from '@/lib/page/jsonLd'
import { pageMetadata } from '@/lib/page/metadata'
import { plainText } from '@/lib/search/sources'
import { pageLocale, siteName } from '@/lib/page/pageLocale'
import { getMonument } from '@/lib/queries/monuments'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const monument = await getMonument(locale, slug)
  if (!monument) return {}
  const { doc } = monument
  const firstImage = doc.gallery?.find((m) => typeof m === 'object')
  return pageMetadata({
    locales: monument.locales,
    locale,
    path: `/monuments/${doc.slug}`,
    title: doc.meta?.title || monument.get('name')?.value || '',
    description:
      doc.meta?.description ||
      [monument.get('city')?.value, jurisdictionName(doc.country, locale)]
        .filter(Boolean)
        .join(', '),
    image: doc.meta?.image || firstImage,
    siteName: await siteName(locale),
  })
}

export default async function MonumentPage({ params }: Props) {
  const locale = await pageLocale(params)
  const monument = await getMonument(locale, (await params).slug)
  if (!monument) notFound()
  const [t, site] = await Promise.all([getTranslations('monuments'), siteName(locale)])
  const { doc } = monument
  const description = monument.get('description')
  const name = monument.get('name')
  const path = `/monuments/${doc.slug}`
  const [first, ...rest] = (doc.gallery ?? []).filter((m) => typeof m === 'object')
  return (
    <article className="prose">
      <FallbackNotice show={!monument.offered} locales={monument.locales} />
      <LocalizedText as="h1" text={monument.get('name')} locale={locale} />
      <Picture
        media={first}
        locale={locale}
        size="hero"
        sizes="(max-width: 44rem) 100vw, 42rem"
        priority
        className="hero-image"
        captioned
      />
      <dl className="facts-table">
        <dt>{t('location')}</dt>
        <dd>
          <LocalizedText text={monument.get('city')} locale={locale} />
          {doc.city ? ', ' : ''}
          {jurisdictionName(doc.country, locale)}
        </dd>
        {monument.get('address') ? (
          <>
            <dt>{t('address')}</dt>
            <LocalizedText as="dd" text={monument.get('address')} locale={locale} />
          </>
        ) : null}
        {doc.unveiledAt ? (
          <>
            <dt>{t('unveiled')}</dt>
            <dd>
              <time dateTime={doc.unveiledAt}>{formatDate(doc.unveiledAt, locale)}</time>
            </dd>
          </>
        ) : null}
        {monument.get('authors') ? (
          <>
            <dt>{t('authors')}</dt>
            <LocalizedText as="dd" text={monument.get('authors')} locale={locale} />
          </>
        ) : null}
      </dl>
      <MonumentLocator
        monument={doc}
        name={monument.get('name')?.value ?? ''}
        place={[monument.get('address')?.value, monument.get('city')?.value]}
        locale={locale}
      />
      {description ? (
        <RichText data={description.value} locale={locale} lang={description.lang} />
      ) : null}
      {rest.length ? (
        <section aria-labelledby="gallery-heading">
          <h2 id="gallery-heading">{t('gallery')}</h2>
          <div className="gallery">
            {rest.map((media) => (
              <Picture
                key={typeof media === 'object' ? media.id : media}
                media={media}
                locale={locale}
                size="card"
                sizes="(max-width: 44rem) 50vw, 20rem"
                captioned
              />
            ))}
          </div>
        </section>
      ) : null}
      {[first, ...rest].some((m) => typeof m === 'object' && m && !m.sensitive) ? (
        <IiifLink collection="monuments" id={doc.id} />
      ) : null}
      <SourcesList sources={doc.sources} />
      <Contribute locale={locale} collection="monuments" id={doc.id} />
      <JsonLd
        data={[
          landmarkLd(
            { locale, path, textLanguage: name?.lang ?? locale, locales: monument.locales },
            {
              name: name?.value ?? '',
              description: description ? plainText(description.value) : null,
              locality: monument.get('city')?.value,
              country: doc.country,
              lat: doc.coordinates?.lat,
              lng: doc.coordinates?.lng,
              image: first && typeof first === 'object' ? first.url : null,
            },
          ),
          breadcrumbLd(locale, [
            { name: site, path: '' },
            { name: t('title'), path: '/monuments' },
            { name: name?.value ?? '', path },
          ]),
        ]}
      />
    </article>
  )
}
