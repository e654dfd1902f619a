import { describe, expect, it } from 'vitest'

import {
  fieldPairs,
  insertIntoRichText,
  sentences,
  sourceSegments,
} from '@/lib/translation/segments'
import {
  byRank,
  FUZZY_THRESHOLD,
  lengthRange,
  normalizeSegment,
  percentOf,
  similarity,
} from '@/lib/translation/similarity'
import { parseTmx, tmxDocument } from '@/lib/translation/tmx'
import type { MemoryEntry } from '@/lib/translation/memory'
import { textBlocks } from '@/lib/translation/valueText'
import { blockText } from '@/lib/translation/segments'

const text = (value: string, format = 0) => ({ type: 'text', text: value, format })
const paragraph = (...children: object[]) => ({ type: 'paragraph', children })
const heading = (...children: object[]) => ({ type: 'heading', tag: 'h2', children })
const lexical = (...children: object[]) => ({ root: { type: 'root', children } })

describe('segmentation', () => {
  it('splits a text into trimmed sentences', () => {
    expect(sentences('Birinci cümlə. İkinci cümlə!  Üçüncü? ', 'az')).toEqual([
      'Birinci cümlə.',
      'İkinci cümlə!',
      'Üçüncü?',
    ])
  })

  it('keeps a plain text field as one pair, and gives nothing without both sides', () => {
    expect(fieldPairs('text', ' Synthetic title. Two sentences. ', 'A title. Two.', 'en')).toEqual([
      { source: 'Synthetic title. Two sentences.', target: 'A title. Two.' },
    ])
    expect(fieldPairs('textarea', 'Mətn', '', 'en')).toEqual([])
    expect(fieldPairs('text', '', 'Text', 'en')).toEqual([])
  })

  it('pairs rich text sentence by sentence where the counts agree, else block by block', () => {
    const az = lexical(
      heading(text('Sintetik başlıq')),
      paragraph(text('Birinci cümlə. '), text('İkinci cümlə.', 1)),
      paragraph(text('Bir. İki. Üç.')),
    )
    const en = lexical(
      heading(text('Synthetic heading')),
      paragraph(text('First sentence. Second sentence.')),
      paragraph(text('One and two. Three.')),
    )
    expect(fieldPairs('richText', az, en, 'en')).toEqual([
      { source: 'Sintetik başlıq', target: 'Synthetic heading' },
      { source: 'Birinci cümlə.', target: 'First sentence.' },
      { source: 'İkinci cümlə.', target: 'Second sentence.' },
      { source: 'Bir. İki. Üç.', target: 'One and two. Three.' },
    ])
  })

  it('pairs nothing when the target has another block structure', () => {
    const az = lexical(paragraph(text('Bir.')), paragraph(text('İki.')))
    const en = lexical(paragraph(text('One. Two.')))
    expect(fieldPairs('richText', az, en, 'en')).toEqual([])
  })

  it('looks up every sentence and every multi-sentence block of the az source', () => {
    const az = lexical(paragraph(text('Tək cümlə')), paragraph(text('Bir. İki.')))
    expect(sourceSegments('richText', az)).toEqual([
      { text: 'Tək cümlə', block: 0, sentence: null },
      { text: 'Bir.', block: 1, sentence: 0 },
      { text: 'İki.', block: 1, sentence: 1 },
      { text: 'Bir. İki.', block: 1, sentence: null },
    ])
    expect(sourceSegments('text', '  Başlıq ')).toEqual([
      { text: 'Başlıq', block: null, sentence: null },
    ])
  })

  it('inserts into the matching block or sentence, never carrying az text into the translation', () => {
    const az = lexical(paragraph(text('Birinci.')), paragraph(text('Bir. İki.')))
    const fromEmpty = insertIntoRichText(az, null, { block: 1, sentence: null }, 'One. Two.', 'en')
    expect(textBlocks(fromEmpty).map(blockText)).toEqual(['One. Two.'])
    const en = lexical(paragraph(text('First.')), paragraph(text('One. Two.')))
    const sentence = insertIntoRichText(az, en, { block: 1, sentence: 1 }, 'Second.', 'en')
    expect(textBlocks(sentence).map(blockText)).toEqual(['First.', 'One. Second.'])
    // The current value is not changed in place.
    expect(textBlocks(en).map(blockText)).toEqual(['First.', 'One. Two.'])
  })
})

