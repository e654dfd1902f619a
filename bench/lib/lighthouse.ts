import fs from 'node:fs'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { type Flags, type Result } from 'lighthouse'

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '@tests/helpers/chromium'

import { ms } from './stats'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof CATEGORIES)[number]
/** Issue 10, target 7 (scores × 100). */
export const TARGETS: Record<Category, number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 95,
  seo: 100,
}
const LOCALES = ['az', 'en', 'ru'] as const

export type LighthousePage = {
  page: 'home' | 'article' | 'recognitions' | 'bare Next (b)'
  locale: string
  path: string
  /** The bare Next page, measured before and after our pages: the framework's floor, not a target. */
  reference?: 'before' | 'after'
}

/** The bare page of `npm run bench` (bench/hello-next), as a row of the same run. */
export const referencePage = (reference: 'before' | 'after'): LighthousePage => ({
  page: 'bare Next (b)',
  locale: '–',
  path: '/',
  reference,
})

/** Where a page's full report is written, under bench/results/lighthouse/. */
export const reportName = (page: LighthousePage) =>
  page.reference ? `bare-next-${page.reference}.json` : `${page.page}-${page.locale}.json`
/** An audit that cost its category points: what Lighthouse says and the first elements it names. */
export type AuditMiss = {
  category: Category
  id: string
  title: string
  score: number | null
  value?: string
  items: string[]
}
export type LighthouseRow = LighthousePage & {
  scores: Record<Category, number | null>
  lcp: number
  tbt: number
  cls: number
  misses: AuditMiss[]
  /** The best-practices `csp-xss` audit (informational, weight 0): what it says about our policy. */
  csp: string[]
  warnings: string[]
  /** Lighthouse's CPU benchmark during the run (higher is faster): a loaded machine scores low, and
   *  simulated throttling multiplies the CPU time it observed, so performance follows this figure. */
  benchmarkIndex: number
}

/** Home, an article (the newest the API lists in that locale) and the recognitions page, per locale. */
export async function lighthousePages(baseUrl: string): Promise<LighthousePage[]> {
  const pages: LighthousePage[] = []
  for (const locale of LOCALES) {
    const response = await fetch(`${baseUrl}/api/articles?locale=${locale}&limit=1&depth=0`)
    const { docs } = (await response.json()) as { docs: { slug: string }[] }
    if (!docs[0]) throw new Error(`no published article in ${locale}`)
    pages.push({ page: 'home', locale, path: `/${locale}` })
    pages.push({ page: 'article', locale, path: `/${locale}/articles/${docs[0].slug}` })
    pages.push({ page: 'recognitions', locale, path: `/${locale}/recognitions` })
  }
  return pages
}

/**
 * Debian's Chromium with the browser tests' flags (no sandbox, no background calls to the closed
 * network); chrome-launcher adds the remote-debugging port and a fresh temporary profile.
 */
export function launchChromium() {
  return chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_FLAGS,
    logLevel: 'silent',
  })
}

/**
 * `runs` Lighthouse runs per page (1 by default), one after another in one browser, default config:
 * mobile form factor and simulated throttling (Lantern), the four categories of the target.
 */
export async function measureLighthouse(
  baseUrl: string,
  pages: LighthousePage[],
  { runs = 1, onRow }: { runs?: number; onRow?: (row: LighthouseRow, lhr: Result) => void } = {},
): Promise<LighthouseRow[]> {
  const chrome = await launchChromium()
  const rows: LighthouseRow[] = []
  try {
    const flags: Flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    }
    for (const page of pages) {
      const url = baseUrl + page.path
      // Pages render per request; the first request of a route after start also loads its code.
      await fetch(url).then((r) => r.arrayBuffer())
      const results: Result[] = []
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, flags)
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
        results.push(result.lhr)
      }
      // Several runs: the one with the median performance score, as Lighthouse's docs advise.
      const lhr = results.sort(
        (a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0),
      )[Math.floor((runs - 1) / 2)]
      const row = lighthouseRow(page, lhr)
      rows.push(row)
      onRow?.(row, lhr)
    }
  } finally {
    await chrome.kill()
  }
  return rows
}

