import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'

import { redisClient } from '@/lib/redis/redisClient'

export type AuthAction = 'login' | 'forgotPassword'

type Env = {
  AUTH_LOGIN_LIMIT?: string
  AUTH_RESET_LIMIT?: string
  REDIS_URL?: string
  [name: string]: string | undefined
}

/** Attempts per client address: sign-in 10 per 15 minutes, password-reset mail 5 per hour (env overrides the count). */
export function authLimits(
  env: Env = process.env,
): Record<AuthAction, { points: number; duration: number }> {
  const count = (value: string | undefined, fallback: number) =>
    Number.isInteger(Number(value)) && Number(value) > 0 ? Number(value) : fallback
  return {
    login: { points: count(env.AUTH_LOGIN_LIMIT, 10), duration: 15 * 60 },
    forgotPassword: { points: count(env.AUTH_RESET_LIMIT, 5), duration: 60 * 60 },
  }
}

const limiters = new Map<string, RateLimiterAbstract>()

/**
 * One limiter per action and settings, per process. With REDIS_URL the counts live in Redis and
 * so hold across instances; while Redis is unreachable an in-memory limiter stands in (the
 * library's insurance limiter), so sign-in keeps working and keeps being limited.
 */
function limiterFor(action: AuthAction, env: Env): RateLimiterAbstract {
  const { points, duration } = authLimits(env)[action]
  const key = `${action}:${points}:${duration}:${env.REDIS_URL ?? ''}`
  let limiter = limiters.get(key)
  if (!limiter) {
    const memory = new RateLimiterMemory({ keyPrefix: `auth-${action}`, points, duration })
    if (env.REDIS_URL) {
      const client = redisClient(env.REDIS_URL)
      // The shared client connects lazily; the limiter needs it connected.
      if (client.status === 'wait') client.connect().catch(() => {})
      limiter = new RateLimiterRedis({
        storeClient: client,
        keyPrefix: `khojaly:auth-${action}`,
        points,
        duration,
        insuranceLimiter: memory,
      })
    } else limiter = memory
    limiters.set(key, limiter)
  }
  return limiter
}

/** Counts one attempt; resolves with null when allowed, or the seconds to wait when over the limit. */
export async function consumeAuthAttempt(
  action: AuthAction,
  ip: string,
  env: Env = process.env,
): Promise<number | null> {
  try {
    await limiterFor(action, env).consume(ip)
    return null
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    throw rejection
  }
}
