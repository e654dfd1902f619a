import { XMLValidator } from 'fast-xml-parser'
import type { CollectionSlug, Field, PayloadRequest } from 'payload'

import { defaultLocale, isTranslationLocale, type TranslationLocale } from '@/i18n/locales'
import { asDoc, below, branches, dataFields } from '@/lib/content/fieldTree'
import { valueAtLeafPath } from '@/lib/translation/leafPath'
import { textBlocks, type LexicalNode } from '@/lib/translation/valueText'
import { canonicalInline, InlineError, xliffToInline } from '@/lib/xliff/inlineCodes'
import { readDraft } from '@/lib/xliff/readDraft'
import { buildUnits, type Unit } from '@/lib/xliff/units'
import { attr, childrenOf, elements, tagOf, xmlParser, type XmlNode } from '@/lib/xliff/xml'

/** Larger files are refused before parsing (413). */
export const MAX_XLIFF_BYTES = 5 * 1024 * 1024

export type ImportError = { document?: string; unit?: string; reason: string }
export type Refusal = { ok: false; status: number; errors: ImportError[] }

/** One document's checked units: the value each unit writes at its leaf path, and the unit's field type. */
export type CheckedDocument = {
  collection: CollectionSlug
  id: string
  document: string
  values: Map<string, unknown>
  types: Map<string, string>
}
export type CheckedImport = { ok: true; locale: TranslationLocale; documents: CheckedDocument[] }

const baseLanguage = (tag: string | undefined) => (tag ?? '').toLowerCase().split(/[-_]/)[0]

/** Collections that carry translation status (made by contentCollection). */
export const isTranslatable = (req: PayloadRequest, slug: string) =>
  Boolean(req.payload.collections[slug as CollectionSlug]?.config.custom?.translatable)

export const refuse = (status: number, errors: ImportError[]): Refusal => ({
  ok: false,
  status,
  errors,
})

function parseSource(xml: string): XmlNode[] {
  const [source] = xmlParser.parse(`<source>${xml}</source>`) as XmlNode[]
  return childrenOf(source)
}

/** The value a unit's targets make, or an error; `undefined` when the unit has no target at all. */
function unitValue(
  unit: Unit,
  azValue: unknown,
  segmentNodes: XmlNode[],
): { value?: unknown; error?: string } {
  if (segmentNodes.length !== unit.segments.length)
    return {
      error: `outdated: the file has ${segmentNodes.length} segment(s), the current az text has ${unit.segments.length}`,
    }
  const targets: (XmlNode[] | undefined)[] = []
  for (const [i, node] of segmentNodes.entries()) {
    const source = elements(childrenOf(node), 'source')[0]
    if (
      !source ||
      canonicalInline(childrenOf(source)) !== canonicalInline(parseSource(unit.segments[i].source))
    )
      return {
        error: `outdated: the source of segment ${attr(node, 'id') ?? i + 1} no longer matches the current az text`,
      }
    const target = elements(childrenOf(node), 'target')[0]
    const content = target ? childrenOf(target) : []
    targets.push(content.length && canonicalInline(content) ? content : undefined)
  }
  if (targets.every((t) => t === undefined)) return {}
  const empty = targets.findIndex((t) => t === undefined)
  if (empty >= 0)
    return { error: `segment ${attr(segmentNodes[empty], 'id') ?? empty + 1} has no target` }
  try {
    if (unit.type !== 'richText') {
      const nodes = targets[0]!
      if (nodes.some((n) => tagOf(n)))
        throw new InlineError('a plain text field takes no inline codes')
      return {
        value: nodes
          .map((n) => n['#text'] ?? '')
          .join('')
          .trim(),
      }
    }
    const value = structuredClone(azValue)
    textBlocks(value).forEach((block: LexicalNode, i) => {
      block.children = xliffToInline(targets[i]!, unit.table)
    })
    return { value }
  } catch (error) {
    if (error instanceof InlineError) return { error: error.message }
    throw error
  }
}

/**
 * What the write would refuse or silently drop, found before anything is written (SQLite runs
 * without transactions here): field-level update access along the path (a translator may not
 * write the shared rows of page blocks) and `maxLength`.
 */
