import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { markdownToLexical } from '@/seed/markdown'
import { rest, signIn } from '@tests/helpers/api'
import { createTestPayload, noRevalidate, type TestPayload } from '@tests/helpers/testPayload'

let t: TestPayload

beforeAll(async () => {
  // The app's own job runner, ticking every second instead of every minute so the test stays short.
  t = await createTestPayload({ JOBS_CRON: '* * * * * *' }, { cron: true })
})
afterAll(async () => {
  await t?.destroy()
})

const waitFor = async (check: () => Promise<boolean>, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, 250))
  }
  return false
}

const isPublished = async (id: number) => {
  const visitor = await t.payload.find({ collection: 'articles', where: { id: { equals: id } }, overrideAccess: false })
  return visitor.docs.length === 1
}

describe('scheduled publish and unpublish', () => {
  it('publishes a draft when its time comes, not before, and unpublishes it later', async () => {
    const { payload } = t
    const draft = await payload.create({
      collection: 'articles',
      locale: 'az',
      draft: true,
      data: {
        title: 'Planlaşdırılmış məqalə',
        excerpt: 'Vaxtı gələndə dərc olunur.',
        content: await markdownToLexical(t.payload.config, 'Vaxtı gələndə dərc olunan mətn.'),
        _status: 'draft',
      },
      context: noRevalidate(),
    })
    // What the admin's "schedule publish" does: a job in the queue, waiting until the chosen time.
    const publishAt = new Date(Date.now() + 3000)
    await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id } }, waitUntil: publishAt })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'unpublish', doc: { relationTo: 'articles', value: draft.id } },
      waitUntil: new Date(Date.now() + 7000),
    })

    expect(await isPublished(draft.id)).toBe(false)
    await new Promise((r) => setTimeout(r, 1500))
    expect(await isPublished(draft.id)).toBe(false)

    expect(await waitFor(() => isPublished(draft.id), 8000)).toBe(true)
    expect(Date.now()).toBeGreaterThanOrEqual(publishAt.getTime())
    expect(await waitFor(async () => !(await isPublished(draft.id)), 10000)).toBe(true)
  })

  it('lets only editors and admins queue a job, and only admins run the queue over the API', async () => {
    const { payload } = t
    const job = { task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'pages', value: 1 } }, waitUntil: new Date(Date.now() + 3_600_000) } as const
    // Admin first: the first account of a fresh database always becomes an admin.
    for (const [roles, canQueue, canRun] of [
      [['admin'], true, true],
      [['editor'], true, false],
      [['translator'], false, false],
    ] as const) {
      const { user, token } = await signIn(payload, [...roles])
      expect(user.roles).toEqual(roles)
      const queued = payload.jobs.queue({ ...job, req: { user: { ...user, collection: 'users' } } as never, overrideAccess: false })
      if (canQueue) await expect(queued).resolves.toMatchObject({ taskSlug: 'schedulePublish' })
      else await expect(queued).rejects.toThrow(/not allowed/i)
      const run = await rest(payload, 'GET', '/api/payload-jobs/run?queue=nothing-here', { token })
      // Payload answers a refused run with 401 (its run endpoint's own wording), whatever the role.
      expect(run.status, `${roles[0]} runs the queue`).toBe(canRun ? 200 : 401)
    }
  })

  it('refuses a translator cancelling an editor’s scheduled publish, as the admin’s schedule button sends it', async () => {
    const { payload } = t
    const users = await payload.find({ collection: 'users', depth: 0, limit: 10, overrideAccess: true })
    const editor = users.docs.find((u) => u.roles?.includes('editor') && !u.roles.includes('admin'))!
    const translator = users.docs.find((u) => u.roles?.includes('translator'))!
    const jobs = async () => (await payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs
    const before = await jobs()
    // What Payload's schedule-publish server function does: queue without a request, the user in the input…
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'pages', value: 1 }, user: { relationTo: 'users', value: editor.id } },
      waitUntil: new Date(Date.now() + 3_600_000),
    })
    // …and cancel by id with the signed-in user's request and access control off.
    const cancel = (user: typeof translator) => payload.delete({ collection: 'payload-jobs', id: job.id, user: { ...user, collection: 'users' }, overrideAccess: true })
    await expect(cancel(translator)).rejects.toMatchObject({ status: 403 })
    expect(await jobs()).toBe(before + 1)
    await cancel(editor)
    expect(await jobs()).toBe(before)
  })
})
