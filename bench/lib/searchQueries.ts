import type { Locale } from '@/i18n/locales'

/** The searches both benches time per locale: a word in nearly every document, two words, a common word, a pair, a word in none. */
export const searchQueries: Record<Locale, string[]> = {
  az: ['Xocalı', 'soyqırımı abidə', 'qar', 'beynəlxalq hüquq', 'zzqqxx'],
  en: ['Khojaly', 'genocide monument', 'snow', 'international law', 'zzqqxx'],
  ru: ['Ходжалы', 'геноцид памятник', 'снег', 'международный право', 'zzqqxx'],
}
