import type { CollectionSlug } from 'payload'

import { defaultLocale, type Locale, type TranslationLocale } from '@/i18n/locales'

/**
 * The glossary's matching rules (docs/translation.md, "Glossary"), client-safe: which entries occur
 * in an az text, and what a translation of it does wrong (a required rendering missing, a forbidden
 * variant used). The admin's panel, its warning and the XLIFF export all ask here.
 */

export const glossaryCollection = 'glossary' as const satisfies CollectionSlug

/** A glossary entry as `locale: 'all'` reads it: a value per locale. */
export type GlossaryEntry = {
  id: string | number
  term?: Partial<Record<Locale, string | null>> | null
  notes?: string | null
  doNotTranslate?: boolean | null
  forbidden?: Partial<Record<Locale, string[] | null>> | null
}

export type GlossaryIssue =
  | { kind: 'missing'; entry: GlossaryEntry; expected: string }
  | { kind: 'forbidden'; entry: GlossaryEntry; variant: string }

/**
 * Letters an inflected form may add to each word of a term. Azerbaijani is agglutinative
 * (Xocalı → Xocalıdakılardan); Russian case endings are at most three letters (Меджлисами), and a
 * longer tail makes another word: the forbidden "Ходжали" must not be found in "Ходжалинский".
 */
const maxSuffix: Record<Locale, number> = { az: Number.POSITIVE_INFINITY, en: 2, ru: 3 }

/** Lower case by the language's own rules (az: I → ı, İ → i), composed; Russian ё read as е. */
export function foldCase(text: string, locale: Locale): string {
  const folded = text.normalize('NFC').toLocaleLowerCase(locale)
  return locale === 'ru' ? folded.replace(/ё/g, 'е') : folded
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const wordChar = '[\\p{L}\\p{M}\\p{N}]'

const patterns = new Map<string, RegExp>()

/** Each word of the term at a word start, followed by at most the locale's suffix length in letters. */
function termPattern(term: string, locale: Locale): RegExp | undefined {
  const key = `${locale}\u0000${term}`
  const cached = patterns.get(key)
  if (cached) return cached
  const words = foldCase(term, locale).trim().split(/\s+/).filter(Boolean)
  if (!words.length) return undefined
  const max = maxSuffix[locale]
  const suffix = `[\\p{L}\\p{M}]{0,${Number.isFinite(max) ? max : ''}}`
  const body = words.map((word) => `${escapeRegExp(word)}${suffix}`).join('\\s+')
  const pattern = new RegExp(`(?<!${wordChar})${body}(?!${wordChar})`, 'u')
  patterns.set(key, pattern)
  return pattern
}

/**
 * Whether `term` occurs in `text`, both in `locale`: at a word start, in any case, inflected or
 * not (Xocalıda, Xocalının, XOCALI; Милли Меджлиса).
 */
export function containsTerm(text: string, term: string, locale: Locale): boolean {
  const pattern = termPattern(term, locale)
  return Boolean(pattern && pattern.test(foldCase(text, locale)))
}

const clean = (value: string | null | undefined) => value?.trim() || undefined

/** The entry's az term. */
export const sourceTerm = (entry: GlossaryEntry) => clean(entry.term?.[defaultLocale])

/**
 * How a translation into `locale` must render the entry: its az form when it is not to be
 * translated, otherwise the term given for the locale (none yet: nothing is required).
 */
export function requiredRendering(
  entry: GlossaryEntry,
  locale: TranslationLocale,
): { text: string; locale: Locale } | undefined {
  if (entry.doNotTranslate) {
    const az = sourceTerm(entry)
    return az ? { text: az, locale: defaultLocale } : undefined
  }
  const text = clean(entry.term?.[locale])
  return text ? { text, locale } : undefined
}

/** The entries whose az term occurs in an az text, in glossary order. */
export function entriesInSource(entries: GlossaryEntry[], azText: string): GlossaryEntry[] {
  if (!azText.trim()) return []
  return entries.filter((entry) => {
    const az = sourceTerm(entry)
    return az !== undefined && containsTerm(azText, az, defaultLocale)
  })
}

/**
 * What a translation does wrong: every forbidden variant of the locale it uses, and for each entry
 * whose term occurs in the az source, the required rendering when it is absent. An empty
 * translation is not yet a translation: nothing to say.
 */
export function checkTranslation(
  entries: GlossaryEntry[],
  azText: string,
  targetText: string,
  locale: TranslationLocale,
): GlossaryIssue[] {
  if (!targetText.trim()) return []
  const issues: GlossaryIssue[] = []
  for (const entry of entries) {
    for (const variant of entry.forbidden?.[locale] ?? []) {
      if (clean(variant) && containsTerm(targetText, variant, locale))
        issues.push({ kind: 'forbidden', entry, variant: variant.trim() })
    }
  }
  for (const entry of entriesInSource(entries, azText)) {
    const required = requiredRendering(entry, locale)
    // An az form is looked for with az case rules: "XOCALI" in an English sentence is still Xocalı.
    if (required && !containsTerm(targetText, required.text, required.locale))
      issues.push({ kind: 'missing', entry, expected: required.text })
  }
  return issues
}
