import type { Payload } from 'payload'

import { checkHealth } from '@/lib/health/health'
import { connectedRedis } from '@/lib/redis/redisClient'

type Part = 'ok' | 'error'

export type Readiness = {
  status: 'ready' | 'not-ready'
  database: Part
  /** `not-configured` when REDIS_URL is unset: one instance, Next's own file cache. */
  redis: Part | 'not-configured'
}

const PING_TIMEOUT_MS = 2000

async function pingRedis(url: string): Promise<Part> {
  let timer: NodeJS.Timeout | undefined
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('Redis ping timed out')), PING_TIMEOUT_MS)
    })
    const pong = await Promise.race([connectedRedis(url).then((client) => client.ping()), timeout])
    return pong === 'PONG' ? 'ok' : 'error'
  } catch {
    return 'error'
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Readiness for a load balancer: this instance may take traffic when its database answers and,
 * where several instances share Next's cache through Redis (REDIS_URL), Redis answers PING too.
 * An instance that cannot reach Redis would serve pages that other instances have revalidated.
 * Liveness stays /api/health (database only), so a Redis outage takes instances out of rotation
 * without making the orchestrator restart them.
 */
export async function checkReadiness(
  getPayload: () => Promise<Payload>,
  env: Partial<Record<string, string>> = process.env,
): Promise<{ code: 200 | 503; body: Readiness }> {
  const [health, redis] = await Promise.all([
    checkHealth(getPayload),
    env.REDIS_URL ? pingRedis(env.REDIS_URL) : Promise.resolve('not-configured' as const),
  ])
  const ready = health.body.database === 'ok' && redis !== 'error'
  return {
    code: ready ? 200 : 503,
    body: { status: ready ? 'ready' : 'not-ready', database: health.body.database, redis },
  }
}
