import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { formatPreciseDate, groupEventsByYear, preciseDateTime } from '@/lib/timeline'

describe('formatPreciseDate', () => {
  const expected = {
    'az-Latn-AZ': ['1994', 'yanvar 2012', '13 fevral 2014'],
    'en-GB': ['1994', 'January 2012', '13 February 2014'],
    'ru-RU': ['1994', 'январь 2012 г.', '13 февраля 2014 г.'],
  }

  it.each(locales.map((l) => l.intl))('shows only the stored precision in %s', (intl) => {
    expect([
      formatPreciseDate('1994-01-01T12:00:00.000Z', 'year', intl),
      formatPreciseDate('2012-01-01T12:00:00.000Z', 'month', intl),
      formatPreciseDate('2014-02-13T12:00:00.000Z', 'day', intl),
    ]).toEqual(expected[intl])
  })

  it('reads the calendar date in UTC, whatever the server time zone', () => {
    expect(formatPreciseDate('1992-02-26T00:00:00.000Z', 'day', 'en-GB')).toBe('26 February 1992')
    expect(preciseDateTime('1992-02-26T00:00:00.000Z', 'month')).toBe('1992-02')
    expect(preciseDateTime('1994-01-01T12:00:00.000Z', 'year')).toBe('1994')
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
