import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.unit.spec.ts', 'tests/int/**/*.int.spec.ts'],
    pool: 'forks',
    // Each file gets its own Payload on its own SQLite file; two at a time fits two cores.
    maxWorkers: 2,
    // Each worker imports Payload, Next and the config once and runs its files one after another;
    // every file still builds its own Payload on its own database (tests/helpers/testPayload.ts).
    isolate: false,
    setupFiles: ['tests/helpers/nodeGlobals.setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // When SQLite cannot open its file, @payloadcms/db-sqlite rejects its internal `initializing`
    // promise with no reason and nobody awaits it (the health test provokes exactly that). Only a
    // rejection without any reason is passed over; every real error still fails the run.
    onUnhandledError: (error) =>
      !(
        error.type === 'Unhandled Rejection' &&
        error.message === undefined &&
        !(error as { stacks?: unknown[] }).stacks?.length
      ),
  },
})
