import { getTranslations } from 'next-intl/server'

import { FateStatus } from '@/components/site/FateStatus'
import { FilterSelect } from '@/components/site/FilterSelect'
import { IntentLink } from '@/components/site/IntentLink.client'
import { Pagination } from '@/components/site/Pagination'
import type { Locale } from '@/i18n/locales'
import { formatNumber } from '@/lib/format/intl'
import { queryParam } from '@/lib/http/queryParam'
import { pageLocale } from '@/lib/page/pageLocale'
import { sectionMetadata } from '@/lib/page/sectionMetadata'
import { ageGroups, fateKinds, genders } from '@/lib/people/fates'
import { personName } from '@/lib/people/names'
import {
  countedFigures,
  listRegistry,
  registryLetters,
  searchRegistry,
  type CountedFigure,
} from '@/lib/queries/registry'
import { pageNumber } from '@/lib/routing/pageNumber'
import { localePath, withQuery } from '@/lib/routing/routes'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// Filters, letters and the name search come from the query string: rendered per request, under a
// nonce policy (src/proxy.ts names this page).
export const dynamic = 'force-dynamic'

export const generateMetadata = sectionMetadata('people')

/** A name query longer than any name is not a name: cut, as the search box's maxLength does. */
const MAX_QUERY = 200

/**
 * The registry of people: what is recorded by name beside the official figures, a name search
 * across scripts, the family names by first letter, and filters by fate, age group and gender, all
 * plain GET forms and links that work without JavaScript.
 */
export default async function PeoplePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const query = await searchParams
  const [t, figures, letters] = await Promise.all([
    getTranslations('people'),
    countedFigures(locale),
    registryLetters(locale),
  ])
  // Every person visitors may read is filed under a letter: no letters, no one recorded yet.
  const registered = letters.length > 0
  const fate = fateKinds.find((kind) => kind === queryParam(query.fate))
  const ageGroup = ageGroups.find((group) => group === queryParam(query.ageGroup))
  const gender = genders.find((g) => g === queryParam(query.gender))
  const q = queryParam(query.q)?.trim().slice(0, MAX_QUERY) || undefined
  // A letter no one is filed under is dropped, as an unknown filter value is.
  const letter = letters.find((l) => l === queryParam(query.letter))
  const filter = { fate, ageGroup, gender, letter }
  const page = pageNumber(queryParam(query.page)) ?? 1
  const find = (n: number) =>
    q ? searchRegistry(locale, q, filter, n) : listRegistry(locale, filter, n)
  const found = await find(page)
  // A page past the end (a link from before a filter or the registry changed) opens the first.
  const result = page > 1 && page > found.totalPages ? await find(1) : found
  const path = localePath(locale, 'people')
  const href = (change: Record<string, string | number | undefined>) =>
    withQuery(path, { q, letter, fate, ageGroup, gender, ...change })
  return (
    <div className="page-width">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <CountedFigures figures={figures} locale={locale} />
      {registered ? null : <p>{t('noneYet')}</p>}
      {registered ? (
        <>
          <form role="search" method="get" action={path} className="search-form">
            <label htmlFor="people-q">{t('search')}</label>
            <input
              id="people-q"
              type="search"
              name="q"
              defaultValue={q}
              maxLength={MAX_QUERY}
              aria-describedby="people-q-hint"
              required
            />
            <button type="submit">{t('searchButton')}</button>
            <p id="people-q-hint" className="muted search-hint">
              {t('searchHint')}
            </p>
          </form>
          <nav className="letter-index" aria-label={t('index')}>
            <ul>
              <li>
                <IntentLink
                  href={href({ q: undefined, letter: undefined })}
                  aria-current={letter || q ? undefined : 'true'}
                >
                  {t('allLetters')}
                </IntentLink>
              </li>
              {letters.map((initial) => (
                <li key={initial}>
                  <IntentLink
                    href={href({ q: undefined, letter: initial })}
                    aria-current={initial === letter ? 'true' : undefined}
                  >
                    {initial}
                  </IntentLink>
                </li>
              ))}
            </ul>
          </nav>
          <form className="filters" method="get" action={path} aria-label={t('filter')}>
            {q ? <input type="hidden" name="q" value={q} /> : null}
            {letter ? <input type="hidden" name="letter" value={letter} /> : null}
            <FilterSelect
              label={t('fate')}
              name="fate"
              value={fate}
              options={fateKinds}
              anyLabel={t('any')}
              optionLabel={(kind) => t(`fates.${kind}`)}
            />
            <FilterSelect
              label={t('ageGroup')}
              name="ageGroup"
              value={ageGroup}
              options={ageGroups}
              anyLabel={t('any')}
              optionLabel={(group) => t(`ageGroups.${group}`)}
            />
            <FilterSelect
              label={t('gender')}
              name="gender"
              value={gender}
              options={genders}
              anyLabel={t('any')}
              optionLabel={(g) => t(`genders.${g}`)}
            />
            <button type="submit">{t('apply')}</button>
            <IntentLink href={path}>{t('reset')}</IntentLink>
          </form>
          <p className="muted" role="status">
            {t('count', { count: result.totalDocs })}
          </p>
          {result.docs.length ? (
            <ul className="document-list people-list">
              {result.docs.map((row) => {
                const match = 'match' in row ? row.match : undefined
                // A person not offered in the locale is listed by the az name, marked as az.
                const own = row.offered ? personName(row.doc) : ''
                return (
                  <li key={row.doc.id}>
                    <h2 className="card-title">
                      <IntentLink
                        href={localePath(locale, 'people', row.doc.slug)}
                        lang={own ? undefined : 'az'}
                      >
                        {own || row.doc.fullName}
                      </IntentLink>
                    </h2>
                    {match ? (
                      <p className="meta">
                        {t('matchedAs', { form: match.form })} · {t(`matchKinds.${match.kind}`)}
                      </p>
                    ) : null}
                    <FateStatus status={row.doc.facets} />
                  </li>
                )
              })}
            </ul>
          ) : (
            <p>{t('none')}</p>
          )}
          <Pagination
            page={result.page ?? 1}
            totalPages={result.totalPages}
            href={(n) => href({ page: n > 1 ? n : undefined })}
          />
        </>
      ) : null}
      <section aria-labelledby="how-added-heading">
        <h2 id="how-added-heading">{t('howAdded')}</h2>
        <p>{t('howAddedText')}</p>
      </section>
    </div>
  )
}

/** "613 killed according to …; 0 of them recorded here by name yet", one line per kind of fate. */
async function CountedFigures({ figures, locale }: { figures: CountedFigure[]; locale: Locale }) {
  if (!figures.length) return null
  const t = await getTranslations('people')
  const counted = (value: number, fate: CountedFigure['fate']) =>
    `${formatNumber(value, locale)} ${t(`fatesCounted.${fate}`)}`
  return (
    <section className="people-counted" aria-labelledby="counted-heading">
      <h2 id="counted-heading">{t('countedTitle')}</h2>
      <ul>
        {figures.map(({ fate, recorded, official }) => (
          <li key={fate} data-fate={fate}>
            {!official
              ? t('recordedOnly', { recorded: counted(recorded, fate) })
              : official.source
                ? t('officialVsRecorded', {
                    official: counted(official.value, fate),
                    source: official.source,
                    recorded: formatNumber(recorded, locale),
                  })
                : t('officialNoSource', {
                    official: counted(official.value, fate),
                    recorded: formatNumber(recorded, locale),
                  })}
          </li>
        ))}
      </ul>
      <p className="muted">{t('countedNote')}</p>
    </section>
  )
}
