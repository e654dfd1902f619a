import { describe, expect, it } from 'vitest'

import { matchName } from '@/lib/people/matchName'
import { nameKey } from '@/lib/people/nameKey'

/**
 * Common Azerbaijani surnames: the Azerbaijani Latin form, the usual Russian form, then English or
 * passport spellings seen in print. Every spelling in a row must give the same key.
 */
const surnames: string[][] = [
  ['Əliyev', 'Алиев', 'Aliyev', 'Aliev', 'ALIYEV'],
  ['Məmmədov', 'Мамедов', 'Mammadov', 'Mamedov', 'Mamadov', 'Memmedov', 'MAEMMAEDOV'],
  ['Xəlilov', 'Халилов', 'Khalilov', 'Halilov', 'Xalilov'],
  ['Cəfərov', 'Джафаров', 'Jafarov', 'Dzhafarov', 'Djafarov', 'Cafarov'],
  ['Hüseynov', 'Гусейнов', 'Huseynov', 'Guseynov', 'Guseinov', 'Huseinov'],
  ['Şükürov', 'Шукюров', 'Shukurov', 'Sukurov', 'Shukiurov'],
  ['Abbasov', 'Аббасов', 'Abbasov', 'Abasov'],
  ['Quliyev', 'Кулиев', 'Guliyev', 'Quliyev', 'Kuliev', 'Гулиев'],
  ['Qasımov', 'Касумов', 'Gasimov', 'Гасымов', 'Qasimov', 'Kasumov'],
  ['Nəsirov', 'Насиров', 'Nasirov', 'Nesirov'],
  ['Rəhimov', 'Рагимов', 'Rahimov', 'Ragimov'],
  ['Hacıyev', 'Гаджиев', 'Hajiyev', 'Gadzhiev', 'Hadjiyev', 'Haciyev'],
  ['Əhmədov', 'Ахмедов', 'Ahmadov', 'Akhmedov', 'Ahmedov'],
  ['Həsənov', 'Гасанов', 'Hasanov', 'Gasanov'],
  ['Süleymanov', 'Сулейманов', 'Suleymanov', 'Suleimanov'],
  ['Bağırov', 'Багиров', 'Baghirov', 'Bagirov'],
  ['Vəliyev', 'Велиев', 'Valiyev', 'Veliyev', 'Veliev'],
  ['İsmayılov', 'Исмаилов', 'Ismayilov', 'Ismailov', 'ISMAYILOV'],
  ['Novruzov', 'Новрузов', 'Novruzov'],
  ['Orucov', 'Оруджев', 'Orujov', 'Orudzhev'],
  ['Sadıqov', 'Садыхов', 'Sadigov', 'Sadykhov', 'Sadiqov'],
  ['Zeynalov', 'Зейналов', 'Zeynalov', 'Zeinalov'],
  ['Kərimov', 'Керимов', 'Karimov', 'Kerimov'],
  ['Qurbanov', 'Курбанов', 'Gurbanov', 'Kurbanov'],
  ['Musayev', 'Мусаев', 'Musayev', 'Musaev'],
  ['Babayev', 'Бабаев', 'Babayev', 'Babaev'],
  ['Abdullayev', 'Абдуллаев', 'Abdullayev', 'Abdullaev'],
  ['Allahverdiyev', 'Аллахвердиев', 'Allahverdiyev', 'Allakhverdiev'],
  ['Mustafayev', 'Мустафаев', 'Mustafayev', 'Mustafaev'],
  ['İbrahimov', 'Ибрагимов', 'Ibrahimov', 'Ibragimov'],
  ['Səfərov', 'Сафаров', 'Safarov', 'Safarov'],
  ['Rüstəmov', 'Рустамов', 'Rustamov', 'Rustamov'],
  ['Əsədov', 'Асадов', 'Asadov'],
  ['Əzizov', 'Азизов', 'Azizov'],
  ['Əsgərov', 'Аскеров', 'Asgarov', 'Askerov'],
  ['Ələsgərov', 'Алескеров', 'Alasgarov', 'Aleskerov'],
  ['Heydərov', 'Гейдаров', 'Heydarov', 'Geydarov'],
  ['Hümbətov', 'Гумбатов', 'Humbatov', 'Gumbatov'],
  ['Məhərrəmov', 'Магеррамов', 'Maharramov', 'Magerramov'],
  ['Nağıyev', 'Нагиев', 'Naghiyev', 'Nagiyev'],
  ['Tağıyev', 'Тагиев', 'Taghiyev', 'Tagiyev'],
  ['Ağayev', 'Агаев', 'Aghayev', 'Agayev'],
  ['Nəbiyev', 'Набиев', 'Nabiyev', 'Nabiev'],
  ['Rzayev', 'Рзаев', 'Rzayev', 'Rzaev'],
  ['Nuriyev', 'Нуриев', 'Nuriyev', 'Nuriev'],
  ['Mirzəyev', 'Мирзаев', 'Mirzayev', 'Mirzaev'],
  ['Bayramov', 'Байрамов', 'Bayramov', 'Bairamov'],
  ['Sultanov', 'Султанов', 'Sultanov'],
  ['Qəhrəmanov', 'Кахраманов', 'Gahramanov', 'Kakhramanov'],
  ['Qədirov', 'Кадыров', 'Gadirov', 'Kadyrov'],
  ['Kazımov', 'Казымов', 'Кязимов', 'Kazimov'],
  ['Həmidov', 'Гамидов', 'Hamidov', 'Gamidov'],
  ['Cavadov', 'Джавадов', 'Javadov', 'Dzhavadov'],
  ['Cəlilov', 'Джалилов', 'Jalilov', 'Dzhalilov'],
  ['Cəbrayılov', 'Джабраилов', 'Jabrayilov', 'Dzhabrailov'],
  ['Mikayılov', 'Микаилов', 'Mikayilov', 'Mikailov'],
  ['Şirinov', 'Ширинов', 'Shirinov'],
  ['Paşayev', 'Пашаев', 'Pashayev', 'Pashaev'],
  ['Çobanov', 'Чобанов', 'Chobanov'],
  ['Dadaşov', 'Дадашов', 'Dadashov'],
  ['Axundov', 'Ахундов', 'Akhundov', 'Ahundov'],
  ['Bəşirov', 'Баширов', 'Bashirov'],
  ['Qafarov', 'Гафаров', 'Gafarov'],
  ['Rəsulov', 'Расулов', 'Rasulov'],
  ['Yusifov', 'Юсифов', 'Yusifov'],
  ['Yaqubov', 'Якубов', 'Yagubov', 'Yakubov'],
  ['İmanov', 'Иманов', 'Imanov'],
  ['Məlikov', 'Меликов', 'Malikov', 'Melikov'],
  ['Səmədov', 'Самедов', 'Samadov', 'Samedov'],
  ['Seyidov', 'Сеидов', 'Seyidov', 'Seidov'],
  ['Eyvazov', 'Эйвазов', 'Eyvazov'],
  ['Mövsümov', 'Мовсумов', 'Movsumov'],
  ['Fərzəliyev', 'Фарзалиев', 'Farzaliyev'],
  ['Xudiyev', 'Худиев', 'Khudiyev'],
  ['Ramazanov', 'Рамазанов', 'Ramazanov'],
  ['Əlizadə', 'Ализаде', 'Alizada', 'Alizade'],
  ['Hüseynzadə', 'Гусейнзаде', 'Huseynzade'],
]

