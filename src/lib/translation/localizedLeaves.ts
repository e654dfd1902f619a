import type { Field, FlattenedField } from 'payload'

import {
  asDoc,
  asRows,
  below,
  branches,
  dataFields,
  isLocalized,
  type Doc,
} from '@/lib/content/fieldTree'
import { requiredInSource } from '@/lib/translation/requiredInSource'

/** A localized field found in a document: its stable path, type, whether az requires it, its value. */
export type LocalizedLeaf = { path: string; type: string; required: boolean; value: unknown }

const join = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name)

const isRequired = (field: FlattenedField) =>
  ('validate' in field && field.validate === requiredInSource) ||
  field.custom?.requiredInSource === true

function walk(
  fields: FlattenedField[],
  doc: unknown,
  visit: (field: FlattenedField, path: string, value: unknown) => void,
  prefix: string,
): void {
  const data = asDoc(doc)
  for (const field of fields) {
    const path = join(prefix, field.name)
    const value = data[field.name]
    if (isLocalized(field)) visit(field, path, value)
    else
      for (const branch of branches(field, value))
        walk(
          branch.fields,
          branch.value,
          visit,
          branch.key === undefined ? path : join(path, branch.key),
        )
  }
}

/**
 * Walks a config's fields over a document. `visit` gets every localized field (as one leaf, even a
 * localized group, named tab or array) with the document's value at that place; non-localized
 * groups, named tabs, arrays and blocks are walked into, layout fields are transparent.
 */
export function walkLocalized(
  fields: Field[],
  doc: unknown,
  visit: (field: FlattenedField, path: string, value: unknown) => void,
  prefix = '',
): void {
  walk(dataFields(fields), doc, visit, prefix)
}

/** Every localized leaf of a document read with `locale: 'all'`, valued in `locale`. */
export function leavesForLocale(
  fields: Field[],
  allLocales: unknown,
  locale: string,
): Map<string, LocalizedLeaf> {
  const leaves = new Map<string, LocalizedLeaf>()
  walkLocalized(fields, allLocales, (field, path, value) => {
    leaves.set(path, {
      path,
      type: field.type,
      required: isRequired(field),
      value: asDoc(value)[locale],
    })
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

function merge(fields: FlattenedField[], existing: unknown, data: unknown, locale: string): Doc {
  const stored = asDoc(existing)
  const incoming = asDoc(data)
  const result: Doc = {}
  for (const field of fields) {
    const name = field.name
    const own = incoming[name]
    const inside = below(field)
    if (isLocalized(field)) {
      const previous = asDoc(stored[name])
      if (own === undefined) result[name] = previous
      else
        result[name] =
          locale === 'all' || locale === '*'
            ? { ...previous, ...asDoc(own) }
            : { ...previous, [locale]: own }
    } else if (inside?.rows) {
      // The row structure is shared by every locale: the write's rows if it sends them, else the stored ones.
      const storedRows = asRows(stored[name])
      const rows = own === undefined ? storedRows : asRows(own)
      result[name] = rows.map((row, i) => {
        const before = storedRows.find((r) => r.id !== undefined && r.id === row.id)
        const merged = merge(
          inside.fieldsOf(row),
          before,
          own === undefined ? undefined : row,
          locale,
        )
        return { ...merged, id: row.id ?? String(i), blockType: row.blockType }
      })
    } else if (inside) {
      result[name] = merge(inside.fieldsOf(asDoc(own)), stored[name], own, locale)
    }
  }
  return result
}

/**
 * The document as it will be after a write: `existing` (all locales) with `data`, the write's data
 * in `locale` (or every locale for `all`), laid over it. A save carries only its own locale, so the
 * other locales' values come from the stored document. Only what the status needs is rebuilt.
 */
export function mergeLocale(
  fields: Field[],
  existing: unknown,
  data: unknown,
  locale: string,
): Doc {
  return merge(dataFields(fields), existing, data, locale)
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
  const assign = (list: FlattenedField[], doc: unknown) => {
    for (const field of list) {
      if (isLocalized(field)) continue
      for (const branch of branches(field, asDoc(doc)[field.name])) {
        if (
          branch.row &&
          (branch.row.id === undefined || branch.row.id === null || branch.row.id === '')
        )
          branch.row.id = newRowId()
        assign(branch.fields, branch.value)
      }
    }
  }
  assign(dataFields(fields), data)
}
