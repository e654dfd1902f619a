import { describe, expect, it } from 'vitest'

import { negotiateLocale } from '@/i18n/negotiateLocale'

describe('negotiateLocale', () => {
  it.each([
    [null, 'az'],
    ['', 'az'],
    ['ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7', 'ru'],
    ['en-GB,en;q=0.9', 'en'],
    ['az-Latn-AZ', 'az'],
    ['de-DE,de;q=0.9,en;q=0.5,ru;q=0.6', 'ru'],
    ['fr, en;q=0', 'az'],
    ['*', 'az'],
    ['EN', 'en'],
    ['tr;q=0.9, en;q=0.9, ru;q=0.9', 'en'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected)
  })
})
