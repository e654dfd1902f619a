import { geoContains } from 'd3-geo'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { LocatorMap } from '@/components/maps/LocatorMap'
import { MapLinks } from '@/components/maps/MapLinks.client'
import { MonumentsMap } from '@/components/maps/MonumentsMap'
import { packMapLinks, type MapLinkSpec } from '@/components/maps/packMapLinks'
import { RecognitionMap, type RecognitionMapProps } from '@/components/maps/RecognitionMap'
import type { MapRecognition } from '@/components/maps/recognitionsByJurisdiction'
import { locales, type Locale } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'
import { countryAt } from '@/lib/geo/countryAt'
import { countryFeatures, stateFeatures } from '@/lib/geo/geography'
import { mapSprite } from '@/lib/geo/mapSprite'
import { worldMap } from '@/lib/geo/worldMap'
import { jurisdictionName } from '@/lib/geo/jurisdictions'
import { findAll, parseMarkup, textOf, type MarkupNode } from '@tests/helpers/parseMarkup'

/** A map link's accessible name: its <title> (SVG-AAM), which it carries instead of an aria-label. */
const linkName = (link: MarkupNode) => {
  expect(link.attrs['aria-label']).toBeUndefined()
  return textOf(link.children.find((n) => n.tag === 'title')!)
}

const labelsFor = (locale: Locale): RecognitionMapProps['labels'] => {
  const m = getMessages(locale).recognitions
  return {
    title: m.map,
    legend: {
      national: m.levels.national,
      subnational: m.levels.subnational,
      other: m.levels.other,
    },
    organisations: m.organisations,
    usInset: m.usInset,
    more: (count) => `(+${count})`,
  }
}

const fixtures = (locale: Locale): MapRecognition[] => [
  {
    jurisdiction: 'MX',
    level: 'national',
    href: `/${locale}/recognitions/mexico-senate`,
    label: `${jurisdictionName('MX', locale)} — Senado, 2014`,
  },
  {
    jurisdiction: 'US-TX',
    level: 'subnational',
    href: `/${locale}/recognitions/texas`,
    label: `${jurisdictionName('US-TX', locale)} — House, 2019`,
  },
  {
    jurisdiction: 'org:oic-pu',
    level: 'international',
    href: `/${locale}/recognitions/oic-pu`,
    label: `${jurisdictionName('org:oic-pu', locale)}, 2012`,
  },
]

const render = (props: RecognitionMapProps) =>
  parseMarkup(renderToStaticMarkup(createElement(RecognitionMap, props)))
// A recognised area drawn again from the sprite (a dot alone when it is too small to draw: Malta).
const shape = (tree: MarkupNode, code: string) =>
  findAll(tree, (n) => n.tag === 'use' && (n.attrs.href ?? '').endsWith(`#${code}`))

