import { getTranslations } from 'next-intl/server'

import { FoldButton } from '@/components/site/FoldButton.client'
import { Pagination } from '@/components/site/Pagination'
import type { Locale } from '@/i18n/locales'
import { IntentLink } from '@/components/site/IntentLink.client'
import { pageLocale } from '@/lib/page/pageLocale'
import { formatNumber } from '@/lib/format/intl'
import { formatPreciseDate, preciseDateAttr } from '@/lib/format/preciseDate'
import { queryParam } from '@/lib/http/queryParam'
import { searchContent } from '@/lib/queries/search'
import { docPath, localePath, withQuery } from '@/lib/routing/routes'
import { parseSearchParams, SearchParamError, type SearchParams } from '@/lib/search/params'
import { sectionMetadata } from '@/lib/page/sectionMetadata'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// Filters, sorting and queries come from the query string: rendered per request, under a nonce
// policy (src/proxy.ts names these pages).
export const dynamic = 'force-dynamic'

export const generateMetadata = sectionMetadata('search')

function parse(
  locale: Locale,
  query: Record<string, string | string[] | undefined>,
): SearchParams | null {
  try {
    return parseSearchParams({
      locale,
      q: queryParam(query.q),
      type: queryParam(query.type),
      year: queryParam(query.year),
      page: queryParam(query.page),
    })
  } catch (error) {
    if (error instanceof SearchParamError) return null
    throw error
  }
}

/** A plain GET form: search works without JavaScript, and every result page has its own URL. */
export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const query = await searchParams
  const [t, types] = await Promise.all([getTranslations('search'), getTranslations('types')])
  const request = parse(locale, query)
  const response = request ? await searchContent(request) : null
  const q = request?.q ?? queryParam(query.q) ?? ''
  const href = (change: Partial<Record<'type' | 'year' | 'page', string | undefined>>) =>
    withQuery(localePath(locale, 'search'), {
      q,
      type: request?.type,
      year: request?.year || undefined,
      ...change,
    })
  return (
    <div className="page-width">
      <h1>{t('title')}</h1>
      <form
        role="search"
        method="get"
        action={localePath(locale, 'search')}
        className="search-form"
      >
        <label htmlFor="search-q">{t('label')}</label>
        <input id="search-q" type="search" name="q" defaultValue={q} maxLength={200} required />
        <button type="submit">{t('submit')}</button>
      </form>
      {!response ? (
        <p className="muted">{t('prompt')}</p>
      ) : (
        <>
          <p role="status">{t('results', { count: response.total, q })}</p>
          {response.total ? (
            <div className="search-layout">
              {/* On phones the filters fold behind one button, so the first result shows on the
                  first screen; wide screens show them beside the results. */}
              <FoldButton label={t('filters')} className="search-filters" />
              <nav className="facets" aria-label={t('filters')}>
                <h2>{t('type')}</h2>
                <ul>
                  <li>
                    <IntentLink
                      href={href({ type: undefined, page: undefined })}
                      aria-current={!request?.type ? 'true' : undefined}
                    >
                      {t('all')}
                    </IntentLink>
                  </li>
                  {Object.entries(response.facets.types).map(([type, count]) => (
                    <li key={type}>
                      <IntentLink
                        href={href({ type, page: undefined })}
                        aria-current={request?.type === type ? 'true' : undefined}
                      >
                        {types(type as never)} ({formatNumber(count ?? 0, locale)})
                      </IntentLink>
                    </li>
                  ))}
                </ul>
                <h2>{t('year')}</h2>
                <ul>
                  {Object.entries(response.facets.years)
                    .sort(([a], [b]) => Number(b) - Number(a))
                    .map(([year, count]) => (
                      <li key={year}>
                        <IntentLink
                          href={href({ year, page: undefined })}
                          aria-current={String(request?.year) === year ? 'true' : undefined}
                        >
                          {year} ({formatNumber(count, locale)})
                        </IntentLink>
                      </li>
                    ))}
                </ul>
              </nav>
              <ol className="search-results">
                {response.results.map((result) => (
                  <li key={`${result.collection}-${result.id}-${result.page ?? ''}`}>
                    <p className="meta">
                      {types(result.collection)}
                      {result.date ? (
                        <>
                          {' · '}
                          <time dateTime={preciseDateAttr(result.date, result.datePrecision)}>
                            {formatPreciseDate(result.date, result.datePrecision, locale)}
                          </time>
                        </>
                      ) : null}
                      {result.page ? ` · ${t('inOriginal', { page: result.page })}` : null}
                    </p>
                    <h2 className="card-title">
                      <IntentLink
                        href={docPath(
                          result.collection,
                          { id: result.id, slug: result.slug },
                          locale,
                        )}
                      >
                        {result.title}
                      </IntentLink>
                    </h2>
                    {/* snippetHtml is HTML-escaped text with <mark> around matches (src/lib/search/snippet.ts). */}
                    <p
                      className="snippet"
                      dangerouslySetInnerHTML={{ __html: result.snippetHtml }}
                    />
                    {result.page && result.fileUrl ? (
                      // The browser's PDF viewer opens at the page (RFC 8118 fragment).
                      <p>
                        <a href={`${result.fileUrl}#page=${result.page}`} type="application/pdf">
                          {t('openPage', { page: result.page })}
                        </a>
                      </p>
                    ) : null}
                  </li>
                ))}
              </ol>
            </div>
          ) : null}
          <Pagination
            page={response.page}
            totalPages={response.totalPages}
            href={(page) => href({ page: String(page) })}
          />
        </>
      )}
    </div>
  )
}
