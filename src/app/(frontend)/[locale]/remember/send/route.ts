import { bodyLimits, refuseBody } from '@/lib/http/bodyLimit'
import { getPayloadClient } from '@/lib/payload/client'
import { answerSend } from '@/lib/submissions/http'
import { submissionLimits } from '@/lib/submissions/model'

/** The files a form may carry, with room for its text fields and the multipart boundaries. */
const limits = bodyLimits({
  MEDIA_MAX_BYTES: String(submissionLimits.files * submissionLimits.fileBytes),
})

/**
 * Where the public form posts. It lives beside the form's page, not under /api, so that a refused
 * form is answered with the page itself under the page's policy (scripts, styles, autofocus),
 * rather than under the API's sandbox. Bodies too large for any valid form are refused unread.
 */
export async function POST(request: Request): Promise<Response> {
  const refusal = refuseBody(request.method, request.headers, limits)
  if (refusal) return new Response(refusal.message, { status: refusal.status })
  return answerSend(request, await getPayloadClient())
}
