import type { Migration, Payload } from 'payload'

import { keepSqliteStatistics } from '@/lib/env/database'
import { ensureFirstAdmin } from '@/lib/auth/firstAdmin'
import { migrations } from '@/migrations/sqlite'
import { seedIfEmpty } from '@/seed'

/**
 * Runs once per process when Payload starts. Production applies migrations through the adapter's
 * `prodMigrations` before this runs; elsewhere (dev, tests) they are applied here, so a fresh
 * machine gets its schema from the same committed migrations and never from dev-mode push.
 */
export async function onInit(payload: Payload): Promise<void> {
  const production = process.env.NODE_ENV === 'production'
  if (!production && payload.db.name === 'sqlite')
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  await ensureFirstAdmin(payload, process.env)
  if (process.env.NODE_ENV === 'development' && process.env.SEED_ON_EMPTY !== 'false')
    await seedIfEmpty(payload)
  // After the seed: statistics of the empty tables would plan every read of the demo content badly.
  keepSqliteStatistics(payload.db as { name: string; client?: unknown }, (message) =>
    payload.logger.warn(message),
  )
}
