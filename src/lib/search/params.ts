import { isLocale, type Locale } from '@/i18n/locales'
import {
  isSearchableCollection,
  searchableCollections,
  type SearchableCollection,
} from '@/lib/search/sources'

export type SearchParams = {
  locale: Locale
  q: string
  type?: SearchableCollection
  year?: number
  page?: number
  limit?: number
}

export const MAX_QUERY_LENGTH = 200
export const MAX_SEARCH_LIMIT = 50
export const MAX_SEARCH_PAGE = 1000

export class SearchParamError extends Error {}

type Raw = Record<string, unknown>

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

const integer = (raw: Raw, name: string, min: number, max: number): number | undefined => {
  const value = text(raw[name])
  if (value === undefined || value === '') return undefined
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new SearchParamError(`"${name}" must be an integer from ${min} to ${max}.`)
  }
  return Number(value)
}

/**
 * Parses and checks the parameters of GET /api/search (and the search page's query string).
 * Every problem is a SearchParamError with a message an integrator can act on (a 400).
 */
export function parseSearchParams(raw: Raw): SearchParams {
  const locale = text(raw.locale)
  if (!isLocale(locale)) throw new SearchParamError('"locale" must be one of az, en, ru.')
  const q = text(raw.q)?.trim() ?? ''
  if (!q) throw new SearchParamError('"q" is required: the words to search for.')
  if (q.length > MAX_QUERY_LENGTH)
    throw new SearchParamError(`"q" is longer than ${MAX_QUERY_LENGTH} characters.`)
  const type = text(raw.type) || undefined
  if (type !== undefined && !isSearchableCollection(type)) {
    throw new SearchParamError(`"type" must be one of ${searchableCollections.join(', ')}.`)
  }
  return {
    locale,
    q,
    type,
    year: integer(raw, 'year', 1, 9999),
    page: integer(raw, 'page', 1, MAX_SEARCH_PAGE),
    limit: integer(raw, 'limit', 1, MAX_SEARCH_LIMIT),
  }
}
