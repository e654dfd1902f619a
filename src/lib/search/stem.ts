import type { Locale } from '@/i18n/locales'

/**
 * Light suffix strippers, one per language, applied to normalized words (see normalize.ts) at
 * index time and at query time alike; the query then matches stored tokens by prefix. They aim at
 * "word forms match", not at linguistic stems: an over-short stem only widens a prefix match, so
 * every rule keeps a minimum stem length.
 */
export function stem(word: string, locale: Locale): string {
  if (/\d/.test(word)) return word
  if (/[а-я]/.test(word)) return stemRussian(word)
  if (locale === 'az') return stemAzerbaijani(word)
  return stemEnglish(word)
}

const stripOne = (word: string, suffixes: readonly string[], minStem: number): string => {
  for (const suffix of suffixes) {
    if (word.endsWith(suffix) && word.length - suffix.length >= minStem)
      return word.slice(0, -suffix.length)
  }
  return word
}

/** genocides → genocid, genocide → genocid, attacked → attack, tragedies/tragedy → tragedi. */
export function stemEnglish(word: string): string {
  let w = word
  if (w.length <= 3) return w
  if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}i`
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1)
  w = stripOne(w, ['ing', 'ed'], 3)
  if (w.endsWith('y') && w.length > 3) w = `${w.slice(0, -1)}i`
  else if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1)
  return w
}

/** Noun and adjective endings (longest first), after ё→е: геноцида → геноцид, трагедии → трагед. */
const russianEndings = [
  'иями',
  'ями',
  'ами',
  'иях',
  'ией',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ах',
  'ях',
  'ов',
  'ев',
  'ей',
  'ой',
  'ий',
  'ый',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ую',
  'юю',
  'ым',
  'им',
  'ом',
  'ем',
  'ам',
  'ям',
  'ия',
  'ья',
  'ье',
  'ии',
  'ию',
  'ью',
  'а',
  'я',
  'о',
  'е',
  'ы',
  'и',
  'у',
  'ю',
  'ь',
  'й',
] as const

export function stemRussian(word: string): string {
  return stripOne(word, russianEndings, 3)
}

/**
 * Azerbaijani is agglutinative: plural, possessive and case suffixes stack (Xocalı-lar-ın-da).
 * After folding (ı→i, ü→u, ə→e) the vowel-harmony variants collapse, so one list serves; up to
 * three suffixes are stripped, longest first: soyqırımının → soyqirim, faciəsi → faci, Xocalıda → xocal.
 */
const azerbaijaniSuffixes = [
  'larinda',
  'lerinde',
  'larin',
  'lerin',
  'lari',
  'leri',
  'lar',
  'ler',
  'ndan',
  'nden',
  'nin',
  'nun',
  'dan',
  'den',
  'nda',
  'nde',
  'dir',
  'dur',
  'da',
  'de',
  'in',
  'un',
  'si',
  'su',
  'ya',
  'ye',
  'yi',
  'yu',
  'ni',
  'nu',
  'a',
  'e',
  'i',
  'u',
] as const

export function stemAzerbaijani(word: string): string {
  let w = word
  for (let i = 0; i < 3; i++) {
    const next = stripOne(w, azerbaijaniSuffixes, 4)
    if (next === w) break
    w = next
  }
  return w
}
