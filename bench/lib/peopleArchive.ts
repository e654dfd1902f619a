import type { Random } from '@tests/helpers/random'

import type { PlannedDoc } from './archive'
import { syntheticPeople } from './syntheticPeople'

const at = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month - 1, day, 12)).toISOString()
const source = (n: number) => ({ title: `Synthetic registry list ${n}` })

/** A name form split the way the registry stores it: family name, given name, the rest. */
function parts(form: string) {
  const [familyName, givenName, ...rest] = form.split(' ')
  return { familyName, givenName, patronymic: rest.join(' ') || undefined }
}

/**
 * What the sources say happened, in the proportions the official figures suggest: most killed on
 * the night, some taken hostage (half of them released, a few of those later killed), some
 * missing, a few wounded survivors (living people, so name-only by default).
 */
function fates(random: Random) {
  const night = { date: at(1992, 2, 26), datePrecision: 'day' }
  const roll = random.next()
  if (roll < 0.7)
    return [
      random.next() < 0.3
        ? { fate: 'killed', ...night, confidence: 'confirmed', sources: [source(1), source(2)] }
        : { fate: 'killed', ...night, confidence: 'single', sources: [source(1)] },
    ]
  if (roll < 0.85) {
    const hostage = { fate: 'takenHostage', ...night, confidence: 'single', sources: [source(3)] }
    if (random.next() < 0.5) return [hostage]
    const released = {
      fate: 'released',
      date: at(1992, random.int(3, 12), 1),
      datePrecision: 'month',
      confidence: 'single',
      sources: [source(4)],
    }
    return random.next() < 0.2
      ? [
          hostage,
          released,
          {
            fate: 'killed',
            date: at(1993, 1, 1),
            datePrecision: 'year',
            confidence: 'disputed',
            sources: [source(5)],
          },
        ]
      : [hostage, released]
  }
  if (roll < 0.95)
    return [{ fate: 'missing', ...night, confidence: 'single', sources: [source(6)] }]
  return [
    { fate: 'wounded', ...night, confidence: 'single', sources: [source(7)] },
    { fate: 'survived', confidence: 'single', sources: [source(7)] },
  ]
}

/**
 * The registry part of the benchmark archive: synthetic people (every given name says so; see
 * syntheticPeople) with names in three languages, other spellings, fates and birth dates.
 */
export function planPeople(random: Random, count: number): PlannedDoc[] {
  return syntheticPeople(count, random.int(1, 2 ** 30)).map((person, i) => {
    const [az, ru, en, ...variants] = person.forms
    const [enGiven, enFamily] = en.split(' ')
    const year = random.int(1905, 1991)
    const byDay = random.next() < 0.6
    return {
      collection: 'people',
      shared: {
        variants: variants.map((name) => ({ name, foundIn: `Synthetic registry list ${i % 7}` })),
        born: byDay ? at(year, random.int(1, 12), random.int(1, 28)) : at(year, 1, 1),
        bornPrecision: byDay ? 'day' : 'year',
        gender: /a$|а$/.test(parts(az).familyName) ? 'female' : 'male',
        fates: fates(random),
      },
      localized: {
        az: parts(az),
        ru: parts(ru),
        en: { familyName: enFamily, givenName: enGiven },
      },
    }
  })
}
