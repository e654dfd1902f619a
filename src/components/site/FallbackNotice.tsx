import { getTranslations } from 'next-intl/server'

/** Says, in the visitor's language, that what follows is shown in az because it is not translated yet. */
export async function FallbackNotice({ show }: { show: boolean }) {
  if (!show) return null
  const t = await getTranslations('site')
  return (
    <p className="fallback-notice" role="note">
      {t('fallbackNotice')}
    </p>
  )
}
