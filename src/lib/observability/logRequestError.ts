import { REQUEST_ID_HEADER, requestIdFrom } from '@/lib/observability/requestId'

type RequestInfo = {
  path: string
  method: string
  headers: Record<string, string | string[] | undefined>
}
type ContextInfo = { routePath?: string; routeType?: string; renderSource?: string }

/**
 * One JSON line for an error Next caught while rendering a page or running a route handler
 * (instrumentation's onRequestError), in the shape of Payload's production log lines and carrying
 * the request id the proxy gave the request and the visitor got in `x-request-id`. Written
 * without Payload: the error may be that Payload cannot reach its database.
 */
export function logRequestError(
  error: unknown,
  request: RequestInfo,
  context: ContextInfo,
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): void {
  const header = request.headers[REQUEST_ID_HEADER]
  const err = error as Error & { digest?: string }
  write(
    JSON.stringify({
      level: 'error',
      time: new Date().toISOString(),
      pid: process.pid,
      requestId: requestIdFrom({ get: () => (Array.isArray(header) ? header[0] : header) ?? null }),
      method: request.method,
      path: request.path.split('?')[0],
      route: context.routePath,
      routeType: context.routeType,
      digest: err?.digest,
      msg: `request failed: ${err?.message ?? String(error)}`,
      stack: process.env.NODE_ENV === 'production' ? undefined : err?.stack,
    }),
  )
}
