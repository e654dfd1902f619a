import type { CollectionSlug } from 'payload'
import { iso31661, iso31662 } from 'iso-3166'

import { recognitionLevels, recognitionTerms, bodyLevels } from '@/collections/Recognitions'
import { resolutionKinds } from '@/collections/Resolutions'
import { localeCodes, type Locale } from '@/i18n/locales'

import type { Random } from '@tests/helpers/random'
import { richText, sentence, words } from './words'

type Data = Record<string, unknown>
export type PlannedDoc = {
  collection: CollectionSlug
  shared: Data
  localized: Record<Locale, Data>
}

/** Shares of the archive per collection (they add up to 1): mostly articles and events, as a real archive grows. */
export const mix = [
  ['articles', 0.4],
  ['timeline-events', 0.25],
  ['monuments', 0.13],
  ['resolutions', 0.13],
  ['recognitions', 0.09],
] as const satisfies readonly (readonly [CollectionSlug, number])[]

/** What the generated documents point at in the demo seed: its first image and its tags. */
export type Seeded = { heroImage?: number | string; tags: (number | string)[] }

const countries = iso31661.map((c) => c.alpha2)
const subdivisions = iso31662.filter((s) => s.parent === 'US').map((s) => s.code)

const perLocale = (build: (locale: Locale) => Data) =>
  Object.fromEntries(localeCodes.map((l) => [l, build(l)])) as Record<Locale, Data>
const day = (random: Random, from: number, to: number) =>
  new Date(Date.UTC(random.int(from, to), random.int(0, 11), random.int(1, 28), 12)).toISOString()

const builders: Record<
  (typeof mix)[number][0],
  (random: Random, n: number, seeded: Seeded) => Omit<PlannedDoc, 'collection'>
> = {
  articles: (random, n, { heroImage, tags }) => ({
    shared: {
      publishedAt: day(random, 1995, 2025),
      tags: tags.length ? [random.pick(tags)] : [],
      heroImage,
    },
    localized: perLocale((l) => ({
      title: `${sentence(random, l, 6)} ${n}`,
      excerpt: sentence(random, l, 25),
      content: richText(random, l, random.int(4, 8)),
    })),
  }),
  'timeline-events': (random, n) => ({
    shared: { date: day(random, 1988, 2025), datePrecision: 'day' },
    localized: perLocale((l) => ({
      title: `${sentence(random, l, 5)} ${n}`,
      description: richText(random, l, 1),
    })),
  }),
  monuments: (random, n) => ({
    shared: {
      country: random.pick(countries),
      coordinates: {
        lat: random.int(-60, 70) + random.next(),
        lng: random.int(-170, 170) + random.next(),
      },
      unveiledAt: day(random, 1995, 2025),
    },
    localized: perLocale((l) => ({
      name: `${sentence(random, l, 4)} ${n}`,
      city: words(random, l, 1),
      description: richText(random, l, random.int(2, 4)),
    })),
  }),
  resolutions: (random, n) => ({
    shared: {
      jurisdiction: random.pick(countries),
      adoptedAt: day(random, 1992, 2025),
      adoptedAtPrecision: 'day',
      kind: random.pick(resolutionKinds),
      referenceNumber: `R-${n}`,
    },
    localized: perLocale((l) => ({
      title: `${sentence(random, l, 6)} ${n}`,
      body: words(random, l, 2),
      summary: sentence(random, l, 30),
      fullText: richText(random, l, random.int(3, 6)),
    })),
  }),
  recognitions: (random, n) => ({
    shared: {
      jurisdiction: random.next() < 0.7 ? random.pick(countries) : random.pick(subdivisions),
      level: random.pick(recognitionLevels),
      bodyLevel: random.pick(bodyLevels),
      term: random.pick(recognitionTerms),
      date: day(random, 1992, 2025),
      datePrecision: 'year',
    },
    localized: perLocale((l) => ({
      recognisingBody: `${sentence(random, l, 3)} ${n}`,
      note: sentence(random, l, 20),
    })),
  }),
}

/** The whole archive, planned up front from one seed: the same documents whatever order they are written in. */
export function planArchive(random: Random, total: number, seeded: Seeded): PlannedDoc[] {
  const docs: PlannedDoc[] = []
  for (const [collection, share] of mix) {
    const count = Math.round(total * share)
    for (let n = 1; n <= count; n++)
      docs.push({ collection, ...builders[collection](random, n, seeded) })
  }
  return docs.slice(0, total)
}
