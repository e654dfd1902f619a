import type { Payload, PayloadRequest } from 'payload'

import type { TranslationLocale } from '@/i18n/locales'
import { originLabel, translateExactly } from '@/lib/translation/memory'
import type { Unit } from '@/lib/xliff/units'
import { escapeAttr, escapeText } from '@/lib/xliff/xml'

const MTC = 'urn:oasis:names:tc:xliff:matches:2.0'

/**
 * Pre-fills, from translation memory's exact matches, the targets of segments the locale has no
 * value for (`state="translated"`), and says where each came from with the Translation Candidates
 * module (`<mtc:matches>`, first in the unit as the core schema wants module elements): a CAT tool
 * then shows only new work. Segments with inline codes (formats, links, line breaks) are left to
 * the translator, since memory keeps plain text.
 */
export async function prefillFromMemory(
  payload: Payload,
  units: Unit[],
  locale: TranslationLocale,
  req?: Partial<PayloadRequest>,
): Promise<void> {
  for (const unit of units) {
    const matches: string[] = []
    for (const segment of unit.segments) {
      if (segment.target !== undefined || segment.source.includes('<')) continue
      const found = await translateExactly(payload, segment.text.trim(), locale, { req })
      if (!found) continue
      segment.target = escapeText(found.target)
      const origin = [...new Set(found.origins.map(originLabel))].join('; ')
      matches.push(
        `<mtc:match ref="#${segment.id}" type="tm" similarity="100" origin="${escapeAttr(origin)}"><source>${segment.source}</source><target>${segment.target}</target></mtc:match>`,
      )
    }
    if (matches.length)
      unit.modules = [
        ...(unit.modules ?? []),
        `<mtc:matches xmlns:mtc="${MTC}">${matches.join('')}</mtc:matches>`,
      ]
  }
}
