import type { MapShape } from '@/lib/geo/projectedMap'

/** How one shape is highlighted: its class, and the link it becomes. */
export type ShapeHighlight = { className: string; href: string; label: string }

type Props = { shapes: MapShape[]; highlight?: (code: string) => ShapeHighlight | undefined }

/**
 * Areas as paths; a highlighted area is wrapped in a link named for what it links to, and a tiny
 * one (Malta, Rhode Island) gets a dot as well so there is something to see and click.
 */
export function MapShapes({ shapes, highlight }: Props) {
  return shapes.map((shape) => {
    const key = shape.code ?? shape.name
    const mark = shape.code ? highlight?.(shape.code) : undefined
    const code = shape.code ?? undefined
    if (!mark) return shape.d && <path key={key} className="map-shape" d={shape.d} data-code={code} />
    const className = `map-shape ${mark.className}`
    return (
      // The <title> is the link's accessible name (SVG-AAM) and its tooltip; an aria-label saying the
      // same again doubled the recognition map's weight.
      <a key={key} href={mark.href}>
        <title>{mark.label}</title>
        {shape.d && <path className={className} d={shape.d} data-code={code} />}
        {shape.tiny && <circle className={className} cx={shape.centroid[0]} cy={shape.centroid[1]} r={3} data-code={shape.d ? undefined : code} />}
      </a>
    )
  })
}
