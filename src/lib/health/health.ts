import type { Payload } from 'payload'

export type Health = { status: 'ok' | 'error'; database: 'ok' | 'error' }

const PROBE_TIMEOUT_MS = 3000

/**
 * Liveness of the app and its database: one cheap read through the adapter, bounded in time so a
 * hung database answers 503 instead of hanging the load balancer's probe.
 */
export async function checkHealth(
  getPayload: () => Promise<Payload>,
): Promise<{ code: 200 | 503; body: Health }> {
  let timer: NodeJS.Timeout | undefined
  try {
    const probe = (async () => {
      const payload = await getPayload()
      await payload.count({ collection: 'users', overrideAccess: true })
    })()
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('database probe timed out')), PROBE_TIMEOUT_MS)
    })
    await Promise.race([probe, timeout])
    return { code: 200, body: { status: 'ok', database: 'ok' } }
  } catch {
    return { code: 503, body: { status: 'error', database: 'error' } }
  } finally {
    clearTimeout(timer)
  }
}
