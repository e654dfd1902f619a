// Plain JavaScript: the cache handler (src/lib/cache) runs it outside the bundle, and src/proxy.ts
// shares its marker through globalThis (both run in the one `next start` process).
import { createHash, randomBytes } from 'node:crypto'

import { CSP_HEADER, contentSecurityPolicy } from './contentSecurityPolicy.mjs'

const MARKER = Symbol.for('khojaly.cachedPageScriptMarker')
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g

/**
 * The nonce src/proxy.ts hands Next for a page that will be rendered once and cached. No browser
 * ever sees it: `lockCachedPageScripts` takes it out of the page before the page is stored or
 * sent. Next puts it on its own scripts only, so it tells them apart from anything else in the
 * HTML. Random per process, so no page of an earlier run or another instance can teach it.
 * @returns {string}
 */
export function cachedPageScriptMarker() {
  globalThis[MARKER] ??= randomBytes(16).toString('hex')
  return globalThis[MARKER]
}

/**
 * Turns a page rendered with the marker into a page with its own policy: the SHA-256 of every
 * inline script Next wrote (those carrying the marker) goes into the Content-Security-Policy that
 * the cached entry sends with every copy of the page. An inline script without the marker (markup
 * that slipped into the HTML by any route) is not listed, so the browser refuses it as it would
 * refuse a script without this response's nonce.
 *
 * The marker is then replaced, everywhere, by a filler of the same length: Next also writes the
 * nonce into the page's RSC payload (inline and for client navigations), whose rows may be
 * length-prefixed. The hashes are of the scripts as sent, filler included.
 *
 * Mutates `value` in place: Next stores this very object and serves it to the request that
 * rendered it (node_modules/next/dist/server/response-cache/index.js, handleRevalidate).
 * @param {any} value a value handed to the cache handler's `set`
 */
export function lockCachedPageScripts(value) {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string') return
  const marker = globalThis[MARKER]
  if (!marker) return
  const attribute = ` nonce="${marker}"`
  if (!value.html.includes(attribute)) return
  const filler = FILLER.repeat(marker.length)
  // Hashed as they will be sent: with the filler in place of the marker.
  const nexts = inlineScripts(value.html).filter(({ attributes }) => attributes.includes(attribute))
  const policy = scriptHashPolicy(nexts.map(({ body }) => body.replaceAll(marker, filler)))
  value.html = value.html.replaceAll(marker, filler)
  value.rscData = replaceInBuffer(value.rscData, marker, filler)
  if (value.segmentData instanceof Map) for (const [segment, data] of value.segmentData) value.segmentData.set(segment, replaceInBuffer(data, marker, filler))
  value.headers = { ...value.headers, [CSP_HEADER]: policy }
}

const FILLER = '0'

/** @param {unknown} data @param {string} from @param {string} to (as long as `from`) */
function replaceInBuffer(data, from, to) {
  if (!Buffer.isBuffer(data) || !data.includes(from)) return data
  const copy = Buffer.from(data)
  const replacement = Buffer.from(to)
  for (let at = copy.indexOf(from); at !== -1; at = copy.indexOf(from, at + replacement.length)) replacement.copy(copy, at)
  return copy
}

/** Next's own pages, rendered by `next build` (never from the database), which the file cache serves from disk. */
const BUILD_TIME_PAGES = new Set(['/_not-found', '/_global-error'])

/**
 * Gives a page rendered by `next build` its policy when it is read: the build renders without the
 * proxy, so its scripts carry no marker. Only Next's own pages qualify: nothing in them comes from
 * the database, so every inline script in them is Next's. (The site's pages are never rendered at
 * build time: the build has no database.)
 * @param {string} key @param {any} value a value the cache handler's `get` returns
 */
export function lockBuildTimePage(key, value) {
  if (!BUILD_TIME_PAGES.has(key) || value?.kind !== 'APP_PAGE' || typeof value.html !== 'string' || value.headers?.[CSP_HEADER]) return
  value.headers = { ...value.headers, [CSP_HEADER]: scriptHashPolicy(inlineScripts(value.html).map(({ body }) => body)) }
}

/**
 * The inline scripts of a page (those without `src`, which load from 'self'): their attributes and
 * the text between the tags, which is what the browser hashes.
 * @param {string} html @returns {{ attributes: string, body: string }[]}
 */
function inlineScripts(html) {
  return [...html.matchAll(INLINE_SCRIPT)].filter(([, attributes]) => !/\ssrc=/.test(attributes)).map(([, attributes, body]) => ({ attributes, body }))
}

/**
 * The page policy allowing exactly these inline scripts, by their SHA-256.
 * @param {string[]} bodies
 */
function scriptHashPolicy(bodies) {
  const hashes = new Set(bodies.map((body) => createHash('sha256').update(body, 'utf8').digest('base64')))
  return contentSecurityPolicy({ scripts: { hashes: [...hashes] }, framable: false, development: false })
}
