import type { Locale } from '@/i18n/locales'
import { IntentLink } from '@/components/site/IntentLink.client'
import { defaultLocale } from '@/i18n/locales'
import { docPath } from '@/lib/routing/routes'

type RelatedDoc = {
  id: number | string
  slug?: string | null
  title?: string | null
  name?: string | null
  label?: string | null
}
type Related = { relationTo: string; value: number | RelatedDoc }

const titleOf = (doc: RelatedDoc) => doc.title || doc.name || doc.label || ''

/**
 * Links to related documents, populated at depth 1. `source` is the same list read in az: an
 * untranslated title is shown in az and marked so.
 */
export function RelatedLinks({
  items,
  source,
  locale,
}: {
  items: Related[] | null | undefined
  source?: Related[] | null
  locale: Locale
}) {
  const links = (items ?? []).flatMap((item, i) => {
    if (typeof item.value !== 'object') return []
    const sourceValue = source?.[i]?.value
    const own = titleOf(item.value)
    const fallback = typeof sourceValue === 'object' ? titleOf(sourceValue) : ''
    const title = own || fallback
    if (!title) return []
    return [
      {
        key: `${item.relationTo}-${item.value.id}`,
        href: docPath(item.relationTo, item.value, locale),
        title,
        lang: own ? undefined : defaultLocale,
      },
    ]
  })
  if (!links.length) return null
  return (
    <ul className="related-links">
      {links.map((link) => (
        <li key={link.key}>
          <IntentLink href={link.href} lang={link.lang === locale ? undefined : link.lang}>
            {link.title}
          </IntentLink>
        </li>
      ))}
    </ul>
  )
}
