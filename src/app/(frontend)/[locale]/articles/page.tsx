import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { ArticleIndex } from '@/components/site/ArticleIndex'
import { isLocale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/metadata'
import { pageLocale, siteName } from '@/lib/pageLocale'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'articles' })
  return pageMetadata({ locale, path: '/articles', title: t('title'), siteName: await siteName(locale) })
}

export default async function ArticlesPage({ params }: Props) {
  return <ArticleIndex locale={await pageLocale(params)} page={1} />
}
