import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

const root = path.dirname(fileURLToPath(import.meta.url))

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

/** Sent with every response; the admin keeps working under them (browser-tested). */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
]

const nextConfig: NextConfig = {
  // The Docker image ships the standalone server (the Dockerfile sets NEXT_OUTPUT); `next start`,
  // which `npm start` and the browser tests run, warns that it does not support a standalone build.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  turbopack: { root },
  // `npm test` type-checks the whole project first (`tsc --noEmit`); the build need not do it twice.
  typescript: { ignoreBuildErrors: true },
  outputFileTracingRoot: root,
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // The public site is never framed (the admin's live preview frames it from the same origin).
      { source: '/:locale(az|en|ru)/:path*', headers: [{ key: 'Content-Security-Policy', value: "frame-ancestors 'self'" }] },
    ]
  },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
