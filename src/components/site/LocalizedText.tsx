import type { ElementType, ReactNode } from 'react'

import type { Locale } from '@/i18n/locales'
import type { LocalizedValue } from '@/lib/localized'

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
  return (
    <Tag lang={text.lang === locale ? undefined : text.lang} className={className}>
      {children ? children(text.value) : text.value}
    </Tag>
  )
}
