import { describe, expect, it } from 'vitest'

import { GET } from '@/app/maps/[file]/route'
import { mapSprite } from '@/lib/geo/mapSprite'
import { usStatesInset } from '@/lib/geo/usInset'
import { worldMap } from '@/lib/geo/worldMap'
import { findAll, parseMarkup } from '@tests/helpers/parseMarkup'

const get = (file: string) =>
  GET(new Request(`http://localhost/maps/${file}`), { params: Promise.resolve({ file }) })

describe('the map sprite', () => {
  const tree = parseMarkup(mapSprite().svg)
  const group = (id: string) => findAll(tree, (n) => n.tag === 'g' && n.attrs.id === id)[0]
  const ids = (id: string) => findAll(group(id), (n) => n.tag === 'path').map((p) => p.attrs.id)

  it('holds every drawable country and US state under its code, with non-scaling borders', () => {
    const countries = worldMap().countries.filter((c) => c.d)
    expect(ids('world').filter(Boolean)).toEqual(countries.flatMap((c) => (c.code ? [c.code] : [])))
    expect(findAll(group('world'), (n) => n.tag === 'path')).toHaveLength(countries.length)
    expect(ids('us')).toEqual(
      usStatesInset()
        .states.filter((s) => s.d)
        .map((s) => s.code),
    )
    expect(ids('us')).toEqual(expect.arrayContaining(['US-TX', 'US-RI', 'US-AK', 'US-HI', 'US-DC']))
    for (const path of findAll(tree, (n) => n.tag === 'path'))
      expect(path.attrs['vector-effect']).toBe('non-scaling-stroke')
    // Colours come from the page's <use> by inheritance: a fill here would win over them.
    expect(mapSprite().svg).not.toMatch(/fill|stroke=|class=/)
  })

  it('is served under a name taken from its content, for a year, as an inert image', async () => {
    expect(mapSprite().path).toMatch(/^\/maps\/[0-9a-f]{16}\.svg$/)
    const response = await get(mapSprite().path.split('/').pop()!)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(await response.text()).toBe(mapSprite().svg)
  })

  it('answers 404, not to be cached, for any other name (an old sprite, a guess)', async () => {
    for (const file of [
      '0000000000000000.svg',
      'world.svg',
      mapSprite().path.split('/').pop()!.replace('.svg', '.png'),
    ]) {
      const response = await get(file)
      expect(response.status).toBe(404)
      expect(response.headers.get('cache-control')).toBe('no-store')
    }
  })
})
