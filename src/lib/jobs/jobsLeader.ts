import { randomUUID } from 'node:crypto'
import os from 'node:os'

import type { Payload } from 'payload'

import { connectedRedis } from '@/lib/redis/redisClient'

type JobsEnv = { JOBS_AUTORUN?: string; REDIS_URL?: string }

export const JOBS_LEASE_KEY = 'khojaly:jobs:leader'
/** Longer than the default one-minute cron, so the leader keeps its lease from tick to tick. */
export const JOBS_LEASE_MS = 90_000

/** This process, in the lease: readable in redis-cli, unique even for two instances on one host. */
const instanceId = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`

// Takes the lease when free, renews it when ours, refuses it when another instance holds it: atomic
// in Redis, so two instances whose crons fire in the same millisecond cannot both win.
const ACQUIRE_OR_RENEW = `
local holder = redis.call('GET', KEYS[1])
if not holder then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
if holder == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
return 0`

/**
 * Payload's `jobs.shouldAutoRun`: whether this instance runs queued jobs (scheduled publish) on
 * this cron tick. Payload claims jobs by reading unclaimed ones and then marking them
 * `processing` in a second write (payload/dist/queues/operations/runJobs/index.js with
 * @payloadcms/db-mongodb/dist/updateJobs.js: `find` then `updateMany` by `_id`), so two instances
 * ticking together can claim and run the same job. Hence one runner at a time:
 * - JOBS_AUTORUN=false: this instance never runs jobs (give exactly one instance `true`);
 * - REDIS_URL set: the instances elect one runner through a lease in Redis; when it stops, another
 *   takes over within JOBS_LEASE_MS;
 * - neither: a single instance runs them, as before.
 */
export function shouldAutoRunJobs(env: JobsEnv): (payload: Payload) => Promise<boolean> {
  return async (payload) => {
    if (env.JOBS_AUTORUN === 'false') return false
    if (!env.REDIS_URL) return true
    try {
      const redis = await connectedRedis(env.REDIS_URL)
      return (
        (await redis.eval(
          ACQUIRE_OR_RENEW,
          1,
          JOBS_LEASE_KEY,
          instanceId,
          String(JOBS_LEASE_MS),
        )) === 1
      )
    } catch (error) {
      // Without Redis nobody can know whether another instance runs the queue: skip this tick
      // (jobs wait, they are not lost) rather than risk publishing twice.
      payload.logger.warn(
        `Job runner lease unavailable (${(error as Error).message}); skipping this tick.`,
      )
      return false
    }
  }
}
