import type { Field } from 'payload'

import { isEmpty } from '@/lib/content/isEmpty'
import { leavesOfLocaleDoc } from '@/lib/translation/localizedLeaves'
import { lexicalText, textBlocks, type LexicalNode } from '@/lib/translation/valueText'
import { CodeTable, inlineToXliff } from '@/lib/xliff/inlineCodes'
import { escapeText } from '@/lib/xliff/xml'

/** One `<unit>` per localized text field; rich text has a `<segment>` per text block. */
export type Unit = {
  id: string
  type: string
  table: CodeTable
  /** Rich text: the az text blocks, in segment order. */
  blocks: LexicalNode[]
  /** `source` is XLIFF inline markup, `text` the az plain text it shows. */
  segments: { id: string; source: string; text: string; target?: string }[]
  /** XLIFF module elements the unit carries (glossary, translation candidates), before its segments. */
  modules?: string[]
}

const translatableTypes = new Set(['text', 'textarea', 'richText'])

/**
 * The units of a document: every localized text, textarea and rich text field with an az value,
 * nested ones included (unit id = leaf path, e.g. `meta.title`, `layout.<rowId>.content`).
 * `target` (the document in the target locale, no fallback) pre-fills plain-text targets.
 */
export function buildUnits(fields: Field[], azDoc: unknown, target?: unknown): Unit[] {
  const targets = target ? leavesOfLocaleDoc(fields, target) : new Map()
  const units: Unit[] = []
  for (const leaf of leavesOfLocaleDoc(fields, azDoc).values()) {
    if (!translatableTypes.has(leaf.type) || isEmpty(leaf.value)) continue
    const table = new CodeTable()
    if (leaf.type === 'richText') {
      const blocks = textBlocks(leaf.value)
      const segments = blocks.map((block, i) => ({
        id: `s${i + 1}`,
        source: inlineToXliff(block.children ?? [], table),
        text: lexicalText({ root: { type: 'root', children: [block] } }),
      }))
      units.push({ id: leaf.path, type: leaf.type, table, blocks, segments })
    } else {
      const existing = targets.get(leaf.path)?.value
      const segment = {
        id: 's1',
        source: escapeText(String(leaf.value)),
        text: String(leaf.value),
        target: typeof existing === 'string' && existing.trim() ? escapeText(existing) : undefined,
      }
      units.push({ id: leaf.path, type: leaf.type, table, blocks: [], segments: [segment] })
    }
  }
  return units
}

export function unitXml(unit: Unit): string {
  const segments = unit.segments
    .map(
      (s) =>
        `<segment id="${s.id}" state="${s.target === undefined ? 'initial' : 'translated'}"><source xml:space="preserve">${s.source}</source>${s.target === undefined ? '' : `<target xml:space="preserve">${s.target}</target>`}</segment>`,
    )
    .join('\n      ')
  const modules = (unit.modules ?? [])
    .filter(Boolean)
    .map((xml) => `${xml}\n      `)
    .join('')
  return `    <unit id="${unit.id}" name="${unit.id}">\n      ${modules}${unit.table.originalDataXml()}${unit.table.data.length ? '\n      ' : ''}${segments}\n    </unit>`
}

export type XliffFile = { collection: string; id: string | number; units: Unit[] }

/** An XLIFF 2.0 document: one `<file>` per content document, `original` = `<collection>/<id>`. */
export function xliffDocument(targetLocale: string, files: XliffFile[]): string {
  const body = files
    .map(
      (f, i) =>
        `  <file id="f${i + 1}" original="${f.collection}/${f.id}">\n${f.units.map(unitXml).join('\n')}\n  </file>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="az" trgLang="${targetLocale}">\n${body}\n</xliff>\n`
}
