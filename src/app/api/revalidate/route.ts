import { getPayloadClient } from '@/lib/payload/client'
import { requestedLocales, revalidateNow, verifyRevalidationToken } from '@/lib/cache/revalidate'

export const dynamic = 'force-dynamic'

/** Revalidation asked for by this server's own job runner (scheduled publish); signed with the Payload secret. */
export async function POST(request: Request) {
  const body = await request.text()
  const payload = await getPayloadClient()
  if (!verifyRevalidationToken(payload.secret, body, request.headers.get('x-revalidate-token'))) {
    return Response.json({ error: 'Invalid revalidation token' }, { status: 403 })
  }
  revalidateNow(requestedLocales(body))
  return Response.json({ revalidated: true })
}
