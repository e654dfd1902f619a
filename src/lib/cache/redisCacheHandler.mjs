// @ts-check
// Next.js incremental cache handler (next.config.ts `cacheHandler`). With REDIS_URL, every instance
// reads and writes rendered pages, route responses and fetch results in one Redis, and a
// revalidatePath/revalidateTag on any instance invalidates them for all of them. Without it, it hands
// every call to Next's own file-system cache, so a single instance behaves exactly as before.
// The switch is made when the server starts, not in next.config.ts: a standalone build (the Docker
// image) freezes next.config.ts at build time, and REDIS_URL belongs to the running container.
//
// Every page it stores gets its Content-Security-Policy first (lockCachedPageScripts,
// docs/security.md): the hashes of Next's inline scripts, in the entry's headers.
//
// Plain JavaScript on purpose: `next start` imports this file at run time, outside the bundle.
// Interface: node_modules/next/dist/server/lib/incremental-cache/index.d.ts (CacheHandler); the
// built-in file-system-cache.js next to it is the reference implementation.
//
// How invalidation reaches every instance: a cached page carries its tags in the
// `x-next-cache-tags` header of its value, including Next's implicit path tags (`_N_T_/en/articles/x`,
// `_N_T_/[locale]/layout`…; node_modules/next/dist/server/lib/implicit-tags.js). revalidatePath(p)
// becomes revalidateTag(`_N_T_${p}`) (next/dist/server/web/spec-extension/revalidate.js), which
// lands here and records the time in one Redis hash. `get` compares an entry's lastModified with the
// times of its tags and answers a miss when any tag is newer, so the next request on any instance
// renders afresh. Nothing is kept in process memory: a second cache layer per instance is exactly
// what would let one instance serve what another has invalidated.
//
// Clocks: entry and tag times are the instances' wall clocks; keep them in sync (NTP), as any
// cluster does. A skew of s lets an instance serve a just-invalidated entry for at most s.
import fs from 'node:fs'
import path from 'node:path'

import Redis from 'ioredis'
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

// Node imports this file itself (see above), where the @/ alias means nothing.
// eslint-disable-next-line no-restricted-imports
import { lockCachedPageScripts } from '../security/cachedPageScripts.mjs'

import { addCachedPageEtag } from './cachedPageEtag.mjs'

/**
 * @typedef {import('next/dist/server/lib/incremental-cache/index.js').CacheHandlerContext} CacheHandlerContext
 * @typedef {import('next/dist/server/lib/incremental-cache/index.js').CacheHandlerValue} CacheHandlerValue
 * @typedef {import('next/dist/server/lib/incremental-cache/index.js').CacheHandler} CacheHandler
 * @typedef {Parameters<CacheHandler['get']>[1]} GetContext
 * @typedef {Parameters<CacheHandler['set']>[1]} CacheValue
 * @typedef {Parameters<CacheHandler['set']>[2]} SetContext
 * @typedef {typeof import('next/dist/server/lib/incremental-cache/file-system-cache.js').default} FileSystemCacheClass
 * @typedef {{ lastModified: number, value: CacheValue, cacheControl: CacheHandlerValue['cacheControl'], tags: string[] }} StoredEntry
 */

// Next's default handler. Its file is CommonJS (`exports.default = FileSystemCache`): Node's import
// yields the whole `exports` object, a bundler such as vitest's the class itself.
const loadedFileSystemCache =
  /** @type {FileSystemCacheClass | { default: FileSystemCacheClass }} */ (
    /** @type {unknown} */ (fileSystemCacheModule)
  )
const FileSystemCache =
  'default' in loadedFileSystemCache ? loadedFileSystemCache.default : loadedFileSystemCache

const PREFIX = 'khojaly:next:'
const TAGS_KEY = `${PREFIX}tags`
const TAGS_HEADER = 'x-next-cache-tags'
/** Entries without a lifetime of their own (revalidate: false) are dropped after this many seconds; a miss just renders again. */
const DEFAULT_TTL_SECONDS = 14 * 24 * 3600

