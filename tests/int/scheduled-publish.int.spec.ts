import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { createLocalReq, getAccessResults, type Payload } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import type { User } from '@/payload-types'
import { markdownToLexical } from '@/seed/markdown'
import { rest, signIn } from '@tests/helpers/api'
import { createTestPayload, noRevalidate, testPayloadForFile } from '@tests/helpers/testPayload'

let configWarnings: string[] = []

const t = testPayloadForFile(async () => {
  // Payload prints its jobs-hooks warning with console.warn while it sanitizes the config; watched,
  // not replaced, so the output still shows whatever is printed.
  const warn = vi.spyOn(console, 'warn')
  try {
    // The app's own job runner, ticking every second instead of every minute so the test stays short.
    return await createTestPayload({ JOBS_CRON: '* * * * * *' }, { cron: true })
  } finally {
    configWarnings = warn.mock.calls.map((args) => args.map(String).join(' '))
    warn.mockRestore()
  }
})

const isPublished = async (id: number) => {
  const visitor = await t.payload.find({
    collection: 'articles',
    where: { id: { equals: id } },
    overrideAccess: false,
  })
  return visitor.docs.length === 1
}

const createDraft = async (title: string) =>
  t.payload.create({
    collection: 'articles',
    locale: 'az',
    draft: true,
    data: {
      title,
      excerpt: 'Vaxtı gələndə dərc olunur.',
      content: await markdownToLexical(t.payload.config, 'Vaxtı gələndə dərc olunan mətn.'),
      _status: 'draft',
    },
    context: noRevalidate(),
  })

/**
 * The scheduled changes still waiting for a document. Asked by document, not by job id: SQLite hands
 * a deleted row's id to the next row, and the dialog's cancel queues a job of its own.
 */
const waitingFor = async (docId: number) => {
  const { docs } = await t.payload.find({
    collection: 'payload-jobs',
    where: { completedAt: { exists: false } },
    limit: 0,
    depth: 0,
  })
  return docs
    .filter((job) => {
      const input = job.input as { type?: string; doc?: { value?: unknown } } | null
      return String(input?.doc?.value) === String(docId)
    })
    .map((job) => (job.input as { type?: string }).type)
}

/** What the admin's schedule dialog sends to cancel a scheduled publish: Payload's own server function, as `user` signed in to the admin. */
async function cancelInAdmin(payload: Payload, user: User, jobId: number | string) {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  return schedulePublishHandler({
    deleteID: jobId,
    req,
    user: req.user,
    importMap: {},
    cookies: new Map(),
    permissions: await getAccessResults({ req }),
  })
}

describe('scheduled publish and unpublish', () => {
  it('builds the config without Payload’s warning that hooks on the jobs collection will not run', () => {
    expect(configWarnings.filter((line) => /runHooks/.test(line))).toEqual([])
  })

  it('publishes a draft when its time comes, not before, and unpublishes it later', async () => {
    const { payload } = t
    const draft = await createDraft('Planlaşdırılmış məqalə')
    // What the admin's "schedule publish" does: a job in the queue, waiting until the chosen time.
    const publishAt = new Date(Date.now() + 3000)
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id } },
      waitUntil: publishAt,
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'unpublish', doc: { relationTo: 'articles', value: draft.id } },
      waitUntil: new Date(Date.now() + 7000),
    })

    expect(await isPublished(draft.id)).toBe(false)
    await new Promise((r) => setTimeout(r, 1500))
    expect(await isPublished(draft.id)).toBe(false)

    await expect.poll(() => isPublished(draft.id), { timeout: 8000, interval: 250 }).toBe(true)
    expect(Date.now()).toBeGreaterThanOrEqual(publishAt.getTime())
    await expect.poll(() => isPublished(draft.id), { timeout: 10_000, interval: 250 }).toBe(false)
  })

  it('lets only editors and admins queue a job, and only admins run the queue over the API', async () => {
    const { payload } = t
    const job = {
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'pages', value: 1 } },
      waitUntil: new Date(Date.now() + 3_600_000),
    } as const
    // Admin first: the first account of a fresh database always becomes an admin.
    for (const [roles, canQueue, canRun] of [
      [['admin'], true, true],
      [['editor'], true, false],
      [['translator'], false, false],
    ] as const) {
      const { user, token } = await signIn(payload, [...roles])
      expect(user.roles).toEqual(roles)
      const queued = payload.jobs.queue({
        ...job,
        req: await createLocalReq({ user }, payload),
        overrideAccess: false,
      })
      if (canQueue) await expect(queued).resolves.toMatchObject({ taskSlug: 'schedulePublish' })
      else await expect(queued).rejects.toMatchObject({ status: 403 })
      const run = await rest(payload, 'GET', '/api/payload-jobs/run?queue=nothing-here', { token })
      // Payload answers a refused run with 401 (its run endpoint's own wording), whatever the role.
      expect(run.status, `${roles[0]} runs the queue`).toBe(canRun ? 200 : 401)
    }
  })

  it('refuses a translator cancelling an editor’s scheduled publish (REST, Local API, the admin’s dialog), which then publishes on time; an editor cancels one', async () => {
    const { payload } = t
    const editor = await signIn(payload, ['editor'])
    const translator = await signIn(payload, ['translator'])
    const draft = await createDraft('Redaktorun planlaşdırdığı məqalə')
    // Queued as the admin's schedule dialog queues it: without a request, the scheduling editor in the input.
    const publishAt = new Date(Date.now() + 4000)
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: draft.id },
        user: { relationTo: 'users', value: editor.user.id },
      },
      waitUntil: publishAt,
    })

    const overRest = await rest(payload, 'DELETE', `/api/payload-jobs/${job.id}`, {
      token: translator.token,
    })
    expect(overRest.status).toBe(403)
    await expect(
      payload.delete({
        collection: 'payload-jobs',
        id: job.id,
        user: translator.user,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    // The dialog deletes with access control off; the jobs collection's own rule stops it.
    await cancelInAdmin(payload, translator.user, job.id)
    expect(await waitingFor(draft.id)).toEqual(['publish'])

    await expect.poll(() => isPublished(draft.id), { timeout: 10_000, interval: 250 }).toBe(true)
    expect(Date.now()).toBeGreaterThanOrEqual(publishAt.getTime())

    await expect.poll(() => waitingFor(draft.id), { timeout: 5000, interval: 250 }).toEqual([])
    const later = await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'unpublish',
        doc: { relationTo: 'articles', value: draft.id },
        user: { relationTo: 'users', value: editor.user.id },
      },
      waitUntil: new Date(Date.now() + 3_600_000),
    })
    expect(await cancelInAdmin(payload, editor.user, later.id)).toMatchObject({
      message: expect.any(String),
    })
    expect(await waitingFor(draft.id)).toEqual([])
  })
})
