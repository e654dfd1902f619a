import { describe, expect, it } from 'vitest'

import { seedImages } from '@/seed/images'
import { joinDigitGroups } from '@/seed/markdown'

describe('joinDigitGroups', () => {
  it.each([
    ['1 275 dinc sakin', '1\u00a0275 dinc sakin'],
    ['**2 500** жителей', '**2\u00a0500** жителей'],
    ['1 234 567', '1\u00a0234\u00a0567'],
    // Not digit groups: a day and a year, a year and a count, a figure and a word.
    ['25 1992', '25 1992'],
    ['1992 100', '1992 100'],
    ['26 February 1992', '26 February 1992'],
    ['613 people', '613 people'],
  ])('%s', (text, joined) => {
    expect(joinDigitGroups(text)).toBe(joined)
  })
})

describe('the seed drawings', () => {
  it('say in every language how many dots they draw, and how many are light', () => {
    const dots = seedImages.find((image) => image.name === 'victims-613-dots')!
    const fills = [...dots.svg().matchAll(/<circle [^>]*fill="(#[0-9a-f]+)"/g)].map((m) => m[1])
    const light = fills.filter((fill) => fill === '#f2d7d5').length
    for (const text of [...Object.values(dots.alt), ...Object.values(dots.caption)]) {
      expect(text).toContain(String(fills.length))
      expect(text).toContain(String(light))
    }
    expect([fills.length, light]).toEqual([613, 63])
  })

  it('each say, under them, that they are drawings', () => {
    for (const image of seedImages)
      for (const caption of Object.values(image.caption))
        expect(caption).toMatch(/^(Drawing|Illustration|Rəsm|İllüstrasiya|Рисунок|Иллюстрация):/)
  })
})
