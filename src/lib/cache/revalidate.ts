import { createHmac, timingSafeEqual } from 'node:crypto'

import { revalidateTag } from 'next/cache'
import type { PayloadRequest } from 'payload'

import { isLocale, type Locale } from '@/i18n/locales'
import { localeTag, PUBLIC_CONTENT_TAG } from '@/lib/queries/cachedRead'

/**
 * Expires what the public pages read, now (not served stale once more): every locale's, or only
 * those of `locales` (a translation published alone).
 */
export function revalidateNow(locales?: Locale[]): void {
  const tags = locales ? locales.map(localeTag) : [PUBLIC_CONTENT_TAG]
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
}

/** The locales a revalidation request names; none (every locale) unless all are known. */
export function requestedLocales(body: string): Locale[] | undefined {
  const { locales } = JSON.parse(body) as { locales?: unknown }
  return Array.isArray(locales) && locales.every(isLocale) ? locales : undefined
}

const isOutsideRequest = (error: unknown) =>
  error instanceof Error &&
  /static generation store missing|outside a request scope/i.test(error.message)

export const revalidationToken = (secret: string, body: string) =>
  createHmac('sha256', secret).update(body).digest('hex')

export function verifyRevalidationToken(
  secret: string,
  body: string,
  token: string | null,
): boolean {
  if (!token) return false
  const expected = Buffer.from(revalidationToken(secret, body))
  const given = Buffer.from(token)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/**
 * Clears the public site's cached data now when called inside a Next request (an editor's save).
 * Scheduled publishes run in Payload's job runner, outside any request, where Next's cache API
 * throws: those ask this same server through /api/revalidate, signed with the Payload secret.
 */
export async function revalidatePublicSite(
  req: Pick<PayloadRequest, 'payload'>,
  locales?: Locale[],
): Promise<void> {
  try {
    revalidateNow(locales)
    return
  } catch (error) {
    if (!isOutsideRequest(error)) throw error
  }
  // Scripts and tests run Payload without a Next server: nothing is cached there.
  if (!process.env.NEXT_RUNTIME) return
  const body = JSON.stringify({ at: Date.now(), locales })
  const origin = `http://127.0.0.1:${process.env.PORT || 3000}`
  try {
    const response = await fetch(`${origin}/api/revalidate`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-revalidate-token': revalidationToken(req.payload.secret, body),
      },
      body,
      signal: AbortSignal.timeout(5000),
    })
    if (!response.ok) throw new Error(`status ${response.status}`)
  } catch (error) {
    req.payload.logger.warn(`Revalidation outside a request failed: ${(error as Error).message}`)
  }
}
