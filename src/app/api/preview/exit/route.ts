import { draftMode } from 'next/headers'

import { safePreviewPath } from '@/lib/preview/previewPath'

/** Leaves draft mode and goes back to the published page. */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const path = safePreviewPath(new URL(request.url).searchParams.get('path')) ?? '/'
  return new Response(null, {
    status: 307,
    headers: { location: path, 'cache-control': 'no-store' },
  })
}
