/**
 * Text forms of a localized value, client-safe: `valueText` is what a person reads (the az snapshot
 * kept for the word diff), `valueSignature` is a stable serialization whose change means the source
 * changed (rich text: structure, text, formats and link targets, without editor-only noise).
 */
export type LexicalNode = {
  type?: string
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  children?: LexicalNode[]
  fields?: Record<string, unknown> & {
    url?: unknown
    linkType?: unknown
    doc?: unknown
    newTab?: unknown
  }
  value?: unknown
  relationTo?: unknown
  [key: string]: unknown
}

export const lexicalRoot = (value: unknown): LexicalNode | undefined => {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  return root && typeof root === 'object' ? root : undefined
}

const blockTypes = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', 'root'])

/** Plain text of a Lexical document: blocks separated by blank lines, line breaks kept. */
const inlineTypes = new Set(['text', 'linebreak', 'tab', 'link', 'autolink', 'inlineBlock'])

/**
 * Every element of a Lexical document whose children are all inline (a paragraph, a heading, a
 * quote, a list item), empty ones included, in document order: where a block's text can be put.
 */
export function blockSlots(value: unknown): LexicalNode[] {
  const slots: LexicalNode[] = []
  const walk = (node: LexicalNode) => {
    const children = node.children ?? []
    if (
      node.type !== 'root' &&
      Array.isArray(node.children) &&
      children.every((c) => inlineTypes.has(c.type ?? ''))
    )
      slots.push(node)
    else children.forEach(walk)
  }
  const root = lexicalRoot(value)
  if (root) walk(root)
  return slots
}

const inlineText = (nodes: LexicalNode[]): string =>
  nodes.map((n) => (n.type === 'text' ? (n.text ?? '') : inlineText(n.children ?? []))).join('')

/** The blocks that hold text: what XLIFF makes a segment of, and translation memory a pair of. */
export const textBlocks = (value: unknown): LexicalNode[] =>
  blockSlots(value).filter((block) => inlineText(block.children ?? []).trim())

export function lexicalText(value: unknown): string {
  const root = lexicalRoot(value)
  if (!root) return ''
  const blocks: string[] = []
  const inline = (node: LexicalNode): string => {
    if (node.type === 'text') return node.text ?? ''
    if (node.type === 'linebreak') return '\n'
    if (node.type === 'tab') return '\t'
    return (node.children ?? []).map(inline).join('')
  }
  const walk = (node: LexicalNode) => {
    const children = node.children ?? []
    if (
      node.type !== 'root' &&
      node.type !== 'list' &&
      children.every((c) => !blockTypes.has(c.type ?? ''))
    ) {
      const text = inline(node)
      if (text.trim()) blocks.push(text)
      return
    }
    children.forEach(walk)
  }
  walk(root)
  return blocks.join('\n\n')
}

const relationId = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

function lexicalSignature(node: LexicalNode): unknown {
  const link =
    node.fields && (node.type === 'link' || node.type === 'autolink')
      ? {
          url: node.fields.url ?? null,
          linkType: node.fields.linkType ?? null,
          doc: relationId((node.fields.doc as { value?: unknown })?.value ?? null),
          newTab: Boolean(node.fields.newTab),
        }
      : undefined
  return [
    node.type ?? '',
    node.text ?? null,
    typeof node.format === 'number' ? node.format : null,
    node.tag ?? node.listType ?? null,
    link ?? null,
    node.type === 'upload' || node.type === 'relationship'
      ? [node.relationTo ?? null, relationId(node.value)]
      : null,
    node.type === 'block' || node.type === 'inlineBlock' ? (node.fields ?? null) : null,
    (node.children ?? []).map(lexicalSignature),
  ]
}

/** Stable JSON: object keys sorted, so the same value always serializes the same way. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([k, v]) => v !== undefined && k !== 'id',
    )
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`)
      .join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

export function valueText(type: string, value: unknown): string {
  if (value === null || value === undefined) return ''
  if (type === 'richText') return lexicalText(value)
  if (typeof value === 'string') return value
  return stableJson(value)
}

export function valueSignature(type: string, value: unknown): string {
  if (type === 'richText') {
    const root = lexicalRoot(value)
    return root ? JSON.stringify(lexicalSignature(root)) : 'null'
  }
  return stableJson(value)
}
