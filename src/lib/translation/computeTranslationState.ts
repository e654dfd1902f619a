import { createHash } from 'node:crypto'

import type { Field } from 'payload'

import { isEmpty } from '@/lib/content/isEmpty'
import { defaultLocale, translationLocales, type TranslationLocale } from '@/i18n/locales'
import { leavesForLocale } from '@/lib/translation/localizedLeaves'
import { valueSignature, valueText } from '@/lib/translation/valueText'
import {
  type LocaleTranslationSummary,
  type TranslationStatus,
  type TranslationSummary,
} from '@/lib/translation/status'

/** The az source a locale's value was translated from: its hash, and its text for the word diff. */
export type SourceSnapshot = { hash: string; text: string }
/** Per localized field: the hash of the current az value and each locale's snapshot. */
export type FieldSources = { az: string } & { [L in TranslationLocale]?: SourceSnapshot }
/** Stored in `translationSources` (staff only): everything the next save needs to tell outdated. */
export type TranslationSources = { fields: Record<string, FieldSources> }

export type TranslationState = {
  /** null for every locale while az has no content: there is nothing to translate yet. */
  statuses: Record<TranslationLocale, TranslationStatus | null>
  summary: Required<TranslationSummary>
  sources: TranslationSources
}

export const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 20)

type Input = {
  fields: Field[]
  /** The document after the write, all locales. */
  next: unknown
  /** The stored document before the write (latest draft), all locales; null on create. */
  previous: unknown
  previousSources: unknown
  /** The locale the write was made in (`all` writes every locale). */
  savedLocale: string
}

/**
 * A locale's field is `missing` when az has a value and the locale's own value (no fallback) is
 * empty, `outdated` when the az value changed since the locale's value was last changed, otherwise
 * `complete`. A locale is `missing` if any field is, else `outdated` if any field is. A document
 * whose az is still empty (a new draft) has no status at all, never `complete`.
 */
export function computeTranslationState({
  fields,
  next,
  previous,
  previousSources,
  savedLocale,
}: Input): TranslationState {
  const oldFields = ((previousSources as TranslationSources | null)?.fields ?? {}) as Record<
    string,
    FieldSources
  >
  const az = leavesForLocale(fields, next, defaultLocale)
  const sources: TranslationSources = { fields: {} }
  const summary = Object.fromEntries(
    translationLocales.map((l) => [
      l,
      { missing: [], outdated: [], requiredMissing: [] } as LocaleTranslationSummary,
    ]),
  ) as Required<TranslationSummary>
  const perLocale = Object.fromEntries(
    translationLocales.map((l) => [
      l,
      { now: leavesForLocale(fields, next, l), before: leavesForLocale(fields, previous, l) },
    ]),
  )

  for (const [path, source] of az) {
    if (isEmpty(source.value)) continue
    const text = valueText(source.type, source.value)
    const entry: FieldSources = { az: hashOf(valueSignature(source.type, source.value)) }
    for (const locale of translationLocales) {
      const value = perLocale[locale].now.get(path)?.value
      const before = perLocale[locale].before.get(path)?.value
      const saved = savedLocale === locale || savedLocale === 'all' || savedLocale === '*'
      const changed =
        saved && valueSignature(source.type, value) !== valueSignature(source.type, before)
      const empty = isEmpty(value)
      const snapshot =
        !empty && (changed || !oldFields[path]?.[locale])
          ? { hash: entry.az, text }
          : oldFields[path]?.[locale]
      if (snapshot) entry[locale] = snapshot
      if (empty) {
        summary[locale].missing.push(path)
        if (source.required) summary[locale].requiredMissing.push(path)
      } else if (snapshot && snapshot.hash !== entry.az) summary[locale].outdated.push(path)
    }
    sources.fields[path] = entry
  }

  const hasSource = Object.keys(sources.fields).length > 0
  const statuses = Object.fromEntries(
    translationLocales.map((l) => [
      l,
      !hasSource
        ? null
        : summary[l].missing.length
          ? 'missing'
          : summary[l].outdated.length
            ? 'outdated'
            : 'complete',
    ]),
  ) as TranslationState['statuses']
  return { statuses, summary, sources }
}
