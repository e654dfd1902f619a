import { fileTypeFromBuffer } from 'file-type'
import { createTranslator } from 'next-intl'
import type { Payload } from 'payload'

import { cleanFileName } from '@/lib/format/fileName'
import type { Locale } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'
import { isOneOf } from '@/lib/content/collections'
import { consumeAttempt, limitCount } from '@/lib/security/rateLimit'
import { readAbout } from '@/lib/submissions/about'
import { sendConfirmationMail } from '@/lib/submissions/mail'
import {
  attributions,
  correctable,
  senderRelations,
  submissionFates,
  submissionFileTypes,
  submissionKinds,
  submissionLimits,
  writingLanguages,
  type CorrectableSlug,
  type SubmissionKind,
} from '@/lib/submissions/model'
import { checkFormStarted, newLinkToken } from '@/lib/submissions/tokens'
import type { Submission, SubmissionFile } from '@/payload-types'
import {
  ABOUT_EVENTS,
  formFields,
  type FormErrors,
  type FormField,
  type FormValues,
} from '@/lib/submissions/form'

export type UploadedFile = { name: string; data: Buffer }
export type FormInput = {
  values: FormValues
  files: UploadedFile[]
  honeypot?: string
  started?: string
}

export type Refusal = {
  ok: false
  status: 400 | 413 | 415 | 429 | 503
  errors: FormErrors
  /** Seconds until a rate-limited sender may try again. */
  retryAfter?: number
}
export type Receipt = { ok: true; id: Submission['id'] }

type Env = Partial<Record<string, string>>

/** What the environment sets of the form's defences (docs/privacy.md), read once into the config. */
export function submissionSettings(env: Env = process.env) {
  const seconds = Number(env.SUBMISSIONS_MIN_SECONDS)
  return {
    /** Per client address and per e-mail address. */
    limits: {
      ip: { points: limitCount(env.SUBMISSIONS_IP_LIMIT, 10), duration: 60 * 60 },
      email: { points: limitCount(env.SUBMISSIONS_EMAIL_LIMIT, 5), duration: 24 * 60 * 60 },
    },
    /** Seconds a person needs at least between seeing the form and sending it. */
    minSeconds: env.SUBMISSIONS_MIN_SECONDS && seconds >= 0 ? seconds : 3,
    redisUrl: env.REDIS_URL,
  }
}
export type SubmissionSettings = ReturnType<typeof submissionSettings>

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/
const LINK = /\bhttps?:\/\/|\bwww\./gi

/** Input as text: no control characters but line breaks and tabs, no surrounding spaces. */
export const cleanText = (value: unknown): string =>
  typeof value === 'string'
    ? value
        .replace(/\r\n?/g, '\n')
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
        .trim()
    : ''

export const translatorFor = (locale: Locale) =>
  createTranslator({ locale, messages: getMessages(locale), namespace: 'remember' })

type Context = {
  payload: Payload
  settings: SubmissionSettings
  locale: Locale
  /** The client address (rate limits): the proxy's X-Real-IP. */
  ip: string
  /** Where the links in the mail point: the site's public origin. */
  origin: string
  now?: number
}

/**
 * Checks what a visitor sent and, when it passes, keeps it as a new submission and mails the
 * sender the link that confirms (and later withdraws) it. Every refusal says why in the sender's
 * language, field by field, and stores nothing.
 */
