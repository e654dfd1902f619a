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

/**
 * `known` keeps the words already read: a registry repeats surnames, "oğlu" and "qızı" thousands of
 * times, and nameKey is most of what preparing costs.
 */
function words(name: string, known = new Map<string, Word>()): Word[] {
  return name
    .split(separators)
    .map((word) => {
      let read = known.get(word)
      if (!read) known.set(word, (read = { text: normalizeText(word, 'az'), key: nameKey(word) }))
      return read
    })
    .filter((word) => word.key !== '')
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

/** Every form's words are keyed once, so that a query costs lookups and not a nameKey per word. */
export interface PreparedNames<Id> {
  ids: readonly Id[]
  forms: readonly string[]
  /** The candidate each form belongs to, by position in `ids`; forms are in candidate order. */
  owner: Int32Array
  /** The forms having a word, by its text and by its key. */
  byText: ReadonlyMap<string, readonly number[]>
  byKey: ReadonlyMap<string, readonly number[]>
  /** Distinct keys long enough for a near match, by length: one edit changes a length by one at most. */
  nearKeys: ReadonlyMap<number, readonly string[]>
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

export function prepareNames<Id>(candidates: readonly NameCandidate<Id>[]): PreparedNames<Id> {
  const forms: string[] = []
  const owners: number[] = []
  const byText = new Map<string, number[]>()
  const byKey = new Map<string, number[]>()
  const nearKeys = new Map<number, string[]>()
  const known = new Map<string, Word>()
  candidates.forEach(({ forms: candidateForms }, candidate) => {
    for (const form of candidateForms) {
      const index = forms.push(form) - 1
      owners.push(candidate)
      for (const { text, key } of words(form, known)) {
        add(byText, text, index)
        if (!byKey.has(key) && key.length >= nearMinLength) add(nearKeys, key.length, key)
        add(byKey, key, index)
      }
    }
  })
  return {
    ids: candidates.map(({ id }) => id),
    forms,
    owner: Int32Array.from(owners),
    byText,
    byKey,
    nearKeys,
  }
}

/**
 * The best rank of one query word in each form that has a word meeting it; a form missing from
 * the map has none, which would be Infinity in the ranking.
 */
function wordRanks(query: Word, prepared: PreparedNames<unknown>): Map<number, number> {
  const ranks = new Map<number, number>()
  const meet = (forms: readonly number[] | undefined, rank: number) => {
    for (const form of forms ?? []) {
      const known = ranks.get(form)
      if (known === undefined || rank < known) ranks.set(form, rank)
    }
  }
  meet(prepared.byText.get(query.text), 0)
  meet(prepared.byKey.get(query.key), 1)
  const length = query.key.length
  if (length >= nearMinLength)
    for (const other of [length - 1, length, length + 1])
      for (const key of prepared.nearKeys.get(other) ?? [])
        if (distance(query.key, key) === 1) meet(prepared.byKey.get(key), 2)
  return ranks
}

/**
 * The candidates that have a form matching the query, best match first (ties keep the given
 * order), each with its best form: of two forms equally good, the one closer word by word. Word
 * order is free, so "Hasan Aliyev" finds "Əliyev Həsən".
 */
export function searchNames<Id>(
  query: string,
  prepared: PreparedNames<Id>,
  { limit = Infinity }: { limit?: number } = {},
): NameMatch<Id>[] {
  const queryWords = words(query)
  if (queryWords.length === 0) return []
  // Every query word must meet a word of the form, in any order: only the forms the rarest word
  // meets can qualify, so the other words are looked up for those alone.
  const ranks = queryWords.map((word) => wordRanks(word, prepared)).sort((a, b) => a.size - b.size)
  const [rarest, ...others] = ranks
  const scored: { form: number; score: Score }[] = []
  for (const [form, rank] of rarest) {
    const score = { worst: rank, sum: rank }
    for (const other of others) {
      const next = other.get(form)
      if (next === undefined) {
        score.worst = Infinity
        break
      }
      score.worst = Math.max(score.worst, next)
      score.sum += next
    }
    if (score.worst !== Infinity) scored.push({ form, score })
  }
  // Forms were numbered in candidate order, so in that order the first of equal forms wins and
  // the stable sort below keeps equal candidates as they were given.
  scored.sort((a, b) => a.form - b.form)
  const best: { candidate: number; form: number; score: Score }[] = []
  for (const { form, score } of scored) {
    const candidate = prepared.owner[form]
    const last = best.at(-1)
    if (last?.candidate !== candidate) best.push({ candidate, form, score })
    else if (compare(score, last.score) < 0) Object.assign(last, { form, score })
  }
  return best
    .sort((a, b) => compare(a.score, b.score))
    .slice(0, limit)
    .map(({ candidate, form, score }) => ({
      id: prepared.ids[candidate],
      form: prepared.forms[form],
      kind: kindOrder[score.worst],
    }))
}

/** One search over candidates seen once; a list searched again should be prepared once instead. */
export function matchName<Id>(
  query: string,
  candidates: readonly NameCandidate<Id>[],
): NameMatch<Id>[] {
  return searchNames(query, prepareNames(candidates))
}
