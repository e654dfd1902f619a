import { getTranslations } from 'next-intl/server'

import { Contribute } from '@/components/site/Contribute'
import { LocalizedText } from '@/components/site/LocalizedText'
import { Pagination } from '@/components/site/Pagination'
import { RecognitionsVisuals } from '@/components/site/RecognitionsVisuals'
import type { Locale } from '@/i18n/locales'
import { queryParam } from '@/lib/http/queryParam'
import { jurisdictionName } from '@/lib/geo/jurisdictions'
import type { Localized } from '@/lib/translation/localize'
import { pageLocale } from '@/lib/page/pageLocale'
import { footnotes } from '@/lib/format/footnotes'
import { formatPreciseDate, preciseDateAttr } from '@/lib/format/preciseDate'
import { listRecognitions } from '@/lib/queries/recognitions'
import { localePath } from '@/lib/routing/routes'
import { sectionMetadata } from '@/lib/page/sectionMetadata'
import { tablePage } from '@/lib/page/tablePage'
import type { Recognition } from '@/payload-types'
import { IntentLink } from '@/components/site/IntentLink.client'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// Filters, sorting and queries come from the query string: rendered per request, under a nonce
// policy (src/proxy.ts names these pages).
export const dynamic = 'force-dynamic'

export const generateMetadata = sectionMetadata('recognitions')

/**
 * Rows per page of the table: the map and the chart show every recognition, the table a page of
 * them. Each row is sent twice (HTML and Next's RSC payload): 100 rows took the page past the
 * 250 KB target of docs/benchmarks.md at 900 recognitions.
 */
const PAGE_SIZE = 50

const sortKeys = ['jurisdiction', 'level', 'date'] as const
type SortKey = (typeof sortKeys)[number]
const DEFAULT_SORT: SortKey = 'date'

function sortRows(rows: Localized<Recognition>[], key: SortKey, locale: Locale) {
  const collator = new Intl.Collator(locale)
  const value = (r: Localized<Recognition>) =>
    key === 'jurisdiction'
      ? jurisdictionName(r.doc.jurisdiction, locale)
      : key === 'level'
        ? r.doc.level
        : (r.doc.date ?? '')
  return [...rows].sort((a, b) => collator.compare(value(a), value(b)))
}

/** The recognition map, the chart over time, and a table with the same data that sorts without JavaScript. */
export default async function RecognitionsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const query = await searchParams
  const [t, recognitions] = await Promise.all([
    getTranslations('recognitions'),
    listRecognitions(locale),
  ])
  const sort = sortKeys.find((k) => k === query.sort) ?? DEFAULT_SORT
  const rows = sortRows(recognitions.docs, sort, locale)
  // `show` comes from a link to one recognition (docPath).
  const {
    page,
    totalPages,
    rows: shown,
    pageOf,
  } = tablePage(rows, ({ doc }) => String(doc.id), {
    size: PAGE_SIZE,
    page: queryParam(query.page),
    show: queryParam(query.show),
  })
  const notes = footnotes(shown.map((r) => r.get('note')))
  const base = localePath(locale, 'recognitions')
  const pageHref = (n: number) => `${base}?sort=${sort}&page=${n}#recognitions-table`
  // A shape on the map jumps to its row: on this page by its anchor, on another through `show`.
  // Relative, and the default order goes unsaid: one link per recognised shape, hundreds at scale.
  const rowHref = (doc: Recognition) =>
    pageOf(String(doc.id)) === page
      ? `#recognition-${doc.id}`
      : `?${sort === DEFAULT_SORT ? '' : `sort=${sort}&`}show=${doc.id}#recognition-${doc.id}`
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort === key ? 'ascending' : undefined}>
      <IntentLink
        href={`${base}?sort=${key}#recognitions-table`}
        aria-label={t('sortBy', { column: label })}
        scroll={false}
      >
        {label}
      </IntentLink>
    </th>
  )
  return (
    <div className="page-width wide">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p className="muted">{t('count', { count: recognitions.totalDocs })}</p>
      <RecognitionsVisuals recognitions={recognitions.docs} locale={locale} hrefFor={rowHref} />
      <h2 id="recognitions-table">{t('table')}</h2>
      <div className="table-scroll">
        <table className="data-table stacked-table">
          <thead>
            <tr>
              {header('jurisdiction', t('jurisdiction'))}
              {header('level', t('level'))}
              <th scope="col">{t('body')}</th>
              {header('date', t('date'))}
              <th scope="col">{t('term')}</th>
              <th scope="col">{t('document')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((recognition, i) => {
              const { doc } = recognition
              const resolution = typeof doc.resolution === 'object' ? doc.resolution : null
              const note = notes.refs[i]
              const discrepancy = recognition.get('discrepancy')
              return (
                <tr key={doc.id} id={`recognition-${doc.id}`}>
                  <th scope="row" data-label={t('jurisdiction')}>
                    {jurisdictionName(doc.jurisdiction, locale)}
                  </th>
                  <td data-label={t('level')}>{t(`levels.${doc.level}`)}</td>
                  <td data-label={t('body')}>
                    <LocalizedText text={recognition.get('recognisingBody')} locale={locale} />
                    {note ? (
                      <sup>
                        <a href={`#recognition-note-${note}`} aria-label={`${t('note')} ${note}`}>
                          {note}
                        </a>
                      </sup>
                    ) : null}
                    {discrepancy ? (
                      <LocalizedText as="p" className="note" text={discrepancy} locale={locale}>
                        {(value) => `${t('discrepancy')}: ${value}`}
                      </LocalizedText>
                    ) : null}
                  </td>
                  <td data-label={t('date')}>
                    {doc.date ? (
                      <time dateTime={preciseDateAttr(doc.date, doc.datePrecision)}>
                        {formatPreciseDate(doc.date, doc.datePrecision, locale)}
                      </time>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td data-label={t('term')}>{t(`terms.${doc.term}`)}</td>
                  <td data-label={t('document')}>
                    {resolution?.slug ? (
                      <IntentLink href={localePath(locale, 'resolutions', resolution.slug)}>
                        {resolution.title || resolution.slug}
                      </IntentLink>
                    ) : (
                      '—'
                    )}
                    <Contribute locale={locale} collection="recognitions" id={doc.id} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {notes.notes.length > 0 && (
        <section className="table-notes" aria-labelledby="recognition-notes-heading">
          <h3 id="recognition-notes-heading">{t('notes')}</h3>
          <ol>
            {notes.notes.map((text, i) => (
              <li key={i} id={`recognition-note-${i + 1}`}>
                <LocalizedText text={text} locale={locale} />
              </li>
            ))}
          </ol>
        </section>
      )}
      <Pagination page={page} totalPages={totalPages} href={pageHref} />
    </div>
  )
}
