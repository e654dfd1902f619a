import type { LocalizedValue } from '@/lib/translation/localize'

export type Footnotes = {
  /** Each distinct text once, in order of first use; footnote n is notes[n - 1]. */
  notes: LocalizedValue<string>[]
  /** For each input, the number of its footnote, or null when it has none. */
  refs: Array<number | null>
}

/**
 * Numbers the distinct texts of a list. The seed's five national recognitions share one long note
 * from their single source; printed in each row it made every row a paragraph tall.
 */
export function footnotes(texts: Array<LocalizedValue<string> | null>): Footnotes {
  const notes: LocalizedValue<string>[] = []
  const numbers = new Map<string, number>()
  const refs = texts.map((text) => {
    if (!text) return null
    const key = `${text.lang}\n${text.value}`
    if (!numbers.has(key)) numbers.set(key, notes.push(text))
    return numbers.get(key)!
  })
  return { notes, refs }
}
