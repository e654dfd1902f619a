/**
 * Browser tests need Debian's Chromium. Installs it when this process may (root with apt-get),
 * otherwise stops with one line saying what to install. Never downloads a browser of its own.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

import { CHROMIUM_PATH } from '@tests/helpers/chromium'

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0

if (!fs.existsSync(CHROMIUM_PATH)) {
  const isRoot = process.getuid?.() === 0
  if (!isRoot || !has('apt-get')) {
    console.error(`Chromium is missing at ${CHROMIUM_PATH}: install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`)
    process.exit(1)
  }
  console.log('Installing Debian chromium for the browser tests…')
  const run = (args: string[]) =>
    spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0
  if (!run(['update']) || !run(['install', '-y', '--no-install-recommends', 'chromium']) || !fs.existsSync(CHROMIUM_PATH)) {
    console.error('Installing chromium with apt-get failed: install Debian\'s chromium package and run the tests again.')
    process.exit(1)
  }
}
