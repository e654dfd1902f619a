import { getTranslations } from 'next-intl/server'

import { FoldButton } from '@/components/site/FoldButton.client'
import { IntentLink } from '@/components/site/IntentLink.client'
import { LanguageSwitcher } from '@/components/site/LanguageSwitcher.client'
import { LocalizedText } from '@/components/site/LocalizedText'
import { NavLinks } from '@/components/site/NavLinks'
import { locales, type Locale } from '@/i18n/locales'
import { getNavigation, getSite, pickText } from '@/lib/queries/globals'
import { localePath } from '@/lib/routing/routes'

export async function SiteHeader({ locale }: { locale: Locale }) {
  const [t, site, nav] = await Promise.all([
    getTranslations('site'),
    getSite(locale),
    getNavigation(locale),
  ])
  const name = pickText(site.raw.name, site.source.name, locale) ?? {
    value: t('name'),
    lang: locale,
  }
  return (
    <header className="site-header">
      <IntentLink className="site-name" href={localePath(locale)}>
        <LocalizedText text={name} locale={locale} />
      </IntentLink>
      <FoldButton label={t('menu')} className="menu-button" />
      <nav aria-label={t('mainNav')} className="main-nav">
        <ul>
          <NavLinks links={nav.raw.header} source={nav.source.header} locale={locale} />
          <li>
            <IntentLink href={localePath(locale, 'search')}>
              {(await getTranslations('search'))('title')}
            </IntentLink>
          </li>
        </ul>
      </nav>
      <LanguageSwitcher
        current={locale}
        locales={locales.map(({ code, label }) => ({ code, label }))}
        label={t('language')}
      />
    </header>
  )
}
