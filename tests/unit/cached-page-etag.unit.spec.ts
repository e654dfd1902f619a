import { describe, expect, it } from 'vitest'

import { addCachedPageEtag } from '@/lib/cache/cachedPageEtag.mjs'

const page = (html: string, headers: Record<string, string> = {}) => ({
  kind: 'APP_PAGE',
  html,
  headers,
})

describe('the ETag of a cached page, computed once when it is stored', () => {
  it('is a strong validator of the page as sent: same page, same tag; one byte more, another', () => {
    const [a, b, c] = [page('<html>a</html>'), page('<html>a</html>'), page('<html>a </html>')]
    for (const value of [a, b, c]) addCachedPageEtag(value)
    expect(a.headers.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/)
    expect(b.headers.etag).toBe(a.headers.etag)
    expect(c.headers.etag).not.toBe(a.headers.etag)
  })

  it('keeps the other headers and an ETag already there, and leaves routes alone', () => {
    const value = page('<html></html>', { 'x-next-cache-tags': 't', etag: '"kept"' })
    addCachedPageEtag(value)
    expect(value.headers).toEqual({ 'x-next-cache-tags': 't', etag: '"kept"' })
    const route = { kind: 'APP_ROUTE', body: Buffer.from('{}'), headers: {} }
    addCachedPageEtag(route)
    expect(route.headers).toEqual({})
  })
})
