import { describe, expect, it } from 'vitest'

import { localeCodes } from '@/i18n/locales'
import { config } from '@/proxy'

// Next compiles the matcher with path-to-regexp; the part in parentheses is a plain regular expression.
const matches = (path: string) =>
  config.matcher.some((pattern) => (pattern === '/' ? path === '/' : new RegExp(`^${pattern.replace(/\\\\/g, '\\')}$`).test(path)))

describe('the proxy matcher', () => {
  it('names every locale of src/i18n/locales.ts, so locale paths pass through untouched', () => {
    for (const locale of localeCodes) {
      expect(matches(`/${locale}`)).toBe(false)
      expect(matches(`/${locale}/articles/x`)).toBe(false)
    }
  })

  it('takes / and paths without a locale, and leaves the admin, the API and Next alone', () => {
    expect(matches('/')).toBe(true)
    expect(matches('/de')).toBe(true)
    expect(matches('/english/page')).toBe(true)
    expect(matches('/azx')).toBe(true)
    for (const path of ['/admin', '/admin/collections/articles', '/api/health', '/_next/static/x.js', '/sitemap.xml', '/robots.txt']) expect(matches(path)).toBe(false)
  })
})
