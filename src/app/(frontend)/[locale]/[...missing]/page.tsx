import { notFound } from 'next/navigation'

import { pageLocale } from '@/lib/page/pageLocale'

type Props = { params: Promise<{ locale: string; missing: string[] }> }

// Like every public page, rendered on its first request and then served from the cache.
export const generateStaticParams = () => []

/**
 * Any deeper path no route takes (`/en/articles/x/y`): the localized 404 of the site, with its
 * header and `<html lang>`, instead of Next's bare English one.
 */
export default async function MissingPage({ params }: Props) {
  await pageLocale(params)
  notFound()
}
