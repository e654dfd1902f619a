import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { apiErrorResponse } from '@/lib/api/apiError'

/**
 * Payload's GraphQL handler, except that a body that is not JSON gets a 400 instead of an
 * exception (which Next turns into a 500): Payload 3.90.1 parses the body before its own error
 * handling. Found by tests/int/fuzz.int.spec.ts.
 */
export const graphqlPost = (config: Promise<SanitizedConfig> | SanitizedConfig) => {
  const handler = GRAPHQL_POST(config)
  return async (request: Request): Promise<Response> => {
    try {
      return await handler(request)
    } catch (error) {
      if (error instanceof SyntaxError || (error instanceof Error && /JSON/i.test(error.message))) {
        return apiErrorResponse(
          400,
          'The request body is not valid JSON: send {"query": "…", "variables": {…}}.',
        )
      }
      throw error
    }
  }
}
