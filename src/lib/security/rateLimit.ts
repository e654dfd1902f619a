import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'

import { redisClient } from '@/lib/redis/redisClient'

/** So many points per so many seconds. */
export type Limit = { points: number; duration: number }

type Env = { REDIS_URL?: string; [name: string]: string | undefined }

/** A positive whole number from the environment, or the fallback. */
export const limitCount = (value: string | undefined, fallback: number): number =>
  Number.isInteger(Number(value)) && Number(value) > 0 ? Number(value) : fallback

const limiters = new Map<string, RateLimiterAbstract>()

/**
 * One limiter per bucket and settings, per process. With REDIS_URL the counts live in Redis and
 * so hold across instances; while Redis is unreachable an in-memory limiter stands in (the
 * library's insurance limiter), so the guarded action keeps working and keeps being limited.
 */
function limiterFor(bucket: string, { points, duration }: Limit, env: Env): RateLimiterAbstract {
  const key = `${bucket}:${points}:${duration}:${env.REDIS_URL ?? ''}`
  let limiter = limiters.get(key)
  if (!limiter) {
    const memory = new RateLimiterMemory({ keyPrefix: bucket, points, duration })
    if (env.REDIS_URL) {
      const client = redisClient(env.REDIS_URL)
      // The shared client connects lazily; the limiter needs it connected.
      if (client.status === 'wait') client.connect().catch(() => {})
      limiter = new RateLimiterRedis({
        storeClient: client,
        keyPrefix: `khojaly:${bucket}`,
        points,
        duration,
        insuranceLimiter: memory,
      })
    } else limiter = memory
    limiters.set(key, limiter)
  }
  return limiter
}

/**
 * Counts one attempt of `key` (a client address, an e-mail address) in `bucket`; resolves with
 * null when allowed, or the seconds to wait when over the limit.
 */
export async function consumeAttempt(
  bucket: string,
  key: string,
  limit: Limit,
  env: Env = process.env,
): Promise<number | null> {
  try {
    await limiterFor(bucket, limit, env).consume(key)
    return null
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    throw rejection
  }
}
