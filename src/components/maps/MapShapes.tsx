import { MapLinks } from '@/components/maps/MapLinks.client'
import { packMapLinks, type MapLinkSpec } from '@/components/maps/packMapLinks'
import { mapSprite, type SpriteGroup } from '@/lib/geo/mapSprite'
import type { MapShape } from '@/lib/geo/projectedMap'

/** How one shape is highlighted: its class, and the link it becomes. */
export type ShapeHighlight = { className: string; href: string; label: string }

type Props = {
  group: SpriteGroup
  shapes: MapShape[]
  highlight?: (code: string) => ShapeHighlight | undefined
}

/**
 * Every area of a group drawn at once from the map sprite (src/lib/geo/mapSprite.ts), then each
 * highlighted area drawn again over it, coloured and wrapped in a link named for what it links to;
 * a tiny one (Malta, Rhode Island) gets a dot as well so there is something to see and click.
 */
export function MapShapes({ group, shapes, highlight }: Props) {
  const sprite = mapSprite()
  const links = shapes.flatMap((shape): MapLinkSpec[] => {
    const mark = shape.code ? highlight?.(shape.code) : undefined
    if (!mark) return []
    return [
      {
        href: mark.href,
        className: `map-shape ${mark.className}`,
        label: mark.label,
        area: shape.d ? shape.code : null,
        dot: shape.tiny ? shape.centroid : undefined,
      },
    ]
  })
  return (
    <>
      <use className="map-shape" href={sprite.href(group)} />
      {links.length > 0 && <MapLinks sprite={sprite.path} links={packMapLinks(links)} />}
    </>
  )
}
