import type { TranslationLocale } from '@/i18n/locales'
import {
  entriesInSource,
  glossaryCollection,
  requiredRendering,
  sourceTerm,
  type GlossaryEntry,
} from '@/lib/translation/glossary'
import type { Unit } from '@/lib/xliff/units'
import { escapeAttr, escapeText } from '@/lib/xliff/xml'

export const glossaryNamespace = 'urn:oasis:names:tc:xliff:glossary:2.0'

function glossEntry(
  entry: GlossaryEntry,
  segmentId: string,
  locale: TranslationLocale,
): string | undefined {
  const term = sourceTerm(entry)
  const rendering = requiredRendering(entry, locale)
  const notes = entry.notes?.trim()
  // The module wants a translation or a definition in every entry: one with neither tells nothing.
  if (!term || (!rendering && !notes)) return undefined
  return [
    `<gls:glossEntry ref="#${escapeAttr(segmentId)}">`,
    `<gls:term source="${escapeAttr(`${glossaryCollection}/${entry.id}`)}">${escapeText(term)}</gls:term>`,
    rendering ? `<gls:translation>${escapeText(rendering.text)}</gls:translation>` : '',
    notes ? `<gls:definition>${escapeText(notes)}</gls:definition>` : '',
    '</gls:glossEntry>',
  ].join('')
}

/**
 * The unit's XLIFF 2.0 Glossary module: an entry for each glossary term found in a segment's az
 * text (by the rules of src/lib/translation/glossary.ts), pointing at that segment, with the
 * rendering the target locale requires and the notes for translators. Empty when none is found.
 */
export function glossaryModule(
  unit: Unit,
  entries: GlossaryEntry[],
  locale: TranslationLocale,
): string {
  const found = unit.segments.flatMap((segment) =>
    entriesInSource(entries, segment.text).map((entry) => glossEntry(entry, segment.id, locale)),
  )
  const xml = found.filter(Boolean).join('')
  return xml ? `<gls:glossary xmlns:gls="${glossaryNamespace}">${xml}</gls:glossary>` : ''
}
