'use client'

import type { PackedMapLinks } from '@/components/maps/packMapLinks'

type Props = {
  /** The href of the map sprite (src/lib/geo/mapSprite.ts), without a fragment. */
  sprite: string
  links: PackedMapLinks
  dotRadius?: number
}

/**
 * The links of a map: each over its area drawn again from the sprite in its colour, or its dot. A
 * client component for one reason: Next's RSC payload repeats every server-rendered element as
 * JSON that weighs more than the HTML itself, whereas a client component's payload is only its
 * props (packed: packMapLinks). For the recognition map at 900 recognitions that is 100 KB less per
 * page; rendered on the server all the same, so the map works without JavaScript.
 */
export function MapLinks({ sprite, links: { base, classes, links }, dotRadius = 3 }: Props) {
  return links.map(([rest, classIndex, label, area, dot]) => (
    // The <title> is the link's accessible name (SVG-AAM) and its tooltip; an aria-label saying the
    // same again doubled the recognition map's weight.
    <a key={rest} href={base + rest}>
      <title>{label}</title>
      {area && <use className={classes[classIndex]} href={`${sprite}#${area}`} />}
      {dot && <circle className={classes[classIndex]} cx={dot[0]} cy={dot[1]} r={dotRadius} />}
    </a>
  ))
}
