import type { Metadata } from 'next'

import { defaultLocale, localeCodes, type Locale } from '@/i18n/locales'
import { absoluteUrl } from '@/lib/routing/siteUrl'
import type { Media } from '@/payload-types'

const ogLocale: Record<Locale, string> = { az: 'az_AZ', en: 'en_GB', ru: 'ru_RU' }

/** The fallback social image (public/og-default.png, drawn by the project with sharp) for pages without an image of their own. */
export const DEFAULT_OG_IMAGE = { url: '/og-default.png', width: 1200, height: 630 }

type Options = {
  locale: Locale
  /** The path after the locale: '' for home, '/articles/some-slug'. */
  path: string
  title: string
  description?: string | null
  image?: Media | number | null
  type?: 'website' | 'article'
  siteName: string
  /** The locales the page is published in (a document's); every locale where not given. */
  locales?: Locale[]
}

/** Title, description, canonical, hreflang for every published locale and x-default, Open Graph and Twitter. */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  image,
  type = 'website',
  siteName,
  locales = localeCodes,
}: Options): Metadata {
  const og =
    typeof image === 'object' && image?.sizes?.og?.url
      ? { url: image.sizes.og.url, width: 1200, height: 630, alt: image.alt ?? '' }
      : DEFAULT_OG_IMAGE
  const url = absoluteUrl(`/${locale}${path}`)
  return {
    title,
    description: description ?? undefined,
    alternates: {
      // A locale not published shows the az text: the az page is the original.
      canonical: locales.includes(locale) ? url : absoluteUrl(`/${defaultLocale}${path}`),
      languages: {
        ...Object.fromEntries(locales.map((code) => [code, absoluteUrl(`/${code}${path}`)])),
        'x-default': absoluteUrl(`/${defaultLocale}${path}`),
      },
      types: { 'application/rss+xml': absoluteUrl(`/${locale}/feed.xml`) },
    },
    openGraph: {
      title,
      description: description ?? undefined,
      url,
      siteName,
      type,
      locale: ogLocale[locale],
      alternateLocale: locales.filter((code) => code !== locale).map((code) => ogLocale[code]),
      images: [og],
    },
    twitter: {
      card: 'summary_large_image',
      title,
      description: description ?? undefined,
      images: [og.url],
    },
  }
}
