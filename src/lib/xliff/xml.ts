import { XMLParser } from 'fast-xml-parser'

/** One node of fast-xml-parser's ordered output: `{ tag: children, ':@': attributes }` or `{ '#text': text }`. */
export type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string>; '#text'?: string }

/** Ordered parsing keeps inline content (text, `<pc>`, `<ph>`) in document order. */
export const xmlParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  removeNSPrefix: true,
})

export const tagOf = (node: XmlNode): string | undefined =>
  Object.keys(node).find((k) => k !== ':@' && k !== '#text')
export const childrenOf = (node: XmlNode): XmlNode[] => {
  const tag = tagOf(node)
  return tag && Array.isArray(node[tag]) ? (node[tag] as XmlNode[]) : []
}
export const attr = (node: XmlNode, name: string): string | undefined => node[':@']?.[name]
export const elements = (nodes: XmlNode[], tag: string) => nodes.filter((n) => tagOf(n) === tag)

export const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
export const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;')
