import { draftMode } from 'next/headers'

import { userHasRole } from '@/lib/auth/roles'
import type { User } from '@/payload-types'
import { getPayloadClient } from '@/lib/payload/client'
import { safePreviewPath } from '@/lib/preview/previewPath'

/**
 * The admin's preview button: a signed-in staff member enters Next's draft mode and lands on the
 * document's page. The page itself checks the Payload session again on every read (readContext).
 */
export async function GET(request: Request) {
  const path = safePreviewPath(new URL(request.url).searchParams.get('path'))
  if (!path)
    return Response.json(
      { error: 'A path on this site, starting with a locale, is required.' },
      { status: 400 },
    )
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || !userHasRole(user as Pick<User, 'roles'>, 'admin', 'editor', 'translator')) {
    return Response.json({ error: 'Sign in to the admin to preview drafts.' }, { status: 401 })
  }
  ;(await draftMode()).enable()
  return new Response(null, {
    status: 307,
    headers: { location: path, 'cache-control': 'no-store' },
  })
}
