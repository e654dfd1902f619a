import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/locales'
import { getPageBySlug } from '@/lib/queries/pages'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const page = await getPageBySlug(locale, slug)
  return page ? { title: page.title } : {}
}

export default async function Page({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const page = await getPageBySlug(locale, slug)
  if (!page) notFound()
  return (
    <article className="prose">
      <h1>{page.title}</h1>
      {page.content ? <RichText data={page.content} /> : null}
    </article>
  )
}
