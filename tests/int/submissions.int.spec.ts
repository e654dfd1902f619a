import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { answerSend } from '@/lib/submissions/http'
import { applyRetention } from '@/lib/submissions/retention'
import { formStartedToken } from '@/lib/submissions/tokens'
import type { Submission } from '@/payload-types'
import { graphql, rest, signIn } from '@tests/helpers/api'
import { startTestSmtp, type TestSmtp } from '@tests/helpers/smtpServer'
import { createTestPayload, noRevalidate, testPayloadForFile } from '@tests/helpers/testPayload'

let smtp: TestSmtp
const t = testPayloadForFile(async () => {
  smtp = await startTestSmtp()
  return createTestPayload({
    ...smtp.env,
    SUBMISSIONS_EMAIL_LIMIT: '3',
    SUBMISSIONS_IP_LIMIT: '4',
    SUBMISSIONS_MIN_SECONDS: '5',
  })
})
afterAll(() => smtp?.close())

let counter = 0
const unique = () => `${Date.now().toString(36)}-${++counter}`
/** Each test sends from its own address and client address, so rate limits meet only where meant. */
const sender = () => {
  const id = unique()
  return {
    email: `synthetic-${id}@example.org`,
    ip: `10.0.${counter % 250}.${(counter * 7) % 250}`,
  }
}

type Sent = { status: number; json: Record<string, unknown>; headers: Headers }

async function send(
  fields: Record<string, string>,
  { ip, files = [], started }: { ip: string; files?: File[]; started?: string },
): Promise<Sent> {
  const form = new FormData()
  form.set('started', started ?? formStartedToken(t.payload.secret, Date.now() - 60_000))
  for (const [name, value] of Object.entries(fields)) form.set(name, value)
  for (const file of files) form.append('files', file)
  const response = await rest(t.payload, 'POST', '/api/submissions/send', {
    body: form,
    headers: { accept: 'application/json', 'x-real-ip': ip },
  })
  return { status: response.status, json: response.json, headers: response.headers }
}

const testimony = (about: string, email: string, extra: Record<string, string> = {}) => ({
  kind: 'testimony',
  locale: 'az',
  about,
  text: 'Sintetik xatirə: bu mətn testlər üçün yazılıb.',
  senderName: 'Sintetik Göndərən',
  relation: 'relative',
  email,
  publishText: 'yes',
  attribution: 'name',
  ...extra,
})

/** Everything a request could have left behind: submissions, their files, mails. */
const stored = async () => ({
  submissions: (await t.payload.count({ collection: 'submissions' })).totalDocs,
  files: (await t.payload.count({ collection: 'submission-files' })).totalDocs,
})

const linkToken = (text: string | undefined) =>
  /confirm\?token=([A-Za-z0-9_-]{43})/.exec(text ?? '')?.[1]

const png = async (name: string) =>
  new File(
    [
      new Uint8Array(
        await sharp({ create: { width: 8, height: 8, channels: 3, background: '#844' } })
          .png()
          .toBuffer(),
      ),
    ],
    name,
    { type: 'image/png' },
  )

let person: number
let editor: Awaited<ReturnType<typeof signIn>>
let translator: Awaited<ReturnType<typeof signIn>>

beforeAll(async () => {
  const made = await t.payload.create({
    collection: 'people',
    locale: 'az',
    data: {
      givenName: 'Sintetik',
      familyName: 'Şəxsov',
      privacy: 'public',
      fates: [{ fate: 'killed', confidence: 'single' }],
      _status: 'published',
    } as never,
    context: noRevalidate(),
  })
  person = made.id
  editor = await signIn(t.payload, ['editor'], 'editor@submissions.test')
  translator = await signIn(t.payload, ['translator'], 'translator@submissions.test')
})

async function sendAndConfirm(extra: Record<string, string> = {}) {
  const { email, ip } = sender()
  const sent = await send(testimony(`people:${person}`, email, extra), { ip })
  expect(sent.status, JSON.stringify(sent.json)).toBe(202)
  const mail = await smtp.waitFor(email)
  const token = linkToken(mail.text)!
  const confirmed = await rest(t.payload, 'POST', '/api/submissions/confirm', { body: { token } })
  expect(confirmed.json).toEqual({ outcome: 'confirmed' })
  return { id: sent.json.id as number, email, token }
}

