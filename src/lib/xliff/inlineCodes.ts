import { type LexicalNode } from '@/lib/translation/valueText'
import { attr, childrenOf, escapeAttr, escapeText, tagOf, type XmlNode } from '@/lib/xliff/xml'

/**
 * Rich text ↔ XLIFF 2.0 inline content. Each text block of a Lexical document (a paragraph,
 * heading, quote or list item) is one `<segment>`; inside it, text formats and links become
 * `<pc>` spans and line breaks, tabs and other inline nodes `<ph>` placeholders. Every code points
 * to its native form in the unit's `<originalData>` (`<b>`, `<a href="…">`) for CAT tools to show.
 * On import, a target's codes are looked up by id in the codes of the current az source, so a
 * translator may move or drop them but not invent new ones.
 */

/** Lexical text format bits, in nesting order, with the XLIFF subType and native tag of each. */
const formats = [
  { bit: 1, subType: 'xlf:b', tag: 'b' },
  { bit: 2, subType: 'xlf:i', tag: 'i' },
  { bit: 8, subType: 'xlf:u', tag: 'u' },
  { bit: 4, subType: 'kh:s', tag: 's' },
  { bit: 16, subType: 'kh:code', tag: 'code' },
  { bit: 32, subType: 'kh:sub', tag: 'sub' },
  { bit: 64, subType: 'kh:sup', tag: 'sup' },
  { bit: 128, subType: 'kh:mark', tag: 'mark' },
] as const

export type InlineCode =
  | { kind: 'format'; bit: number }
  | { kind: 'link'; node: LexicalNode }
  | { kind: 'node'; node: LexicalNode }

/** Codes of one unit (ids unique per unit) and the native data they refer to. */
export class CodeTable {
  codes = new Map<string, InlineCode>()
  data: [string, string][] = []
  private next = 1

  add(code: InlineCode, native: string[]): { id: string; refs: string[] } {
    const id = String(this.next++)
    this.codes.set(id, code)
    const refs = native.map((text) => {
      const ref = `d${this.data.length + 1}`
      this.data.push([ref, text])
      return ref
    })
    return { id, refs }
  }

  originalDataXml(): string {
    if (!this.data.length) return ''
    return `<originalData>${this.data.map(([id, text]) => `<data id="${id}">${escapeText(text)}</data>`).join('')}</originalData>`
  }
}

const withoutChildren = ({ children: _children, ...node }: LexicalNode): LexicalNode => node

/** A block's inline children as XLIFF inline markup, registering codes in `table`. */
export function inlineToXliff(nodes: LexicalNode[], table: CodeTable): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') {
        const bits = typeof node.format === 'number' ? node.format : 0
        let xml = escapeText(node.text ?? '')
        for (const format of [...formats].reverse()) {
          if (!(bits & format.bit)) continue
          const { id, refs } = table.add({ kind: 'format', bit: format.bit }, [
            `<${format.tag}>`,
            `</${format.tag}>`,
          ])
          xml = `<pc id="${id}" type="fmt" subType="${format.subType}" dataRefStart="${refs[0]}" dataRefEnd="${refs[1]}">${xml}</pc>`
        }
        return xml
      }
      if (node.type === 'link' || node.type === 'autolink') {
        const url = typeof node.fields?.url === 'string' ? node.fields.url : ''
        const { id, refs } = table.add({ kind: 'link', node: withoutChildren(node) }, [
          `<a href="${url}">`,
          '</a>',
        ])
        return `<pc id="${id}" type="link" dataRefStart="${refs[0]}" dataRefEnd="${refs[1]}" disp="${escapeAttr(url)}">${inlineToXliff(node.children ?? [], table)}</pc>`
      }
      const subType = node.type === 'linebreak' ? ' type="fmt" subType="xlf:lb"' : ''
      const native =
        node.type === 'linebreak'
          ? '<br/>'
          : node.type === 'tab'
            ? '\t'
            : `<${node.type ?? 'node'}/>`
      const { id, refs } = table.add({ kind: 'node', node }, [native])
      return `<ph id="${id}"${subType} dataRef="${refs[0]}"/>`
    })
    .join('')
}

export class InlineError extends Error {}

const textNode = (text: string, format: number): LexicalNode => ({
  type: 'text',
  text,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/** XLIFF inline content (parsed, ordered) back to Lexical inline nodes, with the source's codes. */
export function xliffToInline(nodes: XmlNode[], table: CodeTable, format = 0): LexicalNode[] {
  const out: LexicalNode[] = []
  const push = (node: LexicalNode) => {
    const last = out[out.length - 1]
    if (node.type === 'text' && last?.type === 'text' && last.format === node.format)
      last.text = `${last.text}${node.text}`
    else out.push(node)
  }
  for (const item of nodes) {
    if (typeof item['#text'] === 'string') {
      if (item['#text']) push(textNode(item['#text'], format))
      continue
    }
    const tag = tagOf(item)
    if (tag === 'mrk') {
      // Annotations a CAT tool adds (terms, comments) carry no formatting of ours.
      xliffToInline(childrenOf(item), table, format).forEach(push)
      continue
    }
    if (tag === 'sm' || tag === 'em') continue
    const id = attr(item, 'id') ?? ''
    const code = table.codes.get(id)
    if (tag !== 'pc' && tag !== 'ph')
      throw new InlineError(`unexpected element <${tag}> in a target`)
    if (!code) throw new InlineError(`inline code id "${id}" is not in the source`)
    if (tag === 'pc' && code.kind === 'format')
      xliffToInline(childrenOf(item), table, format | code.bit).forEach(push)
    else if (tag === 'pc' && code.kind === 'link')
      out.push({ ...code.node, children: xliffToInline(childrenOf(item), table, format) })
    else if (tag === 'ph' && code.kind === 'node') out.push(structuredClone(code.node))
    else
      throw new InlineError(
        `inline code id "${id}" is used as <${tag}> but the source has it as another kind`,
      )
  }
  return out
}

/** A comparable form of inline content: text with whitespace collapsed, codes as `{id}…{/id}`. */
export function canonicalInline(nodes: XmlNode[]): string {
  const walk = (list: XmlNode[]): string =>
    list
      .map((item) => {
        if (typeof item['#text'] === 'string') return item['#text']
        const tag = tagOf(item)
        if (tag === 'pc')
          return `{${attr(item, 'id')}}${walk(childrenOf(item))}{/${attr(item, 'id')}}`
        if (tag === 'ph') return `{${attr(item, 'id')}/}`
        return walk(childrenOf(item))
      })
      .join('')
  return walk(nodes).replace(/\s+/g, ' ').trim()
}
