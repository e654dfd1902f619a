/**
 * Starts Payload when the server boots rather than on the first request: production applies
 * pending migrations and creates the first admin before serving, and development seeds an empty
 * database and prints the demo admin's credentials right away.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const { getPayloadClient } = await import('@/lib/payload')
  await getPayloadClient()
}
