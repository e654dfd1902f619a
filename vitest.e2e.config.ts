import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.spec.ts'],
    globalSetup: ['tests/helpers/buildOnce.globalSetup.ts'],
    pool: 'forks',
    // Each file runs its own `next start` and Chromium: one at a time on two cores.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
})
