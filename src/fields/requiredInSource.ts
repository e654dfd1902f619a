import type { Validate } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import { adminMessage } from '@/lib/adminMessage'

/**
 * `required` for localized fields, in the source language only: az must be filled, en and ru may
 * stay empty until a translator fills them (the site falls back to az meanwhile). Payload's own
 * `required` would refuse an empty translation.
 */
export const requiredInSource: Validate<unknown> = (value, { req, operation }) => {
  const locale = req.locale ?? defaultLocale
  if (operation === 'create' && locale !== defaultLocale) {
    return adminMessage(req, {
      az: 'Sənədi əvvəlcə azərbaycan dilində (az) yaradın, sonra tərcümə edin.',
      en: 'Create documents in Azerbaijani (az) first, then translate them.',
      ru: 'Сначала создайте документ на азербайджанском (az), затем переводите.',
    })
  }
  const empty = isEmptyValue(value)
  if (empty && locale === defaultLocale) {
    return adminMessage(req, {
      az: 'Bu sahə azərbaycan dilində (mənbə dili) mütləqdir.',
      en: 'This field is required in Azerbaijani (az), the source language.',
      ru: 'Это поле обязательно на азербайджанском (az), исходном языке.',
    })
  }
  return true
}

type LexicalNode = { text?: string; children?: LexicalNode[]; type?: string }

/** Empty text, or a Lexical document with no text and no upload, relationship or other content node. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true
  if (typeof value === 'string') return !value.trim()
  if (Array.isArray(value)) return value.length === 0
  const root = (value as { root?: LexicalNode }).root
  if (!root) return false
  const hasContent = (node: LexicalNode): boolean =>
    Boolean(node.text?.trim()) ||
    (node.type !== undefined && !['root', 'paragraph', 'text', 'linebreak', 'tab'].includes(node.type) && !node.children) ||
    Boolean(node.children?.some(hasContent))
  return !hasContent(root)
}