export async function receiveSubmission(
  input: FormInput,
  { payload, settings, locale, ip, origin, now = Date.now() }: Context,
): Promise<Receipt | Refusal> {
  const t = translatorFor(locale)
  const refuse = (status: Refusal['status'], errors: FormErrors, retryAfter?: number): Refusal => ({
    ok: false,
    status,
    errors,
    retryAfter,
  })

  if (cleanText(input.honeypot)) return refuse(400, { form: t('errors.spam') })
  const timing = checkFormStarted(input.started, payload.secret, settings.minSeconds, now)
  if (timing === 'invalid') return refuse(400, { form: t('errors.spam') })
  if (timing === 'tooFast') return refuse(400, { form: t('errors.tooFast') })

  const values = Object.fromEntries(
    formFields.map((field) => [field, cleanText(input.values[field])]),
  ) as Record<FormField, string>

  const tooLarge = sizeErrors(values, input.files, t)
  if (tooLarge) return refuse(413, tooLarge)

  const { errors, about } = await fieldErrors(values, payload, t)
  if (Object.keys(errors).length) return refuse(400, errors)

  const detected = await detectTypes(input.files, t)
  if ('errors' in detected) return refuse(415, detected.errors)

  const { limits, redisUrl } = settings
  const store = { REDIS_URL: redisUrl }
  const wait =
    (await consumeAttempt('submit-ip', ip, limits.ip, store)) ??
    (await consumeAttempt('submit-email', values.email.toLowerCase(), limits.email, store))
  if (wait) {
    const minutes = Math.ceil(wait / 60)
    const message =
      minutes > 90
        ? t('errors.rateLimitedHours', { hours: Math.ceil(minutes / 60) })
        : t('errors.rateLimited', { minutes })
    return refuse(429, { form: message }, wait)
  }

  const kind = values.kind as SubmissionKind
  const { token, hash } = newLinkToken()
  const files = input.files.map((file, i) => ({ ...file, type: detected.types[i] }))
  const stored = await keep(payload, { values, kind, about, files, hash, locale })
  try {
    await sendConfirmationMail(payload, {
      to: values.email,
      name: values.senderName,
      locale,
      origin,
      token,
    })
  } catch (error) {
    payload.logger.error({ err: error, msg: 'The confirmation mail of a submission failed' })
    await discard(payload, stored)
    return refuse(503, { form: t('errors.mailFailed') })
  }
  return { ok: true, id: stored.id }
}

type Translate = ReturnType<typeof translatorFor>

function sizeErrors(
  values: Record<FormField, string>,
  files: UploadedFile[],
  t: Translate,
): FormErrors | null {
  const errors: FormErrors = {}
  const max = (field: FormField, limit: number) => {
    if (values[field].length > limit) errors[field] = t('errors.tooLong', { max: limit })
  }
  max('text', submissionLimits.text)
  max('source', submissionLimits.source)
  for (const field of ['givenName', 'familyName', 'patronymic', 'senderName', 'email'] as const)
    max(field, submissionLimits.short)
  const megabytes = submissionLimits.fileBytes / 1024 / 1024
  if (files.length > submissionLimits.files)
    errors.files = t('errors.tooManyFiles', { max: submissionLimits.files })
  else {
    const large = files.find((file) => file.data.length > submissionLimits.fileBytes)
    if (large) errors.files = t('errors.fileTooLarge', { name: large.name, megabytes })
  }
  return Object.keys(errors).length ? errors : null
}

/** The document a submission is about, as the relationship stores it. */
type About = NonNullable<Submission['about']> | null

async function fieldErrors(
  values: Record<FormField, string>,
  payload: Payload,
  t: Translate,
): Promise<{ errors: FormErrors; about: About }> {
  const errors: FormErrors = {}
  const required = (...fields: FormField[]) => {
    for (const field of fields) if (!values[field]) errors[field] = t('errors.required')
  }
  const choice = (field: FormField, list: readonly string[]) => {
    if (values[field] && !list.includes(values[field])) errors[field] = t('errors.choose')
  }
  if (!isOneOf(submissionKinds, values.kind))
    return { errors: { kind: t('errors.choose') }, about: null }
  const kind = values.kind

  required('senderName', 'email', 'relation')
  if (values.email && !EMAIL.test(values.email)) errors.email = t('errors.email')
  choice('relation', senderRelations)
  choice('language', writingLanguages)
  choice('fate', submissionFates)
  if (values.publishText && !values.attribution) errors.attribution = t('errors.attribution')
  choice('attribution', attributions)

  if (kind === 'name') {
    if (!values.givenName && !values.familyName) errors.givenName = t('errors.name')
  } else required('text')

  const links = `${values.text}\n${values.source}`.match(LINK)?.length ?? 0
  if (links > submissionLimits.links)
    errors.text = t('errors.tooManyLinks', { max: submissionLimits.links })

  let about: About = null
  if (kind !== 'name' && !(kind === 'testimony' && values.about === ABOUT_EVENTS)) {
    about = await aboutRelation(
      payload,
      values.about,
      kind === 'testimony' ? ['people'] : correctable,
    )
    if (!about) errors.about = values.about ? t('errors.notFound') : t('errors.about')
  }
  return { errors, about }
}

