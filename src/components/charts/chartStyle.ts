import { levelFills } from '@/components/maps/mapStyle'

/**
 * Fallback look for the charts with no stylesheet; zero specificity (:where) so site rules win.
 * Levels of recognition take the map's colours (--map-national…); gridlines --chart-grid; text uses
 * currentColor, so dark mode follows the page.
 */
export const chartStyle = [
  ':where(.chart text){fill:currentColor;font-size:15px}',
  ':where(.chart .chart-grid){stroke:var(--chart-grid,#a8a29e);stroke-width:1px;opacity:.5;vector-effect:non-scaling-stroke}',
  levelFills('.chart', 'light'),
  `@media (prefers-color-scheme:dark){${levelFills('.chart', 'dark')}}`,
].join('')
