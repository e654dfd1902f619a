// @ts-check
// Plain JavaScript: the cache handler (redisCacheHandler.mjs) runs it outside the bundle.
import { createHash } from 'node:crypto'

/**
 * Gives a page its ETag once, when it is stored, instead of on every response: Next's own ETag
 * (`generateEtags`, off in next.config.ts) hashes the whole HTML in JavaScript for each request,
 * which was an eighth of the server's CPU time serving a cached 50 KB page (docs/benchmarks.md).
 * The entry's headers go out with every copy of the page; the reverse proxy in front answers
 * `If-None-Match` with 304 from them (docs/deploy/nginx.conf).
 * @param {import('../security/cachedPageScripts.mjs').CacheValueLike | null | undefined} value a value handed to the cache handler's `set`
 */
export function addCachedPageEtag(value) {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string' || value.headers?.etag) return
  value.headers = {
    ...value.headers,
    etag: `"${createHash('sha1').update(value.html).digest('base64url')}"`,
  }
}