export function lighthouseRow(page: LighthousePage, lhr: Result): LighthouseRow {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [
      c,
      lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score! * 100),
    ]),
  ) as Record<Category, number | null>
  const misses: AuditMiss[] = []
  for (const category of page.reference ? [] : CATEGORIES) {
    // Performance audits only where the score misses its target (they always have something to say);
    // any failed audit of the other three, even above the target (best practices' 95 allows one).
    if (
      category === 'performance'
        ? (scores[category] ?? 0) >= TARGETS[category]
        : scores[category] === 100
    )
      continue
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id]
      if (
        !audit ||
        ref.weight === 0 ||
        audit.score === null ||
        audit.score >= (category === 'performance' ? 0.9 : 1)
      )
        continue
      misses.push({
        category,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        value: audit.displayValue,
        items: detailItems(audit.details),
      })
    }
    if (category === 'performance') {
      // The opportunities and diagnostics that explain the metrics (weight 0, so not in the loop above).
      for (const id of [
        'render-blocking-resources',
        'unused-javascript',
        'bootup-time',
        'mainthread-work-breakdown',
        'largest-contentful-paint-element',
        'lcp-lazy-loaded',
        'prioritize-lcp-image',
        'uses-responsive-images',
        'modern-image-formats',
        'long-tasks',
        'legacy-javascript',
        'server-response-time',
        'unsized-images',
      ]) {
        const audit = lhr.audits[id]
        if (audit && audit.score !== null && audit.score < 0.9)
          misses.push({
            category,
            id,
            title: audit.title,
            score: audit.score,
            value: audit.displayValue,
            items: detailItems(audit.details),
          })
      }
    }
  }
  const csp = lhr.audits['csp-xss']
  return {
    ...page,
    scores,
    lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    misses,
    csp: csp ? [`score ${csp.score ?? 'n/a'}`, ...detailItems(csp.details)] : [],
    warnings: lhr.runWarnings,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  }
}

/** The first few things an audit names: an element's selector and snippet, a URL, or a description. */
function detailItems(details: Result['audits'][string]['details']): string[] {
  if (!details || !('items' in details) || !Array.isArray(details.items)) return []
  return details.items.slice(0, 5).flatMap((item): string[] => {
    const record = item as Record<string, unknown>
    // A list of tables (the LCP element and its phases): each table's own items.
    if (record.type === 'table')
      return detailItems(record as unknown as Result['audits'][string]['details'])
    if (typeof record.phase === 'string' && typeof record.timing === 'number')
      return [`${record.phase} ${Math.round(record.timing)} ms`]
    if (typeof record.groupLabel === 'string' && typeof record.duration === 'number')
      return [`${record.groupLabel} ${Math.round(record.duration)} ms`]
    const node = (record.node ?? record.element ?? (record.items as unknown[] | undefined)?.[0]) as
      { selector?: string; snippet?: string; explanation?: string } | undefined
    const parts = [
      node?.selector,
      node?.snippet?.slice(0, 160),
      node?.explanation?.split('\n').slice(0, 3).join(' '),
      typeof record.url === 'string' ? record.url : undefined,
      (record.sourceLocation as { url?: string } | undefined)?.url,
      typeof record.description === 'string' ? record.description : undefined,
      typeof record.directive === 'string' ? `directive ${record.directive}` : undefined,
      typeof record.severity === 'string' ? String(record.severity) : undefined,
      typeof record.wastedMs === 'number' ? `${Math.round(record.wastedMs)} ms` : undefined,
      typeof record.wastedBytes === 'number'
        ? `${Math.round(record.wastedBytes / 1024)} KB`
        : undefined,
    ].filter(Boolean)
    return [parts.length ? parts.join(' — ') : JSON.stringify(record).slice(0, 200)]
  })
}

const cell = (score: number | null, category: Category, reference: boolean) =>
  score === null ? '–' : reference || score >= TARGETS[category] ? String(score) : `**${score}**`