describe('a testimony from the public', () => {
  it('waits, unseen, until the sender confirms it by the mailed link; then the editors are told', async () => {
    const { email, ip } = sender()
    const sent = await send(testimony(`people:${person}`, email), { ip })
    expect(sent.status, JSON.stringify(sent.json)).toBe(202)
    const id = sent.json.id as number

    const mail = await smtp.waitFor(email)
    expect(mail.subject).toBe('Göndərişinizi təsdiqləyin')
    expect(mail.text).toContain('Sintetik Göndərən')
    const token = linkToken(mail.text)
    expect(token).toBeDefined()
    expect(mail.text).toContain(`/az/remember/withdraw?token=${token}`)

    // Not yet anyone's work: not even an editor lists it.
    const before = await rest(t.payload, 'GET', `/api/submissions/${id}`, { token: editor.token })
    expect(before.status).toBe(404)
    // Opening the confirm page changes nothing; the button's post does.
    const stored = await t.payload.findByID({ collection: 'submissions', id })
    expect(stored.status).toBe('new')
    expect(stored.tokenHash).toBeUndefined()

    const confirmed = await rest(t.payload, 'POST', '/api/submissions/confirm', { body: { token } })
    expect(confirmed.json).toEqual({ outcome: 'confirmed' })
    const notice = await smtp.waitFor('editor@submissions.test', (m) =>
      (m.text ?? '').includes(`/admin/collections/submissions/${id}`),
    )
    expect(notice.subject).toContain('Xatirə, şahidlik')

    const seen = await rest(t.payload, 'GET', `/api/submissions/${id}?depth=0`, {
      token: editor.token,
    })
    expect(seen.status).toBe(200)
    const doc = seen.json as unknown as Submission
    expect(doc.status).toBe('confirmed')
    expect(doc.sender?.email).toBe(email)
    expect(doc.about).toMatchObject({ relationTo: 'people', value: person })
    expect(doc.history?.map((h) => h.status)).toEqual(['new', 'confirmed'])
    expect(JSON.stringify(doc)).not.toContain('tokenHash')

    // A second confirmation changes nothing and tells no one again.
    const notices = smtp.messages.length
    await rest(t.payload, 'POST', '/api/submissions/confirm', { body: { token } })
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(smtp.messages.length).toBe(notices)
  })

  it('is read by no visitor and no translator on REST, GraphQL or the Local API, file included', async () => {
    const { email, ip } = sender()
    const sent = await send(testimony(`people:${person}`, email), {
      ip,
      files: [await png('synthetic-scan.png')],
    })
    expect(sent.status, JSON.stringify(sent.json)).toBe(202)
    const token = linkToken((await smtp.waitFor(email)).text)
    await rest(t.payload, 'POST', '/api/submissions/confirm', { body: { token } })
    const doc = await t.payload.findByID({
      collection: 'submissions',
      id: sent.json.id as number,
      depth: 1,
    })
    const file = doc.files?.[0]
    if (!file || typeof file !== 'object') throw new Error('the file was not kept')
    expect(file.mimeType).toBe('image/png')

    for (const who of [undefined, translator.token]) {
      for (const url of [
        `/api/submissions/${doc.id}`,
        '/api/submissions',
        `/api/submission-files/${file.id}`,
        `/api/submission-files/file/${file.filename}`,
      ]) {
        const response = await rest(t.payload, 'GET', url, { token: who })
        const body = response.text
        expect(body, url).not.toContain(email)
        expect(body, url).not.toContain('Sintetik xatirə')
        if (url.endsWith('/api/submissions')) expect(JSON.parse(body).docs ?? []).toEqual([])
        else expect(response.status, url).toBeGreaterThanOrEqual(400)
      }
      const gql = await graphql(
        t.payload,
        `{ Submissions { docs { id text sender { email } } } Submission(id: ${doc.id}) { id } }`,
        { token: who },
      )
      expect(JSON.stringify(gql.json)).not.toContain(email)
    }
    await expect(
      t.payload.find({ collection: 'submissions', overrideAccess: false, user: translator.user }),
    ).rejects.toThrow()
    const editorFile = await rest(t.payload, 'GET', `/api/submission-files/file/${file.filename}`, {
      token: editor.token,
    })
    expect(editorFile.status).toBe(200)
    expect(editorFile.headers.get('content-disposition')).toContain('attachment')
  })

  it('accepted, becomes a published testimony on the person, signed as consented, with its source', async () => {
    const { id } = await sendAndConfirm({ attribution: 'relation' })
    const accepted = await rest(t.payload, 'PATCH', `/api/submissions/${id}`, {
      token: editor.token,
      body: { status: 'accepted', statusReason: 'Yoxlanıldı' },
    })
    expect(accepted.status, accepted.text).toBe(200)
    const submission = await t.payload.findByID({ collection: 'submissions', id, depth: 0 })
    expect(submission.outcome?.relationTo).toBe('testimonies')
    expect(submission.history?.at(-1)).toMatchObject({ status: 'accepted', reason: 'Yoxlanıldı' })
    expect(submission.history?.at(-1)?.by).toBe(editor.user.id)
    // The sender did not ask to be contacted: retention may erase the address now.
    expect(submission.closedAt).toBeTruthy()

    const { docs } = await t.payload.find({
      collection: 'testimonies',
      where: { person: { equals: person } },
      overrideAccess: false,
    })
    const published = docs.find((d) => d.id === submission.outcome?.value)
    expect(published).toMatchObject({ contributor: null, relation: 'relative', language: 'az' })
    // Visitors see the testimony, never the submission it came from.
    const response = await rest(t.payload, 'GET', `/api/testimonies/${published?.id}?depth=0`)
    const json = response.json as Record<string, unknown>
    expect(json.text).toContain('Sintetik xatirə')
    expect(json.submission).toBeUndefined()
    const staff = await t.payload.findByID({
      collection: 'testimonies',
      id: published!.id,
      depth: 0,
    })
    expect(staff.submission).toBe(id)
  })

  it('about a person whose record does not show personal details, stays off the public API', async () => {
    const living = await t.payload.create({
      collection: 'people',
      locale: 'az',
      data: {
        givenName: 'Sintetik',
        familyName: 'Yaşayan',
        privacy: 'public',
        _status: 'published',
      } as never,
      context: noRevalidate(),
    })
    const about = await t.payload.create({
      collection: 'testimonies',
      data: {
        person: living.id,
        text: 'Sintetik şəxsi xatirə',
        language: 'az',
        _status: 'published',
      },
      context: noRevalidate(),
    })
    const events = await t.payload.create({
      collection: 'testimonies',
      data: {
        aboutEvents: true,
        text: 'Sintetik hadisə xatirəsi',
        language: 'az',
        _status: 'published',
      },
      context: noRevalidate(),
    })
    expect((await rest(t.payload, 'GET', `/api/testimonies/${about.id}`)).status).toBe(404)
    expect((await rest(t.payload, 'GET', `/api/testimonies/${events.id}`)).status).toBe(200)
    const list = await rest(t.payload, 'GET', '/api/testimonies?limit=100&depth=0')
    expect(list.text).not.toContain('Sintetik şəxsi xatirə')
    const staff = await rest(t.payload, 'GET', `/api/testimonies/${about.id}`, {
      token: editor.token,
    })
    expect(staff.status).toBe(200)
  })

  it('rejected, needs a reason, which the sender is told by mail; the sender can no longer withdraw it', async () => {
    const { id, email, token } = await sendAndConfirm()
    const bare = await rest(t.payload, 'PATCH', `/api/submissions/${id}`, {
      token: editor.token,
      body: { status: 'rejected' },
      headers: { 'accept-language': 'en' },
    })
    expect(bare.status).toBe(400)
    expect((await t.payload.findByID({ collection: 'submissions', id })).status).toBe('confirmed')

    const rejected = await rest(t.payload, 'PATCH', `/api/submissions/${id}`, {
      token: editor.token,
      body: { status: 'rejected', statusReason: 'Sintetik səbəb: mənbə yoxdur.' },
    })
    expect(rejected.status).toBe(200)
    const mail = await smtp.waitFor(email, (m) => (m.text ?? '').includes('Sintetik səbəb'))
    expect(mail.subject).toBe('Göndərişiniz haqqında')
    const withdraw = await rest(t.payload, 'POST', '/api/submissions/withdraw', { body: { token } })
    expect(withdraw.status).toBe(409)
  })

  it('is withdrawn through the link; then no editor can reopen it', async () => {
    const { id, token } = await sendAndConfirm()
    const withdrawn = await rest(t.payload, 'POST', '/api/submissions/withdraw', {
      body: { token },
    })
    expect(withdrawn.json).toEqual({ outcome: 'withdrawn' })
    const reopen = await rest(t.payload, 'PATCH', `/api/submissions/${id}`, {
      token: editor.token,
      body: { status: 'inReview' },
    })
    expect(reopen.status).toBe(400)
    const doc = await t.payload.findByID({ collection: 'submissions', id })
    expect(doc.status).toBe('withdrawn')
    expect(doc.history?.map((h) => h.status)).toEqual(['new', 'confirmed', 'withdrawn'])
    // Editors cannot take the sender's actions for them.
    const { id: other } = await sendAndConfirm()
    const forged = await rest(t.payload, 'PATCH', `/api/submissions/${other}`, {
      token: editor.token,
      body: { status: 'withdrawn' },
    })
    expect(forged.status).toBe(400)
  })

  it('an unknown or malformed link does nothing', async () => {
    for (const token of ['x'.repeat(43), 'short', 42, undefined]) {
      const response = await rest(t.payload, 'POST', '/api/submissions/confirm', {
        body: { token },
      })
      expect(response.status).toBe(404)
    }
  })
})