/** Given names and patronymic words, the same way. */
const givenNames: string[][] = [
  ['Məmməd', 'Мамед', 'Mammad', 'Mamed'],
  ['Əli', 'Али', 'Ali'],
  ['Həsən', 'Гасан', 'Hasan'],
  ['Hüseyn', 'Гусейн', 'Huseyn', 'Guseyn'],
  ['Xədicə', 'Хадиджа', 'Khadija'],
  ['Elçin', 'Эльчин', 'Elchin'],
  ['Yeganə', 'Егана', 'Yegana'],
  ['Gülnarə', 'Гюльнара', 'Gulnara'],
  ['Şəhla', 'Шахла', 'Shahla'],
  ['Tofiq', 'Тофик', 'Tofig'],
  ['Vüqar', 'Вугар', 'Vugar'],
  ['Rövşən', 'Ровшан', 'Rovshan'],
  ['Ceyhun', 'Джейхун', 'Jeyhun'],
  ['İlham', 'Ильхам', 'Ilham', "Il'kham"],
  ['Aygün', 'Айгюн', 'Aygun'],
  ['Kəmalə', 'Кямаля', 'Kamala'],
  ['Tərlan', 'Тярлан', 'Tarlan'],
  ['Gövhər', 'Гёвхар', 'Govhar'],
  ['oğlu', 'оглы', 'oglu', 'ogly', 'OĞLU'],
  ['qızı', 'кызы', 'gizi', 'kyzy', 'qizi', 'kizi'],
]

/** Distinct surnames and names that must keep distinct keys. */
const distinct: [string, string][] = [
  ['Əliyev', 'Əlizadə'],
  ['Həsənov', 'Hüseynov'],
  ['Məmmədov', 'Məhərrəmov'],
  ['Əliyev', 'Vəliyev'],
  ['Əliyev', 'Quliyev'],
  ['Kərimov', 'Rəhimov'],
  ['Qasımov', 'Kazımov'],
  ['Qasımov', 'Həsənov'],
  ['Musayev', 'İsayev'],
  ['Cəfərov', 'Səfərov'],
  ['Əhmədov', 'Məmmədov'],
  ['Səmədov', 'Məmmədov'],
  ['Hacıyev', 'Ağayev'],
  ['Xəlilov', 'Cəlilov'],
  ['Nəsirov', 'Bəşirov'],
  ['Şirinov', 'Şükürov'],
  ['Hümbətov', 'Həmidov'],
  ['Əliyev', 'Əliyeva'],
  ['oğlu', 'qızı'],
  ['Əli', 'Vəli'],
]

