import { describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/locales'
import {
  checkTranslation,
  containsTerm,
  entriesInSource,
  requiredRendering,
  type GlossaryEntry,
} from '@/lib/translation/glossary'
import { valueText } from '@/lib/translation/valueText'

const khojaly: GlossaryEntry = {
  id: 1,
  term: { az: 'Xocalı', en: 'Khojaly', ru: 'Ходжалы' },
  notes: 'Synthetic note: the town, not the district.',
  forbidden: { en: ['Khodjaly', 'Hojaly'], ru: ['Ходжали'] },
}
const majlis: GlossaryEntry = {
  id: 2,
  term: { az: 'Milli Məclis', en: 'Milli Majlis', ru: 'Милли Меджлис' },
  forbidden: { en: ['National Assembly'], ru: null },
}
const kept: GlossaryEntry = { id: 3, term: { az: 'Synthetic İqamətgah' }, doNotTranslate: true }
const untranslated: GlossaryEntry = { id: 4, term: { az: 'Synthetic Qərar', en: '', ru: null } }
const glossary = [khojaly, majlis, kept, untranslated]

describe('containsTerm', () => {
  // [text, term, locale, found]
  const table: Array<[string, string, Locale, boolean]> = [
    ['Xocalı faciəsi', 'Xocalı', 'az', true],
    ['Xocalıda baş verənlər', 'Xocalı', 'az', true],
    ['Xocalının sakinləri', 'Xocalı', 'az', true],
    ['Xocalıdakılardan biri', 'Xocalı', 'az', true],
    ["Xocalı'da", 'Xocalı', 'az', true],
    ['XOCALI SOYQIRIMI', 'Xocalı', 'az', true],
    // Azerbaijani case rules: upper-case I is ı, İ is i; the English rule would not find these.
    ['XOCALININ', 'Xocalı', 'az', true],
    ['İQAMƏTGAH', 'iqamətgah', 'az', true],
    ['Milli Məclisin qərarı', 'Milli Məclis', 'az', true],
    ['Milli  Məclisə', 'Milli Məclis', 'az', true],
    // At a word start only.
    ['Gözəl Xocalı', 'Xocalı', 'az', true],
    ['AXocalı', 'Xocalı', 'az', false],
    ['Milli', 'Milli Məclis', 'az', false],
    ['Khojaly’s survivors', 'Khojaly', 'en', true],
    ['the khojaly massacre', 'Khojaly', 'en', true],
    ['Khojaly', 'Hojaly', 'en', false],
    ['Khodjaly', 'Khojaly', 'en', false],
    ['заседание Милли Меджлиса', 'Милли Меджлис', 'ru', true],
    ['перед Милли Меджлисом', 'Милли Меджлис', 'ru', true],
    ['Ходжалы', 'Ходжали', 'ru', false],
    // A longer tail is another word: the forbidden "Ходжали" is not in the adjective.
    ['Ходжалинский район', 'Ходжали', 'ru', false],
    ['в Ходжали', 'Ходжали', 'ru', true],
    ['ХОДЖАЛИ', 'Ходжали', 'ru', true],
    ['Ёлка', 'елка', 'ru', true],
    ['', 'Xocalı', 'az', false],
    ['Xocalı', '  ', 'az', false],
  ]
  it.each(table)('%j has %j (%s): %s', (text, term, locale, found) => {
    expect(containsTerm(text, term, locale)).toBe(found)
  })
})

describe('entriesInSource', () => {
  it('lists the entries whose az term the text has, inflected or not', () => {
    const source = 'Milli Məclisin 1994-cü il qərarı Xocalıda baş verənləri soyqırımı adlandırır.'
    expect(entriesInSource(glossary, source).map((e) => e.id)).toEqual([1, 2])
    expect(entriesInSource(glossary, 'Synthetic mətn: heç bir termin yoxdur.')).toEqual([])
  })

  it('reads rich text through its plain text', () => {
    const value = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Synthetic: ', format: 0 },
              { type: 'text', text: 'Xocalının', format: 1 },
            ],
          },
        ],
      },
    }
    expect(entriesInSource(glossary, valueText('richText', value)).map((e) => e.id)).toEqual([1])
  })
})

describe('requiredRendering', () => {
  it('is the locale’s term, the az form for a term not to translate, nothing when not given', () => {
    expect(requiredRendering(khojaly, 'ru')).toEqual({ text: 'Ходжалы', locale: 'ru' })
    expect(requiredRendering(kept, 'en')).toEqual({ text: 'Synthetic İqamətgah', locale: 'az' })
    expect(requiredRendering(untranslated, 'en')).toBeUndefined()
    expect(requiredRendering(untranslated, 'ru')).toBeUndefined()
  })
})

describe('checkTranslation', () => {
  const source = 'Synthetic: Xocalıda Milli Məclisin nümayəndələri.'

  it('finds nothing wrong in a translation with every required rendering', () => {
    expect(
      checkTranslation(glossary, source, 'Synthetic: Milli Majlis deputies in Khojaly.', 'en'),
    ).toEqual([])
    expect(
      checkTranslation(glossary, source, 'Synthetic: депутаты Милли Меджлиса в Ходжалы.', 'ru'),
    ).toEqual([])
  })

  it('names a forbidden variant and the rendering it replaced', () => {
    const issues = checkTranslation(
      glossary,
      source,
      'Synthetic: Milli Majlis deputies in Khodjaly.',
      'en',
    )
    expect(issues).toEqual([
      { kind: 'forbidden', entry: khojaly, variant: 'Khodjaly' },
      { kind: 'missing', entry: khojaly, expected: 'Khojaly' },
    ])
  })

  it('flags a forbidden variant even where the source does not call for the term', () => {
    expect(
      checkTranslation(glossary, 'Synthetic mətn.', 'Synthetic: the National Assembly.', 'en'),
    ).toEqual([{ kind: 'forbidden', entry: majlis, variant: 'National Assembly' }])
  })

  it('wants the az form of a term not to translate, in az case rules', () => {
    const az = 'Synthetic İqamətgahda.'
    expect(checkTranslation(glossary, az, 'Synthetic: in the residence.', 'en')).toEqual([
      { kind: 'missing', entry: kept, expected: 'Synthetic İqamətgah' },
    ])
    expect(checkTranslation(glossary, az, 'Synthetic İQAMƏTGAH, the residence.', 'en')).toEqual([])
    expect(checkTranslation(glossary, az, 'Synthetic: в Synthetic İqamətgah.', 'ru')).toEqual([])
  })

  it('says nothing about an empty translation, nor about a term with no rendering for the locale', () => {
    expect(checkTranslation(glossary, source, '  ', 'en')).toEqual([])
    expect(checkTranslation(glossary, 'Synthetic Qərar.', 'Synthetic decision.', 'en')).toEqual([])
  })
})
