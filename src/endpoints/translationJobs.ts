import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  ValidationError,
  type CollectionSlug,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { canEdit } from '@/access/hasRole'
import { adminLanguage, adminMessage, type Trilingual } from '@/i18n/adminMessage'
import { isTranslationLocale, type TranslationLocale } from '@/i18n/locales'
import { apiErrorResponse } from '@/lib/api/apiError'
import { isOneOf, translatableCollections, type TranslatableSlug } from '@/lib/content/collections'
import { isDocumentId } from '@/lib/payload/documentId'
import { jobsCollection, jobStateLabels, jobStates } from '@/lib/translation/jobs'
import type { TranslationJob } from '@/payload-types'

type Fields = Record<string, string[]>

const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i

/** A browser's form post (the admin's plain forms) is answered with a redirect; a script's JSON with JSON. */
const isFormPost = (req: PayloadRequest) =>
  FORM_TYPES.test(req.headers.get('content-type') ?? '') &&
  !(req.headers.get('accept') ?? '').includes('application/json')

/** The body as lists of strings, from a form or a JSON object (a string or a list of strings per key). */
async function readFields(req: PayloadRequest): Promise<Fields> {
  const request = req as unknown as Request
  try {
    if (FORM_TYPES.test(req.headers.get('content-type') ?? '')) {
      const fields: Fields = {}
      for (const [name, value] of (await request.formData()).entries())
        if (typeof value === 'string') (fields[name] ??= []).push(value)
      return fields
    }
    const json: unknown = await request.json()
    if (!json || typeof json !== 'object' || Array.isArray(json)) return {}
    return Object.fromEntries(
      Object.entries(json).map(([key, value]) => [
        key,
        (Array.isArray(value) ? value : [value])
          .filter((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
          .map(String),
      ]),
    )
  } catch {
    return {}
  }
}

/** A local admin path to send a form back to: never another site (`//host`, `https://…`). */
const backTo = (value: string | undefined, fallback: string) =>
  value && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\')
    ? value
    : fallback

function redirect(path: string, params: Record<string, string>) {
  const url = new URL(path, 'http://localhost')
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value)
  return new Response(null, { status: 303, headers: { location: url.pathname + url.search } })
}

/** The status and message of a refused write (our hooks' 4xx, Payload's validation and access). */
function failure(req: PayloadRequest, error: unknown): { status: number; message: string } {
  if (error instanceof ValidationError)
    return {
      status: 400,
      message: error.data.errors.map((e) => `${e.label ?? e.path}: ${e.message}`).join('; '),
    }
  if (error instanceof APIError && error.status < 500)
    return { status: error.status, message: error.message }
  req.payload.logger.error({ err: error, msg: 'A translation job request failed' })
  return { status: 500, message: 'Something went wrong.' }
}

const text = {
  editorsOnly: {
    az: 'Yalnız redaktorlar və administratorlar iş tapşırır.',
    en: 'Only editors and administrators assign jobs.',
    ru: 'Назначать задания могут только редакторы и администраторы.',
  },
  signIn: {
    az: 'Daxil olun.',
    en: 'Please sign in.',
    ru: 'Войдите в систему.',
  },
  nothingSelected: {
    az: 'Ən azı bir sənəd və dil seçin.',
    en: 'Select at least one document and locale.',
    ru: 'Выберите хотя бы один документ и язык.',
  },
  badSelection: {
    az: 'Seçim tanınmadı: sənəd və dil (en, ru) olmalıdır.',
    en: 'A selection was not recognised: it must be a document and a locale (en or ru).',
    ru: 'Выбор не распознан: нужен документ и язык (en или ru).',
  },
  noAssignee: {
    az: 'Tərcüməçini seçin.',
    en: 'Choose the translator.',
    ru: 'Выберите переводчика.',
  },
  badState: {
    az: 'Naməlum vəziyyət.',
    en: 'Unknown stage.',
    ru: 'Неизвестный этап.',
  },
  noJob: {
    az: 'Belə iş yoxdur.',
    en: 'No such job.',
    ru: 'Такого задания нет.',
  },
  noComment: {
    az: 'Belə rəy yoxdur.',
    en: 'No such comment.',
    ru: 'Такого комментария нет.',
  },
  assigned: {
    az: (n: number) => `${n} iş yaradıldı.`,
    en: (n: number) => `${n} job(s) created.`,
    ru: (n: number) => `Создано заданий: ${n}.`,
  },
} satisfies Record<string, Trilingual | Record<keyof Trilingual, (n: number) => string>>

const first = (fields: Fields, key: string) => fields[key]?.[0]?.trim() || undefined

const toId = (req: PayloadRequest, collection: CollectionSlug, raw: string | undefined) =>
  raw && isDocumentId(req.payload, collection, raw)
    ? req.payload.db.defaultIDType === 'number'
      ? Number(raw)
      : raw
    : undefined

/**
 * `POST /api/translation-jobs/assign` (editors): one job per locale for the documents selected as
 * `select` = `<collection>/<id>/<locale>` (a checkbox per row of the Translations view), with
 * `assignee`, optional `reviewer`, `dueDate` (YYYY-MM-DD) and `notes`. A form is sent back to
 * `back` (default the Translations view) with `jobsMessage` or `jobsError`; JSON gets JSON.
 */
const assign: Endpoint = {
  path: '/assign',
  method: 'post',
  handler: async (req) => {
    const form = isFormPost(req)
    const fields = await readFields(req)
    const back = backTo(first(fields, 'back'), `${req.payload.config.routes.admin}/translations`)
    const answer = (status: number, message: string, jobs: (number | string)[] = []) =>
      form
        ? redirect(back, status < 300 ? { jobsMessage: message } : { jobsError: message })
        : status < 300
          ? Response.json({ message, jobs }, { status })
          : apiErrorResponse(status, message)
    if (!req.user) return answer(401, adminMessage(req, text.signIn))
    if (!canEdit({ req })) return answer(403, adminMessage(req, text.editorsOnly))

    const byLocale = new Map<
      TranslationLocale,
      { relationTo: TranslatableSlug; value: number | string }[]
    >()
    for (const pick of fields.select ?? []) {
      const [collection, id, locale] = pick.split('/')
      const value = isOneOf(translatableCollections, collection)
        ? toId(req, collection, id)
        : undefined
      if (
        !isOneOf(translatableCollections, collection) ||
        value === undefined ||
        !isTranslationLocale(locale)
      )
        return answer(400, adminMessage(req, text.badSelection))
      const list = byLocale.get(locale) ?? []
      if (!list.some((d) => d.relationTo === collection && d.value === value))
        list.push({ relationTo: collection, value })
      byLocale.set(locale, list)
    }
    if (!byLocale.size) return answer(400, adminMessage(req, text.nothingSelected))
    const assignee = toId(req, 'users', first(fields, 'assignee'))
    if (assignee === undefined) return answer(400, adminMessage(req, text.noAssignee))
    const reviewer = toId(req, 'users', first(fields, 'reviewer'))
    const dueDate = first(fields, 'dueDate')

    const created: (number | string)[] = []
    try {
      // All or nothing: the jobs of one request in one transaction.
      const owns = await initTransaction(req)
      try {
        for (const [targetLocale, documents] of byLocale) {
          const job = await req.payload.create({
            collection: jobsCollection,
            data: {
              documents,
              targetLocale,
              assignee,
              reviewer: reviewer ?? null,
              dueDate: dueDate ? new Date(dueDate).toISOString() : null,
              notes: first(fields, 'notes') ?? null,
            } as Omit<TranslationJob, 'id' | 'createdAt' | 'updatedAt'>,
            req,
            overrideAccess: false,
          })
          created.push(job.id)
        }
        if (owns) await commitTransaction(req)
      } catch (error) {
        await killTransaction(req)
        throw error
      }
    } catch (error) {
      const { status, message } = failure(req, error)
      return answer(status, message)
    }
    return answer(201, text.assigned[adminLanguage(req.i18n?.language)](created.length), created)
  },
}

/**
 * `POST /api/translation-jobs/:id/move` with `state` (the dashboard's Start and Send to review
 * buttons, and scripts): the same update, rules and messages as the admin's save.
 */
const move: Endpoint = {
  path: '/:id/move',
  method: 'post',
  handler: async (req) => {
    const form = isFormPost(req)
    const fields = await readFields(req)
    const back = backTo(first(fields, 'back'), req.payload.config.routes.admin)
    const answer = (status: number, body: { message?: string; doc?: TranslationJob }) =>
      form
        ? redirect(
            back,
            status < 300 ? { jobsMessage: body.message ?? '' } : { jobsError: body.message ?? '' },
          )
        : status < 300
          ? Response.json(body, { status })
          : apiErrorResponse(status, body.message ?? '')
    if (!req.user) return answer(401, { message: adminMessage(req, text.signIn) })
    const state = first(fields, 'state')
    if (!isOneOf(jobStates, state))
      return answer(400, { message: adminMessage(req, text.badState) })
    const id = toId(req, jobsCollection, String(req.routeParams?.id ?? ''))
    try {
      if (id === undefined) throw new APIError(adminMessage(req, text.noJob), 404, null, true)
      const doc = await req.payload.update({
        collection: jobsCollection,
        id,
        data: { state },
        req,
        overrideAccess: false,
      })
      return answer(200, { doc, message: adminMessage(req, jobStateLabels[state]) })
    } catch (error) {
      const { status, message } = failure(req, error)
      return answer(status, { message })
    }
  },
}

/**
 * `POST /api/translation-jobs/:id/comments/:comment` with `resolved` (true/false) and/or `answer`:
 * the translator's panel beside a field marks a reviewer's comment resolved or answers it.
 */
const answerComment: Endpoint = {
  path: '/:id/comments/:comment',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return apiErrorResponse(401, adminMessage(req, text.signIn))
    const fields = await readFields(req)
    const id = toId(req, jobsCollection, String(req.routeParams?.id ?? ''))
    const commentId = String(req.routeParams?.comment ?? '')
    try {
      const job =
        id === undefined
          ? null
          : await req.payload.findByID({
              collection: jobsCollection,
              id,
              depth: 0,
              req,
              overrideAccess: false,
              disableErrors: true,
            })
      const comments = job?.reviewComments ?? []
      if (!job || !comments.some((c) => c.id === commentId))
        return apiErrorResponse(404, adminMessage(req, text.noComment))
      const resolved = first(fields, 'resolved')
      const answerText = fields.answer?.[0]
      const doc = await req.payload.update({
        collection: jobsCollection,
        id: job.id,
        data: {
          reviewComments: comments.map((c) =>
            c.id === commentId
              ? {
                  ...c,
                  ...(resolved === undefined ? {} : { resolved: resolved === 'true' }),
                  ...(answerText === undefined ? {} : { answer: answerText }),
                }
              : c,
          ),
        },
        req,
        overrideAccess: false,
      })
      return Response.json({ doc })
    } catch (error) {
      const { status, message } = failure(req, error)
      return apiErrorResponse(status, message)
    }
  },
}

export const translationJobEndpoints: Endpoint[] = [assign, move, answerComment]
