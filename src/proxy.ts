import { NextResponse, type NextRequest } from 'next/server'

import { negotiateLocale } from '@/i18n/negotiateLocale'
import { bodyLimits, refuseBody } from '@/lib/http/bodyLimit'
import { REQUEST_ID_HEADER, requestIdFrom } from '@/lib/observability/requestId'
import { CSP_HEADER, NON_HTML_POLICY, contentSecurityPolicy, createNonce } from '@/lib/security/contentSecurityPolicy'

/** A slug no page can have (slugs are lowercase ASCII words and hyphens): it always renders the 404. */
const NOT_FOUND_SLUG = '__not-found__'
const LOCALE_PATH = /^\/(?:az|en|ru)(?:\/|$)/
/** Next's draft-mode cookie: only then does the admin's live preview frame the public page. */
const DRAFT_COOKIE = '__prerender_bypass'

const limits = bodyLimits()
const development = process.env.NODE_ENV !== 'production'

/**
 * Runs before every page and API request:
 * - every request gets an `x-request-id` (the load balancer's, or a new one) that Payload's log
 *   lines and error reports carry, echoed on the response;
 * - API requests whose body is too large (413) or of unknown length (411) are refused before the
 *   body is read;
 * - every HTML page gets a fresh script nonce and the Content-Security-Policy naming it (Next reads
 *   the nonce from the request's policy and puts it on its own scripts);
 * - `/` sends each visitor to their language, and a path without a locale gets the 404 page in the
 *   visitor's language, with status 404.
 */
export function proxy(request: NextRequest) {
  const id = requestIdFrom(request.headers)
  const { pathname } = request.nextUrl

  if (pathname.startsWith('/api/')) {
    const refusal = refuseBody(request.method, request.headers, limits)
    if (refusal) return withId(NextResponse.json({ errors: [{ message: refusal.message }] }, { status: refusal.status }), id)
    return forward(request, id, NON_HTML_POLICY)
  }

  if (pathname === '/') {
    const url = request.nextUrl.clone()
    url.pathname = `/${negotiateLocale(request.headers.get('accept-language'))}`
    const response = NextResponse.redirect(url, 307)
    response.headers.set('Vary', 'Accept-Language')
    return withId(response, id)
  }

  const policy = contentSecurityPolicy({ nonce: createNonce(), framable: request.cookies.has(DRAFT_COOKIE), development })
  if (pathname.startsWith('/admin') || LOCALE_PATH.test(pathname)) return forward(request, id, policy)

  const url = request.nextUrl.clone()
  url.pathname = `/${negotiateLocale(request.headers.get('accept-language'))}/${NOT_FOUND_SLUG}`
  return withPolicy(NextResponse.rewrite(url, { request: { headers: requestHeaders(request, id, policy) } }), id, policy)
}

function requestHeaders(request: NextRequest, id: string, policy: string): Headers {
  const headers = new Headers(request.headers)
  headers.set(REQUEST_ID_HEADER, id)
  // Never trust a policy the client sent: Next would take its nonce.
  headers.set(CSP_HEADER, policy)
  return headers
}

function forward(request: NextRequest, id: string, policy: string) {
  return withPolicy(NextResponse.next({ request: { headers: requestHeaders(request, id, policy) } }), id, policy)
}

function withPolicy(response: NextResponse, id: string, policy: string) {
  response.headers.set(CSP_HEADER, policy)
  return withId(response, id)
}

function withId(response: NextResponse, id: string) {
  response.headers.set(REQUEST_ID_HEADER, id)
  return response
}

// Next reads the matcher statically, so the locales (src/i18n/locales.ts) are spelled out in
// LOCALE_PATH; tests/unit/proxy.unit.spec.ts checks they agree. Left out: built assets, media files
// (served as they are, with their own headers) and the XML and image routes.
export const config = {
  matcher: ['/((?!_next/|__nextjs|api/media/file/|sitemap\\.xml|robots\\.txt|og-default\\.png|favicon\\.ico).*)'],
}
