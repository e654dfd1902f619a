import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import type { Locale } from '@/i18n/locales'
import { pageNumber } from '@/lib/routing/pageNumber'
import { pageLocale } from '@/lib/page/pageLocale'

/** A paged section's index (src/lib/routing/pagedSection.ts); it answers 404 past its last page. */
type Index = (props: { locale: Locale; page: number }) => Promise<ReactNode>

/** The page component of the section itself (`/timeline`): page 1. */
export function firstPage(Index: Index) {
  return async function FirstPage({ params }: { params: Promise<{ locale: string }> }) {
    return <Index locale={await pageLocale(params)} page={1} />
  }
}

/**
 * The page component of `/…/page/[page]`: page 2 onwards. `/…/page/1` is a 404 (page 1 has one
 * address, the section's own), and so is anything that is not a number.
 */
export function numberedPage(Index: Index) {
  return async function NumberedPage({
    params,
  }: {
    params: Promise<{ locale: string; page: string }>
  }) {
    const locale = await pageLocale(params)
    const page = pageNumber((await params).page)
    if (!page || page === 1) notFound()
    return <Index locale={locale} page={page} />
  }
}
