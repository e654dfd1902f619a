import { cache } from 'react'

import { getPayloadClient } from '@/lib/payload/client'
import type { SearchParams } from '@/lib/search/params'
import { runSearch, type SearchResponse } from '@/lib/search/query'

export type { SearchParams } from '@/lib/search/params'
export type { SearchResponse, SearchResult } from '@/lib/search/query'

/**
 * Search over published documents in one locale (docs/search.md); the same answer as GET /api/search.
 * Check raw query-string values with `parseSearchParams` (it throws SearchParamError) first.
 */
export const searchContent = cache(async (params: SearchParams): Promise<SearchResponse> =>
  runSearch(await getPayloadClient(), params),
)
