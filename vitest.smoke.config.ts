import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    include: ['tests/smoke/**/*.smoke.spec.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    // Includes fetching the production Node from the npm registry (about 50 MB) when no copy is unpacked yet.
    hookTimeout: 180_000,
  },
})
