/**
 * Fallback look for the charts with no stylesheet; zero specificity (:where) so site rules win.
 * Themed through --chart-bar, --chart-bar-accent, --chart-grid; text uses currentColor, so dark mode follows the page.
 */
export const chartStyle = [
  ':where(.chart text){fill:currentColor;font-size:14px}',
  ':where(.chart .chart-value){font-variant-numeric:tabular-nums;font-weight:600}',
  ':where(.chart .chart-bar){fill:var(--chart-bar,#a61b1b)}',
  ':where(.chart .chart-bar-added){fill:var(--chart-bar-accent,#e07b29)}',
  ':where(.chart .chart-grid){stroke:var(--chart-grid,#a8a29e);stroke-width:1px;opacity:.5;vector-effect:non-scaling-stroke}',
  '@media (prefers-color-scheme:dark){:where(.chart .chart-bar){fill:var(--chart-bar,#f0705f)}:where(.chart .chart-bar-added){fill:var(--chart-bar-accent,#f5b36b)}}',
].join('')
