import type { Payload } from 'payload'

/** Printed by the first `npm run dev` and in README.md; development databases only. */
export const DEMO_ADMIN = {
  email: 'admin@khojaly.example',
  password: 'Xocali-1992-demo',
  name: 'Demo Admin',
} as const

type AdminEnv = { NODE_ENV?: string; ADMIN_EMAIL?: string; ADMIN_PASSWORD?: string }

/**
 * An empty users table gets one admin: the demo admin in development, or ADMIN_EMAIL /
 * ADMIN_PASSWORD in production. Without those, production waits for the admin UI's
 * "create first user" screen.
 */
export async function ensureFirstAdmin(payload: Payload, env: AdminEnv): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return

  const fromEnv = env.ADMIN_EMAIL && env.ADMIN_PASSWORD
  if (env.NODE_ENV === 'production' && !fromEnv) {
    payload.logger.info(
      'No users yet: create the first admin at /admin, or set ADMIN_EMAIL and ADMIN_PASSWORD.',
    )
    return
  }
  if (env.NODE_ENV !== 'production' && env.NODE_ENV !== 'development' && !fromEnv) return

  const admin = fromEnv
    ? { email: env.ADMIN_EMAIL!, password: env.ADMIN_PASSWORD!, name: 'Administrator' }
    : DEMO_ADMIN
  await payload.create({
    collection: 'users',
    data: { ...admin, roles: ['admin'] },
    overrideAccess: true,
  })
  if (fromEnv) {
    payload.logger.info(`Created the first admin ${admin.email} from ADMIN_EMAIL.`)
  } else {
    payload.logger.info(
      `\n  Demo admin created for development: sign in at /admin with\n` +
        `    email:    ${DEMO_ADMIN.email}\n    password: ${DEMO_ADMIN.password}\n`,
    )
  }
}
