import { getTranslations } from 'next-intl/server'

import { FilterSelect } from '@/components/site/FilterSelect'
import { IntentLink } from '@/components/site/IntentLink.client'
import { Pagination } from '@/components/site/Pagination'
import { LocalizedText } from '@/components/site/LocalizedText'
import { queryParam } from '@/lib/http/queryParam'
import { jurisdictionName } from '@/lib/geo/jurisdictions'
import { pageLocale } from '@/lib/page/pageLocale'
import { formatPreciseDate, preciseDateAttr } from '@/lib/format/preciseDate'
import { listResolutions, resolutionFacets } from '@/lib/queries/resolutions'
import { pageNumber } from '@/lib/routing/pageNumber'
import { localePath, withQuery } from '@/lib/routing/routes'
import { sectionMetadata } from '@/lib/page/sectionMetadata'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// Filters, sorting and queries come from the query string: rendered per request, under a nonce
// policy (src/proxy.ts names these pages).
export const dynamic = 'force-dynamic'

export const generateMetadata = sectionMetadata('resolutions')

/** The document archive: a plain GET form filters by year, kind and jurisdiction, without JavaScript. */
export default async function ResolutionsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const query = await searchParams
  const [t, facets] = await Promise.all([getTranslations('resolutions'), resolutionFacets(locale)])
  const year = facets.years.find((y) => String(y) === queryParam(query.year))
  const kind = facets.kinds.find((k) => k === queryParam(query.kind))
  const jurisdiction = facets.jurisdictions.find((j) => j === queryParam(query.jurisdiction))
  const filters = [locale, year, kind, jurisdiction] as const
  const page = pageNumber(queryParam(query.page)) ?? 1
  // A page past the end (a link from before a filter or the archive changed) opens the first, as the recognitions table does.
  const found = await listResolutions(...filters, page)
  const result = page > 1 && page > found.totalPages ? await listResolutions(...filters, 1) : found
  // The pager keeps the filters that are in force (an unknown value was dropped above).
  const pageHref = (n: number) =>
    withQuery(localePath(locale, 'resolutions'), {
      year,
      kind,
      jurisdiction,
      page: n > 1 ? n : undefined,
    })
  const kindLabel = (k: string) => (t.has(`kinds.${k}` as never) ? t(`kinds.${k}` as never) : k)
  return (
    <div className="page-width">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <form
        className="filters"
        method="get"
        action={localePath(locale, 'resolutions')}
        aria-label={t('filter')}
      >
        <FilterSelect
          label={t('year')}
          name="year"
          value={year}
          options={facets.years}
          anyLabel={t('any')}
        />
        <FilterSelect
          label={t('kind')}
          name="kind"
          value={kind}
          options={facets.kinds}
          anyLabel={t('any')}
          optionLabel={kindLabel}
        />
        <FilterSelect
          label={t('jurisdiction')}
          name="jurisdiction"
          value={jurisdiction}
          options={facets.jurisdictions}
          anyLabel={t('any')}
          optionLabel={(j) => jurisdictionName(j, locale)}
        />
        <button type="submit">{t('apply')}</button>
        <IntentLink href={localePath(locale, 'resolutions')}>{t('reset')}</IntentLink>
      </form>
      <p className="muted" role="status">
        {t('count', { count: result.totalDocs })}
      </p>
      {result.docs.length ? (
        <ul className="document-list">
          {result.docs.map((resolution) => {
            const { doc } = resolution
            const file = typeof doc.originalFile === 'object' ? doc.originalFile : null
            return (
              <li key={doc.id}>
                <h2 className="card-title">
                  <IntentLink href={localePath(locale, 'resolutions', doc.slug)}>
                    <LocalizedText text={resolution.get('title')} locale={locale} />
                  </IntentLink>
                </h2>
                <p className="meta">
                  {kindLabel(doc.kind)} · {jurisdictionName(doc.jurisdiction, locale)} ·{' '}
                  <time dateTime={preciseDateAttr(doc.adoptedAt, doc.adoptedAtPrecision)}>
                    {formatPreciseDate(doc.adoptedAt, doc.adoptedAtPrecision, locale)}
                  </time>
                  {doc.referenceNumber ? ` · № ${doc.referenceNumber}` : ''}
                </p>
                <LocalizedText as="p" text={resolution.get('summary')} locale={locale} />
                {file?.url ? (
                  <p>
                    <a href={file.url} download>
                      PDF
                    </a>
                  </p>
                ) : null}
              </li>
            )
          })}
        </ul>
      ) : (
        <p>{t('none')}</p>
      )}
      <Pagination page={result.page ?? 1} totalPages={result.totalPages} href={pageHref} />
    </div>
  )
}
