import { geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo'

/**
 * Polygons only (areas close their rings; an unclosed line would never be written).
 * SVG path data in relative coordinates at a tenth of a unit, as d3's geoPath writes it through a
 * context. Relative numbers are about half as long as absolute ones ("l1.2-.3" against
 * "L512.4,231.7") and points that round onto the previous one are dropped, which is what keeps the
 * world map's markup small.
 */
class CompactPathContext implements GeoContext {
  private out = ''
  private ring = ''
  private points = 0
  private x = 0
  private y = 0
  private startX = 0
  private startY = 0
  // Where the last written ring left the pen: a dropped ring must not shift the next one.
  private penX = 0
  private penY = 0

  beginPath(): void {}

  moveTo(x: number, y: number): void {
    const [tx, ty] = [Math.round(x * 10), Math.round(y * 10)]
    this.ring = `m${pair(tx - this.penX, ty - this.penY)}`
    this.points = 1
    this.x = this.startX = tx
    this.y = this.startY = ty
  }

  lineTo(x: number, y: number): void {
    const [tx, ty] = [Math.round(x * 10), Math.round(y * 10)]
    if (tx === this.x && ty === this.y) return
    const next = pair(tx - this.x, ty - this.y)
    this.ring += next.startsWith('-') ? next : ` ${next}`
    this.points++
    this.x = tx
    this.y = ty
  }

  // A ring that rounds to fewer than three points has no area to draw: an islet smaller than a
  // tenth of a unit. Leaving it out is most of the saving on the Pacific and the Arctic.
  closePath(): void {
    if (this.points < 3) return
    this.out += `${this.ring}z`
    // After "z" the pen is back at the ring's start.
    this.penX = this.startX
    this.penY = this.startY
  }

  // Points are drawn as <circle> elements by the components, never through the path.
  arc(): void {}

  result(): string {
    return this.out
  }
}

/** A length in tenths as the shortest SVG number: 5 → ".5", -12 → "-1.2", 30 → "3". */
const num = (tenths: number): string => (tenths / 10).toString().replace(/^(-?)0\./, '$1.')

const pair = (dx: number, dy: number): string => {
  const y = num(dy)
  return `${num(dx)}${y.startsWith('-') ? '' : ' '}${y}`
}

/** The object's path data through the projection, compact; '' when nothing of it is visible. */
export function compactPath(projection: GeoProjection, object: GeoPermissibleObjects): string {
  const context = new CompactPathContext()
  geoPath(projection, context)(object)
  return context.result()
}