describe('a name and a correction', () => {
  it('a missing name, accepted, becomes a draft person for editors to complete', async () => {
    const { email, ip } = sender()
    const sent = await send(
      {
        kind: 'name',
        locale: 'ru',
        givenName: 'Синтетик',
        familyName: 'Тестов',
        fate: 'missing',
        senderName: 'Синтетический отправитель',
        relation: 'relative',
        email,
      },
      { ip },
    )
    expect(sent.status, JSON.stringify(sent.json)).toBe(202)
    const mail = await smtp.waitFor(email)
    expect(mail.subject).toBe('Подтвердите ваше обращение')
    await rest(t.payload, 'POST', '/api/submissions/confirm', {
      body: { token: linkToken(mail.text) },
    })
    const id = sent.json.id as number
    await rest(t.payload, 'PATCH', `/api/submissions/${id}`, {
      token: editor.token,
      body: { status: 'accepted' },
    })
    const doc = await t.payload.findByID({ collection: 'submissions', id, depth: 0 })
    expect(doc.outcome?.relationTo).toBe('people')
    const draft = await t.payload.findByID({
      collection: 'people',
      id: doc.outcome!.value as number,
      draft: true,
      locale: 'az',
    })
    expect(draft).toMatchObject({ givenName: 'Синтетик', familyName: 'Тестов', _status: 'draft' })
  })

  it('a correction names a document a visitor may read, and nothing else', async () => {
    const { email, ip } = sender()
    const fields = {
      kind: 'correction',
      locale: 'en',
      text: 'Synthetic correction: the date is wrong.',
      senderName: 'Synthetic Sender',
      relation: 'researcher',
      email,
    }
    const missing = await send({ ...fields, about: 'people:999999' }, { ip })
    expect(missing.status).toBe(400)
    expect(missing.json.errors).toContainEqual({
      field: 'about',
      message: 'This document was not found.',
    })
    const wrongKind = await send({ ...fields, about: 'users:1' }, { ip })
    expect(wrongKind.status).toBe(400)
    const ok = await send({ ...fields, about: `people:${person}` }, { ip })
    expect(ok.status).toBe(202)
  })
})