describe('RecognitionMap', () => {
  describe.each(locales.map((l) => l.code))('in %s', (locale) => {
    const labels = labelsFor(locale)
    const tree = render({ recognitions: fixtures(locale), labels })
    const [mx, tx, oic] = fixtures(locale)
    const svg = findAll(
      tree,
      (n) => n.tag === 'svg' && n.attrs.class === 'geo-map' && n.attrs.role === 'group',
    )[0]

    it('is named by its title', () => {
      const title = svg.children.find((n) => n.tag === 'title')!
      expect(textOf(title)).toBe(labels.title)
      expect(svg.attrs['aria-labelledby']).toBe(title.attrs.id)
    })

    it('colours a recognised country and a US state by level and links each to its recognition', () => {
      for (const [r, level] of [
        [mx, 'level-national'],
        [tx, 'level-subnational'],
      ] as const) {
        const [path] = shape(svg, r.jurisdiction)
        expect(path.attrs.class.split(' ')).toEqual(['map-shape', level])
        expect(path.parent?.tag).toBe('a')
        expect(path.parent?.attrs.href).toBe(r.href)
        expect(linkName(path.parent!)).toBe(r.label)
      }
      // Texas is drawn in the inset, which carries the inset's label.
      const inset = findAll(svg, (n) => n.attrs.class === 'map-inset')[0]
      expect(shape(inset, 'US-TX')).toHaveLength(1)
      expect(textOf(findAll(inset, (n) => n.tag === 'text')[0])).toBe(labels.usInset)
    })

    it('leaves a country with no recognition uncoloured and unlinked', () => {
      // France is drawn only as part of the whole world, in the land colour, outside any link.
      expect(shape(svg, 'FR')).toHaveLength(0)
      expect(mapSprite().svg).toContain('<path id="FR" ')
      const land = findAll(
        svg,
        (n) => n.tag === 'use' && n.attrs.href === mapSprite().href('world'),
      )
      expect(land).toHaveLength(1)
      expect(land[0].attrs.class).toBe('map-shape')
      expect(land[0].parent?.tag).toBe('g')
      expect(findAll(svg, (n) => n.tag === 'a')).toHaveLength(2)
    })

    it('draws every shape from the map sprite, by an id the sprite has', () => {
      const ids = new Set([...mapSprite().svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]))
      const refs = findAll(svg, (n) => n.tag === 'use').map((n) => n.attrs.href)
      expect(refs).toEqual([
        mapSprite().href('world'),
        mapSprite().href(mx.jurisdiction),
        mapSprite().href('us'),
        mapSprite().href(tx.jurisdiction),
      ])
      for (const ref of refs) {
        const [file, id] = ref.split('#')
        expect(file).toBe(mapSprite().path)
        expect(ids.has(id)).toBe(true)
      }
      // Nothing of the geometry itself is left in the page.
      expect(findAll(svg, (n) => n.tag === 'path')).toHaveLength(0)
    })

    it('lists the organisation beside the map, not in it, and shows the legend', () => {
      expect(shape(svg, 'org:oic-pu')).toHaveLength(0)
      const section = findAll(tree, (n) => n.attrs.class === 'map-organisations')[0]
      expect(textOf(findAll(section, (n) => n.tag === 'h2')[0])).toBe(labels.organisations)
      const links = findAll(section, (n) => n.tag === 'a')
      expect(links.map((a) => [a.attrs.href, textOf(a)])).toEqual([[oic.href, oic.label]])
      const legend = findAll(tree, (n) => n.attrs.class === 'map-legend')[0]
      expect(legend.children.map((li) => textOf(li).trim())).toEqual([
        labels.legend.national,
        labels.legend.subnational,
        labels.legend.other,
      ])
    })
  })

  it('links a jurisdiction once with the highest level, named for it and counting the others', () => {
    const tree = render({
      recognitions: [
        { jurisdiction: 'CZ', level: 'subnational', href: '/en/recognitions/a', label: 'A' },
        { jurisdiction: 'CZ', level: 'national', href: '/en/recognitions/b', label: 'B' },
        { jurisdiction: 'CZ', level: 'subnational', href: '/en/recognitions/c', label: 'C' },
        { jurisdiction: 'GB-SCT', level: 'subnational', href: '/en/recognitions/d', label: 'D' },
        { jurisdiction: 'GB-SCT', level: 'subnational', href: '/en/recognitions/e', label: 'E' },
      ],
      labels: { ...labelsFor('en'), more: (count) => `and ${count} more` },
    })
    const [cz] = shape(tree, 'CZ')
    expect(cz.attrs.class).toBe('map-shape level-national')
    expect(cz.parent?.attrs).toMatchObject({ href: '/en/recognitions/b' })
    expect(linkName(cz.parent!)).toBe('B and 2 more')
    // Beside the map, too: the first of the jurisdiction's recognitions and how many follow.
    const elsewhere = findAll(tree, (n) => n.attrs.class === 'map-elsewhere')[0]
    expect(findAll(elsewhere, (n) => n.tag === 'a').map((a) => [a.attrs.href, textOf(a)])).toEqual([
      ['/en/recognitions/d', 'D and 1 more'],
    ])
  })

  it('draws no US inset while no state is recorded', () => {
    const tree = render({
      recognitions: [fixtures('en')[0], fixtures('en')[2]],
      labels: labelsFor('en'),
    })
    expect(findAll(tree, (n) => n.attrs.class === 'map-inset')).toEqual([])
    expect(findAll(tree, (n) => n.attrs.href === mapSprite().href('us'))).toEqual([])
  })

  it('gives a dot to a recognised country too small to see, and lists what has no shape', () => {
    const tree = render({
      recognitions: [
        { jurisdiction: 'MT', level: 'national', href: '/en/recognitions/malta', label: 'Malta' },
        {
          jurisdiction: 'GB-SCT',
          level: 'subnational',
          href: '/en/recognitions/scotland',
          label: 'Scotland',
        },
      ],
      labels: { ...labelsFor('en'), elsewhere: 'Elsewhere' },
    })
    // Malta is too small for the sprite to draw: its link is a dot alone.
    expect(shape(tree, 'MT')).toHaveLength(0)
    const [malta] = findAll(tree, (n) => n.tag === 'a' && n.attrs.href === '/en/recognitions/malta')
    expect(malta.children.map((n) => [n.tag, n.attrs.class])).toEqual([
      ['title', undefined],
      ['circle', 'map-shape level-national'],
    ])
    expect(linkName(malta)).toBe('Malta')
    const elsewhere = findAll(tree, (n) => n.attrs.class === 'map-elsewhere')[0]
    expect(findAll(elsewhere, (n) => n.tag === 'a').map((a) => a.attrs.href)).toEqual([
      '/en/recognitions/scotland',
    ])
  })

  it('stays small with thirty recognitions', () => {
    const codes = [
      'MX',
      'PK',
      'CO',
      'CZ',
      'PE',
      'BA',
      'SD',
      'HN',
      'JO',
      'GT',
      'PA',
      'DJ',
      'PY',
      'SI',
      'RO',
      'TR',
      'RU',
      'BR',
      'ID',
      'CA',
    ]
    const states = ['US-TX', 'US-CA', 'US-NJ', 'US-RI', 'US-AK', 'US-HI', 'US-FL', 'US-NY', 'US-GA']
    const recognitions: MapRecognition[] = [
      ...codes.map((c) => ({
        jurisdiction: c,
        level: 'national' as const,
        href: `/ru/recognitions/${c.toLowerCase()}`,
        label: `${jurisdictionName(c, 'ru')} — Парламент, 2014`,
      })),
      ...states.map((c) => ({
        jurisdiction: c,
        level: 'subnational' as const,
        href: `/ru/recognitions/${c.toLowerCase()}`,
        label: `${jurisdictionName(c, 'ru')} — Палата представителей, 2016`,
      })),
      {
        jurisdiction: 'org:oic-pu',
        level: 'international',
        href: '/ru/recognitions/oic-pu',
        label: 'ПС ОИС, 2012',
      },
    ]
    const bytes = Buffer.byteLength(
      renderToStaticMarkup(
        createElement(RecognitionMap, { recognitions, labels: labelsFor('ru') }),
      ),
    )
    console.log(
      `RecognitionMap with ${recognitions.length} recognitions: ${(bytes / 1024).toFixed(1)} KB`,
    )
    // The geometry is in the map sprite: what is left is the links, their names and the dots.
    expect(bytes).toBeLessThan(20_000)
  })
})

