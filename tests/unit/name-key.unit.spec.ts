import { describe, expect, it } from 'vitest'

import { matchName } from '@/lib/people/matchName'
import { nameKey } from '@/lib/people/nameKey'
import { givenNames, surnames } from '@tests/helpers/nameSpellings'

/** Distinct surnames and names that must keep distinct keys. */
const distinct: [string, string][] = [
  ['Əliyev', 'Əlizadə'],
  ['Həsənov', 'Hüseynov'],
  ['Məmmədov', 'Məhərrəmov'],
  ['Əliyev', 'Vəliyev'],
  ['Əliyev', 'Quliyev'],
  ['Kərimov', 'Rəhimov'],
  ['Qasımov', 'Kazımov'],
  ['Qasımov', 'Həsənov'],
  ['Musayev', 'İsayev'],
  ['Cəfərov', 'Səfərov'],
  ['Əhmədov', 'Məmmədov'],
  ['Səmədov', 'Məmmədov'],
  ['Hacıyev', 'Ağayev'],
  ['Xəlilov', 'Cəlilov'],
  ['Nəsirov', 'Bəşirov'],
  ['Şirinov', 'Şükürov'],
  ['Hümbətov', 'Həmidov'],
  ['Əliyev', 'Əliyeva'],
  ['oğlu', 'qızı'],
  ['Əli', 'Vəli'],
]

function sameKey(spellings: readonly string[]): void {
  const keys = spellings.map((s) => [s, nameKey(s)])
  expect(keys, spellings.join(' / ')).toEqual(spellings.map((s) => [s, nameKey(spellings[0])]))
}

describe('nameKey', () => {
  it(`gives one key to each of ${surnames.length} surnames however it is spelt`, () => {
    expect(surnames.length).toBeGreaterThanOrEqual(60)
    for (const spellings of surnames) sameKey(spellings)
  })

  it('gives one key to given names and patronymic words however they are spelt', () => {
    for (const spellings of givenNames) sameKey(spellings)
  })

  it('keeps different surnames apart', () => {
    for (const [a, b] of distinct) expect(nameKey(a), `${a} / ${b}`).not.toBe(nameKey(b))
    const keys = new Set(surnames.map(([az]) => nameKey(az)))
    expect(keys.size).toBe(surnames.length)
  })

  it('keys whole names word by word, patronymics included', () => {
    expect(nameKey('Məmməd oğlu')).toBe(nameKey('Мамед оглы'))
    expect(nameKey('Məmməd oğlu')).toBe(nameKey('Mammad ogly'))
    expect(nameKey('Əliyev Həsən Məmməd oğlu')).toBe('aliov gasan mamad ogli')
    expect(nameKey('Алиева Сара Мамед кызы')).toBe(nameKey('Əliyeva Sara Məmməd qızı'))
    expect(nameKey('  Hacıyev-Əliyev ')).toBe('gaciov aliov')
  })

  it('reads the letters of the Azerbaijani Cyrillic alphabet', () => {
    expect(nameKey('Мәммәдов')).toBe(nameKey('Məmmədov'))
    expect(nameKey('Һәсәнов')).toBe(nameKey('Həsənov'))
    expect(nameKey('Ҹәфәров')).toBe(nameKey('Cəfərov'))
    expect(nameKey('Ғасымов')).toBe(nameKey('Qasımov'))
    expect(nameKey('Јусифов')).toBe(nameKey('Yusifov'))
    expect(nameKey('Үзејир')).toBe(nameKey('Üzeyir'))
    expect(nameKey('Ҝүлнарә')).toBe(nameKey('Gülnarə'))
    expect(nameKey('Рөвшән')).toBe(nameKey('Rövşən'))
  })

  it('gives nothing for a name with no letters', () => {
    expect(nameKey(' - ')).toBe('')
  })
})

describe('matchName', () => {
  const people = [
    { id: 1, forms: ['Əliyev Həsən Məmməd oğlu', 'Алиев Гасан Мамед оглы', 'Hasan Aliyev'] },
    { id: 2, forms: ['Vəliyev Həsən', 'Велиев Гасан'] },
    { id: 3, forms: ['Əliyeva Sara Məmməd qızı', 'Алиева Сара Мамед кызы'] },
    { id: 4, forms: ['Hüseynov Əli', 'Гусейнов Али'] },
  ]

  it('ranks the same letters, then the same key, then one edit away', () => {
    expect(matchName('aliyev hasan', people)).toEqual([
      { id: 1, form: 'Hasan Aliyev', kind: 'form' },
      { id: 2, form: 'Vəliyev Həsən', kind: 'near' },
    ])
    expect(matchName('Гасан Алиев', people)).toEqual([
      { id: 1, form: 'Алиев Гасан Мамед оглы', kind: 'form' },
      { id: 2, form: 'Велиев Гасан', kind: 'near' },
    ])
  })

  it('finds another spelling by key and says which form it met', () => {
    expect(matchName('Mammadov', [{ id: 7, forms: ['Məmmədov', 'Мамедов'] }])).toEqual([
      { id: 7, form: 'Məmmədov', kind: 'key' },
    ])
    expect(matchName('Guseinov', people)).toEqual([{ id: 4, form: 'Hüseynov Əli', kind: 'key' }])
  })

  it('ignores case and marks for an exact form', () => {
    expect(matchName('HUSEYNOV ƏLİ', people)).toEqual([
      { id: 4, form: 'Hüseynov Əli', kind: 'form' },
    ])
  })

  it('takes a one-letter slip in a long word, not in a short one', () => {
    expect(matchName('Aliyeva', people).map((m) => [m.id, m.kind])).toEqual([
      [3, 'key'],
      [1, 'near'],
    ])
    expect(matchName('Huseinof', people)).toEqual([{ id: 4, form: 'Hüseynov Əli', kind: 'near' }])
    expect(matchName('Vali', people)).toEqual([])
  })

  it('needs every word of the query', () => {
    expect(matchName('Aliyev Sara', people)).toEqual([
      { id: 3, form: 'Əliyeva Sara Məmməd qızı', kind: 'near' },
    ])
    expect(matchName('', people)).toEqual([])
  })
})
