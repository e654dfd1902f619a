import { useId } from 'react'

import { mapStyle } from '@/components/maps/mapStyle'
import { locatorMap, type LocatorOptions } from '@/lib/geo/locatorMap'

export type LocatorMapProps = LocatorOptions & {
  lat: number
  lng: number
  /** The map's accessible name, e.g. "Location of the Khojaly Genocide Memorial in Berlin". */
  title: string
}

/** A small map centred on one place, for a monument's page: the countries around it and a marker. */
export function LocatorMap({ lat, lng, title, ...options }: LocatorMapProps) {
  const titleId = useId()
  const map = locatorMap(lng, lat, options)
  return (
    <svg
      className="geo-map locator-map"
      viewBox={`0 0 ${map.width} ${map.height}`}
      role="img"
      aria-labelledby={titleId}
    >
      <title id={titleId}>{title}</title>
      <style>{mapStyle}</style>
      {map.countries.map((c, i) => (
        <path key={i} className="map-shape" d={c.d} data-code={c.code ?? undefined} />
      ))}
      <rect className="map-frame" x={0.5} y={0.5} width={map.width - 1} height={map.height - 1} />
      <circle className="map-marker" cx={map.point[0]} cy={map.point[1]} r={6} />
    </svg>
  )
}
