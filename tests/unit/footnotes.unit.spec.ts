import { describe, expect, it } from 'vitest'

import { footnotes } from '@/lib/format/footnotes'

describe('footnotes', () => {
  it('numbers each distinct text once, in order of first use', () => {
    const shared = { value: 'The source gives no date.', lang: 'en' } as const
    const other = { value: 'Adopted in Palembang.', lang: 'en' } as const
    expect(footnotes([shared, null, { ...shared }, other, shared])).toEqual({
      notes: [shared, other],
      refs: [1, null, 1, 2, 1],
    })
  })

  it('keeps apart the same words in two languages', () => {
    const { notes, refs } = footnotes([
      { value: 'Qeyd', lang: 'en' },
      { value: 'Qeyd', lang: 'az' },
    ])
    expect(notes).toHaveLength(2)
    expect(refs).toEqual([1, 2])
  })

  it('has nothing to number in an empty list', () => {
    expect(footnotes([])).toEqual({ notes: [], refs: [] })
  })
})
