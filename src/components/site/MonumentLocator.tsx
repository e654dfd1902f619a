import { getTranslations } from 'next-intl/server'

import { LocatorMap } from '@/components/maps/LocatorMap'
import type { Locale } from '@/i18n/locales'
import { jurisdictionName } from '@/lib/geo/jurisdictions'
import type { Monument } from '@/payload-types'

/** A small map around the monument, for the reader to place it. */
export async function MonumentLocator({
  monument,
  name,
  locale,
}: {
  monument: Monument
  name: string
  locale: Locale
}) {
  const t = await getTranslations('monuments')
  return (
    <figure className="locator-map">
      <LocatorMap
        lat={monument.coordinates.lat}
        lng={monument.coordinates.lng}
        title={`${t('location')}: ${name}, ${jurisdictionName(monument.country, locale)}`}
      />
    </figure>
  )
}
