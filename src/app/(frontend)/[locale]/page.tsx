import Link from 'next/link'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'
import { listPages } from '@/lib/queries/pages'
import { localePath } from '@/lib/routes'

type Props = { params: Promise<{ locale: string }> }

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getMessages(locale).site
  const pages = await listPages(locale)
  return (
    <article className="prose">
      <h1>{t.name}</h1>
      <p className="lead">{t.tagline}</p>
      <h2>{t.pages}</h2>
      {pages.length ? (
        <ul>
          {pages.map((page) => (
            <li key={page.id}>
              <Link href={localePath(locale, page.slug)}>{page.title}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.noPages}</p>
      )}
    </article>
  )
}
