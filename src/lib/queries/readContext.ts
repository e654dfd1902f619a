import { draftMode, headers } from 'next/headers'
import { cache } from 'react'

import { userHasRole } from '@/lib/auth/roles'
import type { User } from '@/payload-types'
import { getPayloadClient } from '@/lib/payload/client'

export type ReadContext = { draft: boolean; user: (User & { collection: 'users' }) | null }

/**
 * Who is reading. Visitors read published documents only; in Next's draft mode (entered through
 * /api/preview by a signed-in staff member) the reader's own session decides, so a forged
 * draft-mode cookie without a Payload session still sees only published content.
 */
export const readContext = cache(async (): Promise<ReadContext> => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return { draft: false, user: null }
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user || user.collection !== 'users' || !userHasRole(user, 'admin', 'editor', 'translator'))
    return { draft: false, user: null }
  return { draft: true, user: user as ReadContext['user'] }
})
