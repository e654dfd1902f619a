import type { Locale } from '@/i18n/locales'
import { words } from '@/lib/search/normalize'
import { stem } from '@/lib/search/stem'

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => escapes[ch])

const wordPattern = /[\p{L}\p{N}]+/gu

/**
 * The stemmed token of a word as written, per locale, remembered: a snippet's words repeat across
 * searches (the same rows come up for the same words), and normalizing each one again was most of
 * a search's time (docs/search.md). Bounded: cleared when full.
 */
const tokenCache = new Map<Locale, Map<string, string>>()
const TOKEN_CACHE_SIZE = 50_000
function tokenOf(word: string, locale: Locale): string {
  let cache = tokenCache.get(locale)
  if (!cache) tokenCache.set(locale, (cache = new Map()))
  let token = cache.get(word)
  if (token === undefined) {
    const normalized = words(word, locale)[0]
    token = normalized === undefined ? '' : stem(normalized, locale)
    if (cache.size >= TOKEN_CACHE_SIZE) cache.clear()
    cache.set(word, token)
  }
  return token
}

/**
 * A window of `text` around the first word that matches a query term, HTML-escaped, with every
 * matching word in `<mark>`. A word matches when its normalized stem starts with a term: the same
 * rule the index query uses, so what is marked is what was found. Words past the window are not
 * looked at.
 */
export function snippetHtml(text: string, terms: string[], locale: Locale, length = 240): string {
  const matches = (w: string) => {
    const token = tokenOf(w, locale)
    return token !== '' && terms.some((term) => token.startsWith(term))
  }
  // The words up to the end of the window around the first match (all of them when none matches).
  const all: { start: number; end: number; hit: boolean }[] = []
  let first: (typeof all)[number] | undefined
  for (const m of text.matchAll(wordPattern)) {
    if (first && m.index >= first.start + length) break
    const w = { start: m.index, end: m.index + m[0].length, hit: matches(m[0]) }
    all.push(w)
    first ??= w.hit ? w : undefined
  }
  let start = first ? Math.max(0, first.start - Math.floor(length / 3)) : 0
  // Start at a word, not inside one.
  if (start > 0) start = all.find((w) => w.start >= start)?.start ?? start
  let end = Math.min(text.length, start + length)
  if (end < text.length) {
    let last = all.length - 1
    while (last >= 0 && all[last].end > end) last--
    if (last >= 0) end = all[last].end
  }

  let html = start > 0 ? '…' : ''
  let at = start
  for (const w of all) {
    if (w.start < start || w.end > end || !w.hit) continue
    html += `${escapeHtml(text.slice(at, w.start))}<mark>${escapeHtml(text.slice(w.start, w.end))}</mark>`
    at = w.end
  }
  html += escapeHtml(text.slice(at, end))
  return end < text.length ? `${html}…` : html
}
