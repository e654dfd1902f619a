import { distance } from 'fastest-levenshtein'
import { describe, expect, it } from 'vitest'

import {
  matchName,
  prepareNames,
  searchNames,
  type NameCandidate,
  type NameMatch,
} from '@/lib/people/matchName'
import { nameKey } from '@/lib/people/nameKey'
import { normalizeText } from '@/lib/search/normalize'
import { fathersNames, surnames } from '@tests/helpers/nameSpellings'

const splits = new Map<string, { text: string; key: string }[]>()

/** Words as matchName reads them; kept between queries only to keep the test quick. */
function split(name: string) {
  let found = splits.get(name)
  if (!found) {
    found = name
      .split(/[^\p{L}'’ʼ`]+/u)
      .map((word) => ({ text: normalizeText(word, 'az'), key: nameKey(word) }))
      .filter(({ key }) => key !== '')
    splits.set(name, found)
  }
  return found
}

/**
 * The ranking as docs/people.md states it, by comparing every query word with every word of every
 * form: slow, and written apart from the index so that a lookup the index misses shows up here.
 */
function everyPair<Id>(query: string, candidates: readonly NameCandidate<Id>[]): NameMatch<Id>[] {
  const queryWords = split(query)
  if (queryWords.length === 0) return []
  const kinds = ['form', 'key', 'near'] as const
  const found: { id: Id; form: string; worst: number; sum: number }[] = []
  for (const { id, forms } of candidates) {
    let best: { form: string; worst: number; sum: number } | undefined
    for (const form of forms) {
      const formWords = split(form)
      const ranks = queryWords.map((q) =>
        Math.min(
          ...formWords.map((w) => {
            if (q.text === w.text) return 0
            if (q.key === w.key) return 1
            const long = Math.min(q.key.length, w.key.length) >= 5
            return long && distance(q.key, w.key) === 1 ? 2 : Infinity
          }),
        ),
      )
      const worst = Math.max(...ranks)
      const sum = ranks.reduce((a, b) => a + b, 0)
      if (worst === Infinity) continue
      if (!best || worst < best.worst || (worst === best.worst && sum < best.sum))
        best = { form, worst, sum }
    }
    if (best) found.push({ id, ...best })
  }
  return found
    .sort((a, b) => a.worst - b.worst || a.sum - b.sum)
    .map(({ id, form, worst }) => ({ id, form, kind: kinds[worst] }))
}

/**
 * One person per surname row, named in the three scripts the way a record has them, and a few who
 * share a surname, so that a query meets several people and several forms of each.
 */
const people: NameCandidate<string>[] = surnames.flatMap(([az, ru, en, ...others], row) => {
  const [fatherAz, fatherRu] = fathersNames[row % fathersNames.length]
  const [givenAz, givenRu, givenEn] = fathersNames[(row + 3) % fathersNames.length]
  const person = {
    id: `p${row}`,
    forms: [
      `${az} ${givenAz} ${fatherAz} oğlu`,
      `${ru} ${givenRu} ${fatherRu} оглы`,
      `${givenEn} ${en}`,
      ...others.slice(0, 1),
    ],
  }
  const relative = { id: `r${row}`, forms: [`${az} ${fatherAz}`, `${ru} ${fatherRu}`] }
  return row % 4 === 0 ? [person, relative] : [person]
})

/** One letter changed in the middle, which keeps the key length and is one edit from the key. */
const misspelt = (word: string) => {
  const at = Math.floor(word.length / 2)
  return `${word.slice(0, at)}${word[at] === 'z' ? 'x' : 'z'}${word.slice(at + 1)}`
}

const queries = [
  ...surnames.flat(),
  ...surnames.map((row) => misspelt(row[2])),
  ...fathersNames.flat(),
  ...people.flatMap(({ forms }) => forms),
  ...people.map(({ forms }) => forms[0].split(' ').reverse().join(' ')),
  ...people.map(({ forms }) => forms[forms.length - 1].split(' ').map(misspelt).join(' ')),
  'Aliyev Mammad',
  'Mamedov Ali oglu',
  'Quliyev Xudiyev',
  '',
  ' - ',
]

describe('searchNames', () => {
  const prepared = prepareNames(people)

  it(`ranks ${queries.length} queries on the name table as comparing every word pair does`, () => {
    expect(people.length).toBeGreaterThan(surnames.length)
    const kinds = new Set<string>()
    for (const query of queries) {
      const found = searchNames(query, prepared)
      expect(found, query).toEqual(everyPair(query, people))
      for (const { kind } of found) kinds.add(kind)
    }
    expect([...kinds].sort()).toEqual(['form', 'key', 'near'])
  })

  it('answers as matchName does, with one index for every query', () => {
    for (const query of [
      'Əliyev',
      'Алиев Мамед',
      'Mammad Aliyev',
      'Guseinov',
      'Huseinof',
      'Mamedov Ali oglu',
      'Kamalə',
    ])
      expect(searchNames(query, prepared), query).toEqual(matchName(query, people))
  })

  it('finds a person whatever the order of the words and the script', () => {
    const az = searchNames('Əliyev Hüseyn Məmməd oğlu', prepared)
    expect(az[0]).toEqual({ id: 'p0', form: 'Əliyev Hüseyn Məmməd oğlu', kind: 'form' })
    expect(searchNames('oğlu Məmməd Hüseyn Əliyev', prepared)[0]).toEqual(az[0])
    expect(searchNames('Aliyev Huseyn', prepared)[0]).toEqual({
      id: 'p0',
      form: 'Huseyn Aliyev',
      kind: 'form',
    })
    expect(searchNames('Гусейн Алиев', prepared)[0]).toEqual({
      id: 'p0',
      form: 'Алиев Гусейн Мамед оглы',
      kind: 'form',
    })
    expect(searchNames('Guseyn Aliev', prepared)[0]).toEqual({
      id: 'p0',
      form: 'Əliyev Hüseyn Məmməd oğlu',
      kind: 'key',
    })
  })

  it('takes a one-letter slip in a long word as near', () => {
    expect(searchNames('Khalilof', prepared)).toEqual([
      { id: 'p2', form: 'Xəlilov Tofiq Həsən oğlu', kind: 'near' },
    ])
  })

  it('gives nothing when one query word meets nothing', () => {
    expect(searchNames('Qwzrtpl', prepared)).toEqual([])
    expect(searchNames('Aliyev Qwzrtpl', prepared)).toEqual([])
    expect(searchNames('', prepared)).toEqual([])
  })

  it('keeps the given order of equal matches and cuts at the limit', () => {
    const twins = [3, 1, 2].map((id) => ({ id, forms: ['Hüseynov Əli', 'Гусейнов Али'] }))
    const index = prepareNames(twins)
    expect(searchNames('Guseinov Ali', index).map(({ id }) => id)).toEqual([3, 1, 2])
    expect(searchNames('Guseinov Ali', index, { limit: 2 })).toEqual([
      { id: 3, form: 'Hüseynov Əli', kind: 'key' },
      { id: 1, form: 'Hüseynov Əli', kind: 'key' },
    ])
  })
})
