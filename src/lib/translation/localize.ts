import type { Locale } from '@/i18n/locales'
import { defaultLocale } from '@/i18n/locales'
import { isEmpty } from '@/lib/content/isEmpty'

/** A value and the language it is really in: the visitor's, or az when the translation is missing. */
export type LocalizedValue<V> = { value: V; lang: Locale }

export type Localized<T> = {
  doc: T
  /** The same document in az, for untranslated parts of nested data (populated relations). */
  source: T | undefined
  /** False when a field the source requires is empty in this locale: the site shows az and says so. */
  offered: boolean
  /** The locales visitors may read this document in (docs/translation.md, "Publishing per locale"). */
  locales?: Locale[]
  /** True when anything shown on the page fell back to az. */
  anyFallback: () => boolean
  get: <K extends keyof T>(key: K) => LocalizedValue<NonNullable<T[K]>> | null
}

/**
 * Pairs a document read in the visitor's locale without fallback (`raw`) with the same document in
 * az (`source`), field by field. Reading without fallback is what tells a translation from az text
 * that Payload would otherwise return silently in its place. `offered` is the publish gate's answer
 * (src/lib/translation/status.ts): when false, the whole document is shown in az.
 */
export function localize<T extends object>(
  raw: T,
  source: T | undefined,
  locale: Locale,
  offered: boolean,
): Localized<T> {
  offered = offered || locale === defaultLocale
  // Without the az document (not read, or gone between two reads) the locale's own is all there is.
  const shown = offered || !source ? raw : source
  let fellBack = !offered
  return {
    doc: shown,
    source,
    offered,
    anyFallback: () => fellBack,
    get: (key) => {
      if (!isEmpty(shown[key]))
        return {
          value: shown[key] as NonNullable<T[typeof key]>,
          lang: offered ? locale : defaultLocale,
        }
      if (source && !isEmpty(source[key])) {
        fellBack = true
        return { value: source[key] as NonNullable<T[typeof key]>, lang: defaultLocale }
      }
      return null
    },
  }
}
