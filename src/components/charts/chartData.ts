import type { RecognitionLevel } from '@/components/maps/recognitionsByJurisdiction'
import type { figureKeys } from '@/globals/Facts'

export type FigureKey = (typeof figureKeys)[number]

/** What a figure counts, in the order the groups are shown: the dead first. */
export const figureUnits = ['killed', 'people', 'families', 'places'] as const
export type FigureUnit = (typeof figureUnits)[number]

/**
 * The unit of each figure. Bars share a scale only within a unit: 2 500 people who fled and 50
 * cities on one axis would compare things that cannot be compared. A Record, so a key added to
 * `figureKeys` does not compile until it is given a unit here.
 */
export const figureUnit: Record<FigureKey, FigureUnit> = {
  killed: 'killed',
  killedWomen: 'killed',
  killedChildren: 'killed',
  killedElderly: 'killed',
  prisoners: 'people',
  missing: 'people',
  injured: 'people',
  orphanedBoth: 'people',
  orphanedOne: 'people',
  fled: 'people',
  familiesDestroyed: 'families',
  displacedLocations: 'places',
}

export type Figure = {
  key: FigureKey
  label: string
  value: number
  /** The label's language when it is not the page's (an untranslated label shown in az). */
  lang?: string
}

/** A figure with its value as a share (0–1) of the largest in its group. */
export type ScaledFigure = Figure & { share: number }
export type FigureGroup = { unit: FigureUnit; figures: ScaledFigure[] }

const keyOrder = (key: FigureKey) => Object.keys(figureUnit).indexOf(key)

/** The figures by unit, in the order of `figureUnits`, each group in the fixed key order and scaled to its own largest value. */
export function groupFigures(figures: Figure[]): FigureGroup[] {
  return figureUnits.flatMap((unit) => {
    const members = figures
      .filter((f) => figureUnit[f.key] === unit)
      .sort((a, b) => keyOrder(a.key) - keyOrder(b.key))
    if (!members.length) return []
    const max = Math.max(1, ...members.map((f) => f.value))
    return [{ unit, figures: members.map((f) => ({ ...f, share: f.value / max })) }]
  })
}

export type YearTotal = {
  year: number
  added: number
  total: number
  /** The running total of each level. */
  byLevel: Record<RecognitionLevel, number>
}

export type DatedRecognition = { date?: string | null; level: RecognitionLevel }

/** A year as the locale writes it, without grouping ("1992", never "1 992"). */
export const formatYear = (year: number, intlLocale: string): string =>
  new Intl.NumberFormat(intlLocale, { useGrouping: false }).format(year)

/** Fewer years and one recognition became a single bar filling the chart, which read as "all of them". */
const MIN_YEARS = 5

/**
 * Recognitions so far, year by year up to `until` (the current year: the total still stands), by
 * level. Every year in between is there, so a year without a recognition shows the total standing
 * still. Missing or invalid dates are skipped.
 */
export function cumulativeByYear(recognitions: DatedRecognition[], until: number): YearTotal[] {
  const dated = recognitions.flatMap(({ date, level }) => {
    const time = date ? Date.parse(date) : NaN
    return Number.isNaN(time) ? [] : [{ year: new Date(time).getUTCFullYear(), level }]
  })
  if (dated.length === 0) return []
  const last = Math.max(until, ...dated.map((d) => d.year))
  const first = Math.min(last - MIN_YEARS + 1, ...dated.map((d) => d.year))
  const byLevel: Record<RecognitionLevel, number> = {
    national: 0,
    subnational: 0,
    international: 0,
  }
  const rows: YearTotal[] = []
  let total = 0
  for (let year = first; year <= last; year++) {
    const added = dated.filter((d) => d.year === year)
    for (const d of added) byLevel[d.level]++
    total += added.length
    rows.push({ year, added: added.length, total, byLevel: { ...byLevel } })
  }
  return rows
}

/**
 * Whole-number ticks from 0 at a round step (1, 2, 5, 10, 20, 50…) for about five gridlines, up to
 * 5 at least: on a 0–1 axis a single recognition stood as a bar at full height, read as "all".
 */
export function axisTicks(max: number): number[] {
  const raw = Math.max(1, max / 5)
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power
  const top = Math.max(5, Math.ceil(max / step) * step)
  return Array.from({ length: top / step + 1 }, (_, i) => i * step)
}
