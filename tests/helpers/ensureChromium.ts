/**
 * Browser tests need Debian's Chromium. Installs it when this process may (root with apt-get),
 * otherwise stops with one line saying what to install. Never downloads a browser of its own.
 */
import fs from 'node:fs'

import { CHROMIUM_PATH } from '@tests/helpers/chromium'
import { ensureDebianCommand } from '@tests/helpers/debianPackage'

if (!fs.existsSync(CHROMIUM_PATH)) {
  console.log('Installing Debian chromium for the browser tests…')
  const installed = ensureDebianCommand('chromium', 'chromium')
  if (!installed.ok || !fs.existsSync(CHROMIUM_PATH)) {
    console.error(installed.ok ? `Chromium is missing at ${CHROMIUM_PATH}: install Debian's package or set CHROMIUM_PATH.` : `${installed.reason} (or set CHROMIUM_PATH)`)
    process.exit(1)
  }
}
