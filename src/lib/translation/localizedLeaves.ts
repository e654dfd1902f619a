import type { Field } from 'payload'

import { requiredInSource } from '@/lib/translation/requiredInSource'
import { rowKey } from '@/lib/translation/leafPath'

/** A localized field found in a document: its stable path, type, whether az requires it, its value. */
export type LocalizedLeaf = { path: string; type: string; required: boolean; value: unknown }

type Doc = Record<string, unknown>
type Row = Doc & { id?: unknown; blockType?: unknown }
type LooseField = {
  type: string
  name?: string
  localized?: boolean
  fields?: Field[]
  tabs?: LooseField[]
  blocks?: { slug: string; fields: Field[] }[]
  validate?: unknown
  custom?: Record<string, unknown>
}

const asDoc = (value: unknown): Doc => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Doc) : {})
const asRows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])


const join = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name)

const isRequired = (field: LooseField) => field.validate === requiredInSource || field.custom?.requiredInSource === true

/** Fields of a row: an array's own, or the fields of the block its `blockType` names. */
function rowFields(field: LooseField, row: Row): Field[] {
  if (field.type === 'array') return field.fields ?? []
  return field.blocks?.find((b) => b.slug === row.blockType)?.fields ?? []
}

/**
 * Walks a config's fields over a document. `visit` gets every localized field (as one leaf, even a
 * localized group or array) with the document's value at that place; non-localized groups, named
 * tabs, arrays and blocks are walked into, layout fields are transparent.
 */
export function walkLocalized(
  fields: Field[],
  doc: unknown,
  visit: (field: LooseField & { name: string }, path: string, value: unknown) => void,
  prefix = '',
): void {
  const data = asDoc(doc)
  for (const field of fields as LooseField[]) {
    if (field.type === 'ui') continue
    if (field.type === 'tabs') {
      for (const tab of field.tabs ?? []) {
        if (tab.name && tab.localized) visit({ ...tab, type: 'group', name: tab.name }, join(prefix, tab.name), data[tab.name])
        else if (tab.name) walkLocalized(tab.fields ?? [], data[tab.name], visit, join(prefix, tab.name))
        else walkLocalized(tab.fields ?? [], data, visit, prefix)
      }
      continue
    }
    if (!field.name) {
      if (field.fields) walkLocalized(field.fields, data, visit, prefix)
      continue
    }
    const path = join(prefix, field.name)
    const value = data[field.name]
    if (field.localized) visit(field as LooseField & { name: string }, path, value)
    else if (field.type === 'group' && field.fields) walkLocalized(field.fields, value, visit, path)
    else if (field.type === 'array' || field.type === 'blocks')
      asRows(value).forEach((row, i) => walkLocalized(rowFields(field, row), row, visit, join(path, rowKey(row, i))))
  }
}

/** Every localized leaf of a document read with `locale: 'all'`, valued in `locale`. */
export function leavesForLocale(fields: Field[], allLocales: unknown, locale: string): Map<string, LocalizedLeaf> {
  const leaves = new Map<string, LocalizedLeaf>()
  walkLocalized(fields, allLocales, (field, path, value) => {
    leaves.set(path, { path, type: field.type, required: isRequired(field), value: asDoc(value)[locale] })
  })
  return leaves
}

/** Every localized leaf of a document read in a single locale. */
export function leavesOfLocaleDoc(fields: Field[], doc: unknown): Map<string, LocalizedLeaf> {
  const leaves = new Map<string, LocalizedLeaf>()
  walkLocalized(fields, doc, (field, path, value) => {
    leaves.set(path, { path, type: field.type, required: isRequired(field), value })
  })
  return leaves
}

/**
 * The document as it will be after a write: `existing` (all locales) with `data`, the write's data
 * in `locale` (or every locale for `all`), laid over it. A save carries only its own locale, so the
 * other locales' values come from the stored document. Only what the status needs is rebuilt.
 */
export function mergeLocale(fields: Field[], existing: unknown, data: unknown, locale: string): Doc {
  const stored = asDoc(existing)
  const incoming = asDoc(data)
  const result: Doc = {}
  for (const field of fields as LooseField[]) {
    if (field.type === 'ui') continue
    if (field.type === 'tabs') {
      for (const tab of field.tabs ?? []) {
        if (tab.name) {
          const asGroup = { ...tab, type: 'group', name: tab.name } as unknown as Field
          Object.assign(result, mergeLocale([asGroup], stored, incoming, locale))
        } else Object.assign(result, mergeLocale(tab.fields ?? [], stored, incoming, locale))
      }
      continue
    }
    if (!field.name) {
      if (field.fields) Object.assign(result, mergeLocale(field.fields, stored, incoming, locale))
      continue
    }
    const name = field.name
    const own = incoming[name]
    if (field.localized) {
      const previous = asDoc(stored[name])
      if (own === undefined) result[name] = previous
      else result[name] = locale === 'all' || locale === '*' ? { ...previous, ...asDoc(own) } : { ...previous, [locale]: own }
    } else if (field.type === 'group' && field.fields) {
      result[name] = mergeLocale(field.fields, stored[name], own, locale)
    } else if (field.type === 'array' || field.type === 'blocks') {
      // The row structure is shared by every locale: the write's rows if it sends them, else the stored ones.
      const storedRows = asRows(stored[name])
      const rows = own === undefined ? storedRows : asRows(own)
      result[name] = rows.map((row, i) => {
        const before = storedRows.find((r) => r.id !== undefined && r.id === row.id)
        const merged = mergeLocale(rowFields(field, row), before, own === undefined ? undefined : row, locale)
        return { ...merged, id: row.id ?? String(i), blockType: row.blockType }
      })
    }
  }
  return result
}

const newRowId = () => {
  const bytes = new Uint8Array(12)
  crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * Gives new array and block rows their id before Payload would, so a row's translation state is
 * keyed by the id it keeps from its first save on (an ObjectId-shaped hex string, as Payload makes).
 */
export function assignRowIds(fields: Field[], data: unknown): void {
  const doc = asDoc(data)
  for (const field of fields as LooseField[]) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs ?? []) assignRowIds(tab.fields ?? [], tab.name ? doc[tab.name] : doc)
    } else if (!field.name) {
      if (field.fields) assignRowIds(field.fields, doc)
    } else if (!field.localized && field.type === 'group' && field.fields) {
      assignRowIds(field.fields, doc[field.name])
    } else if (!field.localized && (field.type === 'array' || field.type === 'blocks')) {
      for (const row of asRows(doc[field.name])) {
        if (row.id === undefined || row.id === null || row.id === '') row.id = newRowId()
        assignRowIds(rowFields(field, row), row)
      }
    }
  }
}
