import { describe, expect, it } from 'vitest'

import { alphabetOf, initialOf, sortKey } from '@/lib/people/collation'

const sorted = (names: string[], locale: 'az' | 'en' | 'ru') =>
  [...names].sort((a, b) => (sortKey(a, locale) < sortKey(b, locale) ? -1 : 1))

describe('the registry’s alphabetical order', () => {
  it('files Azerbaijani names with Ç, Ə, Ğ, I, İ, Ö, Ş, Ü in their places', () => {
    const az = [
      'Zeynalov',
      'Əliyev',
      'Çobanov',
      'Cəfərov',
      'Dadaşov',
      'İsmayılov',
      'Işıqlı',
      'Ömərov',
      'Orucov',
      'Şükürov',
      'Sadıqov',
      'Üzeyirov',
      'Umudov',
      'Hüseynov',
      'Xəlilov',
      'Qasımov',
      'Kərimov',
      'Eyvazov',
      'Ağayev',
      'Abbasov',
    ]
    expect(sorted(az, 'az')).toEqual([
      'Abbasov',
      'Ağayev',
      'Cəfərov',
      'Çobanov',
      'Dadaşov',
      'Eyvazov',
      'Əliyev',
      'Hüseynov',
      'Xəlilov',
      'Işıqlı',
      'İsmayılov',
      'Kərimov',
      'Qasımov',
      'Orucov',
      'Ömərov',
      'Sadıqov',
      'Şükürov',
      'Umudov',
      'Üzeyirov',
      'Zeynalov',
    ])
    // The same order as the platform's Azerbaijani collation.
    expect(sorted(az, 'az')).toEqual([...az].sort(new Intl.Collator('az').compare))
  })

  it('files Russian names in Cyrillic order, Ё as Е, Latin fallbacks after', () => {
    expect(
      sorted(['Ягодин', 'Ёлкин', 'Абаев', 'Жуков', 'Егоров', 'Эминов', 'Əliyev'], 'ru'),
    ).toEqual(['Абаев', 'Егоров', 'Ёлкин', 'Жуков', 'Эминов', 'Ягодин', 'Əliyev'])
  })

  it('orders by family name, then given name; a shorter name first', () => {
    expect(sorted(['Əliyev Zaur', 'Əliyeva Aynur', 'Əliyev Aydın', 'Əli'], 'az')).toEqual([
      'Əli',
      'Əliyev Aydın',
      'Əliyev Zaur',
      'Əliyeva Aynur',
    ])
  })

  it('names the letter a name is filed under in each locale', () => {
    expect(['Əliyev', 'İsmayılov', 'Işıqlı', 'çobanov'].map((n) => initialOf(n, 'az'))).toEqual([
      'Ə',
      'İ',
      'I',
      'Ç',
    ])
    expect(['Ёлкин', 'юсуфов'].map((n) => initialOf(n, 'ru'))).toEqual(['Е', 'Ю'])
    expect(['Əliyev', 'Şükürov', 'Алиев'].map((n) => initialOf(n, 'en'))).toEqual(['E', 'S', '#'])
    expect(alphabetOf('az').slice(0, 6)).toEqual(['A', 'B', 'C', 'Ç', 'D', 'E'])
  })
})
