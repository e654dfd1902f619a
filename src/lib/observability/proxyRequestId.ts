import { NextResponse, type NextRequest } from 'next/server'

import { REQUEST_ID_HEADER, requestIdFrom } from '@/lib/observability/requestId'

/**
 * For src/proxy.ts: passes the request on with an `x-request-id` (the incoming one or a new one),
 * so route handlers and Payload's hooks read the same id from `req.headers`, and echoes it on the
 * response so a visitor's bug report or the CDN log names it.
 */
export function nextWithRequestId(request: NextRequest): NextResponse {
  const id = requestIdFrom(request.headers)
  const headers = new Headers(request.headers)
  headers.set(REQUEST_ID_HEADER, id)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set(REQUEST_ID_HEADER, id)
  return response
}

/** Adds the id to a response the proxy builds itself (a redirect). */
export function withRequestId(request: NextRequest, response: NextResponse): NextResponse {
  response.headers.set(REQUEST_ID_HEADER, requestIdFrom(request.headers))
  return response
}
