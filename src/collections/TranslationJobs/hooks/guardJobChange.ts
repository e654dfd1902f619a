import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionSlug,
  type PayloadRequest,
} from 'payload'

import { adminMessage, type Trilingual } from '@/i18n/adminMessage'
import { userHasRole } from '@/lib/auth/roles'
import { relationId } from '@/lib/payload/documentId'
import { formPathToLeafPath } from '@/lib/translation/leafPath'
import { leavesOfLocaleDoc } from '@/lib/translation/localizedLeaves'
import { checkMove, type JobState, type Refusal } from '@/lib/translation/jobs'
import type { TranslationJob } from '@/payload-types'

type Comment = NonNullable<TranslationJob['reviewComments']>[number]
type DocRef = { relationTo: string; value: unknown }

const refuse = (req: PayloadRequest, { status, message }: Refusal): never => {
  throw new APIError(adminMessage(req, message), status, null, true)
}
const badRequest = (req: PayloadRequest, message: Trilingual) =>
  refuse(req, { status: 400, message })

const sameDoc = (a: DocRef | null | undefined, b: DocRef | null | undefined) =>
  Boolean(
    a &&
    b &&
    a.relationTo === b.relationTo &&
    String(relationId(a.value)) === String(relationId(b.value)),
  )

/** The assignee translates (a translator, or an editor); the reviewer is an editor or an admin. */
async function checkPeople(req: PayloadRequest, data: Partial<TranslationJob>) {
  const roleOf = async (value: unknown) => {
    const id = relationId(value)
    if (id === null) return null
    const user = await req.payload
      .findByID({ collection: 'users', id, depth: 0, req, disableErrors: true })
      .catch(() => null)
    return user ?? undefined
  }
  const assignee = await roleOf(data.assignee)
  if (assignee === undefined || (assignee && !userHasRole(assignee, 'translator', 'editor')))
    badRequest(req, {
      az: 'İşi yalnız tərcüməçiyə və ya redaktora tapşırmaq olar.',
      en: 'A job is assigned to a translator or an editor.',
      ru: 'Задание назначается переводчику или редактору.',
    })
  const reviewer = await roleOf(data.reviewer)
  if (reviewer === undefined || (reviewer && !userHasRole(reviewer, 'editor', 'admin')))
    badRequest(req, {
      az: 'Yoxlayan redaktor və ya administrator olmalıdır.',
      en: 'The reviewer must be an editor or an administrator.',
      ru: 'Рецензентом может быть только редактор или администратор.',
    })
}

/**
 * A reviewer's new or changed comment names one of the job's documents and a localized field of
 * it, as a leaf path (`title`, `sources.<rowId>.text`), the form the translator's panel looks for.
 * A path with row numbers (`sources.0.text`), as the reviewer sees the form, is turned into one.
 */
async function checkComment(
  req: PayloadRequest,
  row: Comment,
  documents: DocRef[],
): Promise<Comment> {
  let document = row.document as DocRef | null | undefined
  if (!document && documents.length === 1) document = documents[0]
  if (!document || !documents.some((d) => sameDoc(d, document)))
    badRequest(req, {
      az: 'Rəy işin sənədlərindən birinə aid olmalıdır: sənədi seçin.',
      en: 'A comment belongs to one of the job’s documents: choose the document.',
      ru: 'Комментарий относится к одному из документов задания: выберите документ.',
    })
  const slug = document!.relationTo as CollectionSlug
  const doc = await req.payload.findByID({
    collection: slug,
    id: relationId(document!.value)!,
    locale: 'az',
    draft: true,
    depth: 0,
    req,
  })
  const leaves = leavesOfLocaleDoc(req.payload.collections[slug].config.fields, doc)
  const typed = String(row.field ?? '').trim()
  const path = [typed, formPathToLeafPath(doc, typed)].find((p) => leaves.has(p))
  if (!path) {
    const known = [...leaves.keys()].slice(0, 12).join(', ')
    badRequest(req, {
      az: `"${typed}" bu sənədin tərcümə olunan sahəsi deyil. Sahələr: ${known}.`,
      en: `"${typed}" is not a translated field of this document. Its fields: ${known}.`,
      ru: `«${typed}» — не переводимое поле этого документа. Его поля: ${known}.`,
    })
  }
  return { ...row, document: document as Comment['document'], field: path! }
}

/** An editor's comments: rows kept as sent, new and rewritten ones checked and signed. */
async function editorComments(
  req: PayloadRequest,
  rows: Comment[],
  stored: Comment[],
  documents: DocRef[],
): Promise<Comment[]> {
  return Promise.all(
    rows.map(async (row) => {
      const before = stored.find((s) => row.id && s.id === row.id)
      const unchanged =
        before &&
        sameDoc(before.document, row.document) &&
        before.field === row.field &&
        before.comment === row.comment
      if (unchanged) return { ...row, author: before.author }
      return { ...(await checkComment(req, row, documents)), author: req.user?.id ?? row.author }
    }),
  )
}

/** A translator's comments: the stored rows, of which they change only `resolved` and `answer`. */
const translatorComments = (rows: Comment[] | undefined, stored: Comment[]): Comment[] =>
  stored.map((before) => {
    const sent = rows?.find((r) => r.id && r.id === before.id)
    if (!sent) return before
    return {
      ...before,
      resolved: typeof sent.resolved === 'boolean' ? sent.resolved : before.resolved,
      answer: typeof sent.answer === 'string' ? sent.answer : before.answer,
    }
  })

/**
 * The rules of docs/translation.md ("Translation jobs and review"), whoever writes (admin, REST,
 * Local API): a job starts `assigned`; it moves only along the steps of `checkMove`, by the person
 * each step belongs to; a translator changes nothing of their job but its state and the `resolved`
 * and `answer` of comments (the other fields' access keeps them, and the comment rows are rebuilt
 * from the stored ones here, as field access cannot stop a row being added or removed). The
 * history is this hook's alone. A refused write answers 400 or 403 in the user's language.
 */
export const guardJobChange: CollectionBeforeChangeHook<TranslationJob> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const user = req.user
  const editor = !user || userHasRole(user, 'admin', 'editor')
  const now = new Date().toISOString()
  if (operation === 'create') {
    if ((data.state ?? 'assigned') !== 'assigned')
      badRequest(req, {
        az: 'Yeni iş "Tapşırılıb" vəziyyətində başlayır.',
        en: 'A new job starts as "Assigned".',
        ru: 'Новое задание начинается с состояния «Назначено».',
      })
    await checkPeople(req, data)
    const documents = (data.documents ?? []) as DocRef[]
    return {
      ...data,
      state: 'assigned',
      createdBy: user?.id ?? data.createdBy,
      reviewComments: await editorComments(req, data.reviewComments ?? [], [], documents),
      history: [{ at: now, by: user?.id, to: 'assigned' }],
    }
  }
  const stored = (originalDoc ?? {}) as TranslationJob
  const storedComments = stored.reviewComments ?? []
  const documents = (editor ? (data.documents ?? stored.documents) : stored.documents) as DocRef[]
  const reviewComments = editor
    ? data.reviewComments
      ? await editorComments(req, data.reviewComments, storedComments, documents)
      : storedComments
    : translatorComments(data.reviewComments ?? undefined, storedComments)
  if (editor && (data.assignee !== undefined || data.reviewer !== undefined))
    await checkPeople(req, {
      assignee: data.assignee ?? stored.assignee,
      reviewer: data.reviewer === undefined ? stored.reviewer : data.reviewer,
    })
  const from = stored.state as JobState
  const to = (data.state ?? from) as JobState
  const refusal = checkMove(
    from,
    to,
    {
      isAssignee: Boolean(user) && String(relationId(stored.assignee)) === String(user?.id),
      isEditor: editor,
    },
    reviewComments,
  )
  if (refusal) refuse(req, refusal)
  return {
    ...data,
    reviewComments,
    createdBy: stored.createdBy,
    history: [
      ...(stored.history ?? []),
      ...(from !== to ? [{ at: now, by: user?.id, from, to }] : []),
    ],
  }
}
