import { describe, expect, it } from 'vitest'

import { getMessages } from '@/i18n/messages'
import { localeCodes } from '@/i18n/locales'
import { sourceDetails } from '@/lib/format/sourceLine'
import sources from '@/seed/content/sources.json'

describe('a source line', () => {
  const unnamed = {
    az: 'dərc edən qurum göstərilmir',
    en: 'publisher not named',
    ru: 'издатель не назван',
  } as const

  for (const locale of localeCodes) {
    const words = getMessages(locale).sources.publisherNotNamed

    it(`says the date and the publisher once, or that none is named (${locale})`, () => {
      expect(words).toBe(unnamed[locale])
      expect(sourceDetails({ title: 'Synthetic Source', date: '2020' }, words)).toBe(
        `(2020; ${unnamed[locale]})`,
      )
      expect(
        sourceDetails(
          { title: 'Synthetic Source', date: '2014', publisher: 'Synthetic Press' },
          words,
        ),
      ).toBe('(2014; Synthetic Press)')
      expect(sourceDetails({ title: 'Synthetic Source', publisher: ' ' }, words)).toBe(
        `(${unnamed[locale]})`,
      )
    })

    it(`leaves the date and the publisher out of the demo sources' titles (${locale})`, () => {
      for (const source of sources) {
        const title = source.title[locale]
        if (source.date) expect(title).not.toContain(source.date)
        expect(title).not.toContain(unnamed[locale])
      }
    })
  }
})