function sameKey(spellings: string[]): void {
  const keys = spellings.map((s) => [s, nameKey(s)])
  expect(keys, spellings.join(' / ')).toEqual(spellings.map((s) => [s, nameKey(spellings[0])]))
}

describe('nameKey', () => {
  it(`gives one key to each of ${surnames.length} surnames however it is spelt`, () => {
    expect(surnames.length).toBeGreaterThanOrEqual(60)
    for (const spellings of surnames) sameKey(spellings)
  })

  it('gives one key to given names and patronymic words however they are spelt', () => {
    for (const spellings of givenNames) sameKey(spellings)
  })

  it('keeps different surnames apart', () => {
    for (const [a, b] of distinct) expect(nameKey(a), `${a} / ${b}`).not.toBe(nameKey(b))
    const keys = new Set(surnames.map(([az]) => nameKey(az)))
    expect(keys.size).toBe(surnames.length)
  })

  it('keys whole names word by word, patronymics included', () => {
    expect(nameKey('Məmməd oğlu')).toBe(nameKey('Мамед оглы'))
    expect(nameKey('Məmməd oğlu')).toBe(nameKey('Mammad ogly'))
    expect(nameKey('Əliyev Həsən Məmməd oğlu')).toBe('aliov gasan mamad ogli')
    expect(nameKey('Алиева Сара Мамед кызы')).toBe(nameKey('Əliyeva Sara Məmməd qızı'))
    expect(nameKey('  Hacıyev-Əliyev ')).toBe('gaciov aliov')
  })

  it('reads the letters of the Azerbaijani Cyrillic alphabet', () => {
    expect(nameKey('Мәммәдов')).toBe(nameKey('Məmmədov'))
    expect(nameKey('Һәсәнов')).toBe(nameKey('Həsənov'))
    expect(nameKey('Ҹәфәров')).toBe(nameKey('Cəfərov'))
    expect(nameKey('Ғасымов')).toBe(nameKey('Qasımov'))
    expect(nameKey('Јусифов')).toBe(nameKey('Yusifov'))
    expect(nameKey('Үзејир')).toBe(nameKey('Üzeyir'))
    expect(nameKey('Ҝүлнарә')).toBe(nameKey('Gülnarə'))
    expect(nameKey('Рөвшән')).toBe(nameKey('Rövşən'))
  })

  it('gives nothing for a name with no letters', () => {
    expect(nameKey(' - ')).toBe('')
  })
})

describe('matchName', () => {
  const people = [
    { id: 1, forms: ['Əliyev Həsən Məmməd oğlu', 'Алиев Гасан Мамед оглы', 'Hasan Aliyev'] },
    { id: 2, forms: ['Vəliyev Həsən', 'Велиев Гасан'] },
    { id: 3, forms: ['Əliyeva Sara Məmməd qızı', 'Алиева Сара Мамед кызы'] },
    { id: 4, forms: ['Hüseynov Əli', 'Гусейнов Али'] },
  ]

  it('ranks the same letters, then the same key, then one edit away', () => {
    expect(matchName('aliyev hasan', people)).toEqual([
      { id: 1, form: 'Hasan Aliyev', kind: 'form' },
      { id: 2, form: 'Vəliyev Həsən', kind: 'near' },
    ])
    expect(matchName('Гасан Алиев', people)).toEqual([
      { id: 1, form: 'Алиев Гасан Мамед оглы', kind: 'form' },
      { id: 2, form: 'Велиев Гасан', kind: 'near' },
    ])
  })

  it('finds another spelling by key and says which form it met', () => {
    expect(matchName('Mammadov', [{ id: 7, forms: ['Məmmədov', 'Мамедов'] }])).toEqual([
      { id: 7, form: 'Məmmədov', kind: 'key' },
    ])
    expect(matchName('Guseinov', people)).toEqual([{ id: 4, form: 'Hüseynov Əli', kind: 'key' }])
  })

  it('ignores case and marks for an exact form', () => {
    expect(matchName('HUSEYNOV ƏLİ', people)).toEqual([
      { id: 4, form: 'Hüseynov Əli', kind: 'form' },
    ])
  })

  it('takes a one-letter slip in a long word, not in a short one', () => {
    expect(matchName('Aliyeva', people).map((m) => [m.id, m.kind])).toEqual([
      [3, 'key'],
      [1, 'near'],
    ])
    expect(matchName('Huseinof', people)).toEqual([{ id: 4, form: 'Hüseynov Əli', kind: 'near' }])
    expect(matchName('Vali', people)).toEqual([])
  })

  it('needs every word of the query', () => {
    expect(matchName('Aliyev Sara', people)).toEqual([
      { id: 3, form: 'Əliyeva Sara Məmməd qızı', kind: 'near' },
    ])
    expect(matchName('', people)).toEqual([])
  })
})
