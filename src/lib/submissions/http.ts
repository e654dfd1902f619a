import type { Payload } from 'payload'

import { isLocale, type Locale } from '@/i18n/locales'
import { negotiateLocale } from '@/i18n/negotiateLocale'
import { clientIp } from '@/lib/auth/clientIp'
import { siteUrl } from '@/lib/routing/siteUrl'
import { formFields, HONEYPOT, STARTED } from '@/lib/submissions/form'
import { stashForm } from '@/lib/submissions/formStash'
import {
  receiveSubmission,
  translatorFor,
  type FormInput,
  type Refusal,
  type SubmissionSettings,
} from '@/lib/submissions/receive'
import {
  confirmSubmission,
  withdrawSubmission,
  type SenderOutcome,
} from '@/lib/submissions/senderActions'

type Body = { fields: Record<string, string>; files: { name: string; data: Buffer }[] }

const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i

/** A browser's form post (as opposed to a script's JSON): it is answered with pages, not JSON. */
const isFormPost = (request: Request) =>
  FORM_TYPES.test(request.headers.get('content-type') ?? '') &&
  !(request.headers.get('accept') ?? '').includes('application/json')

async function readBody(request: Request): Promise<Body | null> {
  try {
    if (FORM_TYPES.test(request.headers.get('content-type') ?? '')) {
      const form = await request.formData()
      const fields: Record<string, string> = {}
      const files: Body['files'] = []
      for (const [name, value] of form.entries()) {
        if (typeof value === 'string') fields[name] = value
        // A file input left empty still sends one nameless, empty part.
        else if (value.size > 0 || value.name)
          files.push({ name: value.name, data: Buffer.from(await value.arrayBuffer()) })
      }
      return { fields, files }
    }
    const json: unknown = await request.json()
    if (!json || typeof json !== 'object' || Array.isArray(json)) return null
    const fields = Object.fromEntries(
      Object.entries(json).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    )
    return { fields, files: [] }
  } catch {
    return null
  }
}

const localeOf = (request: Request, fields?: Record<string, string>): Locale =>
  isLocale(fields?.locale) ? fields.locale : negotiateLocale(request.headers.get('accept-language'))

const noStore = { 'Cache-Control': 'no-store' }

const seeOther = (path: string) =>
  new Response(null, { status: 303, headers: { Location: path, ...noStore } })

/**
 * Where Next serves the pages, from inside the same process: the address `next start` listens on
 * (it records it for its own use), or localhost on its port.
 */
const internalOrigin = () =>
  process.env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${process.env.PORT || 3000}`

/**
 * A refused form post gets the form page again, with what was written and what to correct, under
 * the refusal's own status and the page's own Content-Security-Policy: the page is drawn by Next,
 * which is asked for it here with the form's state stashed for that one request. Should that fail,
 * the messages alone, as text.
 */
async function refusedPage(
  request: Request,
  payload: Payload,
  locale: Locale,
  body: Body,
  refusal: Refusal,
) {
  const headers: Record<string, string> = { ...noStore }
  if (refusal.retryAfter) headers['Retry-After'] = String(refusal.retryAfter)
  const values = Object.fromEntries(formFields.map((field) => [field, body.fields[field] ?? '']))
  const key = stashForm({ values, errors: refusal.errors, hadFiles: body.files.length > 0 })
  try {
    const page = await fetch(`${internalOrigin()}/${locale}/remember?form=${key}`, {
      headers: { 'x-request-id': request.headers.get('x-request-id') ?? '' },
      redirect: 'manual',
    })
    if (page.ok) {
      const policy = page.headers.get('content-security-policy')
      if (policy) headers['Content-Security-Policy'] = policy
      return new Response(await page.text(), {
        status: refusal.status,
        headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
      })
    }
  } catch (error) {
    payload.logger.warn({ err: error, msg: 'The form page could not be drawn again' })
  }
  return new Response(Object.values(refusal.errors).join('\n'), {
    status: refusal.status,
    headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
  })
}

const refusalJson = (refusal: Refusal) =>
  Response.json(
    {
      errors: Object.entries(refusal.errors).map(([field, message]) =>
        field === 'form' ? { message } : { field, message },
      ),
    },
    {
      status: refusal.status,
      headers: refusal.retryAfter
        ? { 'Retry-After': String(refusal.retryAfter), ...noStore }
        : noStore,
    },
  )

/**
 * A testimony, a name or a correction: from the public form (multipart or urlencoded, answered
 * with pages) or from a script (JSON, answered with JSON: 202 with the new id, or the errors).
 */
export async function answerSend(request: Request, payload: Payload): Promise<Response> {
  const body = await readBody(request)
  const locale = localeOf(request, body?.fields)
  if (!body) {
    const message = translatorFor(locale)('errors.spam')
    return Response.json({ errors: [{ message }] }, { status: 400, headers: noStore })
  }
  const input: FormInput = {
    values: body.fields,
    files: body.files,
    honeypot: body.fields[HONEYPOT],
    started: body.fields[STARTED],
  }
  const result = await receiveSubmission(input, {
    payload,
    settings: payload.config.custom.submissions as SubmissionSettings,
    locale,
    ip: clientIp(request.headers),
    origin: siteUrl(),
  })
  const form = isFormPost(request)
  if (result.ok)
    return form
      ? seeOther(`/${locale}/remember/sent`)
      : Response.json({ id: result.id, status: 'new' }, { status: 202, headers: noStore })
  return form ? refusedPage(request, payload, locale, body, result) : refusalJson(result)
}

/** The buttons of the pages the mailed link opens: confirm, or withdraw. */
export async function answerSenderAction(
  action: 'confirm' | 'withdraw',
  request: Request,
  payload: Payload,
): Promise<Response> {
  const body = await readBody(request)
  const locale = localeOf(request, body?.fields)
  const token = body?.fields.token
  const outcome: SenderOutcome =
    action === 'confirm'
      ? await confirmSubmission(payload, token, siteUrl())
      : await withdrawSubmission(payload, token)
  if (isFormPost(request)) return seeOther(`/${locale}/remember/${action}?done=${outcome}`)
  const status = outcome === 'invalid' ? 404 : outcome === 'closed' ? 409 : 200
  return Response.json({ outcome }, { status, headers: noStore })
}
