import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo'

import { countryFeatures, simplifiedCountryFeatures } from '@/lib/geo/geography'
import { once } from '@/lib/geo/once'
import { projectShapes, type MapShape } from '@/lib/geo/projectedMap'

export const WORLD_WIDTH = 1000

export type WorldMap = {
  width: number
  height: number
  countries: MapShape[]
  /** [x, y] in the map's viewBox, or null where the projection has no point. */
  projectPoint: (lng: number, lat: number) => [number, number] | null
  /** The longitude/latitude at [x, y] of the viewBox: the inverse of projectPoint. */
  invertPoint: (x: number, y: number) => [number, number] | null
}

const toPoint = (projection: GeoProjection, lng: number, lat: number): [number, number] | null => {
  const point = projection([lng, lat])
  return point ? [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10] : null
}

/**
 * The world in Equal Earth (areas true to size, so no country looks larger than it is), fitted to
 * 1000 units across. Antarctica is left out: it has no legislature and would take a fifth of the height.
 */
export const worldMap = once((): WorldMap => {
  const keep = (i: number) => countryFeatures()[i].properties.code !== 'AQ'
  const detailed = countryFeatures().filter((_, i) => keep(i))
  const simplified = simplifiedCountryFeatures().filter((_, i) => keep(i))
  const land = { type: 'FeatureCollection' as const, features: simplified }
  const projection = geoEqualEarth().fitWidth(WORLD_WIDTH, land)
  return {
    width: WORLD_WIDTH,
    height: Math.ceil(geoPath(projection).bounds(land)[1][1]),
    countries: projectShapes(projection, simplified, detailed),
    projectPoint: (lng, lat) => toPoint(projection, lng, lat),
    invertPoint: (x, y) => projection.invert?.([x, y]) ?? null,
  }
})

/** Where a longitude/latitude falls on the world map. */
export const projectPoint = (lng: number, lat: number): [number, number] | null =>
  worldMap().projectPoint(lng, lat)
