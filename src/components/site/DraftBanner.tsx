import { getTranslations } from 'next-intl/server'

import { LivePreview } from '@/components/site/LivePreview.client'
import { readContext } from '@/lib/queries/readContext'
import { siteUrl } from '@/lib/routing/siteUrl'

/** Tells staff in draft mode that they see unpublished content, and how to leave. */
export async function DraftBanner({ path }: { path: string }) {
  const { draft } = await readContext()
  if (!draft) return null
  const t = await getTranslations('site')
  return (
    <div className="draft-banner" role="status">
      {t('draftBanner')}{' '}
      <a href={`/api/preview/exit?path=${encodeURIComponent(path)}`}>{t('exitPreview')}</a>
      <LivePreview serverURL={siteUrl()} />
    </div>
  )
}
