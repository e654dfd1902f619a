import { getTranslations } from 'next-intl/server'

import { Arrow } from '@/components/site/Arrow'
import { IntentLink } from '@/components/site/IntentLink.client'

type Props = { page: number; totalPages: number; href: (page: number) => string }

export async function Pagination({ page, totalPages, href }: Props) {
  if (totalPages <= 1) return null
  const t = await getTranslations('pagination')
  return (
    <nav className="pagination" aria-label={t('label')}>
      {page > 1 ? (
        <IntentLink rel="prev" href={href(page - 1)}>
          <Arrow direction="back" /> {t('previous')}
        </IntentLink>
      ) : null}
      <span aria-current="page">{t('page', { page, total: totalPages })}</span>
      {page < totalPages ? (
        <IntentLink rel="next" href={href(page + 1)}>
          {t('next')} <Arrow />
        </IntentLink>
      ) : null}
    </nav>
  )
}
