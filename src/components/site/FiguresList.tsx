import { getTranslations } from 'next-intl/server'

import { FiguresChart } from '@/components/charts/FiguresChart'
import { LocalizedText } from '@/components/site/LocalizedText'
import { SourceLine } from '@/components/site/SourceLine'
import type { Locale } from '@/i18n/locales'
import { formatNumber, intlTag } from '@/lib/format/intl'
import { type LocalizedGlobal, pickText } from '@/lib/queries/globals'
import type { Fact } from '@/payload-types'

/** The figures of the tragedy as a chart, and as a definition list with each figure's note and source. */
export async function FiguresList({
  facts,
  locale,
}: {
  facts: LocalizedGlobal<Fact>
  locale: Locale
}) {
  const t = await getTranslations('figures')
  const figures = facts.raw.figures ?? []
  if (!figures.length) return null
  const chart = figures.map((figure, i) => {
    const label = pickText(figure.label, facts.source.figures?.[i]?.label, locale)
    return {
      key: figure.key,
      value: figure.value,
      label: label?.value ?? figure.key,
      ...(label && label.lang !== locale && { lang: label.lang }),
    }
  })
  return (
    <>
      <FiguresChart
        figures={chart}
        locale={intlTag(locale)}
        title={t('chart')}
        units={{
          killed: t('units.killed'),
          people: t('units.people'),
          families: t('units.families'),
          places: t('units.places'),
        }}
      />
      <details className="figures-details">
        <summary>{t('notes')}</summary>
        <dl className="figures">
          {figures.map((figure, i) => {
            const source = facts.source.figures?.[i]
            const firstSource = figure.sources?.[0]
            return (
              <div key={figure.id ?? i} className="figure">
                <dt>
                  <LocalizedText
                    text={pickText(figure.label, source?.label, locale)}
                    locale={locale}
                  />
                </dt>
                <dd className="figure-value">{formatNumber(figure.value, locale)}</dd>
                <LocalizedText
                  as="dd"
                  className="figure-note"
                  text={pickText(figure.note, source?.note, locale)}
                  locale={locale}
                />
                {firstSource ? (
                  <dd className="figure-source">
                    {t('source')}: <SourceLine source={firstSource} />
                  </dd>
                ) : null}
              </div>
            )
          })}
        </dl>
      </details>
    </>
  )
}
