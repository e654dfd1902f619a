import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { isLocale, locales } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'
import '@/app/(frontend)/styles.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

// Rendered on first request, then served from Next's cache until a publish revalidates it.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getMessages(locale).site
  return { title: { default: t.name, template: `%s · ${t.name}` }, description: t.tagline }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getMessages(locale).site
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <header className="site-header">
          <Link className="site-name" href={`/${locale}`}>
            {t.name}
          </Link>
          <nav aria-label={t.language}>
            <ul className="locale-list">
              {locales.map((l) => (
                <li key={l.code}>
                  <Link href={`/${l.code}`} hrefLang={l.code} lang={l.code} aria-current={l.code === locale ? 'true' : undefined}>
                    {l.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  )
}
