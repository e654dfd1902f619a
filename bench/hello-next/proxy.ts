import { NextResponse, type NextRequest } from 'next/server'

/**
 * The smallest nonce policy, as the app's src/proxy.ts sets on its pages: the reference (b′) of
 * bench/run.ts measures what any Next page costs once it must render per request for its nonce.
 */
export function proxy(request: NextRequest) {
  const policy = `script-src 'self' 'nonce-${btoa(crypto.randomUUID())}' 'strict-dynamic'`
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', policy)
  return response
}

export const config = { matcher: ['/dynamic'] }
