import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildOnce } from '@tests/helpers/server'

/**
 * Vitest global setup for the browser tests: one production build shared by every spec file, and
 * a folder for the seeded demo archive they copy (tests/helpers/server.ts, `seedDemo`). The spec
 * files' processes start after this and inherit the variable.
 */
export default function setup() {
  buildOnce()
  const template = fs.mkdtempSync(path.join(os.tmpdir(), 'khojaly-seed-'))
  process.env.E2E_SEED_TEMPLATE_DIR = template
  return () => fs.rmSync(template, { recursive: true, force: true })
}