/** @type {Redis | undefined} */
let client
function redis() {
  if (!client) {
    // Only called when REDIS_URL is set (the constructor decides).
    client = new Redis(String(process.env.REDIS_URL), {
      // Commands wait for the first connection (the first request after start may be a publish),
      // but never long: a cache miss renders the page, which beats a hung request.
      commandTimeout: 1500,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    })
    client.on('error', (error) => warn('connection', error))
  }
  return client
}

/** @param {unknown} error */
const messageOf = (error) => (error instanceof Error ? error.message : String(error))

let lastWarning = 0
/** @param {string} what @param {unknown} error */
function warn(what, error) {
  // One line per 10 s at most: Redis down would otherwise print on every request.
  if (Date.now() - lastWarning < 10_000) return
  lastWarning = Date.now()
  console.error(
    JSON.stringify({
      level: 'warn',
      time: new Date().toISOString(),
      msg: `Redis cache handler: ${what} failed: ${messageOf(error)}`,
    }),
  )
}

/** Entries of one build only: a page rendered by the previous deployment names scripts that no longer exist. */
/** @type {Map<string, string>} */
const buildIds = new Map()
/** @param {string | undefined} serverDistDir */
function buildId(serverDistDir) {
  if (!serverDistDir) return 'dev'
  if (!buildIds.has(serverDistDir)) {
    let id = 'unknown'
    try {
      id = fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()
    } catch {
      // `next dev` has no BUILD_ID; one namespace is right there.
    }
    buildIds.set(serverDistDir, id)
    return id
  }
  return buildIds.get(serverDistDir)
}

// Cached values hold Buffers (RSC payloads, route bodies) and a Map (segment data): JSON keeps
// them as tagged objects. The replacer reads `this[key]` because JSON.stringify applies
// Buffer#toJSON before the replacer sees the value.
/** @this {Record<string, unknown>} @param {string} key @param {unknown} value */
function replacer(key, value) {
  const raw = this[key]
  if (raw instanceof Uint8Array)
    return {
      __type: 'Buffer',
      base64: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64'),
    }
  if (raw instanceof Map) return { __type: 'Map', entries: [...raw.entries()] }
  return value
}
/** @param {string} _key @param {unknown} value */
function reviver(_key, value) {
  if (value && typeof value === 'object' && '__type' in value) {
    if (value.__type === 'Buffer' && 'base64' in value && typeof value.base64 === 'string')
      return Buffer.from(value.base64, 'base64')
    if (value.__type === 'Map' && 'entries' in value && Array.isArray(value.entries))
      return new Map(value.entries)
  }
  return value
}

/** @param {StoredEntry} entry */
export const serialize = (entry) => JSON.stringify(entry, replacer)
/** @param {string} text @returns {StoredEntry} */
export const deserialize = (text) => JSON.parse(text, reviver)

/** The tags an entry answers to: its own header (pages, routes) plus what the caller names (fetches). */
/** @param {CacheValue} value @param {string[] | undefined} storedTags @param {GetContext} ctx */
function tagsOf(value, storedTags, ctx) {
  /** @type {Set<string>} */
  const tags = new Set(storedTags ?? [])
  const header = value && 'headers' in value ? value.headers?.[TAGS_HEADER] : undefined
  if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag)
  if ('tags' in ctx) for (const tag of ctx.tags ?? []) tags.add(tag)
  if ('softTags' in ctx) for (const tag of ctx.softTags ?? []) tags.add(tag)
  return [...tags]
}

/** Gives a page its script policy, and says so when the page holds an inline script Next did not write. */
/** @param {string} key @param {CacheValue | undefined} value */
function lockPage(key, value) {
  const refused = lockCachedPageScripts(value)
  if (refused)
    console.error(
      JSON.stringify({
        level: 'warn',
        time: new Date().toISOString(),
        msg: `cached page ${key}: ${refused} inline script(s) not written by Next, refused by its policy`,
        key,
      }),
    )
}

