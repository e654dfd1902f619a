import { distance } from 'fastest-levenshtein'

import { tokenize } from '@/lib/search/normalize'

/**
 * How alike two az segments are, for translation memory. Texts are compared normalized (Unicode
 * NFC, az lowercase, whitespace collapsed): that and nothing looser is an exact match, because an
 * exact match is inserted without reading. Fuzzy similarity is 1 − Levenshtein distance / the longer
 * length; below 70 % a match costs a translator more than it saves.
 */
export const FUZZY_THRESHOLD = 0.7

export const normalizeSegment = (text: string): string =>
  text.normalize('NFC').toLocaleLowerCase('az').replace(/\s+/g, ' ').trim()

export function similarity(a: string, b: string): number {
  const x = normalizeSegment(a)
  const y = normalizeSegment(b)
  const longest = Math.max(x.length, y.length)
  return longest === 0 ? 1 : 1 - distance(x, y) / longest
}

/** The percentage shown: floored, so only an exact match reads 100 %. */
export const percentOf = (value: number) => Math.floor(value * 100 + 1e-9)

/**
 * Word keys that narrow the fuzzy search to candidates sharing a word stem (search's az stemmer),
 * so a lookup reads a few rows instead of the whole memory. Words under 3 letters say little.
 */
export function segmentKeys(text: string, max = 24): string[] {
  return [...new Set(tokenize(text, 'az').filter((w) => w.length >= 3))].slice(0, max)
}

/**
 * A segment can only reach the threshold if its length is within this range of the query's:
 * distance ≥ the length difference.
 */
export const lengthRange = (length: number) => ({
  min: Math.ceil(length * FUZZY_THRESHOLD),
  max: Math.floor(length / FUZZY_THRESHOLD),
})

export type Ranked = { similarity: number; date: string }

/** Best first: by similarity, then the most recently confirmed. */
export const byRank = (a: Ranked, b: Ranked) =>
  b.similarity - a.similarity || Date.parse(b.date) - Date.parse(a.date)
