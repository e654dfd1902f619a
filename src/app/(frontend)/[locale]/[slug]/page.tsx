import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Blocks } from '@/components/site/Blocks'
import { FallbackNotice } from '@/components/site/FallbackNotice'
import { LocalizedText } from '@/components/site/LocalizedText'
import { RichText } from '@/components/site/RichText'
import { isLocale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/page/metadata'
import { pageLocale, siteName } from '@/lib/page/pageLocale'
import { getPageBySlug } from '@/lib/queries/pages'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const page = await getPageBySlug(locale, slug)
  if (!page) return {}
  return pageMetadata({
    locales: page.locales,
    locale,
    path: `/${page.doc.slug}`,
    title: page.doc.meta?.title || page.get('title')?.value || '',
    description: page.doc.meta?.description,
    image: page.doc.meta?.image,
    siteName: await siteName(locale),
  })
}

export default async function Page({ params }: Props) {
  const locale = await pageLocale(params)
  const page = await getPageBySlug(locale, (await params).slug)
  if (!page) notFound()
  const content = page.get('content')
  return (
    <article className="prose">
      <FallbackNotice show={!page.offered} locales={page.locales} />
      <LocalizedText as="h1" text={page.get('title')} locale={locale} />
      {content ? <RichText data={content.value} locale={locale} lang={content.lang} /> : null}
      <Blocks blocks={page.doc.layout} source={page.source?.layout} locale={locale} />
      <FallbackNotice show={page.offered && page.anyFallback()} />
    </article>
  )
}
