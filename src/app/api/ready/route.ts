import config from '@payload-config'
import { getPayload } from 'payload'

import { requestIdFrom, REQUEST_ID_HEADER } from '@/lib/observability/requestId'
import { checkReadiness } from '@/lib/health/readiness'

export const dynamic = 'force-dynamic'

/** Readiness: 200 when the database and (with REDIS_URL) Redis answer; 503 names the part that failed. */
export async function GET(request: Request) {
  const { code, body } = await checkReadiness(() => getPayload({ config }))
  return Response.json(body, {
    status: code,
    headers: { 'Cache-Control': 'no-store', [REQUEST_ID_HEADER]: requestIdFrom(request.headers) },
  })
}
