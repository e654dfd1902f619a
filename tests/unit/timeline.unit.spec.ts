import { describe, expect, it } from 'vitest'

import { localeCodes } from '@/i18n/locales'
import { groupEventsByYear } from '@/lib/content/timeline'
import { formatPreciseDate, preciseDateAttr } from '@/lib/format/preciseDate'

describe('formatPreciseDate', () => {
  const expected = {
    az: ['1994', 'yanvar 2012', '13 fevral 2014'],
    en: ['1994', 'January 2012', '13 February 2014'],
    ru: ['1994', 'январь 2012 г.', '13 февраля 2014 г.'],
  }

  it.each(localeCodes)('shows only the stored precision in %s', (locale) => {
    expect([
      formatPreciseDate('1994-01-01T12:00:00.000Z', 'year', locale),
      formatPreciseDate('2012-01-01T12:00:00.000Z', 'month', locale),
      formatPreciseDate('2014-02-13T12:00:00.000Z', 'day', locale),
    ]).toEqual(expected[locale])
  })

  it('reads the calendar date in UTC, whatever the server time zone', () => {
    expect(formatPreciseDate('1992-02-26T00:00:00.000Z', 'day', 'en')).toBe('26 February 1992')
    expect(preciseDateAttr('1992-02-26T00:00:00.000Z', 'month')).toBe('1992-02')
    expect(preciseDateAttr('1994-01-01T12:00:00.000Z', 'year')).toBe('1994')
  })

  it('is empty for an empty date and a day when the precision is missing', () => {
    expect(formatPreciseDate(null, 'year', 'en')).toBe('')
    expect(formatPreciseDate('2014-02-13T12:00:00.000Z', null, 'en')).toBe('13 February 2014')
  })
})

describe('groupEventsByYear', () => {
  it('groups events by year in date order', () => {
    const events = [
      { id: 'c', date: '1994-02-24T12:00:00.000Z' },
      { id: 'a', date: '1992-02-25T12:00:00.000Z' },
      { id: 'b', date: '1992-02-26T12:00:00.000Z' },
      { id: 'x', date: 'not a date' },
    ]
    expect(groupEventsByYear(events).map((g) => [g.year, g.events.map((e) => e.id)])).toEqual([
      [1992, ['a', 'b']],
      [1994, ['c']],
    ])
  })
})
