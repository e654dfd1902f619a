/**
 * Browser tests need Debian's Chromium and the fonts pages fall back to. Installs them when this process may (root with apt-get),
 * otherwise stops with one line saying what to install. Never downloads a browser of its own.
 */
import fs from 'node:fs'

import { CHROMIUM_PATH } from '@tests/helpers/chromium'
import { ensureDebianCommand, ensureDebianFile } from '@tests/helpers/debianPackage'

if (!fs.existsSync(CHROMIUM_PATH)) {
  console.log('Installing Debian chromium for the browser tests…')
  const installed = ensureDebianCommand('chromium', 'chromium')
  if (!installed.ok || !fs.existsSync(CHROMIUM_PATH)) {
    console.error(
      installed.ok
        ? `Chromium is missing at ${CHROMIUM_PATH}: install Debian's package or set CHROMIUM_PATH.`
        : `${installed.reason} (or set CHROMIUM_PATH)`,
    )
    process.exit(1)
  }
}

// The site's fallback faces (src/fonts/generate.sh) are metric-matched to Arial, whose metrics
// Liberation Sans shares; with DejaVu alone (a bare Debian) text reflows when Noto arrives, and the
// layout-shift test would measure this machine rather than the site.
const liberation = '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'
const fonts = ensureDebianFile(liberation, 'fonts-liberation')
if (!fonts.ok) {
  console.error(fonts.reason)
  process.exit(1)
}
