import { useId } from 'react'

import { MapShapes, type ShapeHighlight } from '@/components/maps/MapShapes'
import { mapStyle } from '@/components/maps/mapStyle'
import {
  RecognitionLegend,
  type RecognitionLegendLabels,
} from '@/components/maps/RecognitionLegend'
import {
  recognitionsByJurisdiction,
  type MapRecognition,
  type RecognitionLevel,
} from '@/components/maps/recognitionsByJurisdiction'
import { usStatesInset } from '@/lib/geo/usInset'
import { worldMap } from '@/lib/geo/worldMap'

export type RecognitionMapLabels = {
  title: string
  legend: RecognitionLegendLabels
  organisations: string
  usInset: string
  /** Said after a recognition's name when its jurisdiction has others: "(and 2 more)". */
  more: (count: number) => string
  /** Heading for recognitions that have no shape on the map (a region outside the US, a microstate missing from the data); defaults to `organisations`. */
  elsewhere?: string
}

export type RecognitionMapProps = {
  recognitions: MapRecognition[]
  labels: RecognitionMapLabels
  /** The svg's id, for MapZoom. */
  id?: string
  headingLevel?: 2 | 3 | 4
}

const levelClass = (level: RecognitionLevel) => `level-${level}`

/**
 * The world coloured by level of recognition, the US states in an inset once one is recorded, and
 * beside it a legend and the organisations (which have no territory to colour). Every recognised
 * shape is a link. Server-rendered SVG: it works with no JavaScript and no network.
 */
export function RecognitionMap({
  recognitions,
  labels,
  id,
  headingLevel = 2,
}: RecognitionMapProps) {
  const titleId = useId()
  const Heading = `h${headingLevel}` as const
  const world = worldMap()
  const inset = usStatesInset()
  const byCode = recognitionsByJurisdiction(recognitions, labels.more)
  const highlight = (code: string): ShapeHighlight | undefined => {
    const r = byCode.get(code)
    return r && { className: levelClass(r.level), href: r.href, label: r.label }
  }
  const drawn = new Set([...world.countries, ...inset.states].map((s) => s.code))
  const organisations = [...byCode.values()].filter((r) => r.jurisdiction.startsWith('org:'))
  const elsewhere = [...byCode.values()].filter(
    (r) => !r.jurisdiction.startsWith('org:') && !drawn.has(r.jurisdiction),
  )
  const { box } = inset
  // An empty inset read as "no state has recognised"; the states the sources count without naming
  // are not entries, so until one is recorded there is nothing to draw.
  const hasStates = inset.states.some((s) => s.code !== null && byCode.has(s.code))
  const list = (items: MapRecognition[]) => (
    <ul>
      {items.map((r) => (
        <li key={r.jurisdiction}>
          <a href={r.href}>{r.label}</a>
        </li>
      ))}
    </ul>
  )

  return (
    <div className="recognition-map">
      <svg
        id={id}
        className="geo-map"
        viewBox={`0 0 ${world.width} ${world.height}`}
        role="group"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{labels.title}</title>
        <style>{mapStyle}</style>
        <g className="map-countries">
          <MapShapes group="world" shapes={world.countries} highlight={highlight} />
        </g>
        {hasStates && (
          <g className="map-inset">
            <rect className="map-frame" x={box.x} y={box.y} width={box.width} height={box.height} />
            <text className="map-label" x={box.x + 8} y={box.y + 16}>
              {labels.usInset}
            </text>
            <MapShapes group="us" shapes={inset.states} highlight={highlight} />
          </g>
        )}
      </svg>
      <div className="recognition-map-aside">
        <RecognitionLegend labels={labels.legend} />
        {organisations.length > 0 && (
          <section className="map-organisations">
            <Heading>{labels.organisations}</Heading>
            {list(organisations)}
          </section>
        )}
        {elsewhere.length > 0 && (
          <section className="map-elsewhere">
            <Heading>{labels.elsewhere ?? labels.organisations}</Heading>
            {list(elsewhere)}
          </section>
        )}
      </div>
    </div>
  )
}
