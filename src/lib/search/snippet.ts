import type { Locale } from '@/i18n/locales'
import { words } from '@/lib/search/normalize'
import { stem } from '@/lib/search/stem'

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => escapes[ch])

const wordPattern = /[\p{L}\p{N}]+/gu

/**
 * A window of `text` around the first word that matches a query term, HTML-escaped, with every
 * matching word in `<mark>`. A word matches when its normalized stem starts with a term: the same
 * rule the index query uses, so what is marked is what was found.
 */
export function snippetHtml(text: string, terms: string[], locale: Locale, length = 240): string {
  const matches = (w: string) => {
    const token = words(w, locale)[0]
    return token !== undefined && terms.some((term) => stem(token, locale).startsWith(term))
  }
  const all = [...text.matchAll(wordPattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, hit: matches(m[0]) }))
  const first = all.find((w) => w.hit)
  let start = first ? Math.max(0, first.start - Math.floor(length / 3)) : 0
  // Start at a word, not inside one.
  if (start > 0) start = all.find((w) => w.start >= start)?.start ?? start
  let end = Math.min(text.length, start + length)
  if (end < text.length) end = [...all].reverse().find((w) => w.end <= end)?.end ?? end

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
