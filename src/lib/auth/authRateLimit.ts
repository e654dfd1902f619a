import { consumeAttempt, limitCount, type Limit } from '@/lib/security/rateLimit'

export type AuthAction = 'login' | 'forgotPassword'

type Env = {
  AUTH_LOGIN_LIMIT?: string
  AUTH_RESET_LIMIT?: string
  [name: string]: string | undefined
}

/** Attempts per client address: sign-in 10 per 15 minutes, password-reset mail 5 per hour (env overrides the count). */
export function authLimits(env: Env = process.env): Record<AuthAction, Limit> {
  return {
    login: { points: limitCount(env.AUTH_LOGIN_LIMIT, 10), duration: 15 * 60 },
    forgotPassword: { points: limitCount(env.AUTH_RESET_LIMIT, 5), duration: 60 * 60 },
  }
}

/** Counts one attempt; resolves with null when allowed, or the seconds to wait when over the limit. */
export const consumeAuthAttempt = (
  action: AuthAction,
  ip: string,
  env: Env = process.env,
): Promise<number | null> => consumeAttempt(`auth-${action}`, ip, authLimits(env)[action], env)
