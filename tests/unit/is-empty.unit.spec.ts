import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { isEmpty } from '@/lib/content/isEmpty'
import { localize } from '@/lib/translation/localize'
import { requiredInSource } from '@/lib/translation/requiredInSource'

const paragraph = (...children: object[]) => ({ type: 'paragraph', children })
const text = (value: string) => ({ type: 'text', text: value })
const lexical = (...children: object[]) => ({ root: { type: 'root', children } })

// Every shape a field value takes in this archive, and whether it counts as empty.
const table: Array<[string, unknown, boolean]> = [
  ['undefined', undefined, true],
  ['null', null, true],
  ['text', 'Xocalı', false],
  ['text of spaces', '   ', true],
  ['empty text', '', true],
  ['textarea with a line', 'one\ntwo', false],
  ['textarea of newlines', '\n\n\t', true],
  ['rich text with text', lexical(paragraph(text('Xocalı'))), false],
  ['rich text, empty paragraph (a new editor)', lexical(paragraph()), true],
  ['rich text, a paragraph of spaces', lexical(paragraph(text('   '))), true],
  [
    'rich text, line breaks only',
    lexical(paragraph({ type: 'linebreak' }, { type: 'linebreak' })),
    true,
  ],
  ['rich text, only an upload', lexical({ type: 'upload', relationTo: 'media', value: 1 }), false],
  [
    'rich text, only a relationship',
    lexical({ type: 'relationship', relationTo: 'articles', value: 2 }),
    false,
  ],
  ['rich text, only a horizontal rule', lexical({ type: 'horizontalrule' }), false],
  [
    'rich text, a list with text',
    lexical({ type: 'list', children: [{ type: 'listitem', children: [text('bir')] }] }),
    false,
  ],
  [
    'rich text, a list of empty items',
    lexical({ type: 'list', children: [{ type: 'listitem', children: [] }] }),
    true,
  ],
  ['rich text, an empty heading', lexical({ type: 'heading', tag: 'h2', children: [] }), true],
  ['rich text, no root children', lexical(), true],
  ['array without rows', [], true],
  ['array with a row', [{ id: 'a', label: 'x' }], false],
  ['blocks without rows', [], true],
  ['blocks with a row', [{ blockType: 'quote', quote: 'q' }], false],
  ['group with a value', { title: 'SEO', description: '' }, false],
  ['group of empty values', { title: ' ', description: null, image: undefined }, true],
  ['relationship by id', 7, false],
  ['relationship by id (string)', '65a1f0', false],
  ['relationship populated', { id: 7, title: '' }, false],
  ['polymorphic relationship', { relationTo: 'articles', value: 3 }, false],
  ['number zero', 0, false],
  ['boolean false', false, false],
  ['date', new Date('1992-02-26'), false],
]

// A request in the source language, enough for the validator's locale and message language.
const azRequest = { locale: 'az', i18n: { language: 'en' } } as unknown as PayloadRequest

describe('isEmpty: one rule for every field shape', () => {
  it.each(table)('%s → %s', (_name, value, empty) => {
    expect(isEmpty(value)).toBe(empty)
  })

  it.each(table)('the az validation agrees: %s', (_name, value, empty) => {
    const verdict = requiredInSource(value, { req: azRequest, operation: 'update' } as Parameters<
      typeof requiredInSource
    >[1])
    expect(verdict === true).toBe(!empty)
  })

  it.each(table)('the site falls back to az exactly when empty: %s', (_name, value, empty) => {
    const page = localize({ field: value }, { field: 'az text' }, 'en', true)
    expect(page.get('field')?.lang).toBe(empty ? 'az' : 'en')
  })
})
