import { XMLParser } from 'fast-xml-parser'

/** An element of rendered markup, with its parent, for assertions on server-rendered SVG/HTML. */
export type MarkupNode = {
  tag: string
  attrs: Record<string, string>
  children: MarkupNode[]
  text: string
  parent: MarkupNode | null
}

type Raw = Record<string, unknown> & { ':@'?: Record<string, string> }

/** Parses renderToStaticMarkup output (well-formed: React closes every SVG element) into a tree. */
export function parseMarkup(markup: string): MarkupNode {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
  })
  const root: MarkupNode = { tag: '#root', attrs: {}, children: [], text: '', parent: null }
  const build = (raws: Raw[], parent: MarkupNode) => {
    for (const raw of raws) {
      const tag = Object.keys(raw).find((k) => k !== ':@')!
      if (tag === '#text') {
        parent.text += String(raw[tag])
        continue
      }
      const node: MarkupNode = { tag, attrs: raw[':@'] ?? {}, children: [], text: '', parent }
      parent.children.push(node)
      build(raw[tag] as Raw[], node)
    }
  }
  build(parser.parse(`<root>${markup}</root>`)[0].root as Raw[], root)
  return root
}

/** Every element under `node` that matches. */
export function findAll(node: MarkupNode, match: (n: MarkupNode) => boolean): MarkupNode[] {
  return node.children.flatMap((child) => [
    ...(match(child) ? [child] : []),
    ...findAll(child, match),
  ])
}

/** The element's text with its descendants'. */
export const textOf = (node: MarkupNode): string => node.text + node.children.map(textOf).join('')