describe('bad input', () => {
  it('is refused with a 4xx in the sender\u2019s language, and nothing is stored or mailed', async () => {
    const cases: {
      name: string
      status: number
      field: string
      fields?: Record<string, string>
      options?: object
      message?: RegExp
    }[] = [
      { name: 'honeypot', status: 400, field: 'form', fields: { website: 'http://spam.example' } },
      {
        name: 'time trap',
        status: 400,
        field: 'form',
        options: { started: formStartedToken('x') },
      },
      {
        name: 'too fast',
        status: 400,
        field: 'form',
        options: { started: 'now' },
        message: /быстрее/,
      },
      {
        name: 'no e-mail',
        status: 400,
        field: 'email',
        fields: { email: '' },
        message: /Заполните/,
      },
      { name: 'bad e-mail', status: 400, field: 'email', fields: { email: 'not-an-address' } },
      { name: 'no text', status: 400, field: 'text', fields: { text: ' ' } },
      {
        name: 'too many links',
        status: 400,
        field: 'text',
        fields: { text: 'http://a.example http://b.example www.c.example https://d.example' },
      },
      { name: 'no subject', status: 400, field: 'about', fields: { about: '' } },
      { name: 'bad relation', status: 400, field: 'relation', fields: { relation: 'king' } },
      { name: 'no attribution', status: 400, field: 'attribution', fields: { attribution: '' } },
      { name: 'bad kind', status: 400, field: 'kind', fields: { kind: 'poem' } },
      {
        name: 'text too long',
        status: 413,
        field: 'text',
        fields: { text: 'ə'.repeat(20_001) },
        message: /20000/,
      },
    ]
    const before = await stored()
    const mails = smtp.messages.length
    for (const c of cases) {
      const { email, ip } = sender()
      const started =
        (c.options as { started?: string } | undefined)?.started === 'now'
          ? formStartedToken(t.payload.secret)
          : (c.options as { started?: string } | undefined)?.started
      const sent = await send(
        { ...testimony(`people:${person}`, email, { locale: 'ru' }), ...c.fields },
        { ip, started },
      )
      expect(sent.status, c.name).toBe(c.status)
      const errors = sent.json.errors as { field?: string; message: string }[]
      const error = errors.find((e) => (e.field ?? 'form') === c.field)
      expect(error, `${c.name}: ${JSON.stringify(errors)}`).toBeDefined()
      if (c.message) expect(error!.message, c.name).toMatch(c.message)
    }
    expect(await stored()).toEqual(before)
    expect(smtp.messages.length).toBe(mails)
  })

  it('files: too many or too large answer 413, a disguised one 415; nothing is kept', async () => {
    const before = await stored()
    const { email, ip } = sender()
    const fields = testimony(`people:${person}`, email)
    const six = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => png(`scan-${n}.png`)))
    expect((await send(fields, { ip, files: six })).status).toBe(413)
    const large = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'large.png')
    const tooLarge = await send(fields, { ip, files: [large] })
    expect(tooLarge.status).toBe(413)
    expect(JSON.stringify(tooLarge.json)).toContain('large.png')
    const html = new File(['<html><script>alert(1)</script></html>'], 'photo.jpg', {
      type: 'image/jpeg',
    })
    expect((await send(fields, { ip, files: [html] })).status).toBe(415)
    expect(await stored()).toEqual(before)
  })

  it('rate limits per e-mail address and per client address answer 429 with when to try again', async () => {
    const { email, ip } = sender()
    for (let i = 0; i < 3; i++)
      expect((await send(testimony(`people:${person}`, email), { ip: `${ip}${i}` })).status).toBe(
        202,
      )
    const limited = await send(testimony(`people:${person}`, email, { locale: 'en' }), {
      ip: `${ip}9`,
    })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(JSON.stringify(limited.json)).toMatch(/try again in 24 hours/)

    const address = sender().ip
    for (let i = 0; i < 4; i++)
      expect(
        (await send(testimony(`people:${person}`, sender().email), { ip: address })).status,
      ).toBe(202)
    expect(
      (await send(testimony(`people:${person}`, sender().email), { ip: address })).status,
    ).toBe(429)
  })
})

