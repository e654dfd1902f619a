import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { LocalizedText } from '@/components/site/LocalizedText'
import { MonumentsMapSection } from '@/components/site/MonumentsMapSection'
import { Pagination } from '@/components/site/Pagination'
import type { Locale } from '@/i18n/locales'
import { IntentLink } from '@/components/site/IntentLink.client'
import { jurisdictionName } from '@/lib/geo/jurisdictions'
import { sectionPagePath } from '@/lib/routing/pagedSection'
import { listMonumentMarkers, listMonuments } from '@/lib/queries/monuments'
import { localePath } from '@/lib/routing/routes'

/** The memorials at `/monuments` (page 1, with the map of all of them) and `/monuments/page/N`. */
export async function MonumentIndex({ locale, page }: { locale: Locale; page: number }) {
  const [t, monuments, markers] = await Promise.all([
    getTranslations('monuments'),
    listMonuments(locale, page),
    page === 1 ? listMonumentMarkers(locale) : null,
  ])
  if (page > 1 && page > monuments.totalPages) notFound()
  return (
    <div className="page-width">
      <h1>{t('title')}</h1>
      <p className="muted">{t('count', { count: monuments.totalDocs })}</p>
      {markers ? <MonumentsMapSection monuments={markers.docs} locale={locale} /> : null}
      {monuments.docs.length ? (
        <ul className="card-list">
          {monuments.docs.map((monument) => (
            <li key={monument.doc.id} className="card">
              <h2 className="card-title">
                <IntentLink href={localePath(locale, 'monuments', monument.doc.slug)}>
                  <LocalizedText text={monument.get('name')} locale={locale} />
                </IntentLink>
              </h2>
              <p>
                <LocalizedText text={monument.get('city')} locale={locale} />
                {monument.doc.city ? ', ' : ''}
                {jurisdictionName(monument.doc.country, locale)}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('none')}</p>
      )}
      <Pagination
        page={page}
        totalPages={monuments.totalPages}
        href={(n) => sectionPagePath(locale, 'monuments', n)}
      />
    </div>
  )
}
