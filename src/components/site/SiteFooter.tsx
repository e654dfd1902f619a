import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import { navHref } from '@/components/site/SiteHeader'
import { LocalizedText } from '@/components/site/LocalizedText'
import type { Locale } from '@/i18n/locales'
import { getNavigation, getSite, pickText } from '@/lib/queries/globals'
import { localePath } from '@/lib/routes'

export async function SiteFooter({ locale }: { locale: Locale }) {
  const [t, site, nav] = await Promise.all([getTranslations('site'), getSite(locale), getNavigation(locale)])
  const links = nav.raw.footer ?? []
  return (
    <footer className="site-footer">
      <nav aria-label={t('footerNav')}>
        <ul>
          {links.map((link, i) => (
            <li key={link.id ?? i}>
              <Link href={navHref(link.href, locale)}>
                <LocalizedText text={pickText(link.label, nav.source.footer?.[i]?.label, locale)} locale={locale} />
              </Link>
            </li>
          ))}
          <li>
            <a href={localePath(locale, 'feed.xml')} type="application/rss+xml">
              {t('feed')}
            </a>
          </li>
        </ul>
      </nav>
      <LocalizedText as="p" text={pickText(site.raw.tagline, site.source.tagline, locale)} locale={locale} />
      {site.raw.contactEmail ? (
        <p>
          <a href={`mailto:${site.raw.contactEmail}`}>{site.raw.contactEmail}</a>
        </p>
      ) : null}
    </footer>
  )
}
