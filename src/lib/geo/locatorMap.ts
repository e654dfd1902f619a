import { geoAzimuthalEqualArea, geoBounds } from 'd3-geo'

import { compactPath } from '@/lib/geo/compactPath'
import { countryFeatures } from '@/lib/geo/geography'
import { once } from '@/lib/geo/once'

export type LocatorMap = {
  width: number
  height: number
  /** The countries in view, clipped to the frame, at full 1:50m detail. */
  countries: Array<{ code: string | null; name: string; d: string }>
  /** Where the point itself falls: the centre of the frame. */
  point: [number, number]
}

export type LocatorOptions = {
  width?: number
  height?: number
  /** Degrees of latitude shown. */ span?: number
}

const countryBounds = once(() => countryFeatures().map((f) => geoBounds(f)))

/**
 * A small map centred on one point: an azimuthal equal-area projection around it (no distortion
 * at the centre), about `span` degrees tall, clipped to the frame so only what shows is written.
 */
export function locatorMap(
  lng: number,
  lat: number,
  { width = 320, height = 220, span = 10 }: LocatorOptions = {},
): LocatorMap {
  const projection = geoAzimuthalEqualArea()
    .rotate([-lng, -lat])
    .translate([width / 2, height / 2])
  // Scale so `span` degrees of latitude fill the height: the projection's scale is in radians.
  projection.scale(height / ((span * Math.PI) / 180)).clipExtent([
    [0, 0],
    [width, height],
  ])
  // A generous box (twice the view) around the point: only a cheap filter before clipping.
  const halfLat = span
  const halfLng = (span * width) / height / Math.max(Math.cos((lat * Math.PI) / 180), 0.2)
  const bounds = countryBounds()
  const countries = countryFeatures().flatMap((f, i) => {
    const [[west, south], [east, north]] = bounds[i]
    const lngOverlaps =
      west > east ||
      [-360, 0, 360].some((shift) => west + shift <= lng + halfLng && east + shift >= lng - halfLng)
    if (south > lat + halfLat || north < lat - halfLat || !lngOverlaps) return []
    const d = compactPath(projection, f)
    return d ? [{ code: f.properties.code, name: f.properties.name, d }] : []
  })
  return { width, height, countries, point: [width / 2, height / 2] }
}
