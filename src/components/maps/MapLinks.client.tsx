'use client'

/**
 * One link on a map: [where it links, its class ("map-shape level-national", "map-marker"), its
 * name, the id of the area the sprite draws for it (null for a microstate it does not draw, or a
 * monument), the dot that marks it (a place, or an area too small to see or click)]. A tuple, not
 * an object: a map carries hundreds, and Next sends them twice (in the HTML and the RSC payload).
 */
export type MapLink = [href: string, className: string, label: string, area: string | null, dot?: [number, number]]

type Props = {
  /** The href of the map sprite (src/lib/geo/mapSprite.ts), without a fragment. */
  sprite: string
  links: MapLink[]
  dotRadius?: number
}

/**
 * The links of a map: each over its area drawn again from the sprite in its colour, or its dot. A
 * client component for one reason: Next's RSC payload repeats every server-rendered element as
 * JSON that weighs more than the HTML itself, whereas a client component's payload is only its
 * props. For the recognition map at 900 recognitions that is 100 KB less per page; rendered on the
 * server all the same, so the map works without JavaScript.
 */
export function MapLinks({ sprite, links, dotRadius = 3 }: Props) {
  return links.map(([href, className, label, area, dot]) => (
    // The <title> is the link's accessible name (SVG-AAM) and its tooltip; an aria-label saying the
    // same again doubled the recognition map's weight.
    <a key={href} href={href}>
      <title>{label}</title>
      {area && <use className={className} href={`${sprite}#${area}`} data-code={area} />}
      {dot && <circle className={className} cx={dot[0]} cy={dot[1]} r={dotRadius} />}
    </a>
  ))
}
