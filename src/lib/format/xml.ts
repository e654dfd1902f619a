/** Text and attribute values for hand-assembled XML (RSS): the five predefined entities, and no control characters XML forbids. */
export const escapeXml = (value: string) =>
  value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')

type Attributes = Record<string, string | number | null | undefined>

/**
 * One element of hand-assembled XML: attributes with a value, and content that is already XML
 * (elements made by this function) or text (escaped here). Empty content makes `<name/>`.
 */
export function xmlElement(
  name: string,
  attributes: Attributes = {},
  ...content: (string | { xml: string } | null | undefined | false)[]
): { xml: string } {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('')
  const inner = content
    .map((part) => (!part ? '' : typeof part === 'string' ? escapeXml(part) : part.xml))
    .join('')
  return { xml: inner ? `<${name}${attrs}>${inner}</${name}>` : `<${name}${attrs}/>` }
}
