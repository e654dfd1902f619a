// Only the scripts az, en and ru are written in, each font file loaded only when a page needs it.
import '@/app/(frontend)/fonts.css'
import '@/app/(frontend)/styles.css'

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { DraftBanner } from '@/components/site/DraftBanner'
import { SiteFooter } from '@/components/site/SiteFooter'
import { SiteHeader } from '@/components/site/SiteHeader'
import { isLocale } from '@/i18n/locales'
import { getSite, pickText } from '@/lib/queries/globals'
import { siteUrl } from '@/lib/routing/siteUrl'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

// Nothing is rendered at build time (the build has no database): each page is rendered on its first
// request, then served from Next's cache until a publish revalidates it (src/lib/cache/revalidate.ts). Its
// scripts are allowed by their hashes, which the cached page carries in its own
// Content-Security-Policy (src/lib/security/cachedPageScripts.mjs).
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const [t, site] = await Promise.all([
    getTranslations({ locale, namespace: 'site' }),
    getSite(locale),
  ])
  const name = pickText(site.raw.name, site.source.name, locale)?.value ?? t('name')
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: name, template: `%s · ${name}` },
    description: pickText(site.raw.tagline, site.source.tagline, locale)?.value ?? t('tagline'),
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations('site')
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <DraftBanner path={`/${locale}`} />
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
