import { LocalizedText } from '@/components/site/LocalizedText'
import type { Locale } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'
import { isOneOf } from '@/lib/content/collections'
import { pickText } from '@/lib/queries/globals'
import type { Navigation } from '@/payload-types'
import { IntentLink } from '@/components/site/IntentLink.client'

type Links = NonNullable<Navigation['header']>

/** Internal links in navigation are stored without the locale ("/articles"). */
export const navHref = (href: string, locale: Locale) =>
  href.startsWith('/') && !href.startsWith('//') ? `/${locale}${href === '/' ? '' : href}` : href

/** The site's sections, named in the menu exactly as their pages are titled. */
const titledSections = [
  'articles',
  'monuments',
  'resolutions',
  'recognitions',
  'timeline',
  'people',
  'search',
] as const
const sectionTitle = (href: string, locale: Locale): string | undefined => {
  const section = /^\/([a-z]+)\/?$/.exec(href)?.[1]
  return isOneOf(titledSections, section) ? getMessages(locale)[section].title : undefined
}

/**
 * The list items of one navigation menu. A link to a section is named by the section's title, so
 * the menu and the page it opens say the same; other links by their label, an untranslated one
 * falling back to the same link's az label.
 */
export function NavLinks({
  links,
  source,
  locale,
}: {
  links: Links | null | undefined
  source: Links | null | undefined
  locale: Locale
}) {
  return (links ?? []).map((link, i) => {
    const title = sectionTitle(link.href, locale)
    const text = title
      ? { value: title, lang: locale }
      : pickText(link.label, source?.[i]?.label, locale)
    return (
      <li key={link.id ?? i}>
        <IntentLink href={navHref(link.href, locale)}>
          <LocalizedText text={text} locale={locale} />
        </IntentLink>
      </li>
    )
  })
}
