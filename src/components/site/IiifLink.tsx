import { getTranslations } from 'next-intl/server'

import { manifestPath, type WithImages } from '@/lib/iiif/manifest'

/** The document's images as a IIIF manifest, for viewers and research tools (docs/api.md, "IIIF"). */
export async function IiifLink({
  collection,
  id,
}: {
  collection: WithImages
  id: number | string
}) {
  const t = await getTranslations('media')
  return (
    <p className="iiif-link">
      <a href={manifestPath(collection, id)} type="application/ld+json">
        {t('iiifManifest')}
      </a>
    </p>
  )
}
