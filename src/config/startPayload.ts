/**
 * Starts Payload when the server boots rather than on the first request: production applies
 * pending migrations and creates the first admin before serving, and development seeds an empty
 * database and prints the demo admin's credentials right away.
 *
 * A configuration mistake stops the server with one line that says what to fix. A database that
 * does not answer yet (MongoDB still starting beside us) does not: the server stays up, /api/health
 * answers 503, and the next request tries again.
 */
export async function startPayload(): Promise<void> {
  try {
    // Imported here, inside the try: loading the config is where a bad DATABASE_URI or secret throws.
    const { getPayloadClient } = await import('@/lib/payload/client')
    await getPayloadClient()
  } catch (error) {
    // By name: the bundler may give the config its own copy of the ConfigError class.
    if ((error as Error)?.name === 'ConfigError') {
      console.error(`Start-up refused: ${(error as Error).message}`)
      process.exit(1)
    }
    console.error(
      `Payload could not start yet (${(error as Error)?.message ?? error}); /api/health answers 503 until it can.`,
    )
  }
}