/** @implements {CacheHandler} */
export default class RedisCacheHandler {
  /** @param {CacheHandlerContext} ctx */
  constructor(ctx) {
    this.namespace = `${PREFIX}${buildId(ctx.serverDistDir)}:`
    // Next builds a handler per request; the file-system cache keeps its state in statics, as before.
    /** @type {InstanceType<FileSystemCacheClass> | undefined} */
    this.local = undefined
    // `next start` always hands its handler the file system and the build's server folder.
    if (!process.env.REDIS_URL)
      this.local = new FileSystemCache(
        /** @type {ConstructorParameters<FileSystemCacheClass>[0]} */ (ctx),
      )
  }

  /** @param {string} key @param {GetContext} ctx @returns {Promise<CacheHandlerValue | null>} */
  async get(key, ctx) {
    if (this.local) {
      const entry = await this.local.get(key, ctx)
      // The pages `next build` rendered (404, error) reach the cache from disk, never through `set`.
      lockPage(key, entry?.value)
      return entry
    }
    try {
      const text = await redis().get(this.namespace + key)
      if (!text) return null
      const entry = deserialize(text)
      const tags = tagsOf(entry.value, entry.tags, ctx)
      if (tags.length) {
        const times = await redis().hmget(TAGS_KEY, ...tags)
        if (times.some((time) => time !== null && Number(time) >= entry.lastModified)) return null
      }
      return {
        lastModified: entry.lastModified,
        value: entry.value,
        cacheControl: entry.cacheControl,
      }
    } catch (error) {
      warn('get', error)
      return null
    }
  }

  /** @param {string} key @param {CacheValue} data @param {SetContext} ctx */
  async set(key, data, ctx) {
    // Before anything stores it: every copy of a page, in Redis or on disk, carries its own policy
    // and its ETag.
    lockPage(key, data)
    addCachedPageEtag(data)
    if (this.local) return this.local.set(key, data, ctx)
    const cacheControl = ctx.fetchCache ? undefined : ctx.cacheControl
    /** @type {StoredEntry} */
    const entry = {
      lastModified: Date.now(),
      value: data,
      cacheControl,
      tags: ctx.fetchCache ? (ctx.tags ?? []) : [],
    }
    const expire =
      typeof cacheControl?.expire === 'number' && cacheControl.expire > 0
        ? cacheControl.expire
        : DEFAULT_TTL_SECONDS
    try {
      if (data === null) await redis().del(this.namespace + key)
      else
        await redis().set(
          this.namespace + key,
          serialize(entry),
          'EX',
          Math.min(expire, DEFAULT_TTL_SECONDS),
        )
    } catch (error) {
      warn('set', error)
    }
  }

  /**
   * Marks the tags invalid from now on, for every instance. A cacheLife profile's `expire`
   * (stale-while-revalidate) is treated as immediate expiry: stricter, and the app revalidates
   * paths without profiles.
   */
  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    if (this.local) return this.local.revalidateTag(tags, durations)
    const list = (typeof tags === 'string' ? [tags] : tags).filter(Boolean)
    if (!list.length) return
    const now = Date.now()
    try {
      await redis().hset(TAGS_KEY, Object.fromEntries(list.map((tag) => [tag, String(now)])))
    } catch (error) {
      // Other instances keep serving the old page until it expires: say so loudly.
      console.error(
        JSON.stringify({
          level: 'error',
          time: new Date().toISOString(),
          msg: `Redis cache handler: revalidating ${list.length} tags failed: ${messageOf(error)}`,
          tags: list.slice(0, 20),
        }),
      )
    }
  }

  resetRequestCache() {
    this.local?.resetRequestCache()
  }
}

/** For tests and shutdown: closes this process's connection. */
export async function closeCacheRedis() {
  const open = client
  client = undefined
  await open?.quit().catch(() => open.disconnect())
}
