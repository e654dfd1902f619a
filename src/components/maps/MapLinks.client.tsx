'use client'

/**
 * One highlighted area: [its code, its class ("level-national"), where it links, the link's name,
 * whether the sprite draws it (a microstate it does not is only a dot), the dot for an area too
 * small to see or click]. A tuple, not an object: a map carries hundreds, and Next sends them twice
 * (in the HTML and in the RSC payload).
 */
export type MapLink = [code: string, className: string, href: string, label: string, drawn: boolean, dot?: [number, number]]

type Props = {
  /** The href of the map sprite (src/lib/geo/mapSprite.ts), without a fragment. */
  sprite: string
  links: MapLink[]
}

/**
 * The links of a map, each over its area drawn again from the sprite in its colour. A client
 * component for one reason: Next's RSC payload repeats every server-rendered element as JSON that
 * weighs more than the HTML itself, whereas a client component's payload is only its props. For the
 * recognition map at 900 recognitions that is 100 KB less per page; rendered on the server all the
 * same, so the map works without JavaScript.
 */
export function MapLinks({ sprite, links }: Props) {
  return links.map(([code, level, href, label, drawn, dot]) => {
    const className = `map-shape ${level}`
    return (
      // The <title> is the link's accessible name (SVG-AAM) and its tooltip; an aria-label saying the
      // same again doubled the recognition map's weight.
      <a key={code} href={href}>
        <title>{label}</title>
        {drawn && <use className={className} href={`${sprite}#${code}`} data-code={code} />}
        {dot && <circle className={className} cx={dot[0]} cy={dot[1]} r={3} data-code={drawn ? undefined : code} />}
      </a>
    )
  })
}
