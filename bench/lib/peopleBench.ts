import type { Payload } from 'payload'

import { prepareNames, searchNames } from '@/lib/people/matchName'
import { seededRandom } from '@tests/helpers/random'

import { percentile } from './stats'

/**
 * The registry's name search in this process, as the page calls it (src/lib/queries/registry.ts):
 * the spellings of every person visitors may read, prepared once, then queries in the spellings a
 * visitor types: an az name, its Russian form, an English form, a misspelling one letter off, two
 * words, and a name that is not there.
 */
export async function measureNameSearch(payload: Payload, runs = 400) {
  const { docs } = await payload.find({
    collection: 'people',
    overrideAccess: false,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { nameForms: true },
  })
  const candidates = docs.map((doc) => ({
    id: doc.id,
    forms: (doc.nameForms ?? '').split('\n').filter(Boolean),
  }))
  let started = performance.now()
  const index = prepareNames(candidates)
  const prepareMs = performance.now() - started
  const random = seededRandom(26)
  const queries = Array.from({ length: runs }, (_, i) => {
    const forms = random.pick(candidates).forms
    const [az, ru, en] = forms
    const word = (form: string | undefined, n = 0) => (form ?? az).split(' ')[n]
    switch (i % 6) {
      case 0:
        return word(az)
      case 1:
        return word(ru)
      case 2:
        return word(en, 1)
      case 3: {
        const w = word(az)
        return w.slice(0, -2) + w.slice(-1)
      }
      case 4:
        return `${word(az, 1)} ${word(az)}`
      default:
        return 'Nonexistentov'
    }
  })
  const times: number[] = []
  for (const q of queries) {
    started = performance.now()
    searchNames(q, index)
    times.push(performance.now() - started)
  }
  return {
    people: candidates.length,
    prepareMs,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    samples: runs,
  }
}
