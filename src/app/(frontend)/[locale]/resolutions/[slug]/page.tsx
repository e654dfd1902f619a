import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { CiteBox } from '@/components/site/CiteBox'
import { Contribute } from '@/components/site/Contribute'
import { FallbackNotice } from '@/components/site/FallbackNotice'
import { LocalizedText } from '@/components/site/LocalizedText'
import { RichText } from '@/components/site/RichText'
import { JsonLd } from '@/components/site/JsonLd'
import { OriginalPages } from '@/components/site/OriginalPages'
import { SourcesList } from '@/components/site/SourcesList'
import { isLocale } from '@/i18n/locales'
import { formatBytes } from '@/lib/format/intl'
import { jurisdictionKind, jurisdictionName } from '@/lib/geo/jurisdictions'
import { breadcrumbLd, legislationLd } from '@/lib/page/jsonLd'
import { pageMetadata } from '@/lib/page/metadata'
import { pageLocale, siteName } from '@/lib/page/pageLocale'
import { formatPreciseDate, preciseDateAttr } from '@/lib/format/preciseDate'
import { getResolution } from '@/lib/queries/resolutions'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const resolution = await getResolution(locale, slug)
  if (!resolution) return {}
  const { doc } = resolution
  return pageMetadata({
    locales: resolution.locales,
    locale,
    path: `/resolutions/${doc.slug}`,
    title: doc.meta?.title || resolution.get('title')?.value || '',
    description: doc.meta?.description || resolution.get('summary')?.value,
    image: doc.meta?.image,
    type: 'article',
    siteName: await siteName(locale),
  })
}

export default async function ResolutionPage({ params }: Props) {
  const locale = await pageLocale(params)
  const resolution = await getResolution(locale, (await params).slug)
  if (!resolution) notFound()
  const [t, name] = await Promise.all([getTranslations('resolutions'), siteName(locale)])
  const { doc } = resolution
  const title = resolution.get('title')
  const fullText = resolution.get('fullText')
  const path = `/resolutions/${doc.slug}`
  const file = typeof doc.originalFile === 'object' ? doc.originalFile : null
  const kind = t.has(`kinds.${doc.kind}` as never) ? t(`kinds.${doc.kind}` as never) : doc.kind
  return (
    <article className="prose resolution">
      <FallbackNotice show={!resolution.offered} locales={resolution.locales} />
      <LocalizedText as="h1" text={title} locale={locale} />
      <dl className="facts-table">
        <dt>{t('kind')}</dt>
        <dd>{kind}</dd>
        <dt>{t('body')}</dt>
        <LocalizedText as="dd" text={resolution.get('body')} locale={locale} />
        <dt>{t('jurisdiction')}</dt>
        <dd>{jurisdictionName(doc.jurisdiction, locale)}</dd>
        <dt>{t('adopted')}</dt>
        <dd>
          <time dateTime={preciseDateAttr(doc.adoptedAt, doc.adoptedAtPrecision)}>
            {formatPreciseDate(doc.adoptedAt, doc.adoptedAtPrecision, locale)}
          </time>
        </dd>
        {doc.referenceNumber ? (
          <>
            <dt>{t('reference')}</dt>
            <dd>{doc.referenceNumber}</dd>
          </>
        ) : null}
      </dl>
      <h2>{t('summary')}</h2>
      <LocalizedText as="p" text={resolution.get('summary')} locale={locale} />
      <section aria-labelledby="original-heading" className="original">
        <h2 id="original-heading">{t('original')}</h2>
        {file?.url ? (
          <>
            <p>
              <a className="button" href={file.url} download>
                {t('download', { size: formatBytes(file.filesize ?? 0, locale) })}
              </a>
            </p>
            <OriginalPages file={file} documentId={doc.id} locale={locale} />
          </>
        ) : (
          <p className="muted">{t('noOriginal')}</p>
        )}
      </section>
      {fullText ? (
        <section aria-labelledby="full-text-heading">
          <h2 id="full-text-heading">{t('fullText')}</h2>
          <RichText data={fullText.value} locale={locale} lang={fullText.lang} />
        </section>
      ) : null}
      <FallbackNotice show={resolution.offered && resolution.anyFallback()} />
      <SourcesList sources={doc.sources} />
      <CiteBox
        collection="resolutions"
        id={doc.id}
        title={title?.value ?? ''}
        siteName={name}
        date={doc.adoptedAt}
        datePrecision={doc.adoptedAtPrecision}
        locale={locale}
      />
      <Contribute locale={locale} collection="resolutions" id={doc.id} />
      <JsonLd
        data={[
          legislationLd(
            { locale, path, textLanguage: title?.lang ?? locale, locales: resolution.locales },
            {
              name: title?.value ?? '',
              description: resolution.get('summary')?.value,
              date: doc.adoptedAt,
              datePrecision: doc.adoptedAtPrecision,
              passedBy: resolution.get('body')?.value,
              jurisdiction: {
                name: jurisdictionName(doc.jurisdiction, locale),
                place: jurisdictionKind(doc.jurisdiction) !== 'organisation',
              },
              identifier: doc.referenceNumber,
              type: kind,
              file: file?.url ? { url: file.url, mimeType: file.mimeType } : null,
            },
          ),
          breadcrumbLd(locale, [
            { name, path: '' },
            { name: t('title'), path: '/resolutions' },
            { name: title?.value ?? '', path },
          ]),
        ]}
      />
    </article>
  )
}
