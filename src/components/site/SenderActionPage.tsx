import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { isLocale, type Locale } from '@/i18n/locales'
import { queryParam } from '@/lib/http/queryParam'
import { isLinkToken } from '@/lib/submissions/tokens'

type Action = 'confirm' | 'withdraw'
type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** The link's secret is in the address: no other site learns it through a Referer, no index keeps it. */
export const senderActionMetadata =
  (action: Action) =>
  async ({ params }: Pick<Props, 'params'>): Promise<Metadata> => {
    const { locale } = await params
    if (!isLocale(locale)) return {}
    const t = await getTranslations({ locale, namespace: 'remember' })
    return { title: t(`${action}.title`), robots: { index: false }, referrer: 'no-referrer' }
  }

/**
 * The page a mailed link opens. Opening it changes nothing (mail scanners open links too): the
 * sender presses the button, a form post, and comes back here with the outcome (`done`).
 */
export async function SenderActionPage({
  action,
  locale,
  query,
}: {
  action: Action
  locale: Locale
  query: Awaited<Props['searchParams']>
}) {
  const t = await getTranslations('remember')
  const token = queryParam(query.token)
  const done = queryParam(query.done)
  const outcome =
    done === 'confirmed'
      ? t('confirm.done')
      : done === 'withdrawn'
        ? t('withdraw.done')
        : done === 'closed'
          ? t('withdraw.closed')
          : done || !isLinkToken(token)
            ? t('invalidLink')
            : null
  return (
    <div className="page-width prose">
      <h1>{t(`${action}.title`)}</h1>
      {outcome ? (
        <p role="status">{outcome}</p>
      ) : (
        <form method="post" action={`/api/submissions/${action}`}>
          <p>{t(`${action}.text`)}</p>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit">{t(`${action}.button`)}</button>
        </form>
      )}
    </div>
  )
}
