import { getTranslations } from 'next-intl/server'

import { RecognitionsOverTime } from '@/components/charts/RecognitionsOverTime'
import { MapZoom } from '@/components/maps/MapZoom.client'
import { RecognitionLegend } from '@/components/maps/RecognitionLegend'
import { RecognitionMap } from '@/components/maps/RecognitionMap'
import type { Locale } from '@/i18n/locales'
import { intlTag } from '@/lib/format/intl'
import { jurisdictionName } from '@/lib/geo/jurisdictions'
import type { Localized } from '@/lib/translation/localize'
import { docPath } from '@/lib/routing/routes'
import type { Recognition } from '@/payload-types'

/** The recognition map (countries, US states inset, organisations beside it) and the chart over time. */
type Props = {
  recognitions: Localized<Recognition>[]
  locale: Locale
  /** Where a shape links: the recognitions page passes the row's anchor when the row is on the page shown. */
  hrefFor?: (doc: Recognition) => string
}

export async function RecognitionsVisuals({
  recognitions,
  locale,
  hrefFor = (doc) => docPath('recognitions', doc, locale),
}: Props) {
  if (!recognitions.length) return null
  const [t, m] = await Promise.all([getTranslations('recognitions'), getTranslations('maps')])
  const legend = {
    national: t('levels.national'),
    subnational: t('levels.subnational'),
    other: t('levels.other'),
  }
  const undated = recognitions.filter(({ doc }) => !doc.date).length
  const entries = recognitions.map(({ doc, get }) => ({
    jurisdiction: doc.jurisdiction,
    level: doc.level,
    href: hrefFor(doc),
    // The accessible name of the shape: "Mexico — Senate, 2014".
    label: [
      jurisdictionName(doc.jurisdiction, locale),
      [get('recognisingBody')?.value, doc.date ? new Date(doc.date).getUTCFullYear() : null]
        .filter(Boolean)
        .join(', '),
    ]
      .filter(Boolean)
      .join(' — '),
  }))
  return (
    <>
      <section className="map-section" aria-labelledby="recognition-map-heading">
        <h2 id="recognition-map-heading" className="visually-hidden">
          {t('map')}
        </h2>
        <MapZoom
          targetId="recognition-map"
          labels={{ zoomIn: m('zoomIn'), zoomOut: m('zoomOut'), reset: m('reset') }}
        />
        <RecognitionMap
          id="recognition-map"
          headingLevel={3}
          recognitions={entries}
          labels={{
            title: t('map'),
            legend,
            organisations: t('organisations'),
            usInset: t('usInset'),
            elsewhere: m('elsewhere'),
            more: (count) => m('more', { count }),
          }}
        />
      </section>
      <section className="chart over-time" aria-labelledby="over-time-heading">
        <h2 id="over-time-heading">{t('overTime')}</h2>
        <RecognitionsOverTime
          recognitions={recognitions.map(({ doc }) => doc)}
          locale={intlTag(locale)}
          labels={{ title: t('overTime'), xAxis: m('years'), yAxis: m('total') }}
        />
        <RecognitionLegend labels={legend} />
        {undated > 0 && <p className="muted">{t('undated', { count: undated })}</p>}
      </section>
    </>
  )
}
