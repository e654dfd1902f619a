import { transliterate } from 'transliteration'

import { normalizeText } from '@/lib/search/normalize'

/**
 * Cyrillic letters that a Russian transliterator gets wrong for Azerbaijani names, written as the
 * Azerbaijani Latin alphabet writes them. ә ғ ҹ ҝ һ ө ү ј are the Azerbaijani Cyrillic alphabet's
 * own letters (the official script until 1991, still in print in 1992); ы is ı in that alphabet and
 * the usual Russian rendering of ı (Садыхов = Sadıqov), where Russian transliteration gives y.
 */
const cyrillicLetters: Record<string, string> = {
  ә: 'ə',
  ғ: 'ğ',
  ҹ: 'c',
  ҝ: 'g',
  һ: 'h',
  ө: 'ö',
  ү: 'ü',
  ј: 'y',
  ы: 'ı',
}
const cyrillicLetter = /[әғҹҝһөүјы]/g

/**
 * After a consonant, Russian я ю ё only soften it, and that is how Russian writes the Azerbaijani
 * front vowels: Kəmalə → Кямаля, Şükürov → Шукюров, Gövhər → Гёвхар. Read as ya/yu/yo they would
 * add a y the Azerbaijani form does not have.
 */
const softVowels: Record<string, string> = { я: 'ə', ю: 'ü', ё: 'ö' }
const softVowelAfterConsonant = /(?<=[бвгджзклмнпрстфхцчшщ])[яюё]/g

/**
 * Spelling conventions that no transliteration library knows, applied in this order to the
 * lowercase ASCII spelling. Each merges letters that the Azerbaijani, Russian and English/passport
 * spellings of one name put in the same place; the key is the spelling with every such class
 * written as one letter.
 */
const rules: ReadonlyArray<readonly [RegExp, string]> = [
  // Russian дж is dzh when transliterated, dj in older French-style passports and j in English;
  // all three write Azerbaijani c (Cəfərov, Джафаров, Dzhafarov, Djafarov, Jafarov).
  [/dzh|dj/g, 'c'],
  // ж (zh) is Azerbaijani j (Əjdərov, Аждаров, Azhdarov); English j is Azerbaijani c (above), so a
  // Latin j cannot tell which of the two it is and both join c.
  [/zh|j/g, 'c'],
  // ч and English ch are Azerbaijani ç, which folds to c when typed without its mark (Çobanov,
  // Чобанов, Chobanov, Cobanov).
  [/ch/g, 'c'],
  // ш and English sh are Azerbaijani ş, which folds to s (Şükürov, Шукюров, Shukurov, Sukurov).
  [/sh/g, 's'],
  // Russian е at the start of a word is said ye, as Azerbaijani and English write it (Yeganə, Егана).
  [/\bye/g, 'e'],
  // Between vowels Russian hides the glide inside the vowel letter (е я ю и after a vowel) where
  // Azerbaijani and English write y (Əliyev, Алиев, Aliev; Musayev, Мусаев; İsmayılov, Исмаилов).
  [/(?<=[aeiou])y(?=[aeiou])/g, ''],
  // Any other y is Russian й or Azerbaijani y after a vowel, which English and the ICAO passport
  // table also write i (Hüseynov, Гусейнов, Guseinov).
  [/y/g, 'i'],
  // Azerbaijani ə is а or е in Russian and a or e in English, in one name alike (Məmmədov, Мамедов,
  // Mammadov, Mamedov; Vəliyev, Велиев, Valiyev).
  [/e/g, 'a'],
  // Azerbaijani ı is ы, и or у in Russian and i in English (Sadıqov, Садыхов; İsmayılov, Исмаилов;
  // Qasımov, Касумов, Gasimov); ü is у or ю (Hüseynov, Гусейнов); oğlu is оглы, ogly.
  [/u/g, 'i'],
  // q is к or г in Russian and g in English (Quliyev, Кулиев, Guliyev); h is г in Russian (Həsənov,
  // Гасанов); x is х, kh or h (Xəlilov, Халилов, Khalilov, Halilov); ğ is г, gh or g. One class,
  // and the English digraphs kh and gh become a doubled letter that the last rule collapses.
  [/[kqxh]/g, 'g'],
  // Russian writes -ев after a vowel or a hushing consonant where Azerbaijani has -yev or -ov
  // (Orucov, Оруджев): the surname ending -ev/-eva is read as -ov/-ova.
  [/av(a?)\b/g, 'ov$1'],
  // Doubled letters are often single in Russian and English (Məmmədov, Мамедов; Abbasov, Abasov),
  // and the rules above make twins (kh → gg, iy → ii).
  [/([a-z])\1+/g, '$1'],
]

/** Apostrophes some transliterations put for ь and ъ (Il'ham): part of the word, not a break. */
const apostrophes = /['’ʼ`]/g
const nonLetters = /[^a-z]+/g

/**
 * The matching key of a personal name in any of Azerbaijani Latin, Azerbaijani or Russian Cyrillic,
 * and English or passport spelling: lowercase Latin words separated by single spaces. Spellings of
 * one name meet ("Məmmədov", "Мамедов", "Mammadov" → "mamadov"); the rules are in docs/people.md.
 */
export function nameKey(name: string): string {
  const cyrillicAsLatin = name
    .toLowerCase()
    .replace(softVowelAfterConsonant, (ch) => softVowels[ch])
    .replace(cyrillicLetter, (ch) => cyrillicLetters[ch])
  const latin = transliterate(normalizeText(cyrillicAsLatin, 'az'))
    .toLowerCase()
    .replace(apostrophes, '')
    .replace(nonLetters, ' ')
  return rules.reduce((text, [pattern, to]) => text.replace(pattern, to), latin).trim()
}
