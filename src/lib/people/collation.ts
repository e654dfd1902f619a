import type { Locale } from '@/i18n/locales'

/**
 * Each locale's alphabet in its order. Databases compare text by code point (SQLite's BINARY,
 * MongoDB's default), which puts Ç, Ə, Ğ, Ö, Ş, Ü after z and Ё after я; the registry sorts by a
 * key made of each letter's place here instead, the same in both adapters. Ё is filed as Е, as
 * Russian dictionaries and lists of names file it.
 */
const alphabets: Record<Locale, string> = {
  az: 'abcçdeəfgğhxıijkqlmnoöprsştuüvyz',
  en: 'abcdefghijklmnopqrstuvwxyz',
  ru: 'абвгдежзийклмнопрстуфхцчшщъыьэюя',
}

/** A name in another script or with other marks, as the locale's reader files it: "Əliyev" under E in English. */
function fold(ch: string, locale: Locale): string {
  if (alphabets[locale].includes(ch)) return ch
  const bare = ch.replace('ə', 'e').replace('ı', 'i').normalize('NFD').replace(/\p{M}/gu, '')
  return alphabets[locale].includes(bare) ? bare : ch
}

/** One character per letter, in ASCII so that every adapter orders the keys alike. */
const WORD_BREAK = '!'
const AFTER_ALPHABET = '~'
const letterCode = (index: number) => String.fromCharCode(0x30 + index)

/**
 * A key whose plain text order is the locale's alphabetical order of the name (family name first):
 * Cəfərov, Çobanov, Əliyev, Hüseynov, Xəlilov, İsmayılov in Azerbaijani; Егоров, Ёлкин, Жуков
 * in Russian. Case and marks the alphabet does not have are ignored; a shorter name sorts first.
 */
export function sortKey(name: string, locale: Locale): string {
  const alphabet = alphabets[locale]
  let key = ''
  for (const ch of name.toLocaleLowerCase(locale)) {
    if (/\s|-/.test(ch)) {
      if (key && !key.endsWith(WORD_BREAK)) key += WORD_BREAK
      continue
    }
    const index = alphabet.indexOf(fold(ch, locale))
    if (index >= 0) key += letterCode(index)
    else if (/\p{L}/u.test(ch)) key += AFTER_ALPHABET
  }
  return key
}

/** The letter a name is filed under in the locale's index ("Ə", "İ", "Ё"), or "#" outside its alphabet. */
export function initialOf(name: string, locale: Locale): string {
  const first = [...name.trim().toLocaleLowerCase(locale)].find((ch) => /\p{L}/u.test(ch))
  if (!first) return '#'
  const letter = fold(first, locale)
  return alphabets[locale].includes(letter) ? letter.toLocaleUpperCase(locale) : '#'
}

/** The letters of the locale's index, in order. */
export const alphabetOf = (locale: Locale): string[] =>
  [...alphabets[locale]].map((letter) => letter.toLocaleUpperCase(locale))

/** The derived field that holds a locale's sort key or index letter: `sortAz`, `initialRu`. */
export const listingField = (prefix: 'sort' | 'initial' | string, locale: Locale) =>
  `${prefix}${locale.charAt(0).toUpperCase()}${locale.slice(1)}`
