import { APIError, type CollectionSlug, type PayloadRequest } from 'payload'

import { isLocale } from '@/i18n/locales'
import { badRequest } from '@/lib/api/apiError'
import { checkWhere } from '@/lib/api/checkWhere'
import { isDocumentId } from '@/lib/payload/documentId'

/** The largest page an anonymous client may ask for (REST `limit`, GraphQL `limit`). */
export const MAX_PUBLIC_LIMIT = 100
/** Relationship depth: Payload clamps larger values to this (config `maxDepth`). */
export const MAX_DEPTH = 3

const fallbackValues = new Set(['none', 'false', 'null'])

const integer = (
  name: string,
  value: unknown,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): void => {
  if (value === undefined || value === null || value === '') return
  const text = String(value)
  if (!/^-?\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw badRequest(`"${name}" must be an integer from ${min} to ${max}.`)
  }
}

/** A parameter given once: with two values Payload would use one this check never saw. */
const single = (name: string, value: unknown) => {
  if (Array.isArray(value)) throw badRequest(`"${name}" is given more than once.`)
  return value
}

/** The REST query string (`req.query`, parsed by Payload with qs). */
function checkRestQuery(req: PayloadRequest) {
  const query = req.query ?? {}
  const locale = req.searchParams?.get('locale')
  if (
    locale !== null &&
    locale !== undefined &&
    !isLocale(locale) &&
    locale !== 'all' &&
    locale !== '*'
  ) {
    throw badRequest(`Unknown locale "${locale}": use az, en, ru or all.`)
  }
  const fallback =
    req.searchParams?.get('fallback-locale') ?? req.searchParams?.get('fallbackLocale')
  if (
    fallback !== null &&
    fallback !== undefined &&
    !isLocale(fallback) &&
    !fallbackValues.has(fallback)
  ) {
    throw badRequest(`Unknown fallback-locale "${fallback}": use az, en, ru or none.`)
  }
  const anonymous = !req.user
  integer(
    'limit',
    single('limit', query.limit),
    anonymous ? 1 : 0,
    anonymous ? MAX_PUBLIC_LIMIT : undefined,
  )
  integer('page', single('page', query.page), 1)
  integer('depth', single('depth', query.depth), 0)
  if (anonymous && [false, 'false'].includes(single('pagination', query.pagination) as string)) {
    throw badRequest(
      `"pagination=false" is for signed-in users; page through with limit (at most ${MAX_PUBLIC_LIMIT}) and page.`,
    )
  }
  checkWhere(query.where)
  checkId(req)
}

/**
 * A document id of the wrong form (`/api/articles/abc` on SQLite's numeric ids, or not an
 * ObjectId on MongoDB) makes the database throw, and Payload answers 500. It is a document that
 * does not exist: 404.
 */
function checkId(req: PayloadRequest) {
  const id = req.routeParams?.id
  const collection = req.routeParams?.collection
  if (
    id === undefined ||
    id === null ||
    typeof collection !== 'string' ||
    !(collection in req.payload.collections)
  )
    return
  if (!isDocumentId(req.payload, collection as CollectionSlug, String(id)))
    throw new APIError(`No document has the id "${String(id)}".`, 404, null, true)
}

type HookArgs = { args: unknown; req: PayloadRequest }

/**
 * A `beforeOperation` hook on every collection and global (buildAppConfig adds it): REST requests with an unknown locale, a malformed or injected `where`, or an
 * out-of-range `limit`/`page`/`depth` get a 400 with a message instead of Payload's silent default
 * or a 500. Anonymous clients page through lists at most MAX_PUBLIC_LIMIT at a time. Local API calls
 * (the site's own queries) are not checked: their arguments come from code. GraphQL arguments are
 * typed by its schema; its page size and nesting are checked by the rules in graphqlLimits.ts.
 */
export const guardApiRequest = ({ args, req }: HookArgs) => {
  // `routeParams.collection`/`global` are set once the route is matched, after authentication: the
  // sign-in lookup of the user (an operation on the same request) must not be refused for the
  // caller's `limit`, or a signed-in client would be treated as anonymous.
  const routed = Boolean(req.routeParams?.collection || req.routeParams?.global)
  if (req.payloadAPI === 'REST' && routed) checkRestQuery(req)
  return args
}

type Hooked = { hooks?: { beforeOperation?: unknown[] } }

/** The collection or global with guardApiRequest as its first `beforeOperation` hook. */
export const withApiGuard = <T extends Hooked>(config: T): T => ({
  ...config,
  hooks: {
    ...config.hooks,
    beforeOperation: [guardApiRequest, ...(config.hooks?.beforeOperation ?? [])],
  },
})
