import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { localePath, withQuery } from '@/lib/routing/routes'
import type { CorrectableSlug } from '@/lib/submissions/model'

type Props = {
  locale: Locale
  collection: CorrectableSlug
  id: number | string
  /** A person's page also invites a memory of them. */
  memory?: boolean
}

/** "Suggest a correction" under every document a visitor may correct; the form knows which one. */
export async function Contribute({ locale, collection, id, memory = false }: Props) {
  const t = await getTranslations('remember')
  const about = `${collection}:${id}`
  const form = localePath(locale, 'remember')
  return (
    <p className="contribute">
      {memory ? (
        <>
          <a href={withQuery(form, { kind: 'testimony', about })}>{t('shareMemory')}</a>
          {' · '}
        </>
      ) : null}
      <a href={withQuery(form, { kind: 'correction', about })} rel="nofollow">
        {t('suggestCorrection')}
      </a>
    </p>
  )
}
