import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { isLocale } from '@/i18n/locales'
import { pageLocale } from '@/lib/page/pageLocale'

type Props = { params: Promise<{ locale: string }> }

export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'remember' })
  return { title: t('sent.title'), robots: { index: false } }
}

/** Where a sent form lands: the sender's next step is the link in their mail. */
export default async function SentPage({ params }: Props) {
  await pageLocale(params)
  const t = await getTranslations('remember')
  return (
    <div className="page-width prose">
      <h1>{t('sent.title')}</h1>
      <p role="status">{t('sent.text')}</p>
    </div>
  )
}
