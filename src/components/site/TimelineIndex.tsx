import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { Contribute } from '@/components/site/Contribute'
import { JsonLd } from '@/components/site/JsonLd'
import { LocalizedText } from '@/components/site/LocalizedText'
import { Pagination } from '@/components/site/Pagination'
import { RelatedLinks } from '@/components/site/RelatedLinks'
import { RichText } from '@/components/site/RichText'
import { Testimonies } from '@/components/site/Testimonies'
import type { Locale } from '@/i18n/locales'
import { sectionPagePath } from '@/lib/routing/pagedSection'
import { formatPreciseDate, preciseDateAttr } from '@/lib/format/preciseDate'
import { eventsLd } from '@/lib/page/jsonLd'
import { publishedTestimonies } from '@/lib/queries/submissions'
import { listTimelineEvents, timelineYears } from '@/lib/queries/timeline'
import { localePath, permalinkPath, withQuery } from '@/lib/routing/routes'
import { plainText } from '@/lib/search/sources'

/**
 * The chronology at `/timeline` (page 1) and `/timeline/page/N`, grouped by year; each date at the
 * precision it is known. A year that runs over a page break is headed on both pages.
 */
export async function TimelineIndex({ locale, page }: { locale: Locale; page: number }) {
  const [t, events, years] = await Promise.all([
    getTranslations('timeline'),
    listTimelineEvents(locale, page),
    timelineYears(locale),
  ])
  if (page > 1 && page > events.totalPages) notFound()
  const byYear = new Map<number, typeof events.docs>()
  for (const event of events.docs) {
    const year = new Date(event.doc.date).getUTCFullYear()
    byYear.set(year, [...(byYear.get(year) ?? []), event])
  }
  return (
    <div className="prose timeline">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {events.docs.length ? null : <p>{t('none')}</p>}
      {years.length > 1 ? (
        // Every year, on whichever page it starts: the chronology runs over many pages.
        <nav className="timeline-years" aria-label={t('years')}>
          <ul>
            {years.map(({ year, page: on }) => (
              <li key={year}>
                <a
                  href={`${on === page ? '' : sectionPagePath(locale, 'timeline', on)}#year-${year}`}
                >
                  {year}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {[...byYear].map(([year, yearEvents]) => (
        <section key={year} aria-labelledby={`year-${year}`} className="timeline-year">
          <h2 id={`year-${year}`}>{year}</h2>
          <ol className="timeline-events">
            {yearEvents.map((event) => {
              const description = event.get('description')
              return (
                <li key={event.doc.id} id={`event-${event.doc.id}`} className="timeline-event">
                  <time dateTime={preciseDateAttr(event.doc.date, event.doc.datePrecision)}>
                    {formatPreciseDate(event.doc.date, event.doc.datePrecision, locale)}
                  </time>
                  <LocalizedText as="h3" text={event.get('title')} locale={locale} />
                  {description ? (
                    <RichText data={description.value} locale={locale} lang={description.lang} />
                  ) : null}
                  {event.doc.related?.length ? (
                    <div className="timeline-related">
                      <span>{t('relatedTo')}:</span>
                      <RelatedLinks
                        items={event.doc.related}
                        source={event.source?.related}
                        locale={locale}
                      />
                    </div>
                  ) : null}
                  <Contribute locale={locale} collection="timeline-events" id={event.doc.id} />
                </li>
              )
            })}
          </ol>
        </section>
      ))}
      <Pagination
        page={page}
        totalPages={events.totalPages}
        href={(n) => sectionPagePath(locale, 'timeline', n)}
      />
      {page === 1 ? <EventTestimonies locale={locale} /> : null}
      <JsonLd
        data={[
          events.docs.length > 0 &&
            eventsLd(
              events.docs.map((event) => {
                const description = event.get('description')
                const title = event.get('title')
                return {
                  name: title?.value ?? '',
                  lang: title?.lang ?? locale,
                  description: description ? plainText(description.value) : null,
                  date: event.doc.date,
                  datePrecision: event.doc.datePrecision,
                  url: permalinkPath('timeline-events', event.doc.id, locale),
                }
              }),
            ),
        ]}
      />
    </div>
  )
}

/** What witnesses remember of the events, under the chronology's first page, and how to add to it. */
async function EventTestimonies({ locale }: { locale: Locale }) {
  const [t, testimonies] = await Promise.all([
    getTranslations('remember'),
    publishedTestimonies('events'),
  ])
  return (
    <>
      <Testimonies testimonies={testimonies} />
      <p className="contribute">
        <a href={withQuery(localePath(locale, 'remember'), { kind: 'testimony', about: 'events' })}>
          {t('shareMemory')}
        </a>
      </p>
    </>
  )
}
