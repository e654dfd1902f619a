type LexicalNode = { text?: string; children?: LexicalNode[]; type?: string }

/** Nodes that only carry text; any other node without children (upload, relationship, rule) is content. */
const textContainers = new Set([
  'root',
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
  'text',
  'linebreak',
  'tab',
])

const hasContent = (node: LexicalNode): boolean =>
  Boolean(node.text?.trim()) ||
  (node.type !== undefined && !textContainers.has(node.type) && !node.children) ||
  Boolean(node.children?.some(hasContent))

const isLexical = (value: object): value is { root: LexicalNode } =>
  'root' in value &&
  typeof (value as { root: unknown }).root === 'object' &&
  (value as { root: unknown }).root !== null

/**
 * The one answer to "is this field empty?", shared by the translation status, the publish gate, the
 * source-language validation, the site's fallback to az and XLIFF export:
 * - text is empty when it is only whitespace;
 * - rich text is empty when no node holds text or a non-text node (an upload, a relationship, a
 *   horizontal rule): a paragraph of spaces is empty, an image alone is not;
 * - an array or blocks field is empty with no rows, a group when every field in it is empty;
 * - null and undefined are empty; numbers, booleans, dates and relationships (an id or a document)
 *   are not.
 */
export function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  if (typeof value !== 'object' || value instanceof Date) return false
  if (isLexical(value)) return !hasContent(value.root)
  if ('id' in value) return false
  return Object.values(value).every(isEmpty)
}
