import { geoAlbersUsa } from 'd3-geo'

import { simplifiedStateFeatures, stateFeatures } from '@/lib/geo/geography'
import { once } from '@/lib/geo/once'
import { projectShapes, type MapShape } from '@/lib/geo/projectedMap'
import { worldMap } from '@/lib/geo/worldMap'

export type UsInset = {
  /** The inset's frame in the world map's viewBox: x, y, width, height. */
  box: { x: number; y: number; width: number; height: number }
  states: MapShape[]
  projectPoint: (lng: number, lat: number) => [number, number] | null
}

const INSET = { width: 262, height: 176, margin: 2 }

/**
 * The US states in Albers USA (Alaska and Hawaii moved in; territories it cannot place are left
 * out), drawn in the empty South Pacific at the world map's lower left.
 */
export const usStatesInset = once((): UsInset => {
  const { height } = worldMap()
  const box = {
    x: INSET.margin,
    y: height - INSET.height - INSET.margin,
    width: INSET.width,
    height: INSET.height,
  }
  const pad = 8
  const simplified = simplifiedStateFeatures()
  const projection = geoAlbersUsa().fitExtent(
    [
      [box.x + pad, box.y + pad * 2.5],
      [box.x + box.width - pad, box.y + box.height - pad],
    ],
    { type: 'FeatureCollection', features: simplified },
  )
  return {
    box,
    states: projectShapes(projection, simplified, stateFeatures()),
    projectPoint: (lng, lat) => {
      const point = projection([lng, lat])
      return point ? [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10] : null
    },
  }
})
