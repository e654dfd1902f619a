import { useId } from 'react'

import { chartStyle } from '@/components/charts/chartStyle'
import { figuresTable, formatNumber, type Figure } from '@/components/charts/chartData'

export type FiguresChartProps = {
  figures: Figure[]
  /** The page's Intl locale (locales[].intl): 'az-Latn-AZ', 'en-GB', 'ru-RU'. */
  locale: string
  title: string
  /** Read by screen readers; defaults to every figure as "label: value". */
  description?: string
}

const WIDTH = 640
const ROW = 48
const VALUE_ROOM = 90

/**
 * Horizontal bars, one per figure, each with its label above it (labels in any language fit, however
 * long) and its number, formatted for the locale, at its end. All bars share one scale.
 */
export function FiguresChart({ figures, locale, title, description }: FiguresChartProps) {
  const id = useId()
  const max = Math.max(1, ...figures.map((f) => f.value))
  const height = figures.length * ROW + 4
  const desc =
    description ??
    figuresTable(figures, locale)
      .map((r) => `${r.label}: ${r.value}`)
      .join('; ')
  return (
    <svg
      className="chart figures-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}t ${id}d`}
    >
      <title id={`${id}t`}>{title}</title>
      <desc id={`${id}d`}>{desc}</desc>
      <style>{chartStyle}</style>
      {figures.map((f, i) => {
        const y = i * ROW
        const width = Math.max(1, Math.round(((WIDTH - VALUE_ROOM) * f.value) / max))
        return (
          <g key={f.key} data-key={f.key}>
            <text x={0} y={y + 16}>
              {f.label}
            </text>
            <rect className="chart-bar" x={0} y={y + 22} width={width} height={18} rx={2} />
            <text className="chart-value" x={width + 8} y={y + 36}>
              {formatNumber(f.value, locale)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
