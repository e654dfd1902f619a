import { getPayloadClient } from '@/lib/payload'
import { revalidateNow, verifyRevalidationToken } from '@/lib/revalidate'

export const dynamic = 'force-dynamic'

/** Revalidation asked for by this server's own job runner (scheduled publish); signed with the Payload secret. */
export async function POST(request: Request) {
  const body = await request.text()
  const payload = await getPayloadClient()
  if (!verifyRevalidationToken(payload.secret, body, request.headers.get('x-revalidate-token'))) {
    return Response.json({ error: 'Invalid revalidation token' }, { status: 403 })
  }
  let paths: unknown
  try {
    paths = (JSON.parse(body) as { paths?: unknown }).paths
  } catch {
    return Response.json({ error: 'Body must be JSON: { "paths": ["/en/…"] }' }, { status: 400 })
  }
  if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string' && p.startsWith('/')) || paths.length > 500) {
    return Response.json({ error: 'paths must be an array of at most 500 absolute paths' }, { status: 400 })
  }
  revalidateNow(paths)
  return Response.json({ revalidated: paths.length })
}
