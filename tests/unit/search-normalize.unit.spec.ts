import { describe, expect, it } from 'vitest'

import { normalizeText, queryTerms, termString, tokenize } from '@/lib/search/normalize'
import { stem } from '@/lib/search/stem'

describe('normalizeText', () => {
  it('folds Azerbaijani letters the way readers type them, with locale-correct İ and I', () => {
    expect(normalizeText('Xocalı soyqırımı', 'az')).toBe('xocali soyqirimi')
    expect(normalizeText('İRƏVAN İşğal ŞÜŞA Çörək', 'az')).toBe('irevan isgal susa corek')
    // Azerbaijani lowercases I to ı, which then folds to i: the same word whatever the keyboard.
    expect(normalizeText('IĞDIR', 'az')).toBe(normalizeText('ığdır', 'az'))
    expect(normalizeText('İstanbul', 'en')).toBe('istanbul')
  })

  it('folds ё to е, keeps й, and strips other diacritics', () => {
    expect(normalizeText('Ещё ЙОД', 'ru')).toBe('еще йод')
    expect(normalizeText('Café Müller naïve Ñandú', 'en')).toBe('cafe muller naive nandu')
  })
})

describe('stemming', () => {
  it('matches English word forms', () => {
    expect(stem('genocides', 'en')).toBe(stem('genocide', 'en'))
    expect(stem('attacked', 'en')).toBe(stem('attack', 'en'))
    expect(stem('tragedies', 'en')).toBe(stem('tragedy', 'en'))
    expect(stem('recognised', 'en')).toBe(stem('recognise', 'en'))
  })

  it('matches Russian word forms', () => {
    expect(stem('геноцида', 'ru')).toBe('геноцид')
    expect(stem('геноцидом', 'ru')).toBe(stem('геноцид', 'ru'))
    expect(stem('трагедии', 'ru')).toBe(stem('трагедия', 'ru'))
    expect(stem('ходжалинской', 'ru')).toBe(stem('ходжалинская', 'ru'))
  })

  it('strips stacked Azerbaijani suffixes after folding', () => {
    const base = stem(normalizeText('soyqırım', 'az'), 'az')
    expect(stem(normalizeText('soyqırımı', 'az'), 'az')).toBe(base)
    expect(stem(normalizeText('soyqırımının', 'az'), 'az')).toBe(base)
    expect(stem(normalizeText('Xocalıda', 'az'), 'az')).toBe(
      stem(normalizeText('Xocalı', 'az'), 'az'),
    )
    expect(stem(normalizeText('faciəsi', 'az'), 'az')).toBe(
      stem(normalizeText('faciə', 'az'), 'az'),
    )
  })

  it('keeps numbers and short words whole', () => {
    expect(stem('1992', 'en')).toBe('1992')
    expect(stem('war', 'en')).toBe('war')
    expect(stem('ana', 'az')).toBe('ana')
  })
})

describe('term strings and query terms', () => {
  it('stores unique tokens between spaces so a prefix query matches a word start', () => {
    const terms = termString(tokenize('The genocide, the genocides: Khojaly 1992', 'en'))
    expect(terms).toBe(' the genocid khojali 1992 ')
    expect(terms.includes(` ${queryTerms('Genocides', 'en')[0]}`)).toBe(true)
    expect(terms.includes(' ocid')).toBe(false)
  })

  it('drops single letters from queries but keeps digits and caps the number of terms', () => {
    expect(queryTerms('a Xocalı 5', 'az')).toEqual(['xocal', '5'])
    expect(queryTerms('one two three four five six seven eight nine ten', 'en')).toHaveLength(8)
  })
})
