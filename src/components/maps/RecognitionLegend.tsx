import {
  recognitionLevels,
  type RecognitionLevel,
} from '@/components/maps/recognitionsByJurisdiction'

export type RecognitionLegendLabels = { national: string; subnational: string; other: string }

const name = (level: RecognitionLevel, labels: RecognitionLegendLabels) =>
  level === 'international' ? labels.other : labels[level]

/**
 * The colour of each level of recognition and its name: one legend for the map and the chart over
 * time, so the two cannot disagree. The swatches take their fill from the map's style.
 */
export function RecognitionLegend({ labels }: { labels: RecognitionLegendLabels }) {
  return (
    <ul className="map-legend">
      {recognitionLevels.map((level) => (
        <li key={level} data-level={level}>
          <svg className="geo-map" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <rect className={`map-shape level-${level}`} width="14" height="14" />
          </svg>{' '}
          {name(level, labels)}
        </li>
      ))}
    </ul>
  )
}