describe('when the mail server is down', () => {
  it('answers 503 in the sender\u2019s language and keeps nothing, files included', async () => {
    // A port nothing listens on: the one the test SMTP server had, after it is closed.
    const down = await startTestSmtp()
    await down.close()
    const mailless = await createTestPayload({ ...down.env }, { key: 'mail-down' })
    try {
      const form = new FormData()
      form.set('started', formStartedToken(mailless.payload.secret, Date.now() - 60_000))
      const { email } = sender()
      for (const [name, value] of Object.entries(testimony('events', email, { locale: 'en' })))
        form.set(name, value)
      form.append('files', await png('synthetic-scan.png'))
      const response = await answerSend(
        new Request('http://localhost/api/submissions/send', {
          method: 'POST',
          body: form,
          headers: { accept: 'application/json', 'x-real-ip': sender().ip },
        }),
        mailless.payload,
      )
      expect(response.status).toBe(503)
      expect(JSON.stringify(await response.json())).toContain('nothing was kept')
      for (const collection of ['submissions', 'submission-files'] as const)
        expect((await mailless.payload.count({ collection })).totalDocs).toBe(0)
    } finally {
      await mailless.destroy()
    }
  })
})

describe('retention', () => {
  it('deletes unconfirmed after 7 days, rejected and withdrawn 90 days after closing, and erases addresses no longer needed', async () => {
    const day = 24 * 60 * 60 * 1000
    const { email, ip } = sender()
    const unconfirmed = (await send(testimony(`people:${person}`, email), { ip })).json.id as number
    const waiting = await sendAndConfirm()
    const contactable = await sendAndConfirm({ contact: 'yes' })
    const rejected = await sendAndConfirm()
    const withdrawn = await sendAndConfirm()
    await rest(t.payload, 'PATCH', `/api/submissions/${contactable.id}`, {
      token: editor.token,
      body: { status: 'accepted' },
    })
    await rest(t.payload, 'PATCH', `/api/submissions/${rejected.id}`, {
      token: editor.token,
      body: { status: 'rejected', statusReason: 'Sintetik' },
    })
    await rest(t.payload, 'POST', '/api/submissions/withdraw', { body: { token: withdrawn.token } })
    const files = (await t.payload.count({ collection: 'submission-files' })).totalDocs
    const exists = async (id: number) =>
      (await t.payload.count({ collection: 'submissions', where: { id: { equals: id } } }))
        .totalDocs === 1

    await applyRetention(t.payload, { now: Date.now() + 6 * day })
    expect(await exists(unconfirmed)).toBe(true)
    await applyRetention(t.payload, { now: Date.now() + 8 * day })
    expect(await exists(unconfirmed)).toBe(false)
    for (const kept of [waiting, contactable, rejected, withdrawn])
      expect(await exists(kept.id)).toBe(true)
    const accepted = await t.payload.findByID({ collection: 'submissions', id: contactable.id })
    expect(accepted.sender?.email).toBe(contactable.email)

    await applyRetention(t.payload, { now: Date.now() + 91 * day })
    expect(await exists(rejected.id)).toBe(false)
    expect(await exists(withdrawn.id)).toBe(false)
    expect(await exists(waiting.id)).toBe(true)
    const erased = await t.payload.findByID({ collection: 'submissions', id: contactable.id })
    expect(erased.sender?.email ?? null).toBeNull()
    expect(erased.sender?.name).toBe('Sintetik Göndərən')
    expect(erased.outcome).toBeTruthy()
    expect((await t.payload.count({ collection: 'submission-files' })).totalDocs).toBe(files)
  })
})

describe('where the files live', () => {
  it('apart from the media library, in the folder the config names', () => {
    const collection = t.payload.collections['submission-files'].config
    const media = t.payload.collections.media.config
    expect(collection.upload.staticDir).not.toBe(media.upload.staticDir)
    expect(path.isAbsolute(collection.upload.staticDir ?? '')).toBe(true)
  })
})
