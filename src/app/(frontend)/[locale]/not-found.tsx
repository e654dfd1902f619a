'use client'

import Link from 'next/link'
import { useParams } from 'next/navigation'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'

/** Not-found boundaries receive no params; the locale comes from the URL on the client side of the tree. */
export default function NotFound() {
  const params = useParams<{ locale?: string }>()
  const locale = isLocale(params?.locale) ? params.locale : defaultLocale
  const t = getMessages(locale).site
  return (
    <article className="prose">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <Link href={`/${locale}`}>{t.backHome}</Link>
      </p>
    </article>
  )
}
