/**
 * `npx tsx bench/people.ts [--count 5000] [--runs 200] [--seed 19920226]`: name search in the
 * people registry, in this process and without a database: synthetic people (bench/lib/syntheticPeople.ts)
 * indexed once with prepareNames, then searchNames timed per kind of query.
 */
import os from 'node:os'
import { parseArgs } from 'node:util'

import { prepareNames, searchNames, type NameMatchKind } from '@/lib/people/matchName'

import { ms, percentile, timeRuns } from './lib/stats'
import { syntheticPeople, type SyntheticPerson } from './lib/syntheticPeople'
import { seededRandom } from '@tests/helpers/random'

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '200' },
    seed: { type: 'string', default: '19920226' },
  },
})
const count = Number(values.count)
const runs = Number(values.runs)
const random = seededRandom(Number(values.seed) + 1)

/** One letter changed in the middle of a word long enough for a near match: one edit away. */
function misspelt(word: string): string {
  const at = Math.floor(word.length / 2)
  return `${word.slice(0, at)}${word[at] === 'z' ? 'x' : 'z'}${word.slice(at + 1)}`
}

const latin = (person: SyntheticPerson) => person.surname.slice(2)

/** What a visitor types, built from people who are in the registry (but for the last kind). */
const queryKinds: Record<string, (person: SyntheticPerson) => string> = {
  'exact az': (person) => person.surname[0],
  cyrillic: (person) => person.surname[1],
  english: (person) => random.pick(latin(person)),
  'one edit': (person) => misspelt(random.pick(latin(person).filter((s) => s.length >= 6))),
  'two words': (person) => `${person.givenCode} ${random.pick(latin(person))}`,
  nothing: () => `Qwzrt${'bdfgklmnprstvz'[random.int(0, 13)]}${'aeiou'[random.int(0, 4)]}v`,
}

const people = syntheticPeople(count, Number(values.seed))
console.log(
  `${count} people, ${people.reduce((n, p) => n + p.forms.length, 0)} forms; ${os.availableParallelism()} CPUs, Node ${process.version}, load ${os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`,
)
console.log(`e.g. ${people[0].id}: ${people[0].forms.join(' | ')}`)

const heap = process.memoryUsage().heapUsed
let started = performance.now()
const prepared = prepareNames(people)
console.log(
  `prepareNames ${ms(performance.now() - started)}: ${prepared.byText.size} word texts, ${prepared.byKey.size} keys, ${[
    ...prepared.nearKeys.values(),
  ].reduce(
    (n, keys) => n + keys.length,
    0,
  )} keys long enough for near; heap +${((process.memoryUsage().heapUsed - heap) / 2 ** 20).toFixed(1)} MB`,
)

/** Twenty queries of each kind, cycled through the runs. */
const queries = Object.fromEntries(
  Object.entries(queryKinds).map(([kind, make]) => [
    kind,
    Array.from({ length: 20 }, () => make(random.pick(people))),
  ]),
)

started = performance.now()
for (const list of Object.values(queries)) for (const q of list) searchNames(q, prepared)
console.log(
  `first pass over ${Object.values(queries).flat().length} queries ${ms(performance.now() - started)}`,
)

const fmt = (times: number[]) =>
  [50, 95, 100]
    .map((p) => `${p === 100 ? 'max' : `p${p}`} ${ms(percentile(times, p)).padStart(7)}`)
    .join('  ')
// Kinds take turns, run by run, so that whatever else the machine does falls on all of them alike.
const kinds = Object.keys(queries)
const times = new Map(kinds.map((kind) => [kind, [] as number[]]))
const sizes = new Map(kinds.map((kind) => [kind, [] as number[]]))
const seen = new Map(kinds.map((kind) => [kind, new Set<NameMatchKind>()]))
const cpu = process.cpuUsage()
for (let run = 0; run < runs; run++)
  for (const kind of kinds) {
    const q = queries[kind][run % queries[kind].length]
    const [took] = await timeRuns(1, async () => {
      const matches = searchNames(q, prepared)
      sizes.get(kind)!.push(matches.length)
      for (const { kind: how } of matches) seen.get(kind)!.add(how)
    })
    times.get(kind)!.push(took)
  }
const { user, system } = process.cpuUsage(cpu)
for (const kind of kinds) {
  const found = sizes.get(kind)!
  console.log(
    `${kind.padEnd(10)} ${fmt(times.get(kind)!)}  matches p50 ${String(percentile(found, 50)).padStart(4)} max ${String(Math.max(...found)).padStart(4)} (${[...seen.get(kind)!].join(', ') || 'none'})  e.g. ${JSON.stringify(queries[kind][0])}`,
  )
}
const all = [...times.values()].flat()
console.log(
  `${'overall'.padEnd(10)} ${fmt(all)}  CPU ${ms((user + system) / 1000 / all.length)}/search`,
)