/** Page, locale, the four scores (a miss in bold), LCP, TBT, CLS and the CPU benchmark of the run. */
export function lighthouseTable(rows: LighthouseRow[]): string {
  const lines = [
    '| page | locale | performance | accessibility | best practices | SEO | LCP | TBT | CLS | CPU index |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ]
  for (const r of rows)
    lines.push(
      `| ${r.page} \`${r.path}\`${r.reference ? `, ${r.reference} our pages (reference)` : ''} | ${r.locale} | ${CATEGORIES.map((c) => cell(r.scores[c], c, Boolean(r.reference))).join(' | ')} | ${ms(r.lcp)} | ${ms(r.tbt)} | ${r.cls.toFixed(3)} | ${Math.round(r.benchmarkIndex)} |`,
    )
  return lines.join('\n')
}

/** Each audit that cost a score its target once, with the pages where it did. */
export function missesList(rows: LighthouseRow[]): string {
  const byAudit = new Map<string, { miss: AuditMiss; pages: string[] }>()
  for (const r of rows) {
    for (const miss of r.misses) {
      const key = `${miss.category}/${miss.id}`
      const entry = byAudit.get(key) ?? { miss, pages: [] }
      entry.pages.push(`${r.page} ${r.locale}${miss.value ? ` (${miss.value})` : ''}`)
      byAudit.set(key, entry)
    }
  }
  if (byAudit.size === 0) return 'None: every audit passed.'
  return [...byAudit.entries()]
    .map(([key, { miss, pages }]) =>
      [
        `- \`${key}\` ${miss.title}: ${pages.join(', ')}`,
        ...miss.items.map((i) => `  - ${i.replace(/\|/g, '\\|')}`),
      ].join('\n'),
    )
    .join('\n')
}

/** The block docs/benchmarks.md keeps: how it was measured, the table, the failed audits. */
export function lighthouseMarkdown(
  rows: LighthouseRow[],
  run: {
    versions: string
    runs: number
    command: string
    date: string
    seconds: number
    machine: string
  },
): string {
  // The bare reference page has no policy of its own: only ours are reported.
  const ours = rows.filter((r) => !r.reference)
  const csp = [...new Set(ours.flatMap((r) => r.csp))]
  const warnings = [...new Set(ours.flatMap((r) => r.warnings))]
  return [
    `${run.versions} (Lighthouse's default config: mobile, simulated throttling; Debian's Chromium with the browser tests' flags), ${run.runs === 1 ? 'one run per page' : `the median of ${run.runs} runs per page`}, on \`next start\` of the current build with the demo seed. Reference: the bare Next page (b) of \`npm run bench\` (\`bench/hello-next\`, 4 KB of HTML), measured before and after our pages in the same run: Next's and React's own cost on this machine at that moment, not a target. Targets: performance ≥ 95, accessibility 100, best practices ≥ 95, SEO 100; a miss is in bold. CPU index: Lighthouse's benchmark of the machine during the run (higher is faster); simulated throttling scales the CPU time it observed, so on a loaded machine performance drops with it.`,
    '',
    `- command: \`${run.command}\``,
    `- date: ${run.date}; ${rows.length * run.runs} Lighthouse runs in ${run.seconds.toFixed(0)} s`,
    `- machine: ${run.machine}`,
    '',
    lighthouseTable(rows),
    '',
    'Failed audits (performance: on pages under 95; the other categories: every failed audit):',
    '',
    missesList(rows),
    '',
    `\`csp-xss\` (best practices, informational): ${csp.length ? csp.join('; ') : 'nothing to report'}.`,
    ...(warnings.length ? ['', `Lighthouse warnings: ${warnings.join(' ')}`] : []),
  ].join('\n')
}

export const START = '<!-- bench:lighthouse:start -->'
export const END = '<!-- bench:lighthouse:end -->'

/**
 * Replaces the Lighthouse block of docs/benchmarks.md (between its markers), or adds it before the
 * "## Results" heading the first time; `npm run bench` rewrites only its own block.
 */
export function writeLighthouseSection(file: string, markdown: string) {
  const current = fs.readFileSync(file, 'utf8')
  const at = current.indexOf(START)
  const end = current.indexOf(END)
  if (at >= 0 && end > at) {
    fs.writeFileSync(
      file,
      `${current.slice(0, at + START.length)}\n${markdown}\n${current.slice(end)}`,
    )
    return
  }
  const block = `## Lighthouse\n\n${START}\n${markdown}\n${END}\n\n`
  const results = current.indexOf('\n## Results')
  fs.writeFileSync(
    file,
    results >= 0
      ? `${current.slice(0, results + 1)}${block}${current.slice(results + 1)}`
      : `${current}\n${block}`,
  )
}
