import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match'
import { describe, expect, it } from 'vitest'

// The project's real next.config.ts (outside src/, where the @/ alias points).
// eslint-disable-next-line no-restricted-imports
import nextConfig from '../../next.config'

/** The response headers Next's own rule matching gives a path, from the project's real config. */
async function headersFor(pathname: string): Promise<Map<string, string>> {
  const headers = new Map<string, string>()
  for (const rule of (await nextConfig.headers?.()) ?? []) {
    if (!getPathMatch(rule.source)(pathname)) continue
    for (const { key, value } of rule.headers) headers.set(key.toLowerCase(), value)
  }
  return headers
}

describe("Payload's colour-scheme client hint", () => {
  it.each(['/admin', '/admin/collections/articles', '/admin/login'])(
    'is asked for by the admin: %s',
    async (pathname) => {
      const headers = await headersFor(pathname)
      expect(headers.get('accept-ch')).toBe('Sec-CH-Prefers-Color-Scheme')
      expect(headers.get('critical-ch')).toBe('Sec-CH-Prefers-Color-Scheme')
    },
  )

  // Critical-CH makes Chromium request a page a second time on a first visit (docs/benchmarks.md).
  it.each([
    '/en',
    '/az/articles/some-article',
    '/ru/recognitions',
    '/api/articles',
    '/administration',
  ])('is not asked for elsewhere: %s', async (pathname) => {
    const headers = await headersFor(pathname)
    expect(headers.has('accept-ch')).toBe(false)
    expect(headers.has('critical-ch')).toBe(false)
    // The rules every response shares still apply.
    expect(headers.get('x-content-type-options')).toBe('nosniff')
  })
})
