import * as pageStaticInfo from 'next/dist/build/analysis/get-page-static-info'
import type { ProxyMatcher } from 'next/dist/build/analysis/get-page-static-info'
import { getMiddlewareRouteMatcher } from 'next/dist/shared/lib/router/utils/middleware-route-matcher'
import { NextRequest } from 'next/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { localeCodes } from '@/i18n/locales'
import { config, proxy } from '@/proxy'

// Next's own compilation and matching of the matcher, as `next build` and the router do them
// (the compiler is exported at run time, not in Next's type declarations).
const { getMiddlewareMatchers } = pageStaticInfo as unknown as {
  getMiddlewareMatchers: (matcher: unknown, nextConfig: object) => ProxyMatcher[]
}
const routeMatcher = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}))
const matches = (path: string, headers: Record<string, string> = {}) =>
  routeMatcher(path, { headers } as never, {})

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(new URL(path, 'http://localhost:3000'), {
    method: init.method,
    headers: init.headers,
  })

const policyOf = (response: Response) => response.headers.get('content-security-policy') ?? ''
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? ''
/** What Next hands the page as the request's headers (NextResponse.next({ request: { headers } })). */
const forwarded = (response: Response, name: string) =>
  response.headers.get(`x-middleware-request-${name}`)

describe('the proxy matcher', () => {
  it('takes the admin, the API, paths without a locale and the pages rendered per request', () => {
    for (const path of [
      '/',
      '/de',
      '/english/page',
      '/enx',
      '/admin',
      '/admin/collections/articles',
      '/api/articles',
      '/api/graphql',
    ])
      expect(matches(path)).toBe(true)
    for (const locale of localeCodes)
      for (const page of [
        'search',
        'resolutions',
        'recognitions',
        'people',
        'remember',
        'remember/confirm',
        'remember/withdraw',
      ])
        expect(matches(`/${locale}/${page}`)).toBe(true)
  })

  it('leaves the pages served from the cache alone, in every locale', () => {
    for (const locale of localeCodes) {
      for (const path of [
        `/${locale}`,
        `/${locale}/articles/x`,
        `/${locale}/articles/page/2`,
        `/${locale}/resolutions/x`,
        `/${locale}/monuments`,
        `/${locale}/timeline`,
        `/${locale}/search-history`,
        // The form's post streams straight to its route, which limits its size itself.
        `/${locale}/remember/send`,
        `/${locale}/remember/sent`,
      ]) {
        expect(matches(path)).toBe(false)
      }
    }
  })

  it('takes them in draft mode, and when the client sent a policy of its own (to remove it)', () => {
    for (const locale of localeCodes) {
      for (const path of [`/${locale}`, `/${locale}/articles/x`]) {
        expect(matches(path, { cookie: 'a=1; __prerender_bypass=abc' })).toBe(true)
        expect(matches(path, { 'content-security-policy': "script-src 'nonce-chosen'" })).toBe(true)
        expect(
          matches(path, { 'content-security-policy-report-only': "script-src 'nonce-chosen'" }),
        ).toBe(true)
        expect(matches(path, { cookie: 'other=1' })).toBe(false)
      }
    }
  })

  it('leaves built assets, media files and the XML routes alone', () => {
    for (const path of [
      '/_next/static/chunks/x.js',
      '/api/media/file/a.webp',
      '/maps/0123456789abcdef.svg',
      '/sitemap.xml',
      '/robots.txt',
      '/favicon.ico',
    ])
      expect(matches(path)).toBe(false)
  })
})

