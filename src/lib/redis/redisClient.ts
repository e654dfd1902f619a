import Redis from 'ioredis'

const clients = new Map<string, Redis>()

/**
 * One Redis connection per URL and process, opened on first use. Commands fail fast while Redis is
 * down (no offline queue, one retry) so a readiness probe or the job leader lease answers within
 * seconds instead of queueing behind a dead connection; ioredis keeps reconnecting in the background.
 */
export function redisClient(url: string): Redis {
  let client = clients.get(url)
  if (!client) {
    client = new Redis(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    })
    // Without a listener ioredis prints every failed reconnect as an unhandled error event.
    client.on('error', () => {})
    clients.set(url, client)
  }
  return client
}

/** Connects when needed; a connection already open or opening is reused. */
export async function connectedRedis(url: string): Promise<Redis> {
  const client = redisClient(url)
  if (client.status === 'wait' || client.status === 'end') await client.connect()
  else if (client.status === 'connecting' || client.status === 'reconnecting') {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('Redis connection timed out')), 2000)
      client!.once('ready', () => (clearTimeout(timer), resolve()))
    })
  }
  return client
}

/** For tests and shutdown. */
export async function closeRedisClients(): Promise<void> {
  const all = [...clients.values()]
  clients.clear()
  await Promise.all(all.map((client) => client.quit().catch(() => client.disconnect())))
}
