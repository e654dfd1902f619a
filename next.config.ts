import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const root = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // The Docker image ships the standalone server (the Dockerfile sets NEXT_OUTPUT); `next start`,
  // which `npm start` and the browser tests run, warns that it does not support a standalone build.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  turbopack: { root },
  outputFileTracingRoot: root,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
