/**
 * Links editors may save: http(s), mailto, or relative to this site. Anything else
 * (javascript:, data:, vbscript:, file:, protocol-relative //host) is refused at save time.
 */
export function isSafeLinkUrl(raw: unknown): boolean {
  if (typeof raw !== 'string') return false
  // Browsers ignore control characters and leading spaces in schemes ("java\tscript:").
  const url = raw.replace(/[\u0000-\u001f\u007f\s]+/g, '')
  if (!url) return false
  if (url.startsWith('//') || url.startsWith('\\')) return false
  if (/^(\/|\.\/|\.\.\/|#|\?)/.test(url)) return true
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase()
  if (!scheme) return !url.includes(':')
  if (scheme === 'mailto') return true
  if (scheme !== 'http' && scheme !== 'https') return false
  try {
    return Boolean(new URL(url).hostname)
  } catch {
    return false
  }
}