describe('the Content-Security-Policy of pages', () => {
  // Unit tests run with NODE_ENV=test, where every page renders per request; these are production's rules.
  beforeEach(() => vi.stubEnv('NODE_ENV', 'production'))
  afterEach(() => vi.unstubAllEnvs())

  it('gives a page rendered per request a fresh nonce, never inline scripts, and forbids framing', () => {
    for (const path of [
      '/en/search',
      '/az/resolutions',
      '/ru/recognitions',
      '/admin/collections/articles',
    ]) {
      const first = proxy(request(path))
      const second = proxy(request(path))
      const script = directive(policyOf(first), 'script-src')
      expect(script).toMatch(/'nonce-[A-Za-z0-9+/]{22}=='/)
      expect(script).toContain("'strict-dynamic'")
      expect(script).not.toContain('unsafe-inline')
      expect(directive(policyOf(first), 'frame-ancestors')).toBe("frame-ancestors 'none'")
      expect(directive(policyOf(first), 'object-src')).toBe("object-src 'none'")
      expect(policyOf(second)).not.toBe(policyOf(first))
      // Next renders with the nonce of the policy it finds on the request: the same one the browser gets.
      expect(forwarded(first, 'content-security-policy')).toBe(policyOf(first))
    }
  })

  it('hands Next no nonce for a page served from the cache, and the browser no policy of its own', () => {
    for (const path of [
      '/en',
      '/az/articles/x',
      '/ru/monuments',
      '/en/timeline',
      '/az/articles/page/2',
    ]) {
      const response = proxy(
        request(path, {
          headers: {
            'content-security-policy': "script-src 'nonce-chosen'",
            'content-security-policy-report-only': "script-src 'nonce-chosen'",
          },
        }),
      )
      // Removed from the request Next renders (Next lists every header it keeps in this one).
      const kept = response.headers.get('x-middleware-override-headers')?.split(',') ?? []
      expect(kept).not.toContain('content-security-policy')
      expect(kept).not.toContain('content-security-policy-report-only')
      expect(kept).toContain('x-request-id')
      // The page's own policy comes from the cached entry (lockCachedPageScripts).
      expect(response.headers.get('content-security-policy')).toBeNull()
    }
  })

  it('renders everything per request in development, where Next caches no page', () => {
    vi.stubEnv('NODE_ENV', 'development')
    const script = directive(policyOf(proxy(request('/en/articles/x'))), 'script-src')
    expect(script).toContain("'nonce-")
    expect(script).toContain("'unsafe-eval'")
  })

  it('replaces a policy the client sent, so nobody chooses their own nonce', () => {
    for (const path of ['/az', '/az/search']) {
      const response = proxy(
        request(path, { headers: { 'content-security-policy': "script-src 'nonce-chosen'" } }),
      )
      // A cached page's request loses it (above); a page rendered per request gets the proxy's own.
      expect(forwarded(response, 'content-security-policy') ?? '').not.toContain('chosen')
    }
  })

  it('renders draft mode per request and lets the admin frame it (live preview)', () => {
    const response = proxy(
      request('/en/articles/x', { headers: { cookie: '__prerender_bypass=abc' } }),
    )
    expect(directive(policyOf(response), 'script-src')).toContain("'nonce-")
    expect(directive(policyOf(response), 'frame-ancestors')).toBe("frame-ancestors 'self'")
  })

  it('gives API responses a policy that runs nothing', () => {
    expect(policyOf(proxy(request('/api/articles')))).toBe(
      "default-src 'none'; frame-ancestors 'none'; sandbox",
    )
  })
})

describe('request ids', () => {
  it('keeps the load balancer’s id and makes one otherwise, on the request and the response', () => {
    const kept = proxy(request('/en', { headers: { 'x-request-id': 'lb-4f9c2a71-aa' } }))
    expect(kept.headers.get('x-request-id')).toBe('lb-4f9c2a71-aa')
    expect(forwarded(kept, 'x-request-id')).toBe('lb-4f9c2a71-aa')
    const made = proxy(request('/api/articles'))
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(forwarded(made, 'x-request-id')).toBe(made.headers.get('x-request-id'))
  })
})

describe('request bodies on the API', () => {
  const post = (headers: Record<string, string>) =>
    proxy(request('/api/articles', { method: 'POST', headers }))

  it('refuses a JSON body over 2 MB with 413 and says why, before reading it', async () => {
    const response = post({
      'content-type': 'application/json',
      'content-length': String(2 * 1024 * 1024 + 1),
    })
    expect(response.status).toBe(413)
    expect((await response.json()).errors[0].message).toMatch(
      /limit for JSON and other bodies is 2097152 bytes/,
    )
    expect(response.headers.get('x-request-id')).toBeTruthy()
  })

  it('lets uploads up to the media limit through, and refuses larger ones', () => {
    const multipart = { 'content-type': 'multipart/form-data; boundary=x' }
    expect(post({ ...multipart, 'content-length': String(20 * 1024 * 1024) }).status).toBe(200)
    expect(post({ ...multipart, 'content-length': String(60 * 1024 * 1024) }).status).toBe(413)
  })

  it('refuses a body of unknown length (411) and passes small bodies and reads', () => {
    expect(
      post({ 'content-type': 'application/json', 'transfer-encoding': 'chunked' }).status,
    ).toBe(411)
    expect(post({ 'content-type': 'application/json', 'content-length': '120' }).status).toBe(200)
    expect(proxy(request('/api/articles?limit=5')).status).toBe(200)
  })
})

describe('paths without a locale', () => {
  it('sends / to the visitor’s language', () => {
    const response = proxy(request('/', { headers: { 'accept-language': 'ru-RU,ru;q=0.9' } }))
    expect(response.status).toBe(307)
    expect(new URL(response.headers.get('location')!).pathname).toBe('/ru')
  })

  it('shows the 404 page in the visitor’s language, a cached page like the others', () => {
    vi.stubEnv('NODE_ENV', 'production')
    const response = proxy(request('/english/page', { headers: { 'accept-language': 'en' } }))
    vi.unstubAllEnvs()
    expect(new URL(response.headers.get('x-middleware-rewrite')!).pathname).toBe(
      '/en/__not-found__',
    )
    expect(response.headers.get('x-middleware-override-headers')?.split(',')).not.toContain(
      'content-security-policy',
    )
    expect(response.headers.get('content-security-policy')).toBeNull()
  })
})
