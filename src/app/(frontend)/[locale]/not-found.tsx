import { getLocale, getTranslations } from 'next-intl/server'
import { IntentLink } from '@/components/site/IntentLink.client'

/** The localized 404 (status 404): the locale comes from the layout's setRequestLocale. */
export default async function NotFound() {
  const [t, locale] = await Promise.all([getTranslations('site'), getLocale()])
  return (
    <article className="prose">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundText')}</p>
      <p>
        <IntentLink href={`/${locale}`}>{t('backHome')}</IntentLink>
      </p>
    </article>
  )
}
