import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** The secret of a sender's link (sent once, by mail) and the hash the submission keeps of it. */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashLinkToken(token) }
}

export const hashLinkToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex')

/** A link token is 43 base64url characters; anything else is not looked up at all. */
export const isLinkToken = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)

const sign = (secret: string, issued: string) =>
  createHmac('sha256', secret).update(`form-started:${issued}`).digest('base64url')

/**
 * The time trap: the form carries the moment it was rendered, signed so a bot cannot backdate it.
 * A person takes longer than a few seconds to write a testimony; a script posting at once does not.
 */
export const formStartedToken = (secret: string, now = Date.now()): string => {
  const issued = String(now)
  return `${issued}.${sign(secret, issued)}`
}

export type FormTiming = 'ok' | 'tooFast' | 'invalid'

/** Checks the time trap; a form older than a day is still a person's (a long testimony takes time). */
export function checkFormStarted(
  token: unknown,
  secret: string,
  minSeconds: number,
  now = Date.now(),
): FormTiming {
  if (typeof token !== 'string') return 'invalid'
  const [issued, signature] = token.split('.')
  if (!issued || !signature || !/^\d{13}$/.test(issued)) return 'invalid'
  const expected = Buffer.from(sign(secret, issued))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid'
  const elapsed = now - Number(issued)
  if (elapsed < 0) return 'invalid'
  return elapsed < minSeconds * 1000 ? 'tooFast' : 'ok'
}
