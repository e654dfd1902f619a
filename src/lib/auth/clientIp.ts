/**
 * The client address as the reverse proxy in front of the app reports it. Next's route handlers do
 * not expose the socket address, so the proxy must set `X-Real-IP` (preferred) or append to
 * `X-Forwarded-For`; of the latter the LAST entry is used, the one our proxy added, because a
 * client can write anything into the entries before it. Without either header every client shares
 * one bucket, which errs on the side of refusing.
 */
export function clientIp(headers: Headers | undefined): string {
  const real = headers?.get('x-real-ip')?.trim()
  if (real) return real
  const forwarded = headers
    ?.get('x-forwarded-for')
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  return forwarded?.at(-1) ?? 'unknown'
}