describe('geography', () => {
  it('codes the countries with ISO 3166-1 alpha-2 and every US state and DC with ISO 3166-2', () => {
    const countries = new Set(countryFeatures().map((f) => f.properties.code))
    for (const code of ['AZ', 'MX', 'FR', 'US', 'MT', 'BH', 'SG'])
      expect(countries.has(code)).toBe(true)
    const states = new Set(
      stateFeatures()
        .map((f) => f.properties.code)
        .filter((c) => c?.startsWith('US-')),
    )
    expect(states.has('US-TX')).toBe(true)
    expect(states.has('US-DC')).toBe(true)
    expect(states.size).toBeGreaterThanOrEqual(51)
  })
})

describe('MonumentsMap', () => {
  const monuments = [
    { name: 'Baku', href: '/en/monuments/baku', lat: 40.4093, lng: 49.8671, country: 'AZ' },
    { name: 'Berlin', href: '/en/monuments/berlin', lat: 52.52, lng: 13.405, country: 'DE' },
    {
      name: 'Mexico City',
      href: '/en/monuments/mexico',
      lat: 19.4326,
      lng: -99.1332,
      country: 'MX',
    },
    { name: 'The Hague', href: '/en/monuments/hague', lat: 52.0705, lng: 4.3007, country: 'NL' },
    { name: 'Sarajevo', href: '/en/monuments/sarajevo', lat: 43.8563, lng: 18.4131, country: 'BA' },
  ]
  const tree = parseMarkup(
    renderToStaticMarkup(createElement(MonumentsMap, { monuments, title: 'Monuments' })),
  )
  const byCode = new Map(countryFeatures().map((f) => [f.properties.code, f]))

  it.each(monuments)('puts the marker for $name inside $country', (m) => {
    expect(countryAt(m.lng, m.lat)).toBe(m.country)
    const [link] = findAll(tree, (n) => n.tag === 'a' && n.attrs.href === m.href)
    expect(linkName(link)).toBe(m.name)
    const circle = link.children.find((n) => n.tag === 'circle')!
    const where = worldMap().invertPoint(Number(circle.attrs.cx), Number(circle.attrs.cy))!
    expect(geoContains(byCode.get(m.country)!, where)).toBe(true)
  })
})