describe('similarity', () => {
  it('counts normalized text as equal: case (az İ/ı), spaces, Unicode composition', () => {
    expect(normalizeSegment('  İRƏVAN   Xocalı ')).toBe('irəvan xocalı')
    expect(similarity('Xocalı faciəsi', 'xocalı  FACİƏSİ')).toBe(1)
    expect(similarity('e\u0301', '\u00e9')).toBe(1)
    expect(percentOf(similarity('Xocalı faciəsi', 'xocalı faciəsi'))).toBe(100)
  })

  it('is 1 − distance / longer length, and floors its percentage so only exact reads 100', () => {
    expect(similarity('abcdefghij', 'abcdefghiX')).toBeCloseTo(0.9)
    expect(percentOf(0.999)).toBe(99)
    expect(percentOf(0.87)).toBe(87)
    expect(similarity('abc', 'xyz')).toBe(0)
  })

  it('bounds the lengths that can reach the threshold', () => {
    const { min, max } = lengthRange(100)
    expect(min).toBe(70)
    expect(max).toBe(142)
    const longer = 'a'.repeat(max + 1)
    expect(similarity('a'.repeat(100), longer)).toBeLessThan(FUZZY_THRESHOLD)
    expect(similarity('a'.repeat(100), 'a'.repeat(max))).toBeGreaterThanOrEqual(FUZZY_THRESHOLD)
  })

  it('orders by similarity, then the most recent', () => {
    const ranked = [
      { name: 'older 90', similarity: 0.9, date: '2026-01-01T00:00:00Z' },
      { name: 'exact', similarity: 1, date: '2020-01-01T00:00:00Z' },
      { name: 'newer 90', similarity: 0.9, date: '2026-06-01T00:00:00Z' },
      { name: '75', similarity: 0.75, date: '2027-01-01T00:00:00Z' },
    ].sort(byRank)
    expect(ranked.map((r) => r.name)).toEqual(['exact', 'newer 90', 'older 90', '75'])
  })
})

describe('TMX', () => {
  const entries: MemoryEntry[] = [
    {
      source: 'Sintetik cümlə <b> & "dırnaq"',
      target: 'A synthetic sentence <b> & "quotes"',
      locale: 'en',
      origin: {
        collection: 'articles',
        docId: '12',
        field: 'layout.abc.content',
        title: 'Synthetic article',
        confirmedAt: '2026-12-06T12:34:56.789Z',
      },
    },
    {
      source: 'Sintetik',
      target: 'Синтетический',
      locale: 'ru',
      origin: {
        collection: null,
        docId: null,
        field: null,
        title: null,
        confirmedAt: '2026-01-02T03:04:05.000Z',
      },
    },
  ]

  it('round-trips entries through a TMX 1.4 document', () => {
    const xml = tmxDocument(entries)
    expect(xml).toContain('<tmx version="1.4">')
    expect(xml).toMatch(
      /<header [^>]*srclang="az"[^>]*segtype="sentence"|segtype="sentence"[^>]*srclang="az"/,
    )
    expect(xml).toContain('changedate="20261206T123456Z"')
    const parsed = parseTmx(xml)
    expect(parsed).toEqual({ ok: true, entries })
  })

  it('refuses malformed XML, other formats, other source languages and bad units', () => {
    const messages = (xml: string) => {
      const parsed = parseTmx(xml)
      return parsed.ok ? [] : parsed.errors.map((e) => e.en)
    }
    expect(messages('<tmx version="1.4"><body>')[0]).toMatch(/not well-formed XML/)
    expect(messages('<xliff version="2.0"/>')[0]).toMatch(/root element must be <tmx>/)
    expect(messages('<tmx version="1.4"><header srclang="en"/><body/></tmx>')[0]).toMatch(
      /Source language "en"/,
    )
    expect(
      messages(
        '<tmx version="1.4"><header srclang="az"/><body><tu><tuv xml:lang="az"><seg>Bir</seg></tuv><tuv xml:lang="de"><seg>Eins</seg></tuv></tu></body></tmx>',
      )[0],
    ).toMatch(/Unit 1: target language "de"/)
    expect(messages('<tmx version="1.4"><header srclang="az"/><body/></tmx>')[0]).toMatch(
      /no translation units/,
    )
  })

  it('reads segment text without inline codes, and TMX dates', () => {
    const parsed = parseTmx(
      '<tmx version="1.4"><header srclang="az-Latn-AZ"/><body><tu changedate="20250102T030405Z"><tuv xml:lang="az-AZ"><seg><bpt i="1">&lt;b&gt;</bpt>Qalın<ept i="1">&lt;/b&gt;</ept> söz</seg></tuv><tuv xml:lang="en-GB"><seg>Bold word</seg></tuv></tu></body></tmx>',
    )
    expect(parsed.ok && parsed.entries[0]).toMatchObject({
      source: 'Qalın söz',
      target: 'Bold word',
      locale: 'en',
      origin: { collection: null, confirmedAt: '2025-01-02T03:04:05.000Z' },
    })
  })
})
