import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'

/**
 * Picks the visitor's locale from Accept-Language ("ru-RU,ru;q=0.9,en;q=0.8"): the highest-weighted
 * language whose primary subtag we serve, else az.
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header) return defaultLocale
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const weight = q ? Number(q.slice(2)) : 1
      return {
        primary: tag.trim().toLowerCase().split('-')[0],
        weight: Number.isFinite(weight) ? weight : 0,
        index,
      }
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
  return (
    (ranked.find((entry) => isLocale(entry.primary))?.primary as Locale | undefined) ??
    defaultLocale
  )
}
