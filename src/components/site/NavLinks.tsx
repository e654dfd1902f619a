import { LocalizedText } from '@/components/site/LocalizedText'
import type { Locale } from '@/i18n/locales'
import { pickText } from '@/lib/queries/globals'
import type { Navigation } from '@/payload-types'
import { IntentLink } from '@/components/site/IntentLink.client'

type Links = NonNullable<Navigation['header']>

/** Internal links in navigation are stored without the locale ("/articles"). */
export const navHref = (href: string, locale: Locale) =>
  href.startsWith('/') && !href.startsWith('//') ? `/${locale}${href === '/' ? '' : href}` : href

/** The list items of one navigation menu; an untranslated label falls back to the same link's az label. */
export function NavLinks({
  links,
  source,
  locale,
}: {
  links: Links | null | undefined
  source: Links | null | undefined
  locale: Locale
}) {
  return (links ?? []).map((link, i) => (
    <li key={link.id ?? i}>
      <IntentLink href={navHref(link.href, locale)}>
        <LocalizedText text={pickText(link.label, source?.[i]?.label, locale)} locale={locale} />
      </IntentLink>
    </li>
  ))
}
