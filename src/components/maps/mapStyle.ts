import { type RecognitionLevel } from '@/components/maps/recognitionsByJurisdiction'

/** The fallback colour of each level, light and dark, behind the site's custom property. */
const levelColours: Record<RecognitionLevel, [variable: string, light: string, dark: string]> = {
  national: ['--map-national', '#a61b1b', '#f0705f'],
  subnational: ['--map-subnational', '#e07b29', '#f5b36b'],
  international: ['--map-other', '#2d6a9a', '#6fb0e0'],
}

/** The fill of `.level-*` shapes under `scope`: the map, its legend and the chart over time share one set of colours. */
export const levelFills = (scope: string, scheme: 'light' | 'dark') =>
  Object.entries(levelColours)
    .map(
      ([level, [variable, light, dark]]) =>
        `:where(${scope} .level-${level}){fill:var(${variable},${scheme === 'light' ? light : dark})}`,
    )
    .join('')

/**
 * Fallback colours so a map reads correctly with no stylesheet at all. Every rule sits in :where(),
 * so it has no specificity and any site rule wins; the site themes the maps (dark mode included)
 * by setting the custom properties: --map-land, --map-border, --map-national, --map-subnational,
 * --map-other, --map-marker, --map-marker-border, --map-frame.
 */
export const mapStyle = [
  ':where(.geo-map .map-shape){fill:var(--map-land,#d6d3d1);stroke:var(--map-border,#fafaf9);stroke-width:.5px;stroke-linejoin:round;vector-effect:non-scaling-stroke}',
  levelFills('.geo-map', 'light'),
  ':where(.geo-map .map-marker){fill:var(--map-marker,#a61b1b);stroke:var(--map-marker-border,#fff);stroke-width:1.5px;vector-effect:non-scaling-stroke}',
  ':where(.geo-map .map-frame){fill:none;stroke:var(--map-frame,#a8a29e);stroke-width:1px;vector-effect:non-scaling-stroke}',
  ':where(.geo-map .map-label){fill:currentColor;font-size:13px}',
  ':where(.geo-map a:hover .map-shape,.geo-map a:focus .map-shape,.geo-map a:hover .map-marker,.geo-map a:focus .map-marker){stroke:currentColor;stroke-width:2px}',
  '@media (prefers-color-scheme:dark){',
  ':where(.geo-map .map-shape){fill:var(--map-land,#44403c);stroke:var(--map-border,#1c1917)}',
  levelFills('.geo-map', 'dark'),
  ':where(.geo-map .map-marker){fill:var(--map-marker,#f0705f);stroke:var(--map-marker-border,#1c1917)}',
  '}',
].join('')
