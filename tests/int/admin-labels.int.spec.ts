import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { below } from '@/lib/content/fieldTree'
import { testPayloadForFile } from '@tests/helpers/testPayload'

const t = testPayloadForFile()

const autonyms = new Set<unknown>(locales.map((l) => l.label))

/** What the admin shows in az, en and ru: our own three texts, or Payload's translated function. */
function problem(label: unknown): string | null {
  if (typeof label === 'function') return null
  if (label && typeof label === 'object') {
    const missing = ['az', 'en', 'ru'].filter(
      (language) => !(label as Record<string, unknown>)[language],
    )
    return missing.length ? `no ${missing.join(', ')} text` : null
  }
  if (autonyms.has(label)) return null
  return `one text for every language: ${JSON.stringify(label)}`
}

function fieldProblems(fields: FlattenedField[], where: string): string[] {
  const found: string[] = []
  for (const field of fields) {
    // Fields the admin never shows (with the ones Payload adds itself: row ids, an upload's file
    // data); and a block's name, whose input Payload labels itself.
    if (field.hidden || field.admin?.hidden || field.admin?.disabled) continue
    if (field.name === 'blockName') continue
    const path = `${where}.${field.name}`
    const own = problem(field.label)
    if (own) found.push(`${path}: ${own}`)
    if (field.type === 'array' || field.type === 'blocks')
      for (const which of ['singular', 'plural'] as const) {
        const bad = problem(field.labels?.[which])
        if (bad) found.push(`${path} row ${which}: ${bad}`)
      }
    if (field.type === 'select' || field.type === 'radio')
      for (const option of field.options) {
        const label = typeof option === 'string' ? option : option.label
        const bad = problem(label)
        if (bad) found.push(`${path} option ${JSON.stringify(option)}: ${bad}`)
      }
    for (const list of below(field)?.lists ?? []) found.push(...fieldProblems(list, path))
  }
  return found
}

describe('the admin in three languages', () => {
  it('names every collection, global, field and select option of ours in az, en and ru', () => {
    const { config } = t.payload
    const found: string[] = []
    for (const collection of config.collections) {
      if (collection.slug.startsWith('payload-')) continue
      for (const which of ['singular', 'plural'] as const) {
        const bad = problem(collection.labels[which])
        if (bad) found.push(`${collection.slug} ${which} label: ${bad}`)
      }
      found.push(...fieldProblems(collection.flattenedFields, collection.slug))
    }
    for (const global of config.globals) {
      if (global.slug.startsWith('payload-')) continue
      const bad = problem(global.label)
      if (bad) found.push(`${global.slug} label: ${bad}`)
      found.push(...fieldProblems(global.flattenedFields, global.slug))
    }
    expect(found).toEqual([])
  })
})
