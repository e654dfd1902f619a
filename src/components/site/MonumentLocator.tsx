import { getTranslations } from 'next-intl/server'

import { LocatorMap } from '@/components/maps/LocatorMap'
import type { Locale } from '@/i18n/locales'
import { jurisdictionName } from '@/lib/geo/jurisdictions'
import type { Monument } from '@/payload-types'

/**
 * A small map around the monument, for the reader to place it. Its caption names the place in
 * words, and says when the marker is approximate: a map of lines alone names nothing to a reader.
 */
export async function MonumentLocator({
  monument,
  name,
  place,
  locale,
}: {
  monument: Monument
  name: string
  /** The address and city in the page's language, as the page shows them. */
  place: (string | undefined)[]
  locale: Locale
}) {
  const t = await getTranslations('monuments')
  const country = jurisdictionName(monument.country, locale)
  return (
    <figure className="locator-map">
      <LocatorMap
        lat={monument.coordinates.lat}
        lng={monument.coordinates.lng}
        title={`${t('location')}: ${name}, ${country}`}
      />
      <figcaption>
        {t('locator', {
          approximate: monument.coordinates.approximate ? 'true' : 'false',
          place: [...place, country].filter(Boolean).join(', '),
        })}
      </figcaption>
    </figure>
  )
}
