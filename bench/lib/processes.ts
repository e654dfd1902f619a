import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export type Started = {
  url: string
  child: ChildProcess
  readyMs: number
  log: () => string
  stop: () => Promise<void>
}

/**
 * Spawns a server in its own process group and waits until `readyPath` answers 200; `readyMs` is
 * the time from spawn to that first 200 (for `next start`: the start-time target of docs/benchmarks.md).
 */
export async function startProcess(
  command: string,
  args: string[],
  {
    url,
    readyPath,
    env = {},
    cwd,
  }: { url: string; readyPath: string; env?: Record<string, string>; cwd: string },
): Promise<Started> {
  let output = ''
  const started = performance.now()
  const child = spawn(command, args, {
    cwd,
    detached: true,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    } as unknown as NodeJS.ProcessEnv,
  })
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
      try {
        process.kill(-child.pid!, signal)
      } catch {
        return
      }
      if (await Promise.race([exited.then(() => true), sleep(5000).then(() => false)])) return
    }
  }
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline && child.exitCode === null) {
    const status = await fetch(url + readyPath).then(
      (r) => r.status,
      () => 0,
    )
    if (status === 200)
      return { url, child, readyMs: performance.now() - started, log: () => output, stop }
    await sleep(50)
  }
  await stop()
  throw new Error(`${command} ${args.join(' ')} did not answer ${readyPath} in time:\n${output}`)
}

/** Resident memory of a process and all its descendants (next start forks next-server), in bytes. */
export function treeRss(rootPid: number): number {
  const parents = new Map<number, number>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
    } catch {
      // gone meanwhile
    }
  }
  const tree = new Set([rootPid])
  for (let grew = true; grew;) {
    grew = false
    for (const [pid, ppid] of parents) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid)
        grew = true
      }
    }
  }
  let total = 0
  for (const pid of tree) {
    const match = /VmRSS:\s+(\d+) kB/.exec(
      fs.existsSync(`/proc/${pid}/status`) ? fs.readFileSync(`/proc/${pid}/status`, 'utf8') : '',
    )
    if (match) total += Number(match[1]) * 1024
  }
  return total
}
