import type { NameCandidate } from '@/lib/people/matchName'
import { fathersNames, surnames } from '@tests/helpers/nameSpellings'
import { seededRandom, type Random } from '@tests/helpers/random'

/**
 * A generated person of the registry. Surnames and fathers' names are real, so that the names are
 * spelt as records spell them; the given name always reads "Sintetik" / "Синтетик" / "Synthetic",
 * so that no generated record can be taken for one of the victims.
 */
export interface SyntheticPerson extends NameCandidate<string> {
  forms: string[]
  /** Azerbaijani, Russian, then English and passport spellings, in the woman's form for a woman. */
  surname: readonly string[]
  /** What follows the marker (in Cyrillic in the Russian form): the part that tells people apart. */
  givenCode: string
}

const consonants = 'bdflmnprstvz'
const vowels = 'aiou'
const cyrillic: Record<string, string> = {
  b: 'б',
  d: 'д',
  f: 'ф',
  l: 'л',
  m: 'м',
  n: 'н',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  v: 'в',
  z: 'з',
  a: 'а',
  i: 'и',
  o: 'о',
  u: 'у',
}
const syllables = [...consonants].flatMap((c) => [...vowels].map((v) => c + v))
const codes = syllables.length ** 3

/**
 * Three syllables from the serial, stepping by a number prime to their count so that neighbours do
 * not share a beginning: distinct given names the way a registry has them, not 5 000 alike.
 */
function givenCode(serial: number): string {
  let n = (serial * 7919) % codes
  let code = ''
  for (let i = 0; i < 3; i++, n = Math.floor(n / syllables.length))
    code += syllables[n % syllables.length]
  return code.charAt(0).toUpperCase() + code.slice(1)
}

const toCyrillic = (latin: string) =>
  [...latin]
    .map((ch) => {
      const lower = cyrillic[ch.toLowerCase()]
      return ch === ch.toLowerCase() ? lower : lower.toUpperCase()
    })
    .join('')

const isCyrillic = /[а-яё]/i
const feminine = (surname: string) =>
  /[vв]$/.test(surname) ? surname + (isCyrillic.test(surname) ? 'а' : 'a') : surname

function person(random: Random, serial: number): SyntheticPerson {
  const row = random.pick(surnames)
  const woman = random.next() < 0.5
  const surname = (woman ? row.map(feminine) : row).filter(
    (spelling, i) => i < 2 || !isCyrillic.test(spelling),
  )
  const [az, ru, en, ...others] = surname
  const code = givenCode(serial)
  const given = { az: `Sintetik-${code}`, ru: `Синтетик-${toCyrillic(code)}` }
  const givenEn = `Synthetic-${code}`
  const [fatherAz, fatherRu] = random.pick(fathersNames)
  const [child, childRu] = woman ? ['qızı', 'кызы'] : ['oğlu', 'оглы']
  const variants = [
    `${givenEn} ${others.length ? random.pick(others) : en}`,
    `${en.toUpperCase()} ${givenEn.toUpperCase()}`,
    `${ru} ${given.ru[0]}. ${fatherRu[0]}.`,
    `${az} ${given.az}`,
  ]
  const chosen = variants.filter(() => random.next() < 0.5).slice(0, 3)
  return {
    id: `synthetic-${String(serial).padStart(5, '0')}`,
    forms: [
      `${az} ${given.az} ${fatherAz} ${child}`,
      `${ru} ${given.ru} ${fatherRu} ${childRu}`,
      `${givenEn} ${en}`,
      ...(chosen.length ? chosen : [random.pick(variants)]),
    ],
    surname,
    givenCode: code,
  }
}

/** `count` people, the same on every machine for one seed: three localized forms and 1–3 variants each. */
export function syntheticPeople(count: number, seed = 19920226): SyntheticPerson[] {
  const random = seededRandom(seed)
  return Array.from({ length: count }, (_, i) => person(random, i + 1))
}
