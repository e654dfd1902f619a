import type { Locale } from '@/i18n/locales'
import type { Random } from '@tests/helpers/random'

/** Enough vocabulary per locale for realistic search terms (common, rare) and text lengths. */
const vocabulary: Record<Locale, string[]> = {
  az: 'Xocalı soyqırımı faciə şəhər sakin qaçqın xatirə abidə qərar parlament tanınma tarix hadisə şahid məlumat arxiv sənəd fevral gecə qəsəbə uşaq qadın qoca itki əsir girov yaralı ailə torpaq ədalət beynəlxalq hüquq cinayət insanlıq yaddaş gələcək nəsil dövlət millət məclis bəyanat səfir konfrans sərgi kitab film müsahibə məktub foto xəritə kənd dağ meşə yol qış qar soyuq'.split(
    ' ',
  ),
  en: 'Khojaly genocide tragedy town resident refugee memory monument resolution parliament recognition history event witness record archive document February night settlement child woman elder loss captive hostage wounded family land justice international law crime humanity remembrance future generation state nation assembly statement ambassador conference exhibition book film interview letter photograph map village mountain forest road winter snow cold'.split(
    ' ',
  ),
  ru: 'Ходжалы геноцид трагедия город житель беженец память памятник резолюция парламент признание история событие свидетель запись архив документ февраль ночь посёлок ребёнок женщина старик потеря пленный заложник раненый семья земля справедливость международный право преступление человечность память будущее поколение государство народ собрание заявление посол конференция выставка книга фильм интервью письмо фотография карта село гора лес дорога зима снег холод'.split(
    ' ',
  ),
}

export const words = (random: Random, locale: Locale, count: number) =>
  Array.from({ length: count }, () => random.pick(vocabulary[locale])).join(' ')

export const sentence = (random: Random, locale: Locale, count: number) => {
  const text = words(random, locale, count)
  return `${text.charAt(0).toLocaleUpperCase(locale)}${text.slice(1)}.`
}

const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  children,
  ...extra,
})

/** Lexical JSON straight away (a heading and paragraphs): converting Markdown 30 000 times would dominate the run. */
export function richText(random: Random, locale: Locale, paragraphs: number) {
  const children = [block('heading', [text(sentence(random, locale, 5))], { tag: 'h2' })]
  for (let i = 0; i < paragraphs; i++) {
    const sentences = Array.from({ length: random.int(3, 6) }, () =>
      sentence(random, locale, random.int(8, 18)),
    )
    children.push(block('paragraph', [text(sentences.join(' '))], { textFormat: 0, textStyle: '' }))
  }
  return { root: block('root', children) }
}