describe('LocatorMap', () => {
  it('centres a small map on the monument with the country around it', () => {
    const markup = renderToStaticMarkup(
      createElement(LocatorMap, { lat: 40.4093, lng: 49.8671, title: 'Baku' }),
    )
    const tree = parseMarkup(markup)
    const svg = tree.children[0]
    expect(svg.attrs).toMatchObject({ role: 'img', viewBox: '0 0 320 220' })
    const codes = findAll(svg, (n) => n.tag === 'path').map((p) => p.attrs['data-code'])
    expect(codes).toEqual(expect.arrayContaining(['AZ', 'GE', 'IR']))
    expect(codes).not.toContain('FR')
    expect(findAll(svg, (n) => n.tag === 'circle')[0].attrs).toMatchObject({ cx: '160', cy: '110' })
    console.log(`LocatorMap: ${(Buffer.byteLength(markup) / 1024).toFixed(1)} KB`)
    expect(markup.length).toBeLessThan(40_000)
  })
})

describe('packMapLinks', () => {
  const specs: MapLinkSpec[] = [
    {
      href: '/ru/monuments/khojaly-memorial-berlin',
      className: 'map-marker',
      label: 'Берлин',
      area: null,
      dot: [500.5, 120.25],
    },
    {
      href: '/ru/monuments/khojaly-memorial-baku',
      className: 'map-marker',
      label: 'Баку',
      area: null,
      dot: [620, 180],
    },
    {
      href: '/ru/monuments/ankara',
      className: 'map-shape level-national',
      label: 'Анкара',
      area: 'TR',
    },
  ]

  it('writes the shared start of the hrefs and each class once, and gives back every link whole', () => {
    const packed = packMapLinks(specs)
    expect(packed.base).toBe('/ru/monuments/')
    expect(packed.classes).toEqual(['map-marker', 'map-shape level-national'])
    const unpacked = packed.links.map(([rest, index, label, area, dot]) => ({
      href: packed.base + rest,
      className: packed.classes[index],
      label,
      area,
      ...(dot ? { dot } : {}),
    }))
    expect(unpacked).toEqual(specs.map(({ dot, ...rest }) => (dot ? { ...rest, dot } : rest)))
    // No "$undefined" per link in the RSC payload: a link without a dot has four fields.
    expect(packed.links[2]).toHaveLength(4)
  })

  it('keeps a whole href when a map has one link (its key), and links that share nothing', () => {
    expect(packMapLinks([specs[0]]).base).toBe('')
    expect(packMapLinks([specs[0]]).links[0][0]).toBe(specs[0].href)
    expect(packMapLinks([specs[0], { ...specs[2], href: '#recognition-4' }]).base).toBe('')
  })

  it('renders the same links as before it was packed, in the HTML', () => {
    const markup = renderToStaticMarkup(
      createElement(MapLinks, { sprite: '/maps/x.svg', links: packMapLinks(specs) }),
    )
    for (const { href } of specs) expect(markup).toContain(`href="${href}"`)
    expect(markup).toContain('<use class="map-shape level-national" href="/maps/x.svg#TR"></use>')
    expect(markup).toContain('<circle class="map-marker" cx="500.5" cy="120.25" r="3"></circle>')
  })
})
