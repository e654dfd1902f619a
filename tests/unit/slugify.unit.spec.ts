import { describe, expect, it } from 'vitest'

import { isSlug, slugify } from '@/lib/format/slugify'

describe('slugify', () => {
  it.each([
    ['Xocalı soyqırımı', 'xocali-soyqirimi'],
    ['Ədalət – Xocalıya!', 'edalet-xocaliya'],
    ['Şuşa, Çəmənli və Ağdam', 'shusha-chemenli-ve-aghdam'],
    ['Gürcüstan ÖLKƏSİ', 'gurcustan-olkesi'],
    ['İSTİQLAL', 'istiqlal'],
    ['Ходжалинский геноцид', 'khodzhalinskiy-genotsid'],
    ['Объявление «Справедливость для Ходжалы!»', 'obyavlenie-spravedlivost-dlya-khodzhaly'],
    ['Ёлка и щука', 'yolka-i-shchuka'],
    ['  25–26 February 1992  ', '25-26-february-1992'],
    ['Milli Məclisin 1994-cü il qərarı', 'milli-meclisin-1994-cu-il-qerari'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected)
    expect(isSlug(expected)).toBe(true)
  })

  it('cuts long titles at a word boundary-free limit without a trailing hyphen', () => {
    const slug = slugify('a '.repeat(200), 10)
    expect(slug.length).toBeLessThanOrEqual(10)
    expect(slug.endsWith('-')).toBe(false)
  })

  it('rejects what is not a slug', () => {
    for (const bad of ['', 'Upper', 'two--hyphens', '-lead', 'trail-', 'ş', 'a b'])
      expect(isSlug(bad)).toBe(false)
  })
})
