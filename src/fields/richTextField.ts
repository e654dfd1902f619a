import type { RichTextField, Validate } from 'payload'
import { richText as defaultRichTextValidate } from 'payload/shared'

import { requiredInSource } from '@/lib/translation/requiredInSource'
import { adminMessage } from '@/i18n/adminMessage'
import { isSafeLinkUrl } from '@/lib/routing/safeUrl'

type LexicalNode = {
  type?: string
  children?: LexicalNode[]
  fields?: { url?: unknown; linkType?: string }
}

/** Every custom link URL in a Lexical document. */
export function linkUrls(value: unknown): string[] {
  const urls: string[] = []
  const walk = (node: LexicalNode | undefined) => {
    if (!node || typeof node !== 'object') return
    if (
      (node.type === 'link' || node.type === 'autolink') &&
      node.fields?.linkType !== 'internal'
    ) {
      urls.push(typeof node.fields?.url === 'string' ? node.fields.url : '')
    }
    node.children?.forEach(walk)
  }
  walk((value as { root?: LexicalNode } | null)?.root)
  return urls
}

const validateLinks: Validate = async (value, options) => {
  const unsafe = linkUrls(value).filter((url) => !isSafeLinkUrl(url))
  if (unsafe.length) {
    const list = unsafe.map((u) => `"${u.slice(0, 60)}"`).join(', ')
    return adminMessage(options.req, {
      az: `Keçid ünvanı http(s), mailto və ya saytdaxili olmalıdır; qəbul edilmir: ${list}`,
      en: `A link must be http(s), mailto or relative to this site; refused: ${list}`,
      ru: `Ссылка должна быть http(s), mailto или относительной; отклонено: ${list}`,
    })
  }
  return defaultRichTextValidate(value, options as Parameters<typeof defaultRichTextValidate>[1])
}

type Options = Omit<RichTextField, 'type' | 'validate'> & { validate?: Validate }

/**
 * A Lexical rich text field whose links are checked on save (the editor's own validation still runs).
 * `validate` adds a rule, such as `requiredInSource`, in front of the link check.
 */
export const richTextField = ({ validate, ...field }: Options): RichTextField => ({
  ...field,
  type: 'richText',
  // The wrapper hides `validate`: the translation status reads this flag to know az requires the field.
  custom: { ...field.custom, requiredInSource: validate === requiredInSource },
  validate: async (value, options) => {
    if (validate) {
      const result = await validate(value, options)
      if (result !== true) return result
    }
    return validateLinks(value, options)
  },
})
