import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

export const hasCommand = (command: string) =>
  spawnSync('sh', ['-c', `command -v ${command}`]).status === 0

/**
 * Something a Debian package provides (a command, a file), for the tests that need the real one
 * (redis-server, nginx, the fonts a page falls back to), installed with apt-get when this process
 * may (root), as tests/helpers/ensureChromium.ts does for Chromium. Returns why not otherwise, for
 * the test to say when it skips.
 */
function ensureDebianPackage(
  what: string,
  present: () => boolean,
  pkg: string,
): { ok: true } | { ok: false; reason: string } {
  if (present()) return { ok: true }
  if (process.getuid?.() !== 0 || !hasCommand('apt-get')) {
    return {
      ok: false,
      reason: `${what} is missing: install Debian's package (sudo apt-get install -y ${pkg}) to run this test.`,
    }
  }
  const run = (args: string[]) =>
    spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0
  if (
    !run(['install', '-y', '--no-install-recommends', pkg]) &&
    !(run(['update']) && run(['install', '-y', '--no-install-recommends', pkg]))
  ) {
    return {
      ok: false,
      reason: `Installing ${pkg} with apt-get failed: install Debian's ${pkg} package and run the test again.`,
    }
  }
  return present()
    ? { ok: true }
    : { ok: false, reason: `apt-get installed ${pkg} but ${what} is still missing.` }
}

export const ensureDebianCommand = (command: string, pkg: string) =>
  ensureDebianPackage(command, () => hasCommand(command), pkg)

export const ensureDebianFile = (file: string, pkg: string) =>
  ensureDebianPackage(file, () => fs.existsSync(file), pkg)
