import type { Instrumentation } from 'next'

// Node-only code is imported inside `NEXT_RUNTIME === 'nodejs'` blocks, as Next's instrumentation
// guide does it: Next also compiles this file for the edge runtime, and drops those blocks there
// (an early return does not, and `next dev` then warned about process.exit and node:crypto).

/** Starts Payload at boot (src/config/startPayload.ts), not during `next build`. */
export async function register() {
  if (
    process.env.NEXT_RUNTIME === 'nodejs' &&
    process.env.NEXT_PHASE !== 'phase-production-build'
  ) {
    const { startPayload } = await import('@/config/startPayload')
    await startPayload()
  }
}

/** Errors Next catches in pages and route handlers, logged with the request's id (src/proxy.ts). */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { logRequestError } = await import('@/lib/observability/logRequestError')
    logRequestError(error, request, context)
  }
}
