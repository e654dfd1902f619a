import type { ElementType, ReactNode } from 'react'

import type { Locale } from '@/i18n/locales'
import type { LocalizedValue } from '@/lib/translation/localize'

type Props = {
  text: LocalizedValue<string> | null
  locale: Locale
  as?: ElementType
  className?: string
  children?: (value: string) => ReactNode
}

/** A text in the language it is really in: az text on an English page carries `lang="az"`. */
export function LocalizedText({ text, locale, as: Tag = 'span', className, children }: Props) {
  if (!text) return null
  // Only the attributes that apply: an undefined prop still costs `"lang":"$undefined"` in Next's
  // RSC payload, for every text of every list (8 KB on a page of the timeline).
  const attributes = {
    ...(text.lang !== locale && { lang: text.lang }),
    ...(className && { className }),
  }
  return <Tag {...attributes}>{children ? children(text.value) : text.value}</Tag>
}
