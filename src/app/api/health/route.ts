import config from '@payload-config'
import { getPayload } from 'payload'

import { checkHealth } from '@/lib/health/health'

export const dynamic = 'force-dynamic'

export async function GET() {
  const { code, body } = await checkHealth(() => getPayload({ config }))
  return Response.json(body, { status: code, headers: { 'Cache-Control': 'no-store' } })
}
