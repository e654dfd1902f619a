import { describe, expect, it } from 'vitest'

import { countAll, resetContent, seed } from '@/seed'
import { testPayloadForFile } from '@tests/helpers/testPayload'

const t = testPayloadForFile()
const quiet = () => {}

describe('the seed', () => {
  it('builds the archive from the source text in az, en and ru', async () => {
    const counts = await seed(t.payload, { log: quiet })
    expect(counts).toEqual({
      media: 2,
      tags: 8,
      glossary: 2,
      resolutions: 3,
      articles: 4,
      monuments: 1,
      recognitions: 6,
      pages: 3,
      'timeline-events': 5,
    })
  })

  it('gives the same counts in every collection when run twice', async () => {
    const before = await countAll(t.payload)
    await seed(t.payload, { log: quiet })
    expect(await countAll(t.payload)).toEqual(before)
  })

  it('states the figures of the source with their sources, in every locale', async () => {
    const expected = {
      killed: 613,
      killedWomen: 106,
      killedChildren: 63,
      killedElderly: 70,
      prisoners: 1275,
      missing: 150,
      injured: 475,
      familiesDestroyed: 8,
      orphanedBoth: 25,
      orphanedOne: 130,
    }
    for (const locale of ['az', 'en', 'ru'] as const) {
      const facts = await t.payload.findGlobal({
        slug: 'facts',
        locale,
        fallbackLocale: false,
        overrideAccess: false,
      })
      const byKey = Object.fromEntries((facts.figures ?? []).map((f) => [f.key, f]))
      for (const [key, value] of Object.entries(expected)) {
        expect(byKey[key]?.value).toBe(value)
        expect(byKey[key]?.label).toBeTruthy()
        expect(byKey[key]?.sources?.length).toBeGreaterThan(0)
      }
      expect(facts.statements?.find((s) => s.key === 'us-states')?.text).toMatch(/20/)
    }
  })

  it('names the recognitions of the source and invents no US state', async () => {
    const { docs } = await t.payload.find({
      collection: 'recognitions',
      limit: 100,
      overrideAccess: false,
    })
    expect(docs.map((d) => d.jurisdiction).sort()).toEqual([
      'BA',
      'CO',
      'CZ',
      'MX',
      'PK',
      'org:oic-pu',
    ])
    const oic = docs.find((d) => d.jurisdiction === 'org:oic-pu')!
    expect(oic.date?.slice(0, 7)).toBe('2012-01')
    expect(oic.datePrecision).toBe('month')
    expect(oic.level).toBe('international')
    expect(typeof oic.resolution === 'object' && oic.resolution?.slug).toBeTruthy()
  })

  it('publishes every document in all three languages', async () => {
    for (const collection of [
      'articles',
      'resolutions',
      'monuments',
      'pages',
      'timeline-events',
    ] as const) {
      for (const locale of ['en', 'ru'] as const) {
        const { docs } = await t.payload.find({
          collection,
          locale,
          fallbackLocale: false,
          limit: 100,
          overrideAccess: false,
          depth: 0,
        })
        for (const doc of docs) {
          const text =
            (doc as unknown as Record<string, unknown>).title ??
            (doc as unknown as Record<string, unknown>).name
          expect(text, `${collection} ${doc.id} ${locale}`).toBeTruthy()
        }
      }
    }
  })

  it('starts over with reset and rebuilds the same archive', async () => {
    const before = await countAll(t.payload)
    await resetContent(t.payload, quiet)
    expect(Object.values(await countAll(t.payload)).every((n) => n === 0)).toBe(true)
    await seed(t.payload, { log: quiet, overwriteGlobals: true })
    expect(await countAll(t.payload)).toEqual(before)
  })
})
