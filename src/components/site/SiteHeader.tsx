import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import { LanguageSwitcher } from '@/components/site/LanguageSwitcher.client'
import { LocalizedText } from '@/components/site/LocalizedText'
import { locales, type Locale } from '@/i18n/locales'
import { getNavigation, getSite, pickText } from '@/lib/queries/globals'
import { localePath } from '@/lib/routes'

/** Internal links in navigation are stored without the locale ("/articles"). */
export const navHref = (href: string, locale: Locale) => (href.startsWith('/') && !href.startsWith('//') ? `/${locale}${href === '/' ? '' : href}` : href)

export async function SiteHeader({ locale }: { locale: Locale }) {
  const [t, site, nav] = await Promise.all([getTranslations('site'), getSite(locale), getNavigation(locale)])
  const name = pickText(site.raw.name, site.source.name, locale) ?? { value: t('name'), lang: locale }
  const links = nav.raw.header ?? []
  return (
    <header className="site-header">
      <Link className="site-name" href={localePath(locale)}>
        <LocalizedText text={name} locale={locale} />
      </Link>
      <nav aria-label={t('mainNav')} className="main-nav">
        <ul>
          {links.map((link, i) => (
            <li key={link.id ?? i}>
              <Link href={navHref(link.href, locale)}>
                <LocalizedText text={pickText(link.label, nav.source.header?.[i]?.label, locale)} locale={locale} />
              </Link>
            </li>
          ))}
          <li>
            <Link href={localePath(locale, 'search')}>{(await getTranslations('search'))('title')}</Link>
          </li>
        </ul>
      </nav>
      <LanguageSwitcher current={locale} locales={locales.map(({ code, label }) => ({ code, label }))} label={t('language')} />
    </header>
  )
}
