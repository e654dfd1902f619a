/**
 * Leaf paths name a localized field inside a document: `title`, `meta.title`, `layout.<rowId>.content`.
 * Client-safe (the admin's source panel uses it).
 */
type Row = Record<string, unknown> & { id?: unknown }
const asDoc = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}

/** Array and block rows are addressed by their id, so a path survives reordering. */
export const rowKey = (row: Row, index: number) =>
  row.id === undefined || row.id === null || row.id === '' ? String(index) : String(row.id)

/**
 * The admin form addresses array rows by index (`layout.2.content`); the status keys them by id
 * (`layout.<id>.content`). Resolves one into the other against a document.
 */
export function formPathToLeafPath(doc: unknown, formPath: string): string {
  let current: unknown = doc
  const out: string[] = []
  for (const segment of formPath.split('.')) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) {
      const row = current[Number(segment)] as Row | undefined
      out.push(row ? rowKey(row, Number(segment)) : segment)
      current = row
    } else {
      out.push(segment)
      current = asDoc(current)[segment]
    }
  }
  return out.join('.')
}

/** The value at a leaf path (`layout.<id>.content`) of a document read in one locale. */
export function valueAtLeafPath(doc: unknown, path: string): unknown {
  let current: unknown = doc
  for (const segment of path.split('.')) {
    if (Array.isArray(current))
      current = (current as Row[]).find((row, i) => rowKey(row, i) === segment)
    else current = asDoc(current)[segment]
    if (current === undefined) return undefined
  }
  return current
}
