import { NextResponse, type NextRequest } from 'next/server'

import { negotiateLocale } from '@/i18n/negotiateLocale'
import { bodyLimits, refuseBody } from '@/lib/http/bodyLimit'
import { REQUEST_ID_HEADER, requestIdFrom } from '@/lib/observability/requestId'
import {
  CSP_HEADER,
  CSP_REPORT_ONLY_HEADER,
  NON_HTML_POLICY,
  contentSecurityPolicy,
  createNonce,
} from '@/lib/security/contentSecurityPolicy.mjs'

/** A slug no page can have (slugs are lowercase ASCII words and hyphens): it always renders the 404. */
const NOT_FOUND_SLUG = '__not-found__'
const LOCALE_PATH = /^\/(?:az|en|ru)(?:\/|$)/
/** The pages that read the query string (filters, sorting, the search box): Next renders them per request. */
const PER_REQUEST_PAGE =
  /^\/(?:az|en|ru)\/(?:search|resolutions|recognitions|people|remember(?:\/confirm|\/withdraw)?)\/?$/
/** Next's draft-mode cookie: only then does the admin's live preview frame the public page. */
const DRAFT_COOKIE = '__prerender_bypass'

const limits = bodyLimits()
// A function, not a constant, so tests can switch modes; in the bundle it is a literal comparison.
const isDevelopment = () => process.env.NODE_ENV !== 'production'

/**
 * Runs before API requests, the admin, the public pages rendered per request and paths without a
 * locale (the matcher below); not before the public pages Next serves from its cache, whose policy
 * comes with the cached entry (src/lib/security/cachedPageScripts.mjs) and on which merely running
 * a proxy would halve the server's throughput (docs/benchmarks.md):
 * - every request it sees gets an `x-request-id` (the load balancer's, or a new one) that Payload's
 *   log lines and error reports carry, echoed on the response;
 * - API requests whose body is too large (413) or of unknown length (411) are refused before the
 *   body is read;
 * - a page rendered for this request alone (the admin, the pages that read the query string, draft
 *   mode, everything in development) gets a fresh script nonce and the Content-Security-Policy
 *   naming it (Next reads the nonce from the request's policy and puts it on its own scripts);
 * - a cached page reaches it only with a policy the client sent, which it removes, so that Next
 *   renders the page without a nonce, as it renders every cached page;
 * - `/` sends each visitor to their language, and a path without a locale gets the 404 page in the
 *   visitor's language, with status 404.
 */
export function proxy(request: NextRequest) {
  const id = requestIdFrom(request.headers)
  const { pathname } = request.nextUrl

  if (pathname.startsWith('/api/')) {
    const refusal = refuseBody(request.method, request.headers, limits)
    if (refusal)
      return withId(
        NextResponse.json({ errors: [{ message: refusal.message }] }, { status: refusal.status }),
        id,
      )
    return forward(request, id, samePolicy(NON_HTML_POLICY))
  }

  if (pathname === '/') {
    const url = request.nextUrl.clone()
    url.pathname = `/${negotiateLocale(request.headers.get('accept-language'))}`
    const response = NextResponse.redirect(url, 307)
    response.headers.set('Vary', 'Accept-Language')
    return withId(response, id)
  }

  const draft = request.cookies.has(DRAFT_COOKIE)
  const development = isDevelopment()
  const perRequest =
    development || draft || pathname.startsWith('/admin') || PER_REQUEST_PAGE.test(pathname)
  const policies: Policies = perRequest
    ? samePolicy(
        contentSecurityPolicy({ scripts: { nonce: createNonce() }, framable: draft, development }),
      )
    : {}
  if (pathname.startsWith('/admin') || LOCALE_PATH.test(pathname))
    return forward(request, id, policies)

  const url = request.nextUrl.clone()
  url.pathname = `/${negotiateLocale(request.headers.get('accept-language'))}/${NOT_FOUND_SLUG}`
  return withPolicy(
    NextResponse.rewrite(url, { request: { headers: requestHeaders(request, id, policies) } }),
    id,
    policies,
  )
}

/**
 * What Next reads its nonce from, and what the browser is sent. A page served from the cache gets
 * neither: next.config.ts sends it the rules every page shares, and the cached entry adds the
 * page's own policy.
 */
type Policies = { toNext?: string; toBrowser?: string }
const samePolicy = (policy: string): Policies => ({ toNext: policy, toBrowser: policy })

function requestHeaders(request: NextRequest, id: string, policies: Policies): Headers {
  const headers = new Headers(request.headers)
  headers.set(REQUEST_ID_HEADER, id)
  // Never trust a policy the client sent: Next would take its nonce.
  headers.delete(CSP_REPORT_ONLY_HEADER)
  if (policies.toNext) headers.set(CSP_HEADER, policies.toNext)
  else headers.delete(CSP_HEADER)
  return headers
}

function forward(request: NextRequest, id: string, policies: Policies) {
  return withPolicy(
    NextResponse.next({ request: { headers: requestHeaders(request, id, policies) } }),
    id,
    policies,
  )
}

function withPolicy(response: NextResponse, id: string, policies: Policies) {
  if (policies.toBrowser) response.headers.set(CSP_HEADER, policies.toBrowser)
  return withId(response, id)
}

function withId(response: NextResponse, id: string) {
  response.headers.set(REQUEST_ID_HEADER, id)
  return response
}

// Next reads the matcher statically, so the locales (src/i18n/locales.ts) and the pages rendered
// per request are spelled out here as in LOCALE_PATH and PER_REQUEST_PAGE, and the draft-mode cookie
// and the policy headers as in DRAFT_COOKIE and CSP_HEADER; tests/unit/proxy.unit.spec.ts
// checks they agree, with Next's own matcher. Left out besides the cached pages: built assets,
// media files and the map geometry (served as they are, with their own headers) and the XML and
// image routes.
export const config = {
  matcher: [
    '/((?!_next/|__nextjs|api/media/file/|maps/|sitemap\\.xml|robots\\.txt|og-default\\.png|favicon\\.ico|(?:az|en|ru)(?:/|$)).*)',
    '/:locale(az|en|ru)/:page(search|resolutions|recognitions|people|remember)',
    '/:locale(az|en|ru)/remember/:action(confirm|withdraw)',
    { source: '/:locale(az|en|ru)/:path*', has: [{ type: 'cookie', key: '__prerender_bypass' }] },
    {
      source: '/:locale(az|en|ru)/:path*',
      has: [{ type: 'header', key: 'content-security-policy' }],
    },
    {
      source: '/:locale(az|en|ru)/:path*',
      has: [{ type: 'header', key: 'content-security-policy-report-only' }],
    },
  ],
}
