// @ts-check
// Plain JavaScript: the cache handler (src/lib/cache) runs it outside the bundle.
import { createHash } from 'node:crypto'

import { CSP_HEADER, contentSecurityPolicy } from './contentSecurityPolicy.mjs'

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g
/** The first script of Next's inline RSC payload: it creates the queue the others push to. */
const FLIGHT_BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])'
/** A piece of the RSC payload: `[1, text]` or `[3, base64 of binary]`, a JSON string either way. */
const FLIGHT_CHUNK = /^self\.__next_f\.push\(\[([13]),("(?:[^"\\]|\\.)*")\]\)$/
/** Turbopack's runtime bootstrap: which of the build's chunks to load, and which modules to run. */
const TURBOPACK_BOOTSTRAP =
  /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\((\{.*\})\);$/
const BUILD_CHUNK = /^static\/chunks\/[\w.~-]+\.js$/

/**
 * Any of Next's cache values (pages, routes, fetches, images, redirects); only a page (`APP_PAGE`
 * with its `html`) is touched. Typed by shape because the handler is handed all of them.
 * @typedef {{ kind?: unknown, html?: unknown, rscData?: unknown, headers?: import('node:http').OutgoingHttpHeaders }} CacheValueLike
 */

/**
 * Gives a page rendered once and cached the Content-Security-Policy of its own scripts: the SHA-256
 * of every inline script Next wrote into it, in the entry's headers, which go out with every copy.
 *
 * Next's inline scripts are told apart from anything else in the HTML by what they are, checked
 * against the render itself, not by their looks alone:
 * - the RSC payload's pieces count only if, joined in page order, they are byte for byte the RSC
 *   payload Next stored with the page (`rscData`). Markup that slipped into the HTML and pushed
 *   anything of its own breaks that equality, and then no piece is listed: the page still reads,
 *   it just does not hydrate;
 * - the payload's bootstrap and Turbopack's runtime bootstrap count in their exact forms, the
 *   latter only naming chunks of the build (which `script-src 'self'` lets load anyway).
 * Every other inline script is left out, so the browser refuses it; a JSON-LD block needs no hash.
 * Copies of a listed script run the same code again, as with any hash policy.
 *
 * No marker or nonce is needed for this, so the proxy does not have to see cached pages at all
 * (what it would cost: docs/benchmarks.md). Called when a page is stored and when an entry without
 * a policy is read (the 404 and error pages `next build` rendered); an entry with one is left alone.
 * Mutates `value`: Next stores and serves this very object.
 * @param {CacheValueLike | null | undefined} value a value handed to the cache handler's `set`, or one its `get` returns
 * @returns {number} the inline scripts left out of the policy (JSON-LD and the like not counted)
 */
export function lockCachedPageScripts(value) {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string' || value.headers?.[CSP_HEADER])
    return 0
  const { trusted, refused } = nextInlineScripts(value.html, value.rscData)
  value.headers = { ...value.headers, [CSP_HEADER]: scriptHashPolicy(trusted) }
  return refused
}

/**
 * @param {string} html
 * @param {unknown} rscData the RSC payload Next rendered with the page
 * @returns {{ trusted: string[], refused: number }}
 */
function nextInlineScripts(html, rscData) {
  const trusted = []
  const flight = []
  let refused = 0
  for (const { type, body } of inlineScripts(html)) {
    if (type && !/^(?:text\/javascript|module)$/i.test(type)) continue
    if (body === FLIGHT_BOOTSTRAP || isTurbopackBootstrap(body)) trusted.push(body)
    else if (FLIGHT_CHUNK.test(body)) flight.push(body)
    else refused += 1
  }
  if (flight.length && Buffer.isBuffer(rscData) && joinFlight(flight).equals(rscData))
    trusted.push(...flight)
  else refused += flight.length
  return { trusted, refused }
}

/** @param {string[]} chunks scripts matching FLIGHT_CHUNK, in page order */
function joinFlight(chunks) {
  return Buffer.concat(
    chunks.map((body) => {
      const [, kind, literal] = /** @type {RegExpExecArray} */ (FLIGHT_CHUNK.exec(body))
      const text = JSON.parse(literal)
      return kind === '1' ? Buffer.from(text, 'utf8') : Buffer.from(text, 'base64')
    }),
  )
}

/** @param {string} body */
function isTurbopackBootstrap(body) {
  const match = TURBOPACK_BOOTSTRAP.exec(body)
  if (!match) return false
  let parsed
  try {
    parsed = JSON.parse(match[1])
  } catch {
    return false
  }
  const { otherChunks, runtimeModuleIds, ...rest } = parsed ?? {}
  return (
    Object.keys(rest).length === 0 &&
    Array.isArray(otherChunks) &&
    otherChunks.every((chunk) => typeof chunk === 'string' && BUILD_CHUNK.test(chunk)) &&
    Array.isArray(runtimeModuleIds) &&
    runtimeModuleIds.every((id) => Number.isSafeInteger(id)) &&
    JSON.stringify(parsed) === match[1]
  )
}

/**
 * The inline scripts of a page (those without `src`, which load from 'self'): their type and the
 * text between the tags, which is what the browser hashes.
 * @param {string} html @returns {{ type: string | undefined, body: string }[]}
 */
function inlineScripts(html) {
  return [...html.matchAll(INLINE_SCRIPT)]
    .filter(([, attributes]) => !/\ssrc=/.test(attributes))
    .map(([, attributes, body]) => ({ type: /\stype="([^"]*)"/i.exec(attributes)?.[1], body }))
}

/**
 * The page policy allowing exactly these inline scripts, by their SHA-256.
 * @param {string[]} bodies
 */
function scriptHashPolicy(bodies) {
  const hashes = new Set(
    bodies.map((body) => createHash('sha256').update(body, 'utf8').digest('base64')),
  )
  return contentSecurityPolicy({
    scripts: { hashes: [...hashes] },
    framable: false,
    development: false,
  })
}
