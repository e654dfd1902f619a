import fs from 'node:fs'

import type { LoadResult } from './load'
import { kb, ms, pct } from './stats'

export type Target = {
  name: string
  measured: string
  reference: string
  ratio?: string
  target: string
  pass: boolean | null
}

export const START = '<!-- bench:results:start -->'
export const END = '<!-- bench:results:end -->'

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`

export function loadTable(
  results: LoadResult[],
  reference: Record<string, LoadResult | undefined>,
) {
  const lines = [row(['', 'URL', 'req/s', 'vs reference', 'p50', 'p99', 'max', 'errors + non-2xx'])]
  lines.push(row(Array(8).fill('---')))
  for (const r of results) {
    const ref = reference[r.label]
    lines.push(
      row([
        r.label,
        `\`${r.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, '')}\``,
        r.rps.toFixed(0),
        ref ? `${pct(r.rps / ref.rps)} of ${ref.label}` : '–',
        ms(r.p50),
        ms(r.p99),
        ms(r.max),
        r.errors + r.non2xx,
      ]),
    )
  }
  return lines.join('\n')
}

export function targetTable(targets: Target[]) {
  const lines = [
    row(['target', 'measured', 'reference', 'ratio', 'goal', '']),
    row(Array(6).fill('---')),
  ]
  for (const t of targets)
    lines.push(
      row([
        t.name,
        t.measured,
        t.reference,
        t.ratio ?? '–',
        t.target,
        t.pass === null ? 'not measured' : t.pass ? 'PASS' : '**MISS**',
      ]),
    )
  return lines.join('\n')
}

export function weightTable(
  rows: {
    label: string
    html: number
    htmlGzip: number
    scripts: number
    js: number
    jsGzip: number
  }[],
  floor: number,
) {
  const lines = [
    row(['page', 'HTML', 'HTML gzip', 'scripts', 'JS', 'JS gzip', 'above the bare page']),
    row(Array(7).fill('---')),
  ]
  for (const r of rows)
    lines.push(
      row([
        r.label,
        kb(r.html),
        kb(r.htmlGzip),
        r.scripts,
        kb(r.js),
        kb(r.jsGzip),
        kb(r.jsGzip - floor),
      ]),
    )
  return lines.join('\n')
}

/** Replaces the generated part of docs/benchmarks.md; the hand-written text around it stays. */
export function writeResults(file: string, markdown: string) {
  const current = fs.existsSync(file)
    ? fs.readFileSync(file, 'utf8')
    : `# Benchmarks\n\n${START}\n${END}\n`
  const at = current.indexOf(START)
  const end = current.indexOf(END)
  const next =
    at >= 0 && end > at
      ? `${current.slice(0, at + START.length)}\n${markdown}\n${current.slice(end)}`
      : `${current}\n${START}\n${markdown}\n${END}\n`
  fs.writeFileSync(file, next)
}