/** The document as the submission's relationship stores it. */
async function aboutRelation(
  payload: Payload,
  value: string,
  allowed: readonly CorrectableSlug[],
): Promise<About> {
  const found = await readAbout(payload, value, { allowed })
  return found ? ({ relationTo: found.collection, value: found.doc.id } as About) : null
}

type Detected = { mime: string; ext: string }

/** Each file's type by its bytes, or the message naming the first one that is not accepted. */
async function detectTypes(
  files: UploadedFile[],
  t: Translate,
): Promise<{ types: Detected[] } | { errors: FormErrors }> {
  const types: Detected[] = []
  for (const file of files) {
    const detected = await fileTypeFromBuffer(file.data)
    if (!detected || !submissionFileTypes.includes(detected.mime))
      return { errors: { files: t('errors.fileType', { name: file.name }) } }
    types.push(detected)
  }
  return { types }
}

type FileId = SubmissionFile['id']
type Stored = { id: Submission['id']; files: FileId[] }

async function keep(
  payload: Payload,
  {
    values,
    kind,
    about,
    files,
    hash,
    locale,
  }: {
    values: Record<FormField, string>
    kind: SubmissionKind
    about: About
    files: (UploadedFile & { type: Detected })[]
    hash: string
    locale: Locale
  },
): Promise<Stored> {
  const fileIds: FileId[] = []
  for (const file of files) {
    const created = await payload.create({
      collection: 'submission-files',
      data: {},
      file: {
        data: file.data,
        mimetype: file.type.mime,
        name: cleanFileName(file.name, file.type.ext),
        size: file.data.length,
      },
      context: { disableRevalidate: true },
    })
    fileIds.push(created.id)
  }
  const data: Omit<Submission, 'id' | 'createdAt' | 'updatedAt'> = {
    title: summaryOf(kind, values),
    kind,
    status: 'new',
    about: about ?? undefined,
    aboutEvents: kind === 'testimony' && !about,
    text: values.text || undefined,
    source: values.source || undefined,
    proposedPerson:
      kind === 'name'
        ? {
            givenName: values.givenName || undefined,
            familyName: values.familyName || undefined,
            patronymic: values.patronymic || undefined,
            fate: (values.fate || undefined) as NonNullable<Submission['proposedPerson']>['fate'],
          }
        : undefined,
    sender: {
      name: values.senderName,
      relation: values.relation as NonNullable<Submission['sender']>['relation'],
      email: values.email,
      language: (values.language || locale) as NonNullable<Submission['sender']>['language'],
      locale,
    },
    consent: {
      publishText: Boolean(values.publishText),
      attribution: (values.attribution || null) as NonNullable<
        Submission['consent']
      >['attribution'],
      contact: Boolean(values.contact),
    },
    files: fileIds,
    tokenHash: hash,
  }
  try {
    const submission = await payload.create({
      collection: 'submissions',
      data,
      context: { disableRevalidate: true },
    })
    return { id: submission.id, files: fileIds }
  } catch (error) {
    await discard(payload, { id: null, files: fileIds })
    throw error
  }
}

/** The submission's title in the queue: what it is about, in the sender's words. */
function summaryOf(kind: SubmissionKind, values: Record<FormField, string>): string {
  const subject =
    kind === 'name'
      ? [values.familyName, values.givenName, values.patronymic].filter(Boolean).join(' ')
      : values.text
  return subject.replace(/\s+/g, ' ').slice(0, 80)
}

async function discard(
  payload: Payload,
  { id, files }: { id: Submission['id'] | null; files: FileId[] },
) {
  if (id !== null) await payload.delete({ collection: 'submissions', id }).catch(() => {})
  for (const file of files)
    await payload.delete({ collection: 'submission-files', id: file }).catch(() => {})
}
