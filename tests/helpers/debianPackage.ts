import { spawnSync } from 'node:child_process'

export const hasCommand = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0

/**
 * A command from a Debian package for the tests that need a real one (redis-server, nginx),
 * installed with apt-get when this process may (root), as tests/helpers/ensureChromium.ts does for
 * Chromium. Returns why not otherwise, for the test to say when it skips.
 */
export function ensureDebianCommand(command: string, pkg: string): { ok: true } | { ok: false; reason: string } {
  if (hasCommand(command)) return { ok: true }
  if (process.getuid?.() !== 0 || !hasCommand('apt-get')) {
    return { ok: false, reason: `${command} is missing: install Debian's package (sudo apt-get install -y ${pkg}) to run this test.` }
  }
  const run = (args: string[]) => spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0
  if (!run(['install', '-y', '--no-install-recommends', pkg]) && !(run(['update']) && run(['install', '-y', '--no-install-recommends', pkg]))) {
    return { ok: false, reason: `Installing ${pkg} with apt-get failed: install Debian's ${pkg} package and run the test again.` }
  }
  return hasCommand(command) ? { ok: true } : { ok: false, reason: `apt-get installed ${pkg} but ${command} is not on PATH.` }
}
