'use client'

import { useEffect, useRef, useSyncExternalStore } from 'react'

export type MapZoomProps = {
  /** The id of the map's <svg> (the `id` prop of RecognitionMap or MonumentsMap). */
  targetId: string
  labels: { zoomIn: string; zoomOut: string; reset: string }
}

type Box = [number, number, number, number]

const noop = () => () => {}

const readBox = (svg: SVGSVGElement): Box =>
  (svg.getAttribute('viewBox') ?? '0 0 1 1').split(/[ ,]+/).map(Number) as Box

/**
 * Zoom buttons and drag-to-pan for a server-rendered map, done by changing its viewBox. Purely an
 * enhancement: the buttons appear only once the script runs; without it the map is whole and clickable.
 */
export function MapZoom({ targetId, labels }: MapZoomProps) {
  const initial = useRef<Box | null>(null)
  // False on the server and in the HTML, true once hydrated: no dead buttons without JavaScript.
  const ready = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  )

  useEffect(() => {
    const svg = document.getElementById(targetId)
    if (!(svg instanceof SVGSVGElement)) return
    initial.current = readBox(svg)
    let drag: { x: number; y: number; box: Box; moved: boolean } | null = null
    const down = (e: PointerEvent) =>
      (drag = { x: e.clientX, y: e.clientY, box: readBox(svg), moved: false })
    const move = (e: PointerEvent) => {
      if (!drag || readBox(svg)[2] >= initial.current![2]) return
      const [x, y, w, h] = drag.box
      const scale = w / svg.getBoundingClientRect().width
      const [dx, dy] = [(e.clientX - drag.x) * scale, (e.clientY - drag.y) * scale]
      if (Math.abs(dx) + Math.abs(dy) > 2) drag.moved = true
      svg.setAttribute('viewBox', `${x - dx} ${y - dy} ${w} ${h}`)
    }
    const up = () => (drag = null)
    // A drag that ends on a country must not follow its link.
    const click = (e: MouseEvent) => {
      if (drag?.moved) e.preventDefault()
    }
    svg.addEventListener('pointerdown', down)
    svg.addEventListener('pointermove', move)
    svg.addEventListener('click', click, true)
    window.addEventListener('pointerup', up)
    return () => {
      svg.removeEventListener('pointerdown', down)
      svg.removeEventListener('pointermove', move)
      svg.removeEventListener('click', click, true)
      window.removeEventListener('pointerup', up)
    }
  }, [targetId])

  const zoom = (factor: number | null) => {
    const svg = document.getElementById(targetId)
    if (!(svg instanceof SVGSVGElement) || !initial.current) return
    const [x, y, w, h] = readBox(svg)
    const full = initial.current
    const nextW = factor === null ? full[2] : Math.min(full[2], Math.max(full[2] / 8, w * factor))
    const scale = nextW / w
    const next: Box =
      factor === null ? full : [x + (w - nextW) / 2, y + (h - h * scale) / 2, nextW, h * scale]
    svg.setAttribute('viewBox', next.join(' '))
  }

  // The row is there before the buttons, so they take no room from the map when they appear.
  if (!ready) return <div className="map-zoom" />
  return (
    <div className="map-zoom" role="group">
      <button
        type="button"
        onClick={() => zoom(0.5)}
        aria-label={labels.zoomIn}
        aria-controls={targetId}
      >
        +
      </button>
      <button
        type="button"
        onClick={() => zoom(2)}
        aria-label={labels.zoomOut}
        aria-controls={targetId}
      >
        −
      </button>
      <button
        type="button"
        onClick={() => zoom(null)}
        aria-label={labels.reset}
        aria-controls={targetId}
      >
        ⟲
      </button>
    </div>
  )
}
