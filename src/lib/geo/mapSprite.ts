import { createHash } from 'node:crypto'

import { once } from '@/lib/geo/once'
import type { MapShape } from '@/lib/geo/projectedMap'
import { usStatesInset } from '@/lib/geo/usInset'
import { worldMap } from '@/lib/geo/worldMap'

/** The groups of the sprite: every country of the world map, every state of the US inset. */
export type SpriteGroup = 'world' | 'us'

export type MapSprite = {
  /** The SVG document: one `<g id>` per group, one `<path id="FR">` per coded shape. */
  svg: string
  /** Where it is served: a path named for its content, so browsers may keep it for good. */
  path: string
  /** The `href` of a `<use>` drawing one group or one shape. */
  href: (idOrGroup: SpriteGroup | string) => string
}

export const MAP_SPRITE_ROUTE = '/maps'

const escapeAttr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

// vector-effect is not inherited, so it cannot come from the page's <use>: without it on every path
// the borders would thicken eightfold at the map's deepest zoom.
const group = (id: SpriteGroup, shapes: MapShape[]) =>
  `<g id="${id}">${shapes
    .filter((shape) => shape.d)
    .map(
      (shape) =>
        `<path${shape.code ? ` id="${escapeAttr(shape.code)}"` : ''} d="${shape.d}" vector-effect="non-scaling-stroke"/>`,
    )
    .join('')}</g>`

/**
 * The geometry of the world map and the US inset as one SVG file that map pages draw with
 * `<use href>`. Inline, the paths weighed 78 KB on every map page, and Next's RSC payload repeats
 * a server-rendered page, so 156 KB; as a file it is sent once and kept by the browser (and nginx)
 * for every map page in every language. The pages keep what changes (colours, links, names).
 * Fill and stroke are not set here: the `<use>` elements' classes give them, by inheritance.
 */
export const mapSprite = once((): MapSprite => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg">${group('world', worldMap().countries)}${group('us', usStatesInset().states)}</svg>`
  const path = `${MAP_SPRITE_ROUTE}/${createHash('sha256').update(svg).digest('hex').slice(0, 16)}.svg`
  return { svg, path, href: (id) => `${path}#${id}` }
})
