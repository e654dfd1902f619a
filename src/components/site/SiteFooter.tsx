import { getTranslations } from 'next-intl/server'

import { LocalizedText } from '@/components/site/LocalizedText'
import { NavLinks } from '@/components/site/NavLinks'
import type { Locale } from '@/i18n/locales'
import { getNavigation, getSite, pickText } from '@/lib/queries/globals'
import { localePath } from '@/lib/routing/routes'

export async function SiteFooter({ locale }: { locale: Locale }) {
  const [t, site, nav] = await Promise.all([
    getTranslations('site'),
    getSite(locale),
    getNavigation(locale),
  ])
  return (
    <footer className="site-footer">
      <nav aria-label={t('footerNav')}>
        <ul>
          <NavLinks links={nav.raw.footer} source={nav.source.footer} locale={locale} />
          <li>
            <a href={localePath(locale, 'feed.xml')} type="application/rss+xml">
              {t('feed')}
            </a>
          </li>
        </ul>
      </nav>
      <LocalizedText
        as="p"
        text={pickText(site.raw.tagline, site.source.tagline, locale)}
        locale={locale}
      />
      {site.raw.contactEmail ? (
        <p>
          <a href={`mailto:${site.raw.contactEmail}`}>{site.raw.contactEmail}</a>
        </p>
      ) : null}
    </footer>
  )
}
