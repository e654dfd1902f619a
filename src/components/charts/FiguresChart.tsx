import { groupFigures, type Figure, type FigureUnit } from '@/components/charts/chartData'
import { formatNumberIn } from '@/lib/format/intl'

export type FiguresChartProps = {
  figures: Figure[]
  /** The page's Intl locale (locales[].intl): 'az-Latn-AZ', 'en-GB', 'ru-RU'. */
  locale: string
  title: string
  /** Each group's heading: "People killed", "Families"… */
  units: Record<FigureUnit, string>
}

/** Tenths of a percent: enough for a bar, short in the HTML. */
const percent = (share: number) => `${Math.round(share * 1000) / 10}%`

/**
 * The figures in groups by unit, the killed first, each group with its heading and its own scale.
 * HTML bars sized by CSS width rather than an SVG: the text stays the page's size on a phone (an
 * SVG 640 wide drew 14px labels at 7.6px on a 390px screen). A group of one figure gets no bar,
 * which would only be as long as itself.
 */
export function FiguresChart({ figures, locale, title, units }: FiguresChartProps) {
  return (
    <div className="figures-chart" role="group" aria-label={title}>
      {groupFigures(figures).map((group) => (
        <section key={group.unit} className="figure-group" data-unit={group.unit}>
          <h3>{units[group.unit]}</h3>
          <ul>
            {group.figures.map((f) => (
              <li key={f.key} data-key={f.key}>
                <span className="figure-bar-label" lang={f.lang}>
                  {f.label}
                </span>
                {group.figures.length > 1 && (
                  <span className="figure-bar" style={{ width: percent(f.share) }} />
                )}
                <span className="figure-bar-value">{formatNumberIn(f.value, locale)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
