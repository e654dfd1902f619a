import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { adminMessage } from '@/i18n/adminMessage'
import { consumeAuthAttempt } from '@/lib/auth/authRateLimit'
import { clientIp } from '@/lib/auth/clientIp'

/**
 * Per-address limit on sign-in and password-reset requests from REST and GraphQL (the admin UI
 * uses REST), answered with 429. It counts every attempt, failed or not: `beforeLogin` would see
 * only the successful ones. Account lockout (auth.maxLoginAttempts) guards each account; this
 * guards against one address trying many accounts. Local API calls come from our own code.
 */
export const limitAuthAttempts: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  if (req.payloadAPI === 'local') return args
  const wait = await consumeAuthAttempt(operation, clientIp(req.headers))
  if (wait !== null) {
    const minutes = Math.ceil(wait / 60)
    throw new APIError(
      adminMessage(req, {
        az: `Bu ünvandan çox sayda cəhd edilib. ${minutes} dəqiqədən sonra yenidən cəhd edin.`,
        en: `Too many attempts from this address. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        ru: `Слишком много попыток с этого адреса. Повторите через ${minutes} мин.`,
      }),
      429,
      { retryAfterSeconds: wait },
      true,
    )
  }
  return args
}
