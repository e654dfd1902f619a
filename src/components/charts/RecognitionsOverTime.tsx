import { useId } from 'react'

import { chartStyle } from '@/components/charts/chartStyle'
import {
  axisTicks,
  cumulativeByYear,
  formatYear,
  type DatedRecognition,
} from '@/components/charts/chartData'
import { formatNumberIn } from '@/lib/format/intl'
import { recognitionLevels } from '@/components/maps/recognitionsByJurisdiction'

export type RecognitionsOverTimeProps = {
  /** Recognitions without a date are left out. */
  recognitions: DatedRecognition[]
  /** The last year shown; the current year by default, as the total still stands. */
  until?: number
  /** The page's Intl locale (locales[].intl). */
  locale: string
  labels: {
    title: string
    xAxis: string
    yAxis: string
    /** Read by screen readers; defaults to "year: total" for each year with a recognition. */
    description?: string
  }
}

// Narrow, so its 15px text is still 13px on a 390px phone; the stylesheet caps its width so the
// text grows no bigger than 18px on a desktop.
const [WIDTH, HEIGHT] = [400, 260]
const PLOT = { left: 52, right: 8, top: 12, bottom: 52 }
/** Room a year label needs, in viewBox units. */
const YEAR_LABEL = 44

const round = (n: number) => Math.round(n * 10) / 10

/**
 * Recognitions so far, year by year: one column per year for the running total, stacked by level
 * in the map's colours (national at the bottom). Server-rendered SVG; years and numbers are
 * written by Intl in the page's language.
 */
export function RecognitionsOverTime({
  recognitions,
  until = new Date().getUTCFullYear(),
  locale,
  labels,
}: RecognitionsOverTimeProps) {
  const id = useId()
  const rows = cumulativeByYear(recognitions, until)
  const ticks = axisTicks(Math.max(0, ...rows.map((r) => r.total)))
  const top = ticks[ticks.length - 1]
  const plotWidth = WIDTH - PLOT.left - PLOT.right
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom
  const band = plotWidth / Math.max(1, rows.length)
  const y = (value: number) => round(PLOT.top + plotHeight - (plotHeight * value) / top)
  // Counted back from the last year, so the current one is always labelled.
  const labelEvery = Math.ceil(YEAR_LABEL / band)
  const desc =
    labels.description ??
    rows
      .filter((r) => r.added > 0)
      .map((r) => `${formatYear(r.year, locale)}: ${formatNumberIn(r.total, locale)}`)
      .join('; ')
  return (
    <svg
      className="chart recognitions-over-time"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}t ${id}d`}
    >
      <title id={`${id}t`}>{labels.title}</title>
      <desc id={`${id}d`}>{desc}</desc>
      <style>{chartStyle}</style>
      {ticks.map((t) => (
        <g key={t}>
          <line className="chart-grid" x1={PLOT.left} x2={WIDTH - PLOT.right} y1={y(t)} y2={y(t)} />
          <text x={PLOT.left - 6} y={y(t) + 5} textAnchor="end">
            {formatNumberIn(t, locale)}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const x = round(PLOT.left + i * band + band * 0.15)
        const w = round(band * 0.7)
        let below = 0
        return (
          <g key={r.year} data-year={r.year} data-total={r.total}>
            {recognitionLevels.map((level) => {
              const count = r.byLevel[level]
              if (!count) return null
              const [from, to] = [below, (below += count)]
              return (
                <rect
                  key={level}
                  className={`level-${level}`}
                  data-level={level}
                  x={x}
                  y={y(to)}
                  width={w}
                  height={round(y(from) - y(to))}
                />
              )
            })}
            {(rows.length - 1 - i) % labelEvery === 0 && (
              <text x={round(x + w / 2)} y={HEIGHT - PLOT.bottom + 20} textAnchor="middle">
                {formatYear(r.year, locale)}
              </text>
            )}
          </g>
        )
      })}
      <text x={PLOT.left + plotWidth / 2} y={HEIGHT - 8} textAnchor="middle">
        {labels.xAxis}
      </text>
      <text
        transform={`translate(16 ${PLOT.top + plotHeight / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {labels.yAxis}
      </text>
    </svg>
  )
}
