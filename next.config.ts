import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

import { adminOnlyClientHints } from './src/lib/http/adminOnlyClientHints'
import { bodyLimits } from './src/lib/http/bodyLimit'
import { CACHED_PAGE_BASELINE } from './src/lib/security/contentSecurityPolicy.mjs'

const root = path.dirname(fileURLToPath(import.meta.url))

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

/** Sent with every response; the admin keeps working under them (browser-tested). */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  // Production is served over HTTPS (docs/deploy.md); browsers ignore this header over plain HTTP.
  ...(process.env.NODE_ENV === 'production'
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
    : []),
]

const nextConfig: NextConfig = {
  // The Docker image ships the standalone server (the Dockerfile sets NEXT_OUTPUT); `next start`,
  // which `npm start` and the browser tests run, warns that it does not support a standalone build.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  // pdf.js (with its worker) and its canvas read uploaded PDFs in the job runner: loaded from
  // node_modules as they are, not bundled.
  serverExternalPackages: ['pdfjs-dist', '@napi-rs/canvas'],
  // …which the standalone build's tracing does not follow: pdf.js loads its worker and its canvas
  // (with the platform's binary) at run time, and reads its data files by path
  // (src/lib/documents/pdf.ts).
  outputFileTracingIncludes: {
    '/api/**': [
      './node_modules/pdfjs-dist/legacy/build/**',
      './node_modules/pdfjs-dist/{standard_fonts,cmaps,iccs,wasm}/**',
      './node_modules/@napi-rs/canvas*/**',
    ],
  },
  // `npm run dev` answers on every interface: opened as http://127.0.0.1:3000 (not localhost), the
  // page's own scripts and live-reload socket would otherwise be refused as cross-origin, leaving a
  // blank admin.
  allowedDevOrigins: ['127.0.0.1', '[::1]'],
  // Cached pages get their ETag once, when stored (src/lib/cache/cachedPageEtag.mjs), not hashed
  // again in JavaScript for every response; per-request pages differ in every response anyway.
  generateEtags: false,
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  turbopack: { root },
  // Next's incremental cache: shared through Redis when REDIS_URL is set at run time (several
  // instances), Next's own file cache otherwise. Decided at start, as the standalone image is built without Redis.
  cacheHandler: path.resolve(root, 'src/lib/cache/redisCacheHandler.mjs'),
  // `npm test` type-checks the whole project first (`tsc --noEmit`); the build need not do it twice.
  typescript: { ignoreBuildErrors: true },
  outputFileTracingRoot: root,
  experimental: {
    // Next's cache (the data public pages read, src/lib/queries/cachedRead.ts) is kept on disk under
    // .next by default. Servers that share one build but not one database (the browser tests start
    // several) keep it in memory instead, or one server would serve another's content.
    isrFlushToDisk: process.env.ISR_MEMORY_ONLY !== 'true',
    // src/proxy.ts sees API requests; Next buffers their bodies for it and cuts them at this size.
    // The proxy refuses anything larger (413) or of unknown length (411), so nothing it lets
    // through is ever cut.
    proxyClientMaxBodySize: bodyLimits().multipart,
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // The Content-Security-Policy: src/proxy.ts sets it for API responses and for pages rendered
      // per request (nonce); a page served from Next's cache gets these shared rules here and its
      // own policy, with the hashes of its scripts, from the cached entry. The proxy's header
      // replaces this one where it sets its own.
      {
        source: '/:locale(az|en|ru)',
        headers: [{ key: 'content-security-policy', value: CACHED_PAGE_BASELINE }],
      },
      {
        source: '/:locale(az|en|ru)/:path*',
        headers: [{ key: 'content-security-policy', value: CACHED_PAGE_BASELINE }],
      },
    ]
  },
}

export default adminOnlyClientHints(
  withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false }),
)
