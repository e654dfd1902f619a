import { describe, expect, it } from 'vitest'

import { personCsvRow } from '@/lib/people/exportCsv'
import { parsePeopleCsv, peopleCsvColumns } from '@/lib/people/importCsv'
import { toCsv } from '@/lib/openData/csv'

/** The people CSV's cell syntax (docs/people.md, "Import and export"), without a database. */
const parseOne = (cells: Record<string, string>) => {
  const parsed = parsePeopleCsv(toCsv(peopleCsvColumns, [cells]))
  if (!parsed.ok) throw new Error(parsed.error.en)
  return parsed.rows[0]
}

describe('people CSV cells', () => {
  it.each([
    [
      'killed',
      {
        fate: 'killed',
        date: null,
        datePrecision: 'day',
        confidence: 'single',
        place: null,
        sources: [],
      },
    ],
    [
      'takenHostage@1992-02@disputed@Xocalı',
      {
        fate: 'takenHostage',
        date: '1992-02-01T12:00:00.000Z',
        datePrecision: 'month',
        confidence: 'disputed',
        place: 'Xocalı',
      },
    ],
    [
      'killed@1992@confirmed@@List A|Report B <https://example.org/b>',
      {
        fate: 'killed',
        datePrecision: 'year',
        sources: [{ title: 'List A' }, { title: 'Report B', url: 'https://example.org/b' }],
      },
    ],
    [
      'missing@@@Kənd \\@ çay\\; sahil@A \\| B',
      { place: 'Kənd @ çay; sahil', sources: [{ title: 'A | B' }] },
    ],
  ])('fate %s', (cell, expected) => {
    const { person, problems } = parseOne({ familyName_az: 'Sintetikov', fates: cell })
    expect(problems).toEqual([])
    expect(person.fates).toEqual([expect.objectContaining(expected)])
  })

  it.each([
    ['born', '1992-02-30', /not a date/],
    ['born', '92', /not a date/],
    ['fates', 'vanished', /"vanished" is unknown/],
    ['fates', 'killed@1992@sure', /"sure" is unknown/],
    ['fates', 'killed@@confirmed@@Only one', /"confirmed" takes at least two/],
    ['sources', 'Title <ftp://example.org>', /must start with http/],
    ['age', '12.5', /whole number/],
    ['gender', 'other', /"other" is unknown/],
    ['id', '1; DROP', /not a record id/],
  ])('refuses %s = %s', (column, value, reason) => {
    const { problems } = parseOne({ familyName_az: 'Sintetikov', [column]: value })
    expect(problems.map((p) => p.en)).toEqual([expect.stringMatching(reason)])
  })

  it('refuses a file with an unknown column or without familyName_az', () => {
    expect(parsePeopleCsv('id,surname\n,Sintetikov')).toMatchObject({ ok: false })
    expect(parsePeopleCsv('id,givenName_az\n,Birinci')).toMatchObject({ ok: false })
    expect(parsePeopleCsv('familyName_az\n')).toMatchObject({ ok: false })
  })

  it('writes what it reads: an exported row parses back to the same record', () => {
    const doc = {
      id: 7,
      familyName: { az: 'Sintetikov', ru: 'Синтетиков', en: 'Sintetikov' },
      givenName: { az: 'Birinci', en: 'Birinji' },
      patronymic: { az: 'Nümunə oğlu' },
      birthplace: { az: 'Xocalı; kənd' },
      variants: [{ name: 'Синтетиков | B', foundIn: 'List <A>' }, { name: 'Sintetikof' }],
      born: '1950-03-01T12:00:00.000Z',
      bornPrecision: 'month',
      ageFromBirthDate: true,
      age: 41,
      gender: 'male',
      fates: [
        {
          fate: 'killed',
          date: '1992-02-26T12:00:00.000Z',
          datePrecision: 'day',
          confidence: 'confirmed',
          place: { az: 'Xocalı @ yol' },
          sources: [{ title: 'A; B', url: 'https://example.org/a' }, { title: 'C' }],
        },
        { fate: 'survived', confidence: 'single', sources: [] },
      ],
      privacy: 'public',
      sources: [{ title: 'https://example.org/r', url: 'https://example.org/r' }],
      _status: 'published',
    }
    const row = personCsvRow(doc)
    expect(row.age).toBe('')
    const { person, problems } = parseOne(row)
    expect(problems).toEqual([])
    expect(person).toMatchObject({
      id: '7',
      names: {
        az: { familyName: 'Sintetikov', givenName: 'Birinci', patronymic: 'Nümunə oğlu' },
        ru: { familyName: 'Синтетиков', givenName: null },
        en: { givenName: 'Birinji' },
      },
      birthplace: { az: 'Xocalı; kənd', en: null },
      variants: [
        { name: 'Синтетиков | B', foundIn: 'List <A>' },
        { name: 'Sintetikof', foundIn: null },
      ],
      born: { date: '1950-03-01T12:00:00.000Z', precision: 'month' },
      fates: [
        {
          fate: 'killed',
          date: '1992-02-26T12:00:00.000Z',
          confidence: 'confirmed',
          place: 'Xocalı @ yol',
          sources: [{ title: 'A; B', url: 'https://example.org/a' }, { title: 'C' }],
        },
        { fate: 'survived', date: null, confidence: 'single', place: null, sources: [] },
      ],
      sources: [{ title: 'https://example.org/r', url: 'https://example.org/r' }],
      status: 'published',
    })
  })
})
