/**
 * Lets the event loop turn once. The SQLite driver (libsql) is synchronous, so a loop of Local API
 * calls never leaves the microtask queue; Node runs the finalizers of native objects (libsql's
 * prepared statements, result rows and per-transaction connections) only from the event loop, after
 * garbage collection. Without a turn every statement such a loop prepares stays in memory until it
 * ends: about 1 MB per document written by the archive generator (docs/benchmarks.md). Call it
 * between the units of work of any long in-process loop of writes or reads (a request handler
 * needs none: each request is its own turn).
 */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
