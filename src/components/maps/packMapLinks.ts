/**
 * One link on a map: where it links, its class ("map-shape level-national", "map-marker"), its name,
 * the id of the area the sprite draws for it (null for a microstate it does not draw, or a monument),
 * and the dot that marks it (a place, or an area too small to see or click).
 */
export type MapLinkSpec = {
  href: string
  className: string
  label: string
  area: string | null
  dot?: [number, number]
}

/** A link as MapLinks receives it: its href after the shared `base`, and its class by index. */
type PackedLink = [
  hrefRest: string,
  classIndex: number,
  label: string,
  area: string | null,
  dot?: [number, number],
]

export type PackedMapLinks = { base: string; classes: string[]; links: PackedLink[] }

/**
 * The links of a map as the props of a client component: tuples, the few classes named once and
 * the start every href shares (`/ru/monuments/`, `?show=`) written once. A map carries hundreds of
 * links and Next sends its props twice (in the HTML and the RSC payload), each `"` of them escaped:
 * on the recognition map at 906 recognitions this is 11 KB of the page, on the memorial map at
 * 1 301 memorials 33 KB.
 */
export function packMapLinks(specs: MapLinkSpec[]): PackedMapLinks {
  const base = commonPrefix(specs.map((link) => link.href))
  const classes = [...new Set(specs.map((link) => link.className))]
  const links = specs.map(({ href, className, label, area, dot }): PackedLink => {
    const link: PackedLink = [href.slice(base.length), classes.indexOf(className), label, area]
    // Pushed, not passed as undefined: the RSC payload would spell out "$undefined" for every link.
    if (dot) link.push(dot)
    return link
  })
  return { base, classes, links }
}

/** Short of the whole href when there is one link, so each link keeps a key of its own. */
function commonPrefix(hrefs: string[]): string {
  if (hrefs.length < 2) return ''
  let prefix = hrefs[0]
  for (const href of hrefs) while (!href.startsWith(prefix)) prefix = prefix.slice(0, -1)
  return prefix
}
