import { getTranslations } from 'next-intl/server'

import { MonumentsMap } from '@/components/maps/MonumentsMap'
import type { Locale } from '@/i18n/locales'
import type { Localized } from '@/lib/translation/localize'
import { localePath } from '@/lib/routing/routes'
import type { Monument } from '@/payload-types'

/** Every monument as a marker on the world map, each linked to its page. */
export async function MonumentsMapSection({
  monuments,
  locale,
}: {
  monuments: Localized<Monument>[]
  locale: Locale
}) {
  if (!monuments.length) return null
  const t = await getTranslations('monuments')
  return (
    <section className="map-section" aria-label={t('map')}>
      <MonumentsMap
        id="monuments-map"
        title={t('map')}
        monuments={monuments.map(({ doc, get }) => ({
          name: get('name')?.value ?? doc.slug ?? '',
          href: localePath(locale, 'monuments', doc.slug),
          lat: doc.coordinates.lat,
          lng: doc.coordinates.lng,
        }))}
      />
    </section>
  )
}
