import type { Endpoint } from 'payload'

import { apiErrorResponse } from '@/lib/api/apiError'
import { SearchParamError, parseSearchParams } from '@/lib/search/params'
import { runSearch } from '@/lib/search/query'

/** GET /api/search?locale=en&q=…&type=&year=&page=&limit= (docs/api.md): the search page's answer as JSON. */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    let params
    try {
      params = parseSearchParams(req.query)
    } catch (error) {
      if (error instanceof SearchParamError) return apiErrorResponse(400, error.message)
      throw error
    }
    return Response.json(await runSearch(req.payload, params))
  },
}
