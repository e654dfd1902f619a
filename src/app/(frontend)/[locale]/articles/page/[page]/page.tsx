import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { ArticleIndex } from '@/components/site/ArticleIndex'
import { isLocale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/metadata'
import { pageLocale, siteName } from '@/lib/pageLocale'

type Props = { params: Promise<{ locale: string; page: string }> }

export const generateStaticParams = () => []

const pageNumber = (value: string) => (/^[1-9]\d{0,4}$/.test(value) ? Number(value) : null)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await params
  if (!isLocale(locale) || !pageNumber(page)) return {}
  const t = await getTranslations({ locale, namespace: 'articles' })
  return pageMetadata({ locale, path: `/articles/page/${page}`, title: `${t('title')} · ${page}`, siteName: await siteName(locale) })
}

export default async function ArticlesPageN({ params }: Props) {
  const locale = await pageLocale(params)
  const page = pageNumber((await params).page)
  if (!page || page === 1) notFound()
  return <ArticleIndex locale={locale} page={page} />
}
