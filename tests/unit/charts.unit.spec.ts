import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import {
  axisTicks,
  cumulativeByYear,
  figureUnit,
  groupFigures,
  type Figure,
} from '@/components/charts/chartData'
import { FiguresChart } from '@/components/charts/FiguresChart'
import { RecognitionsOverTime } from '@/components/charts/RecognitionsOverTime'
import { figureKeys } from '@/globals/Facts'
import { findAll, parseMarkup, textOf } from '@tests/helpers/parseMarkup'

// The seed's figures, in an editor's order that puts the largest, a count of places, first.
const seedFigures: Figure[] = [
  { key: 'fled', label: 'Set out for Agdam', value: 2500 },
  { key: 'displacedLocations', label: 'Cities and regions', value: 50 },
  { key: 'killedChildren', label: 'of them children', value: 63 },
  { key: 'prisoners', label: 'Taken prisoner', value: 1275 },
  { key: 'familiesDestroyed', label: 'Families destroyed', value: 8 },
  { key: 'killed', label: 'Killed', value: 613 },
]
const units = { killed: 'Killed', people: 'People', families: 'Families', places: 'Places' }

describe('figures by unit', () => {
  it('gives every figure key a unit', () => {
    expect(Object.keys(figureUnit).sort()).toEqual([...figureKeys].sort())
  })

  it('puts the killed first and never scales people against families or places', () => {
    const groups = groupFigures(seedFigures)
    expect(groups.map((g) => [g.unit, g.figures.map((f) => f.key)])).toEqual([
      ['killed', ['killed', 'killedChildren']],
      ['people', ['prisoners', 'fled']],
      ['families', ['familiesDestroyed']],
      ['places', ['displacedLocations']],
    ])
    // Each group on its own scale: its largest figure fills the width.
    expect(groups.map((g) => g.figures.map((f) => Number(f.share.toFixed(3))))).toEqual([
      [1, 0.103],
      [0.51, 1],
      [1],
      [1],
    ])
    expect(groupFigures([])).toEqual([])
  })

  it.each([
    ['en-GB', '1,275'],
    ['az-Latn-AZ', '1.275'],
    ['ru-RU', '1\u00a0275'],
  ])('draws a group per unit with a heading, numbers written for %s', (locale, thousands) => {
    const tree = parseMarkup(
      renderToStaticMarkup(
        createElement(FiguresChart, { figures: seedFigures, locale, title: 'Figures', units }),
      ),
    )
    const groups = findAll(tree, (n) => n.attrs['data-unit'] !== undefined)
    expect(groups.map((g) => textOf(findAll(g, (n) => n.tag === 'h3')[0]))).toEqual([
      'Killed',
      'People',
      'Families',
      'Places',
    ])
    const prisoners = findAll(tree, (n) => n.attrs['data-key'] === 'prisoners')[0]
    expect(textOf(prisoners)).toContain(thousands)
    // A bar only where there is something to compare it with.
    const bars = findAll(tree, (n) => n.attrs.class === 'figure-bar')
    expect(bars.map((b) => b.attrs.style)).toEqual([
      'width:100%',
      'width:10.3%',
      'width:51%',
      'width:100%',
    ])
  })
})

describe('recognitions over time', () => {
  const recognitions = [
    { date: '2012-06-01T12:00:00.000Z', level: 'international' },
    { date: '2014-02-13T12:00:00.000Z', level: 'national' },
    { date: '2014-03-01T12:00:00.000Z', level: 'subnational' },
    { date: null, level: 'national' },
    { date: '2016-01-01T12:00:00.000Z', level: 'national' },
  ] as const

  it('counts recognitions cumulatively by level, every year up to the year given', () => {
    const rows = cumulativeByYear([...recognitions], 2017)
    expect(rows.map((r) => [r.year, r.added, r.total])).toEqual([
      [2012, 1, 1],
      [2013, 0, 1],
      [2014, 2, 3],
      [2015, 0, 3],
      [2016, 1, 4],
      [2017, 0, 4],
    ])
    expect(rows[4].byLevel).toEqual({ national: 2, subnational: 1, international: 1 })
    expect(cumulativeByYear([], 2017)).toEqual([])
  })

  it('spans at least five years, so one dated recognition is not one bar filling the chart', () => {
    const rows = cumulativeByYear([{ date: '2012-01', level: 'international' }], 2012)
    expect(rows.map((r) => [r.year, r.total])).toEqual([
      [2008, 0],
      [2009, 0],
      [2010, 0],
      [2011, 0],
      [2012, 1],
    ])
    expect(cumulativeByYear([{ date: '2012-01', level: 'national' }], 2026)).toHaveLength(15)
  })

  it.each([
    [1, [0, 1, 2, 3, 4, 5]],
    [4, [0, 1, 2, 3, 4, 5]],
    [7, [0, 2, 4, 6, 8]],
    [23, [0, 5, 10, 15, 20, 25]],
    [140, [0, 50, 100, 150]],
  ])('puts whole-number ticks on an axis up to %i', (max, ticks) => {
    expect(axisTicks(max)).toEqual(ticks)
  })

  it('stacks each year by level and writes the axes from props', () => {
    const labels = { title: 'Recognitions over time', xAxis: 'Year', yAxis: 'Recognitions' }
    const tree = parseMarkup(
      renderToStaticMarkup(
        createElement(RecognitionsOverTime, {
          recognitions: [...recognitions],
          until: 2016,
          locale: 'en-GB',
          labels,
        }),
      ),
    )
    const years = findAll(tree, (n) => n.attrs['data-year'] !== undefined)
    expect(years.map((b) => [b.attrs['data-year'], b.attrs['data-total']])).toEqual([
      ['2012', '1'],
      ['2013', '1'],
      ['2014', '3'],
      ['2015', '3'],
      ['2016', '4'],
    ])
    const segments = (year: (typeof years)[number]) =>
      findAll(year, (n) => n.tag === 'rect').map((r) => ({
        level: r.attrs['data-level'],
        className: r.attrs.class,
        height: Number(r.attrs.height),
      }))
    const last = segments(years[4])
    expect(last.map((s) => s.level)).toEqual(['national', 'subnational', 'international'])
    expect(last.map((s) => s.className)).toEqual([
      'level-national',
      'level-subnational',
      'level-international',
    ])
    expect(last[0].height / last[1].height).toBeCloseTo(2, 1)
    const texts = findAll(tree, (n) => n.tag === 'text').map(textOf)
    expect(texts).toEqual(expect.arrayContaining(['Year', 'Recognitions', '2012', '0', '4']))
    expect(textOf(findAll(tree, (n) => n.tag === 'desc')[0])).toBe('2012: 1; 2014: 3; 2016: 4')
  })
})
