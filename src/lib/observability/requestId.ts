import { randomUUID } from 'node:crypto'

export const REQUEST_ID_HEADER = 'x-request-id'

/** What a load balancer or CDN may send as its own id: short, and safe to print in a log line. */
const SAFE_ID = /^[A-Za-z0-9._:-]{8,128}$/

/**
 * The id that ties one request's log lines together: the one a load balancer or CDN sent in
 * `x-request-id` when it looks like an id, otherwise a new UUID. Reusing the upstream id lets
 * one search find the request in the CDN's logs and in ours.
 */
export function requestIdFrom(headers: Pick<Headers, 'get'> | undefined | null): string {
  const incoming = headers?.get(REQUEST_ID_HEADER)?.trim()
  return incoming && SAFE_ID.test(incoming) ? incoming : randomUUID()
}
