import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { cumulativeByYear, figuresTable, recognitionsTable } from '@/components/charts/chartData'
import { FiguresChart } from '@/components/charts/FiguresChart'
import { RecognitionsOverTime } from '@/components/charts/RecognitionsOverTime'
import { findAll, parseMarkup, textOf } from '@tests/helpers/parseMarkup'

const figures = {
  'az-Latn-AZ': [
    { key: 'killed', label: 'Qətlə yetirilib', value: 613 },
    { key: 'prisoners', label: 'Girov götürülüb', value: 1275 },
  ],
  'en-GB': [
    { key: 'killed', label: 'Killed', value: 613 },
    { key: 'prisoners', label: 'Taken hostage', value: 1275 },
  ],
  'ru-RU': [
    { key: 'killed', label: 'Убиты', value: 613 },
    { key: 'prisoners', label: 'Взяты в заложники', value: 1275 },
  ],
}
// What ICU writes for 1275 in each locale: a dot, a comma, a no-break space.
const thousands = { 'az-Latn-AZ': '1.275', 'en-GB': '1,275', 'ru-RU': '1\u00a0275' }

describe('FiguresChart', () => {
  it.each(Object.keys(figures) as Array<keyof typeof figures>)(
    'labels bars in the language and formats numbers for %s',
    (locale) => {
      const tree = parseMarkup(
        renderToStaticMarkup(
          createElement(FiguresChart, { figures: figures[locale], locale, title: 'Figures' }),
        ),
      )
      const svg = tree.children[0]
      expect(svg.attrs.role).toBe('img')
      const [title, desc] = ['title', 'desc'].map((tag) => svg.children.find((n) => n.tag === tag)!)
      expect(svg.attrs['aria-labelledby']).toBe(`${title.attrs.id} ${desc.attrs.id}`)
      expect(textOf(desc)).toBe(
        `${figures[locale][0].label}: 613; ${figures[locale][1].label}: ${thousands[locale]}`,
      )
      const rows = findAll(svg, (n) => n.attrs['data-key'] !== undefined)
      expect(rows.map((g) => findAll(g, (n) => n.tag === 'text').map(textOf))).toEqual([
        [figures[locale][0].label, '613'],
        [figures[locale][1].label, thousands[locale]],
      ])
      const widths = rows.map((g) => Number(g.children.find((n) => n.tag === 'rect')!.attrs.width))
      expect(widths[0] / widths[1]).toBeCloseTo(613 / 1275, 2)
      expect(figuresTable(figures[locale], locale).map((r) => r.value)).toEqual([
        '613',
        thousands[locale],
      ])
    },
  )
})

describe('RecognitionsOverTime', () => {
  const dates = [
    '2012-06-01T12:00:00.000Z',
    '2014-02-13T12:00:00.000Z',
    '2014-03-01T12:00:00.000Z',
    null,
    '2016-01-01T12:00:00.000Z',
  ]

  it('counts recognitions cumulatively with every year in between', () => {
    expect(cumulativeByYear(dates)).toEqual([
      { year: 2012, added: 1, total: 1 },
      { year: 2013, added: 0, total: 1 },
      { year: 2014, added: 2, total: 3 },
      { year: 2015, added: 0, total: 3 },
      { year: 2016, added: 1, total: 4 },
    ])
    expect(cumulativeByYear([])).toEqual([])
    expect(recognitionsTable(dates, 'ru-RU')[2]).toEqual({ year: '2014', added: '2', total: '3' })
  })

  it('draws a bar per year, taller as the total grows, with axis labels from props', () => {
    const labels = { title: 'Recognitions over time', xAxis: 'Year', yAxis: 'Recognitions' }
    const tree = parseMarkup(
      renderToStaticMarkup(createElement(RecognitionsOverTime, { dates, locale: 'en-GB', labels })),
    )
    const svg = tree.children[0]
    const bars = findAll(svg, (n) => n.attrs['data-year'] !== undefined)
    expect(bars.map((b) => [b.attrs['data-year'], b.attrs['data-total']])).toEqual([
      ['2012', '1'],
      ['2013', '1'],
      ['2014', '3'],
      ['2015', '3'],
      ['2016', '4'],
    ])
    const heights = bars.map((b) =>
      Number(b.children.find((n) => n.attrs.class === 'chart-bar')!.attrs.height),
    )
    expect(heights[2] / heights[0]).toBeCloseTo(3, 1)
    const texts = findAll(svg, (n) => n.tag === 'text').map(textOf)
    expect(texts).toEqual(expect.arrayContaining(['Year', 'Recognitions', '2012', '2016']))
    expect(textOf(svg.children.find((n) => n.tag === 'desc')!)).toBe('2012: 1; 2014: 3; 2016: 4')
  })
})
