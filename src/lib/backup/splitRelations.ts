import type { FlattenedBlock, FlattenedField } from 'payload'

type Data = Record<string, unknown>

const isObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

type Result = { data: Data; stripped: boolean }

/**
 * The document without its relationship and upload values (at any depth: groups, tabs, arrays,
 * blocks, each locale), and whether it had any. The database enforces references (SQLite's foreign
 * keys), and documents point at each other in cycles (article → timeline event → article), so a
 * restore creates every document without references first and writes the references afterwards.
 * Join fields are dropped as well: they are read-only views of other documents' references.
 */
export function splitRelations(
  fields: FlattenedField[],
  data: Data,
  blocks: FlattenedBlock[] = [],
): Result {
  let stripped = false

  const walkFields = (list: FlattenedField[], value: Data, inLocalized: boolean): Data => {
    const out: Data = { ...value }
    for (const field of list) {
      if (!('name' in field) || !(field.name in value)) continue
      if (field.type === 'join') {
        delete out[field.name]
        continue
      }
      const raw = value[field.name]
      const localized = Boolean(field.localized) && !inLocalized && isObject(raw)
      const transform = (v: unknown) => walkValue(field, v, inLocalized || Boolean(field.localized))
      if (localized) {
        const perLocale: Data = {}
        for (const [locale, v] of Object.entries(raw as Data)) {
          const next = transform(v)
          if (next !== REMOVE) perLocale[locale] = next
        }
        out[field.name] = perLocale
      } else {
        const next = transform(raw)
        if (next === REMOVE) delete out[field.name]
        else out[field.name] = next
      }
    }
    return out
  }

  const walkValue = (field: FlattenedField, value: unknown, inLocalized: boolean): unknown => {
    if (value === null || value === undefined) return value
    switch (field.type) {
      case 'relationship':
      case 'upload':
        if (!(Array.isArray(value) && value.length === 0)) stripped = true
        return REMOVE
      case 'group':
      case 'tab':
        return isObject(value) ? walkFields(field.flattenedFields, value, inLocalized) : value
      case 'array':
        return Array.isArray(value)
          ? value.map((row) =>
              isObject(row) ? walkFields(field.flattenedFields, row, inLocalized) : row,
            )
          : value
      case 'blocks':
        return Array.isArray(value)
          ? value.map((row) => {
              if (!isObject(row)) return row
              const block = findBlock(field, String(row.blockType), blocks)
              return block ? walkFields(block.flattenedFields, row, inLocalized) : row
            })
          : value
      default:
        return value
    }
  }

  return { data: walkFields(fields, data, false), stripped: stripped }
}

const REMOVE = Symbol('remove')

function findBlock(
  field: Extract<FlattenedField, { type: 'blocks' }>,
  slug: string,
  configBlocks: FlattenedBlock[],
): FlattenedBlock | undefined {
  const inline = field.blocks.find((b) => b.slug === slug)
  if (inline) return inline
  for (const ref of field.blockReferences ?? []) {
    if (typeof ref === 'object' && ref.slug === slug) return ref
    if (ref === slug) return configBlocks.find((b) => b.slug === slug)
  }
  return undefined
}
