import type { AfterErrorHook, Config } from 'payload'

import { requestIdFrom } from '@/lib/observability/requestId'

type LogEnv = { LOG_FORMAT?: string; LOG_LEVEL?: string; NODE_ENV?: string }

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']

/**
 * Payload's logger (pino). Production writes one JSON object per line (ISO time, level as a word,
 * pid and hostname to tell instances apart) for a log collector; development keeps Payload's
 * pretty output. LOG_FORMAT=json|pretty overrides, LOG_LEVEL sets the level (info).
 */
export function loggerConfig(env: LogEnv): Config['logger'] {
  const format = env.LOG_FORMAT || (env.NODE_ENV === 'production' ? 'json' : 'pretty')
  if (format === 'pretty') return undefined
  const level = env.LOG_LEVEL && LEVELS.includes(env.LOG_LEVEL) ? env.LOG_LEVEL : 'info'
  return {
    options: {
      level,
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      formatters: { level: (label: string) => ({ level: label }) },
      // Never let a session or a password reach the log collector.
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', 'password'],
        censor: '[redacted]',
      },
    },
  }
}

/**
 * Payload logs the error itself; this line adds what it leaves out: the request id (from the
 * `x-request-id` the proxy sets, or a new one), the method, the path and the status, so one search
 * finds every line of a failed request across instances.
 */
export const logFailedRequest: AfterErrorHook = ({ error, req, result }) => {
  const status = (error as { status?: number }).status ?? 500
  const line = {
    requestId: requestIdFrom(req.headers),
    method: req.method,
    path: req.url ? new URL(req.url, 'http://localhost').pathname : undefined,
    status,
    errors: status >= 500 ? undefined : result?.errors?.length,
  }
  if (status >= 500) req.payload.logger.error(line, `request failed: ${error.message}`)
  else req.payload.logger.debug(line, 'request rejected')
}
