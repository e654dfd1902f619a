import { geoPath, type GeoProjection } from 'd3-geo'

import { compactPath } from '@/lib/geo/compactPath'
import type { AreaFeature } from '@/lib/geo/geography'

/** One drawable area: every polygon of a code in one path ("Australia" and "Ashmore and Cartier Is." share 036). */
export type MapShape = {
  code: string | null
  name: string
  /** '' when the area is too small to draw at all (Malta): it is then only a dot when highlighted. */
  d: string
  /** Projected centre, for a dot that keeps tiny areas (Malta, Bahrain, Rhode Island) clickable. */
  centroid: [number, number]
  /** True when the area is too small to see or click at the map's size. */
  tiny: boolean
}

/** Below this projected area (units²) a shape also gets a dot when it is highlighted. */
const TINY_AREA = 12

/**
 * Projects the simplified features to path data. Centroids and sizes come from the full-detail
 * features, because simplification can collapse a small island to nothing.
 */
export function projectShapes(
  projection: GeoProjection,
  simplified: AreaFeature[],
  detailed: AreaFeature[],
): MapShape[] {
  const path = geoPath(projection)
  const byKey = new Map<string, MapShape>()
  detailed.forEach((full, i) => {
    const d = compactPath(projection, simplified[i])
    const [x, y] = path.centroid(full)
    if (Number.isNaN(x)) return // outside the projection (geoAlbersUsa has no Guam)
    const key = full.properties.code ?? `name:${full.properties.name}`
    const existing = byKey.get(key)
    if (existing) {
      existing.d += d
      return
    }
    byKey.set(key, {
      code: full.properties.code,
      name: full.properties.name,
      d,
      centroid: [Math.round(x * 10) / 10, Math.round(y * 10) / 10],
      tiny: path.area(full) < TINY_AREA,
    })
  })
  return [...byKey.values()]
}
