import type { Field, FieldAffectingData, FlattenedField, NamedTab } from 'payload'
import { fieldAffectsData, fieldHasSubFields, flattenAllFields, tabHasName } from 'payload/shared'

import { rowKey } from '@/lib/translation/leafPath'

/**
 * The one walker of a Payload field tree. Its idea of which fields hold data is Payload's own:
 * rows, collapsibles, unnamed groups and unnamed tabs are layout (their fields sit in the data of
 * the level around them), ui fields hold nothing, and a named tab holds an object like a group.
 * Two operations stand on it: rebuilding a config (`mapDataNodes`, `mapSubFields`) and walking a
 * document along its fields (`dataFields`, `branches`, `below`).
 */

export type Doc = Record<string, unknown>
export type Row = Doc & { id?: unknown; blockType?: unknown }

export const asDoc = (value: unknown): Doc =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Doc) : {}
export const asRows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])

/** A named tab as Payload itself presents one among fields (`traverseFields`, `flattenAllFields`). */
export type TabNode = NamedTab & { type: 'tab' }
/** What holds data under its own name in a config: a data field or a named tab. */
export type DataNode = (Field & FieldAffectingData) | TabNode

/** Payload's `localized` flag, on config nodes and flattened fields alike (`fieldIsLocalized` takes the former only). */
export const isLocalized = (field: DataNode | FlattenedField): boolean => Boolean(field.localized)

const asField = (node: DataNode): Field => {
  if (node.type === 'tab') throw new TypeError(`a field cannot become the tab "${node.name}"`)
  return node
}

const asTab = (node: DataNode): NamedTab => {
  if (node.type !== 'tab')
    throw new TypeError(`the tab "${node.name}" cannot become a ${node.type} field`)
  const { type: _type, ...tab } = node
  return tab
}

/**
 * `fields` with `map` applied to each data node at this level of the data (the ones `dataFields`
 * returns). Layout keeps its place with its fields rebuilt the same way; ui fields stay as they
 * are. `map` returns a node of the kind it was given.
 */
export function mapDataNodes(fields: Field[], map: (node: DataNode) => DataNode): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) =>
          tabHasName(tab)
            ? asTab(map({ ...tab, type: 'tab' }))
            : { ...tab, fields: mapDataNodes(tab.fields, map) },
        ),
      }
    }
    if (fieldAffectsData(field)) return asField(map(field))
    // Left: ui fields, and the layout that keeps its fields in `fields`.
    if (!fieldHasSubFields(field)) return field
    return { ...field, fields: mapDataNodes(field.fields, map) }
  })
}

/** `node` with each field list right below it (a group's, a named tab's, an array's, every block's) rebuilt by `mapFields`. */
export function mapSubFields(node: DataNode, mapFields: (fields: Field[]) => Field[]): DataNode {
  if (node.type === 'blocks')
    return {
      ...node,
      blocks: node.blocks.map((block) => ({ ...block, fields: mapFields(block.fields) })),
    }
  if (node.type === 'tab') return { ...node, fields: mapFields(node.fields) }
  if (fieldHasSubFields(node)) return { ...node, fields: mapFields(node.fields) }
  return node
}

/** The data fields of one level of a document, as Payload flattens them (a named tab has type `tab`). */
export const dataFields = (fields: Field[]): FlattenedField[] => flattenAllFields({ fields })

/**
 * What a data field holds below it in a document: one object (a group, a named tab) or rows (an
 * array, a blocks field); `lists` are every field list its objects may have, `fieldsOf` the one a
 * given object has (a block row's is its `blockType`'s). Undefined for a field with nothing below.
 */
export type Below = {
  rows: boolean
  lists: FlattenedField[][]
  fieldsOf: (object: Row) => FlattenedField[]
}

export function below(field: FlattenedField): Below | undefined {
  switch (field.type) {
    case 'group':
    case 'tab':
      return { rows: false, lists: [field.flattenedFields], fieldsOf: () => field.flattenedFields }
    case 'array':
      return { rows: true, lists: [field.flattenedFields], fieldsOf: () => field.flattenedFields }
    case 'blocks':
      return {
        rows: true,
        lists: field.blocks.map((block) => block.flattenedFields),
        fieldsOf: (row) =>
          field.blocks.find((block) => block.slug === row.blockType)?.flattenedFields ?? [],
      }
    default:
      return undefined
  }
}

/**
 * One object below a data field in a document, with its fields: a group's or named tab's value, or
 * a row (then `row` is set, and `key` addresses it in a leaf path).
 */
export type Branch = { fields: FlattenedField[]; value: Doc; row?: Row; key?: string }

/** The objects below a data field, given the field's value in a document. */
export function branches(field: FlattenedField, value: unknown): Branch[] {
  const inside = below(field)
  if (!inside) return []
  if (!inside.rows) {
    const object = asDoc(value)
    return [{ fields: inside.fieldsOf(object), value: object }]
  }
  return asRows(value).map((row, i) => ({
    fields: inside.fieldsOf(row),
    value: row,
    row,
    key: rowKey(row, i),
  }))
}

/** Whether `test` holds for any data field in `fields` or at any depth below them. */
export function someDataField(fields: Field[], test: (field: FlattenedField) => boolean): boolean {
  const search = (list: FlattenedField[]): boolean =>
    list.some((field) => test(field) || (below(field)?.lists ?? []).some(search))
  return search(dataFields(fields))
}