async function unwritable(
  req: PayloadRequest,
  fields: Field[],
  doc: unknown,
  path: string,
  value: unknown,
): Promise<string | undefined> {
  const segments = path.split('.')
  let current = dataFields(fields)
  const root = asDoc(doc)
  let node = root
  for (let i = 0; i < segments.length; i++) {
    const field = current.find((f) => f.name === segments[i])
    if (!field) return undefined
    const update = field.access?.update
    if (update && !(await update({ req, data: root, doc: root, siblingData: node })))
      return 'not written: your role may not change this field'
    if (i === segments.length - 1) {
      if (
        'maxLength' in field &&
        field.maxLength &&
        typeof value === 'string' &&
        value.length > field.maxLength
      )
        return `too long: ${value.length} characters, at most ${field.maxLength}`
      return undefined
    }
    const inside = branches(field, node[segments[i]])
    // A row is addressed by the path's next segment, its key.
    const next = below(field)?.rows
      ? inside.find((branch) => branch.key === segments[++i])
      : inside[0]
    if (!next) return undefined
    current = next.fields
    node = next.value
  }
  return undefined
}

/**
 * Checks a whole XLIFF 2.0 file against the current documents, writing nothing: the file itself,
 * then every file, unit and segment. Any refusal refuses the whole file; otherwise the values each
 * document's units write, in the target locale.
 */
export async function checkXliff(
  req: PayloadRequest,
  text: string,
): Promise<Refusal | CheckedImport> {
  if (Buffer.byteLength(text) > MAX_XLIFF_BYTES)
    return refuse(413, [{ reason: `file too large: the limit is ${MAX_XLIFF_BYTES} bytes` }])
  const valid = XMLValidator.validate(text)
  if (valid !== true)
    return refuse(400, [
      {
        reason: `malformed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`,
      },
    ])
  const root = (xmlParser.parse(text) as XmlNode[]).find((n) => tagOf(n) === 'xliff')
  if (!root)
    return refuse(400, [{ reason: 'not an XLIFF document: the root element must be <xliff>' }])
  if (!String(attr(root, 'version') ?? '').startsWith('2.'))
    return refuse(400, [
      { reason: `unsupported XLIFF version "${attr(root, 'version')}": 2.0 expected` },
    ])
  if (baseLanguage(attr(root, 'srcLang')) !== defaultLocale)
    return refuse(400, [
      { reason: `wrong source language "${attr(root, 'srcLang')}": az expected` },
    ])
  const locale = baseLanguage(attr(root, 'trgLang'))
  if (!isTranslationLocale(locale))
    return refuse(400, [
      { reason: `wrong target language "${attr(root, 'trgLang') ?? ''}": en or ru expected` },
    ])

  const errors: ImportError[] = []
  const pending = new Map<string, CheckedDocument>()
  for (const file of elements(childrenOf(root), 'file')) {
    const document = attr(file, 'original') ?? ''
    const match = /^([a-z0-9-]+)\/([A-Za-z0-9_-]+)$/.exec(document)
    if (!match || !isTranslatable(req, match[1])) {
      errors.push({ document, reason: `unknown document "${document}"` })
      continue
    }
    const collection = match[1] as CollectionSlug
    const azDoc = await readDraft(req, collection, match[2], defaultLocale)
    if (!azDoc) {
      errors.push({ document, reason: `unknown document "${document}"` })
      continue
    }
    const fields = req.payload.collections[collection].config.fields
    const units = new Map(buildUnits(fields, azDoc).map((u) => [u.id, u]))
    const entry: CheckedDocument = pending.get(document) ?? {
      collection,
      id: match[2],
      document,
      values: new Map(),
      types: new Map(),
    }
    pending.set(document, entry)
    for (const unitNode of elements(childrenOf(file), 'unit')) {
      const unitId = attr(unitNode, 'id') ?? ''
      const unit = units.get(unitId)
      if (!unit) {
        errors.push({ document, unit: unitId, reason: `unknown unit "${unitId}"` })
        continue
      }
      const leafValue = unit.type === 'richText' ? valueAtLeafPath(azDoc, unitId) : undefined
      // Only segments are read: module elements a CAT tool sends back (glossary, translation
      // candidates, notes) are the export's own information, never written into content.
      const { value, error } = unitValue(unit, leafValue, elements(childrenOf(unitNode), 'segment'))
      const refused =
        error ??
        (value === undefined ? undefined : await unwritable(req, fields, azDoc, unitId, value))
      if (refused) errors.push({ document, unit: unitId, reason: refused })
      else if (value !== undefined) {
        entry.values.set(unitId, value)
        entry.types.set(unitId, unit.type)
      }
    }
  }
  if (errors.length) return refuse(400, errors)
  return { ok: true, locale, documents: [...pending.values()] }
}
