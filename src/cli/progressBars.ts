import cliProgress from 'cli-progress'

import type { Progress } from '@/lib/backup/progress'

/**
 * Progress bars on a terminal, one line per phase (each collection, its versions, files, globals).
 * When the output is not a terminal (CI, a log file) each phase prints one plain line when it ends:
 * cli-progress draws nothing useful there.
 */
export function progressBars(stream: NodeJS.WriteStream = process.stderr): {
  progress: Progress
  stop: () => void
} {
  if (!stream.isTTY) {
    const progress: Progress = (label, total) => {
      let value = 0
      return {
        tick: (by = 1) => void (value += by),
        done: () => stream.write(`${label.padEnd(26)} ${value}/${total}\n`),
      }
    }
    return { progress, stop: () => {} }
  }
  const bars = new cliProgress.MultiBar(
    {
      format: '{label} [{bar}] {value}/{total}',
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
      stream,
    },
    cliProgress.Presets.shades_classic,
  )
  const progress: Progress = (label, total) => {
    const bar = bars.create(Math.max(total, 0), 0, { label: label.padEnd(26) })
    return { tick: (by = 1) => bar.increment(by), done: () => bar.update(bar.getTotal()) }
  }
  return { progress, stop: () => bars.stop() }
}
