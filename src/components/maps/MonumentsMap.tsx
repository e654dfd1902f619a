import { useId } from 'react'

import { MapLinks } from '@/components/maps/MapLinks.client'
import { MapShapes } from '@/components/maps/MapShapes'
import { mapStyle } from '@/components/maps/mapStyle'
import { packMapLinks, type MapLinkSpec } from '@/components/maps/packMapLinks'
import { mapSprite } from '@/lib/geo/mapSprite'
import { worldMap } from '@/lib/geo/worldMap'

export type MonumentMarker = { name: string; href: string; lat: number; lng: number }

export type MonumentsMapProps = {
  monuments: MonumentMarker[]
  /** The map's accessible name, e.g. "Monuments to the victims of Khojaly around the world". */
  title: string
  /** The svg's id, for MapZoom. */
  id?: string
}

/** The world map with a linked marker per monument, each named for its monument. */
export function MonumentsMap({ monuments, title, id }: MonumentsMapProps) {
  const titleId = useId()
  const world = worldMap()
  const markers = monuments.flatMap((m): MapLinkSpec[] => {
    const point = world.projectPoint(m.lng, m.lat)
    return point
      ? [{ href: m.href, className: 'map-marker', label: m.name, area: null, dot: point }]
      : []
  })
  return (
    <svg
      id={id}
      className="geo-map monuments-map"
      viewBox={`0 0 ${world.width} ${world.height}`}
      role="group"
      aria-labelledby={titleId}
    >
      <title id={titleId}>{title}</title>
      <style>{mapStyle}</style>
      <g className="map-countries">
        <MapShapes group="world" shapes={world.countries} />
      </g>
      <g className="map-markers">
        <MapLinks sprite={mapSprite().path} links={packMapLinks(markers)} dotRadius={5} />
      </g>
    </svg>
  )
}
