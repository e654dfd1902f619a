import type { NextConfig } from 'next'

type HeaderRule = Awaited<ReturnType<NonNullable<NextConfig['headers']>>>[number]

/** Where the admin lives: `/admin` and everything under it. */
export const ADMIN_SOURCE = '/admin/:path*'

/** Payload's rule asks for the colour-scheme hint (Accept-CH, Critical-CH and Vary on it). */
const isClientHintRule = (rule: HeaderRule) =>
  rule.headers.some((header) => header.key.toLowerCase() === 'critical-ch')

/**
 * withPayload sends `Accept-CH`, `Critical-CH` and `Vary: Sec-CH-Prefers-Color-Scheme` on every
 * path, so the admin can render its light or dark theme on the first response. On a public page
 * `Critical-CH` makes Chromium browsers, on their first visit, throw the page away and request it
 * again with the hint: every first page view cost two requests and a round trip (seen in nginx's
 * access log), for a hint the public site never reads. The rule stays, for the admin only.
 */
export function adminOnlyClientHints(config: NextConfig): NextConfig {
  const headers = config.headers
  if (!headers) return config
  return {
    ...config,
    headers: async () =>
      (await headers()).map((rule) =>
        isClientHintRule(rule) ? { ...rule, source: ADMIN_SOURCE } : rule,
      ),
  }
}
