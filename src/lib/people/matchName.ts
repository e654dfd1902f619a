import { distance } from 'fastest-levenshtein'

import { nameKey } from '@/lib/people/nameKey'
import { normalizeText } from '@/lib/search/normalize'

/**
 * How a form matched, best first: the same letters ignoring case and marks ("eliyev" for
 * "Əliyev"), the same key (another spelling: "Алиев"), or a key one edit away (a misspelling:
 * "Huseinof", or another name that is spelt almost alike).
 */
export type NameMatchKind = 'form' | 'key' | 'near'

export interface NameCandidate<Id> {
  id: Id
  /** The spellings on record, each a whole name or a part of one: "Əliyev Həsən Məmməd oğlu", "Алиев". */
  forms: readonly string[]
}

export interface NameMatch<Id> {
  id: Id
  /** The form that matched best, for the page to show next to what was typed. */
  form: string
  kind: NameMatchKind
}

const kindOrder: NameMatchKind[] = ['form', 'key', 'near']

/**
 * Below five letters of key one edit joins distinct names (Əli "ali" and Vəli "vali", İsa and Musa),
 * so short words must meet exactly or by key.
 */
const nearMinLength = 5

interface Word {
  text: string
  key: string
}

/** Apostrophes stay inside a word (Il'ham): nameKey drops them. */
const separators = /[^\p{L}'’ʼ`]+/u

function words(name: string): Word[] {
  return name
    .split(separators)
    .map((word) => ({ text: normalizeText(word, 'az'), key: nameKey(word) }))
    .filter((word) => word.key !== '')
}

function wordMatch(query: Word, word: Word): number {
  if (query.text === word.text) return 0
  if (query.key === word.key) return 1
  const near =
    Math.min(query.key.length, word.key.length) >= nearMinLength &&
    distance(query.key, word.key) === 1
  return near ? 2 : Infinity
}

interface Score {
  /** The worst of the query's words: a form is as good as its weakest word. */
  worst: number
  /** All words together, so that of two forms equally good the closer one is shown. */
  sum: number
}

function compare(a: Score, b: Score): number {
  return a.worst - b.worst || a.sum - b.sum
}

/** Every query word must meet some word of the form, in any order. */
function formMatch(query: Word[], form: Word[]): Score {
  const ranks = query.map((q) => Math.min(...form.map((w) => wordMatch(q, w))))
  return { worst: Math.max(...ranks), sum: ranks.reduce((a, b) => a + b, 0) }
}

/**
 * The candidates that have a form matching the query, best match first (ties keep the given
 * order), each with its best form: of two forms equally good, the one closer word by word. Word order is free, so "Hasan Aliyev" finds "Əliyev Həsən".
 */
export function matchName<Id>(
  query: string,
  candidates: readonly NameCandidate<Id>[],
): NameMatch<Id>[] {
  const queryWords = words(query)
  if (queryWords.length === 0) return []
  const matches: { id: Id; form: string; score: Score }[] = []
  for (const { id, forms } of candidates) {
    let best: { form: string; score: Score } | undefined
    for (const form of forms) {
      const score = formMatch(queryWords, words(form))
      if (score.worst !== Infinity && (!best || compare(score, best.score) < 0))
        best = { form, score }
    }
    if (best) matches.push({ id, ...best })
  }
  return matches
    .sort((a, b) => compare(a.score, b.score))
    .map(({ id, form, score }) => ({ id, form, kind: kindOrder[score.worst] }))
}
