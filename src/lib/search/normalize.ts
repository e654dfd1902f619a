import type { Locale } from '@/i18n/locales'
import { stem } from '@/lib/search/stem'

/**
 * Letters readers type without their marks: Azerbaijani ə ı ş ç ğ ö ü and Russian ё. The rest of
 * the Latin diacritics (é, ñ, ä…) go through NFD below.
 */
const folds: Record<string, string> = {
  ə: 'e',
  ı: 'i',
  ş: 's',
  ç: 'c',
  ğ: 'g',
  ö: 'o',
  ü: 'u',
  ё: 'е',
}
const foldable = /[əışçğöüё]/g
const combiningMarks = /[\u0300-\u036f]/g
/** й is a letter of its own in Russian (NFD would turn it into и + breve): it survives the mark strip. */
const shortI = /й/g
const shortIPlaceholder = '\u0000'

const lowerLocale: Record<Locale, string> = { az: 'az', en: 'en', ru: 'ru' }

/**
 * Lowercase and fold a text the way readers type it. Azerbaijani lowercases İ→i and I→ı first
 * (locale-correct), and ı then folds to i, so "İrəvan", "IRƏVAN" and "irevan" all give "irevan".
 */
export function normalizeText(text: string, locale: Locale): string {
  return text
    .toLocaleLowerCase(lowerLocale[locale])
    .replace(foldable, (ch) => folds[ch])
    .replace(shortI, shortIPlaceholder)
    .normalize('NFD')
    .replace(combiningMarks, '')
    .normalize('NFC')
    .replaceAll(shortIPlaceholder, 'й')
}

const word = /[\p{L}\p{N}]+/gu

/** The normalized words of a text, in order (duplicates kept). */
export function words(text: string, locale: Locale): string[] {
  return normalizeText(text, locale).match(word) ?? []
}

/** The normalized, stemmed tokens of a text, in order. */
export function tokenize(text: string, locale: Locale): string[] {
  return words(text, locale).map((w) => stem(w, locale))
}

/**
 * The stored form of a field's tokens: unique, space separated, with a leading and a trailing space,
 * so `contains: ' ' + term` matches exactly the tokens that start with `term`. `maxTerms` keeps long
 * documents' rows short (the scan cost of a `contains` query grows with the string length).
 */
export function termString(tokens: string[], maxTerms = Infinity): string {
  const unique = [...new Set(tokens)].slice(0, maxTerms)
  return unique.length ? ` ${unique.join(' ')} ` : ''
}

/**
 * The terms of a query: normalized, stemmed, unique, at most `max`. Single letters are dropped
 * (they would match almost every row) but single digits are kept.
 */
export function queryTerms(q: string, locale: Locale, max = 8): string[] {
  const terms = tokenize(q, locale).filter((t) => t.length > 1 || /\d/.test(t))
  return [...new Set(terms)].slice(0, max)
}
