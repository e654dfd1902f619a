import { randomBytes } from 'node:crypto'

import type { FormErrors, FormValues } from '@/lib/submissions/form'

/** A refused form as the page shows it again: what was written, and what to correct. */
export type FormState = { values: FormValues; errors: FormErrors; hadFiles: boolean }

type Entry = { state: FormState; expires: number }

const TTL_MS = 60_000
const KEY = Symbol.for('khojaly.submissions.formStash')

/**
 * A refused form reaches the page that draws it again through this process-wide map, for the one
 * request the endpoint makes to that page (src/endpoints/submissions.ts), then it is gone. The API
 * route and the page are separate bundles, so the map hangs on `globalThis`, not on a module.
 */
const entries = (): Map<string, Entry> => {
  const holder = globalThis as { [KEY]?: Map<string, Entry> }
  holder[KEY] ??= new Map()
  return holder[KEY]
}

export function stashForm(state: FormState, now = Date.now()): string {
  const map = entries()
  for (const [key, entry] of map) if (entry.expires < now) map.delete(key)
  const key = randomBytes(16).toString('base64url')
  map.set(key, { state, expires: now + TTL_MS })
  return key
}

/** The stashed form, once: a second read, or a read after a minute, finds nothing. */
export function takeForm(key: unknown, now = Date.now()): FormState | null {
  if (typeof key !== 'string') return null
  const map = entries()
  const entry = map.get(key)
  map.delete(key)
  return entry && entry.expires >= now ? entry.state : null
}
