import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Next's server modules take `AsyncLocalStorage` from `globalThis` when they are first imported,
 * and keep a stand-in that throws when it is missing; `next start` sets it before anything loads.
 * Test files share their worker's modules (vitest.config.ts, `isolate: false`), so whichever file
 * imports Next first must find it set too, not only the ones that happen to load Next's own setup.
 */
;(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage
