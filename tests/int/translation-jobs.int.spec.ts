import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, describe, expect, it } from 'vitest'

import { ASSIGN_FORM, AssignJobsForm } from '@/components/admin/AssignJobsForm'
import { MyJobs } from '@/components/admin/MyJobs'
import { translatableCollections } from '@/lib/content/collections'
import { jobsCollection } from '@/lib/translation/jobs'
import type { TranslationJob } from '@/payload-types'
import { markdownToLexical } from '@/seed/markdown'
import { rest, signIn } from '@tests/helpers/api'
import { findAll, parseMarkup, textOf, type MarkupNode } from '@tests/helpers/parseMarkup'
import { startTestSmtp, type TestSmtp } from '@tests/helpers/smtpServer'
import { createTestPayload, noRevalidate, testPayloadForFile } from '@tests/helpers/testPayload'

let smtp: TestSmtp
const t = testPayloadForFile(async () => {
  smtp = await startTestSmtp()
  return createTestPayload(smtp.env)
})
afterAll(() => smtp?.close())

let counter = 0
const unique = () => `${Date.now().toString(36)}-${++counter}`

async function article(title: string) {
  const { payload } = t
  return payload.create({
    collection: 'articles',
    locale: 'az',
    data: {
      title,
      excerpt: 'Sintetik xülasə',
      content: await markdownToLexical(payload.config, 'Sintetik **mətn**.'),
    },
    context: noRevalidate(),
  })
}

/** An editor, two translators (one reading the admin in Russian) and two synthetic articles. */
async function world() {
  const { payload } = t
  const id = unique()
  const editor = await signIn(payload, ['editor'], `synthetic-editor-${id}@example.org`)
  const translator = await signIn(payload, ['translator'], `synthetic-tr-${id}@example.org`)
  await payload.update({ collection: 'users', id: translator.user.id, data: { language: 'ru' } })
  const other = await signIn(payload, ['translator'], `synthetic-other-${id}@example.org`)
  const admin = await signIn(payload, ['admin'], `synthetic-admin-${id}@example.org`)
  const first = await article(`Sintetik məqalə A ${id}`)
  const second = await article(`Sintetik məqalə B ${id}`)
  return { editor, translator, other, admin, first, second }
}

type World = Awaited<ReturnType<typeof world>>

function assignForm(fields: Record<string, string | string[]>) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields))
    for (const v of [value].flat()) form.append(name, v)
  return form
}

async function assign(w: World, extra: Record<string, string | string[]> = {}) {
  const response = await rest(t.payload, 'POST', `/api/${jobsCollection}/assign`, {
    token: w.editor.token,
    headers: { accept: 'application/json' },
    body: {
      select: [`articles/${w.first.id}/en`],
      assignee: String(w.translator.user.id),
      reviewer: String(w.editor.user.id),
      dueDate: '2020-01-31',
      ...extra,
    },
  })
  expect(response.status, response.text).toBe(201)
  return (response.json.jobs as number[])[0]
}

const move = (token: string, id: number | string, state: string, language = 'en') =>
  rest(t.payload, 'POST', `/api/${jobsCollection}/${id}/move`, {
    token,
    body: { state },
    headers: { 'accept-language': language },
  })

const patch = (token: string, id: number | string, body: Record<string, unknown>) =>
  rest(t.payload, 'PATCH', `/api/${jobsCollection}/${id}`, {
    token,
    body,
    headers: { 'accept-language': 'en' },
  })

const job = (id: number | string) =>
  t.payload.findByID({ collection: jobsCollection, id, depth: 0 }) as Promise<TranslationJob>

describe('translation jobs', () => {
  it('list documents of exactly the collections translators work on', () => {
    const translatable = t.payload.config.collections
      .filter((c) => c.custom?.translatable)
      .map((c) => c.slug)
    expect([...translatableCollections].sort()).toEqual(translatable.sort())
  })

  it('the Assign form creates one job per locale for the ticked rows and mails the translator in their language', async () => {
    const w = await world()
    const response = await rest(t.payload, 'POST', `/api/${jobsCollection}/assign`, {
      token: w.editor.token,
      body: assignForm({
        select: [
          `articles/${w.first.id}/en`,
          `articles/${w.second.id}/en`,
          `articles/${w.first.id}/ru`,
        ],
        assignee: String(w.translator.user.id),
        reviewer: String(w.editor.user.id),
        dueDate: '2030-05-01',
        back: '/admin/translations',
      }),
    })
    expect(response.status).toBe(303)
    const location = new URL(response.headers.get('location')!, 'http://localhost')
    expect(location.pathname).toBe('/admin/translations')
    expect(location.searchParams.get('jobsMessage')).toMatch(/2/)
    const { docs } = await t.payload.find({
      collection: jobsCollection,
      where: { assignee: { equals: w.translator.user.id } },
      sort: 'targetLocale',
      depth: 0,
    })
    expect(docs.map((d) => [d.targetLocale, d.state, d.documents.map((x) => x.value)])).toEqual([
      ['en', 'assigned', [w.first.id, w.second.id]],
      ['ru', 'assigned', [w.first.id]],
    ])
    expect(docs[0].createdBy).toBe(w.editor.user.id)
    expect(docs[0].dueDate?.slice(0, 10)).toBe('2030-05-01')
    const mail = await smtp.waitFor(
      w.translator.user.email,
      (m) => m.subject === 'Новое задание на перевод (en)',
    )
    expect(mail.text).toContain(`/admin/collections/articles/${w.second.id}?locale=en`)
    expect(mail.text).toContain(`Sintetik məqalə B`)
    await smtp.waitFor(
      w.translator.user.email,
      (m) => m.subject === 'Новое задание на перевод (ru)',
    )
  })

  it('is refused, with nothing created, to translators, without a selection, and for an assignee who does not translate', async () => {
    const w = await world()
    const count = async () => (await t.payload.count({ collection: jobsCollection })).totalDocs
    const before = await count()
    const post = (token: string, body: Record<string, unknown>, language = 'en') =>
      rest(t.payload, 'POST', `/api/${jobsCollection}/assign`, {
        token,
        body: {
          select: [`articles/${w.first.id}/en`],
          assignee: String(w.translator.user.id),
          ...body,
        },
        headers: { 'accept-language': language },
      })
    const byTranslator = await post(w.translator.token, {})
    expect(byTranslator.status).toBe(403)
    expect(byTranslator.json.errors?.[0].message).toBe(
      'Only editors and administrators assign jobs.',
    )
    const none = await post(w.editor.token, { select: [] }, 'ru')
    expect(none.status).toBe(400)
    expect(none.json.errors?.[0].message).toBe('Выберите хотя бы один документ и язык.')
    const az = await post(w.editor.token, { select: [`articles/${w.first.id}/az`] })
    expect(az.status).toBe(400)
    const adminOnly = await post(w.editor.token, { assignee: String(w.admin.user.id) })
    expect(adminOnly.status).toBe(400)
    expect(adminOnly.json.errors?.[0].message).toBe(
      'A job is assigned to a translator or an editor.',
    )
    const translatorReviews = await post(w.editor.token, { reviewer: String(w.other.user.id) })
    expect(translatorReviews.status).toBe(400)
    expect(await count()).toBe(before)
  })

  it('a translator reads only the jobs assigned to them', async () => {
    const w = await world()
    const mine = await assign(w)
    const theirs = await assign(w, { assignee: String(w.other.user.id) })
    const list = await rest(t.payload, 'GET', `/api/${jobsCollection}?limit=100&depth=0`, {
      token: w.translator.token,
    })
    expect(list.status).toBe(200)
    const ids = list.json.docs!.map((d) => d.id)
    expect(ids).toContain(mine)
    expect(ids).not.toContain(theirs)
    expect(list.json.docs!.every((d) => d.assignee === w.translator.user.id)).toBe(true)
    const other = await rest(t.payload, 'GET', `/api/${jobsCollection}/${theirs}`, {
      token: w.translator.token,
    })
    expect(other.status).toBeGreaterThanOrEqual(400)
    expect(other.status).toBeLessThan(500)
    const all = await rest(t.payload, 'GET', `/api/${jobsCollection}?limit=100&depth=0`, {
      token: w.editor.token,
    })
    expect(all.json.docs!.map((d) => d.id)).toEqual(expect.arrayContaining([mine, theirs]))
    const anonymous = await rest(t.payload, 'GET', `/api/${jobsCollection}`)
    expect(anonymous.status).toBe(403)
  })

  it('moves only along its steps, by the right person, with a 4xx in the user’s language otherwise', async () => {
    const w = await world()
    const id = await assign(w)
    const skip = await move(w.translator.token, id, 'inReview', 'ru')
    expect(skip.status).toBe(400)
    expect(skip.json.errors?.[0].message).toBe(
      'Задание не может перейти из состояния «Назначено» в «На проверке».',
    )
    const stranger = await move(w.other.token, id, 'inProgress')
    expect(stranger.status).toBeGreaterThanOrEqual(400)
    expect(stranger.status).toBeLessThan(500)
    expect((await job(id)).state).toBe('assigned')

    expect((await move(w.translator.token, id, 'inProgress')).status).toBe(200)
    const done = await move(w.translator.token, id, 'done')
    expect(done.status).toBe(400)
    // A translator changes nothing else of their job: the other fields keep their stored values.
    const written = await patch(w.translator.token, id, {
      notes: 'Synthetic self-granted note',
      assignee: w.other.user.id,
      targetLocale: 'ru',
    })
    expect(written.status).toBe(200)
    const kept = await job(id)
    expect([kept.notes ?? null, kept.assignee, kept.targetLocale]).toEqual([
      null,
      w.translator.user.id,
      'en',
    ])

    expect((await move(w.translator.token, id, 'inReview')).status).toBe(200)
    const review = await smtp.waitFor(w.editor.user.email, (m) =>
      (m.text ?? '').includes(`/admin/collections/${jobsCollection}/${id}\n`),
    )
    expect(review.subject).toBe('Translation sent to review (en)')
    const accept = await move(w.translator.token, id, 'done', 'az')
    expect(accept.status).toBe(403)
    expect(accept.json.errors?.[0].message).toBe(
      'İşi yalnız redaktor qəbul edə və ya geri qaytara bilər.',
    )
    const stages = (await job(id)).history?.map((h) => [h.from ?? null, h.to, h.by])
    expect(stages).toEqual([
      [null, 'assigned', w.editor.user.id],
      ['assigned', 'inProgress', w.translator.user.id],
      ['inProgress', 'inReview', w.translator.user.id],
    ])
  })

  it('a return needs an unresolved comment on a field; the translator sees it per field, answers it, sends again; the reviewer accepts', async () => {
    const w = await world()
    const id = await assign(w, {
      select: [`articles/${w.first.id}/en`, `articles/${w.second.id}/en`],
    })
    await move(w.translator.token, id, 'inProgress')
    await move(w.translator.token, id, 'inReview')

    const bare = await patch(w.editor.token, id, { state: 'inProgress' })
    expect(bare.status).toBe(400)
    expect(bare.json.errors?.[0].message).toBe(
      'To return the job, write at least one unresolved comment (field and comment).',
    )
    const unknownField = await patch(w.editor.token, id, {
      state: 'inProgress',
      reviewComments: [
        {
          document: { relationTo: 'articles', value: w.first.id },
          field: 'nosuch',
          comment: 'x',
        },
      ],
    })
    expect(unknownField.status).toBe(400)
    expect(unknownField.json.errors?.[0].message).toMatch(
      /"nosuch" is not a translated field.*title/,
    )
    const foreign = await article(`Sintetik kənar ${unique()}`)
    const notInJob = await patch(w.editor.token, id, {
      state: 'inProgress',
      reviewComments: [
        { document: { relationTo: 'articles', value: foreign.id }, field: 'title', comment: 'x' },
      ],
    })
    expect(notInJob.status).toBe(400)
    expect((await job(id)).state).toBe('inReview')

    const returned = await patch(w.editor.token, id, {
      state: 'inProgress',
      reviewComments: [
        {
          document: { relationTo: 'articles', value: w.second.id },
          field: 'title',
          comment: 'Synthetic: use the glossary spelling Khojaly.',
        },
        {
          document: { relationTo: 'articles', value: w.first.id },
          field: 'excerpt',
          comment: 'Synthetic: too literal.',
        },
      ],
    })
    expect(returned.status, returned.text).toBe(200)
    const mail = await smtp.waitFor(
      w.translator.user.email,
      (m) =>
        m.subject === 'Перевод возвращён с комментариями (en)' &&
        (m.text ?? '').includes(`/admin/collections/${jobsCollection}/${id}\n`),
    )
    expect(mail.text).toContain(
      `articles/${w.second.id} title: Synthetic: use the glossary spelling Khojaly.`,
    )
    expect(mail.text).toContain(`articles/${w.first.id} excerpt: Synthetic: too literal.`)

    // What the panel beside each field reads: the translator's open jobs in the locale.
    const seen = await rest(
      t.payload,
      'GET',
      `/api/${jobsCollection}?where[targetLocale][equals]=en&where[state][in]=assigned,inProgress,inReview&depth=0`,
      { token: w.translator.token },
    )
    const comments = (seen.json.docs as unknown as TranslationJob[])
      .find((d) => d.id === id)!
      .reviewComments!.map((c) => [
        c.document?.relationTo,
        c.document?.value,
        c.field,
        c.resolved,
        c.author,
      ])
    expect(comments).toEqual([
      ['articles', w.second.id, 'title', false, w.editor.user.id],
      ['articles', w.first.id, 'excerpt', false, w.editor.user.id],
    ])

    const again = await move(w.translator.token, id, 'inReview')
    expect(again.status).toBe(400)
    expect(again.json.errors?.[0].message).toBe(
      'Mark every reviewer comment resolved, or answer it, before sending the job to review.',
    )
    // The translator can neither add a comment nor rewrite the reviewer's.
    const stored = (await job(id)).reviewComments!
    await patch(w.translator.token, id, {
      reviewComments: [
        { ...stored[0], comment: 'Synthetic rewrite' },
        stored[1],
        {
          document: { relationTo: 'articles', value: w.first.id },
          field: 'title',
          comment: 'new',
        },
      ],
    })
    expect((await job(id)).reviewComments!.map((c) => c.comment)).toEqual(
      stored.map((c) => c.comment),
    )

    const resolve = await rest(
      t.payload,
      'POST',
      `/api/${jobsCollection}/${id}/comments/${stored[0].id}`,
      { token: w.translator.token, body: { resolved: true } },
    )
    expect(resolve.status, resolve.text).toBe(200)
    const answer = await rest(
      t.payload,
      'POST',
      `/api/${jobsCollection}/${id}/comments/${stored[1].id}`,
      {
        token: w.translator.token,
        body: { answer: 'Synthetic: kept literal on purpose (legal text).' },
      },
    )
    expect(answer.status).toBe(200)
    const otherTranslator = await rest(
      t.payload,
      'POST',
      `/api/${jobsCollection}/${id}/comments/${stored[1].id}`,
      { token: w.other.token, body: { resolved: true } },
    )
    expect(otherTranslator.status).toBe(404)
    expect((await job(id)).reviewComments!.map((c) => [c.resolved, c.answer ?? null])).toEqual([
      [true, null],
      [false, 'Synthetic: kept literal on purpose (legal text).'],
    ])

    expect((await move(w.translator.token, id, 'inReview')).status).toBe(200)
    expect((await move(w.editor.token, id, 'done')).status).toBe(200)
    await smtp.waitFor(
      w.translator.user.email,
      (m) =>
        m.subject === 'Перевод принят (en)' &&
        (m.text ?? '').includes(`/admin/collections/${jobsCollection}/${id}\n`),
    )
    expect((await move(w.translator.token, id, 'inProgress')).status).toBe(403)
  })

  it('a form post from the dashboard moves the job and comes back with the refusal when there is one', async () => {
    const w = await world()
    const id = await assign(w)
    const post = (state: string) =>
      rest(t.payload, 'POST', `/api/${jobsCollection}/${id}/move`, {
        token: w.translator.token,
        body: assignForm({ state, back: '/admin' }),
        headers: { 'accept-language': 'en' },
      })
    const refused = await post('inReview')
    expect(refused.status).toBe(303)
    const location = new URL(refused.headers.get('location')!, 'http://localhost')
    expect(location.pathname).toBe('/admin')
    expect(location.searchParams.get('jobsError')).toBe(
      'A job cannot go from "Assigned" to "Awaiting review".',
    )
    expect((await post('inProgress')).status).toBe(303)
    expect((await job(id)).state).toBe('inProgress')
    const offsite = await rest(t.payload, 'POST', `/api/${jobsCollection}/${id}/move`, {
      token: w.translator.token,
      body: assignForm({ state: 'inReview', back: '//evil.example/' }),
    })
    expect(offsite.headers.get('location')).toMatch(/^\/admin\?/)
  })

  it('the dashboard lists the signed-in user’s open jobs with links in the job’s locale, overdue dates and the next step', async () => {
    const w = await world()
    const overdue = await assign(w, { dueDate: '2020-01-31' })
    const later = await assign(w, { select: [`articles/${w.second.id}/ru`], dueDate: '2999-01-01' })
    await move(w.translator.token, later, 'inProgress')
    const element = await MyJobs({
      payload: t.payload,
      user: w.translator.user,
      i18n: { language: 'en' } as never,
      searchParams: {},
    })
    const root = parseMarkup(renderToStaticMarkup(element!))
    const has = (node: MarkupNode, name: string) =>
      (node.attrs.class ?? '').split(' ').includes(name)
    const inside = (node: MarkupNode, name: string) => findAll(node, (n) => has(n, name))
    const [section] = inside(root, 'my-jobs')
    const rows = inside(section, 'my-jobs__job')
    expect(rows.map((r) => r.attrs['data-job'])).toEqual([String(overdue), String(later)])
    const [first, second] = rows
    expect(inside(first, 'my-jobs__document')[0].attrs.href).toBe(
      `/admin/collections/articles/${w.first.id}?locale=en`,
    )
    expect(textOf(inside(first, 'my-jobs__due--overdue')[0])).toContain('2020-01-31')
    const button = (row: MarkupNode) => textOf(findAll(row, (n) => n.tag === 'button')[0])
    expect(button(first)).toBe('Start')
    expect(inside(second, 'my-jobs__due--overdue')).toEqual([])
    expect(inside(second, 'my-jobs__document')[0].attrs.href).toBe(
      `/admin/collections/articles/${w.second.id}?locale=ru`,
    )
    expect(button(second)).toBe('Send to review')
    expect(findAll(second, (n) => n.tag === 'form')[0].attrs.action).toBe(
      `/api/${jobsCollection}/${later}/move`,
    )

    // The reviewer's dashboard lists the job once it awaits their review, with no button to press.
    await move(w.translator.token, later, 'inReview')
    const reviewer = parseMarkup(
      renderToStaticMarkup(
        (await MyJobs({
          payload: t.payload,
          user: w.editor.user,
          i18n: { language: 'en' } as never,
          searchParams: {},
        }))!,
      ),
    )
    const reviewRows = inside(reviewer, 'my-jobs__job')
    expect(reviewRows.map((r) => [r.attrs['data-job'], r.attrs['data-state']])).toEqual([
      [String(later), 'inReview'],
    ])
    expect(findAll(reviewRows[0], (n) => n.tag === 'button')).toEqual([])
  })

  it('the Translations view’s Assign form offers translators and editors, and reviewers among editors and admins', async () => {
    const w = await world()
    const root = parseMarkup(
      renderToStaticMarkup(await AssignJobsForm({ payload: t.payload, lang: 'en' })),
    )
    const [form] = findAll(root, (n) => n.tag === 'form')
    expect([form.attrs.id, form.attrs.method, form.attrs.action]).toEqual([
      ASSIGN_FORM,
      'post',
      `/api/${jobsCollection}/assign`,
    ])
    const options = (name: string) =>
      findAll(
        findAll(form, (n) => n.tag === 'select' && n.attrs.name === name)[0],
        (n) => n.tag === 'option',
      ).map((o) => o.attrs.value)
    expect(options('assignee')).toEqual(
      expect.arrayContaining([String(w.translator.user.id), String(w.editor.user.id)]),
    )
    expect(options('assignee')).not.toContain(String(w.admin.user.id))
    expect(options('reviewer')).toEqual(
      expect.arrayContaining([String(w.editor.user.id), String(w.admin.user.id)]),
    )
    expect(options('reviewer')).not.toContain(String(w.translator.user.id))
  })
})
