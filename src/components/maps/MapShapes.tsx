import { MapLinks, type MapLink } from '@/components/maps/MapLinks.client'
import { mapSprite, type SpriteGroup } from '@/lib/geo/mapSprite'
import type { MapShape } from '@/lib/geo/projectedMap'

/** How one shape is highlighted: its class, and the link it becomes. */
export type ShapeHighlight = { className: string; href: string; label: string }

type Props = { group: SpriteGroup; shapes: MapShape[]; highlight?: (code: string) => ShapeHighlight | undefined }

/**
 * Every area of a group drawn at once from the map sprite (src/lib/geo/mapSprite.ts), then each
 * highlighted area drawn again over it, coloured and wrapped in a link named for what it links to;
 * a tiny one (Malta, Rhode Island) gets a dot as well so there is something to see and click.
 */
export function MapShapes({ group, shapes, highlight }: Props) {
  const sprite = mapSprite()
  const links = shapes.flatMap((shape): MapLink[] => {
    const mark = shape.code ? highlight?.(shape.code) : undefined
    if (!mark) return []
    const link: MapLink = [mark.href, `map-shape ${mark.className}`, mark.label, shape.d ? shape.code : null]
    // Pushed, not passed as undefined: the RSC payload would spell out "$undefined" for every link.
    if (shape.tiny) link.push(shape.centroid)
    return [link]
  })
  return (
    <>
      <use className="map-shape" href={sprite.href(group)} />
      {links.length > 0 && <MapLinks sprite={sprite.path} links={links} />}
    </>
  )
}
