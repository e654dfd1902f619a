import { buildOnce } from '@tests/helpers/server'

/** Vitest global setup for the browser tests: one production build shared by every spec file. */
export default function setup() {
  buildOnce()
}
