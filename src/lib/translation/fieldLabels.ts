import { getTranslation, type I18nClient } from '@payloadcms/translations'
import type { ClientField, Field } from 'payload'
import { flattenTopLevelFields } from 'payload/shared'

type AnyField = ClientField | Field

/** The fields of the rows below an array or blocks field (every block's, for blocks). */
function rowFields(field: AnyField): AnyField[] | undefined {
  if (field.type === 'array') return field.fields
  if (field.type === 'blocks')
    return (field.blocks ?? []).flatMap((block): AnyField[] => block.fields)
  return undefined
}

/**
 * A leaf path of the translation status (`title`, `meta.title`, `layout.<rowId>.quote`) as the
 * admin names it, in the admin's language: "Title", "SEO > Title", "Layout > Quote". Groups and
 * named tabs are Payload's own flattening (`labelWithPrefix`); a row id stands for its row. Works on
 * the server config (the Translations view) and the client config (the edit view's badge) alike.
 */
export function leafPathLabel(fields: AnyField[], path: string, i18n: I18nClient): string {
  const segments = path.split('.')
  const labels: string[] = []
  let level: AnyField[] = fields
  let at = 0
  while (at < segments.length) {
    let match: { field: AnyField; label: string; length: number } | undefined
    for (const field of flattenTopLevelFields(level, { i18n, moveSubFieldsToTop: true })) {
      if (!('name' in field) || !field.name) continue
      const accessor = (field.accessor ?? field.name).split('.')
      if (match && accessor.length <= match.length) continue
      if (!accessor.every((segment, i) => segments[at + i] === segment)) continue
      const own = field.label
      const label =
        field.labelWithPrefix ??
        (typeof own === 'string' || (typeof own === 'object' && own)
          ? getTranslation(own, i18n)
          : field.name)
      match = { field: field as AnyField, label, length: accessor.length }
    }
    if (!match) {
      labels.push(segments.slice(at).join('.'))
      break
    }
    labels.push(match.label)
    at += match.length
    const below = rowFields(match.field)
    if (!below) break
    level = below
    at += 1 // the row's id
  }
  return labels.join(' > ')
}
