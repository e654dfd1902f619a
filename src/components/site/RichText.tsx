import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  type JSXConvertersFunction,
  LinkJSXConverter,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'

import type { Locale } from '@/i18n/locales'
import { docPath } from '@/lib/routing/routes'

type Props = { data: unknown; locale: Locale; lang?: Locale; className?: string }

type InternalDoc = {
  relationTo: string
  value: number | string | { id: number | string; slug?: string | null }
}

/**
 * Rich text as the site shows it: internal links point at the document's public page in this locale;
 * uploads keep Payload's responsive <picture>.
 */
export function RichText({ data, locale, lang, className = 'rich-text' }: Props) {
  if (!data) return null
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkJSXConverter({
      internalDocToHref: ({ linkNode }) => {
        const doc = linkNode.fields.doc as InternalDoc | undefined
        if (!doc || typeof doc.value !== 'object') return '#'
        return docPath(doc.relationTo, doc.value, locale)
      },
    }),
  })
  return (
    <div className={className} {...(lang && lang !== locale && { lang })}>
      <LexicalRichText
        data={data as SerializedEditorState}
        converters={converters}
        disableContainer
      />
    </div>
  )
}
