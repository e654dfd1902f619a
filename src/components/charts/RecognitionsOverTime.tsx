import { useId } from 'react'

import { chartStyle } from '@/components/charts/chartStyle'
import { cumulativeByYear, formatNumber, formatYear } from '@/components/charts/chartData'

export type RecognitionsOverTimeProps = {
  /** The recognitions' dates (ISO); missing ones are left out. */
  dates: Array<string | null | undefined>
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

const [WIDTH, HEIGHT] = [640, 320]
const PLOT = { left: 48, right: 8, top: 12, bottom: 56 }

const round = (n: number) => Math.round(n * 10) / 10

/** A round step for about five gridlines: 1, 2, 5, 10, 20, 50… */
function tickStep(max: number): number {
  const raw = Math.max(1, max / 5)
  const power = 10 ** Math.floor(Math.log10(raw))
  return ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power
}

/**
 * Recognitions so far, year by year: one bar per year for the running total, the part added that
 * year in the accent colour. Years and numbers are written by Intl in the page's language.
 */
export function RecognitionsOverTime({ dates, locale, labels }: RecognitionsOverTimeProps) {
  const id = useId()
  const rows = cumulativeByYear(dates)
  const max = Math.max(1, ...rows.map((r) => r.total))
  const step = tickStep(max)
  const top = Math.ceil(max / step) * step
  const plotWidth = WIDTH - PLOT.left - PLOT.right
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom
  const band = plotWidth / Math.max(1, rows.length)
  const y = (value: number) => round(PLOT.top + plotHeight - (plotHeight * value) / top)
  const labelEvery = Math.ceil(rows.length / 8)
  const ticks = Array.from({ length: top / step + 1 }, (_, i) => i * step)
  const desc =
    labels.description ??
    rows
      .filter((r) => r.added > 0)
      .map((r) => `${formatYear(r.year, locale)}: ${formatNumber(r.total, locale)}`)
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
            {formatNumber(t, locale)}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const x = round(PLOT.left + i * band + band * 0.1)
        const w = round(band * 0.8)
        return (
          <g key={r.year} data-year={r.year} data-total={r.total}>
            <rect className="chart-bar" x={x} y={y(r.total)} width={w} height={y(0) - y(r.total)} />
            {r.added > 0 && (
              <rect
                className="chart-bar-added"
                x={x}
                y={y(r.total)}
                width={w}
                height={y(r.total - r.added) - y(r.total)}
              />
            )}
            {i % labelEvery === 0 && (
              <text x={x + w / 2} y={HEIGHT - PLOT.bottom + 20} textAnchor="middle">
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
        transform={`translate(14 ${PLOT.top + plotHeight / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {labels.yAxis}
      </text>
    </svg>
  )
}
