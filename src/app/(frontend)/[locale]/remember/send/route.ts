import { isLocale } from '@/i18n/locales'
import { bodyLimits, refuseBody } from '@/lib/http/bodyLimit'
import { getPayloadClient } from '@/lib/payload/client'
import { answerSend } from '@/lib/submissions/http'
import { submissionLimits } from '@/lib/submissions/model'
import { translatorFor } from '@/lib/submissions/receive'

/** The files a form may carry, with room for its text fields and the multipart boundaries. */
const limits = bodyLimits({
  MEDIA_MAX_BYTES: String(submissionLimits.files * submissionLimits.fileBytes),
})

type Context = { params: Promise<{ locale: string }> }

/**
 * Where the public form posts. It lives beside the form's page, not under /api, so that a refused
 * form is answered with the page itself under the page's policy (scripts, styles, autofocus),
 * rather than under the API's sandbox. Bodies too large for any valid form are refused unread.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const refusal = refuseBody(request.method, request.headers, limits)
  if (refusal) {
    const { locale } = await params
    const t = translatorFor(isLocale(locale) ? locale : 'az')
    const message =
      refusal.status === 413
        ? t('errors.formTooLarge', {
            count: submissionLimits.files,
            megabytes: submissionLimits.fileBytes / 1024 / 1024,
          })
        : refusal.message
    return new Response(message, {
      status: refusal.status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  return answerSend(request, await getPayloadClient())
}
