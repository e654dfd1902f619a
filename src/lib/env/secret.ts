import { ConfigError } from '@/lib/env/ConfigError'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export class MissingSecretError extends ConfigError {
  constructor() {
    super(
      'PAYLOAD_SECRET is required when NODE_ENV=production: set it to a long random string ' +
        '(for example the output of `openssl rand -hex 32`).',
    )
  }
}

type SecretEnv = { PAYLOAD_SECRET?: string; NODE_ENV?: string; NEXT_PHASE?: string }

/**
 * Production refuses to start without PAYLOAD_SECRET. In development a random secret is made once
 * and kept in the git-ignored data folder, so sessions survive restarts and the first run needs no setup.
 * `next build` evaluates the config without serving anything, so it gets a throwaway value.
 */
export function resolveSecret(env: SecretEnv, dataDir: string): string {
  const given = env.PAYLOAD_SECRET?.trim()
  if (given) return given
  if (env.NEXT_PHASE === 'phase-production-build') return randomBytes(32).toString('hex')
  if (env.NODE_ENV === 'production') throw new MissingSecretError()

  const file = path.join(dataDir, '.payload-secret')
  try {
    const stored = fs.readFileSync(file, 'utf8').trim()
    if (stored) return stored
  } catch {
    // first run: no secret yet
  }
  const secret = randomBytes(32).toString('hex')
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}
