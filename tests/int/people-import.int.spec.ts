import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { parsePeopleCsv } from '@/lib/people/importCsv'
import { applyImport, planImport } from '@/lib/people/importPeople'
import type { Person } from '@/payload-types'
import { signIn } from '@tests/helpers/api'
import { noRevalidate, projectRoot, testPayloadForFile } from '@tests/helpers/testPayload'

/**
 * People in bulk: the duplicate warning's endpoint, the CSV import (dry run, all or nothing) and
 * export, their CLIs, and the open data set that shows visitors only what they may see. Every
 * person here is synthetic and named so.
 */
const t = testPayloadForFile()

const MARKER = {
  hiddenName: 'Sintetikgizlimarker',
  livingBorn: '1961-07-14',
}
const example = fs.readFileSync(path.join(projectRoot, 'docs/examples/people-import.csv'), 'utf8')
const HEADER = example.split('\n')[0]

let editor: string
let translator: string

const create = (data: Record<string, unknown>) =>
  t.payload.create({
    collection: 'people',
    locale: 'az',
    data: { _status: 'published', ...data } as unknown as Person,
    context: noRevalidate(),
  })

/** A raw request to a Payload endpoint: the CSV goes as it is, not as JSON. */
async function send(
  method: string,
  url: string,
  {
    body,
    token,
    headers = {},
  }: { body?: string; token?: string; headers?: Record<string, string> },
) {
  const request = new Request(`http://localhost${url}`, {
    method,
    headers: { ...(token ? { authorization: `JWT ${token}` } : {}), ...headers },
    body,
  })
  const response = await handleEndpoints({
    config: t.payload.config,
    path: new URL(request.url).pathname,
    request,
  })
  const text = await response.text()
  let json: Record<string, unknown> = {}
  try {
    json = JSON.parse(text)
  } catch {
    // CSV
  }
  return { status: response.status, text, json, headers: response.headers }
}

type Report = {
  counts: { create: number; update: number; refuse: number }
  written: boolean
  rows: { row: number; action: string; id: unknown; fullName: string; reasons: string[] }[]
}

const importCsv = async (csv: string, { dryRun = false, lang = 'en' } = {}) => {
  const answer = await send('POST', `/api/people/import${dryRun ? '?dryRun=1' : ''}`, {
    body: csv,
    token: editor,
    headers: { 'content-type': 'text/csv', 'accept-language': lang },
  })
  return { status: answer.status, report: answer.json as unknown as Report }
}

const count = async () =>
  (await t.payload.count({ collection: 'people', overrideAccess: true })).totalDocs

const csvOf = (...rows: string[]) => [HEADER, ...rows].join('\n')
/** A row in the example's columns: the az names, born, fates, privacy, status; the rest empty. */
const row = (
  id: string,
  family: string,
  given: string,
  { born = '', fates = 'killed@1992-02-26', privacy = '', status = 'draft' } = {},
) =>
  [id, family, given, '', '', '', '', '', '', '', '', born, '', '', '', '', '', fates, privacy, '']
    .concat(status)
    .join(',')

beforeAll(async () => {
  editor = (await signIn(t.payload, ['editor'])).token
  translator = (await signIn(t.payload, ['translator'])).token
})

describe('people: the duplicate warning', () => {
  let first: Person
  beforeAll(async () => {
    first = await create({
      familyName: 'Sintetikdublikat',
      givenName: 'Birinci',
      born: '1944-04-04T12:00:00.000Z',
      bornPrecision: 'day',
      fates: [{ fate: 'killed', confidence: 'single' }],
      _status: 'draft',
    })
  })
  const ask = (query: string, token: string | null = editor, lang = 'en') =>
    send('GET', `/api/people/duplicates?${query}`, {
      token: token ?? undefined,
      headers: { 'accept-language': lang },
    })

  it('finds a draft with the same name key and birth year, in another spelling', async () => {
    // Typed without the Azerbaijani letters and with a doubled consonant: the key is the same.
    const { status, json } = await ask('familyName=Sintetikdublikkat&givenName=Birinci&born=1944')
    expect(status).toBe(200)
    expect(json).toMatchObject({
      birthYear: 1944,
      match: 'nameAndYear',
      duplicates: [
        {
          id: first.id,
          fullName: 'Sintetikdublikat Birinci',
          birthYear: 1944,
          adminUrl: `/admin/collections/people/${first.id}`,
        },
      ],
    })
    // The admin form's value: a date-time.
    const form = await ask(
      'familyName=Sintetikdublikat&givenName=Birinci&born=1944-04-04T12:00:00.000Z',
    )
    expect(form.json).toMatchObject({ duplicates: [{ id: first.id }] })
  })

  it('needs the birth year to match when one is given, and marks a match by name only', async () => {
    expect(
      (await ask('familyName=Sintetikdublikat&givenName=Birinci&born=1945')).json,
    ).toMatchObject({ duplicates: [] })
    expect((await ask('familyName=Sintetikdublikat&givenName=Birinci')).json).toMatchObject({
      birthYear: null,
      match: 'nameOnly',
      duplicates: [{ id: first.id }],
    })
    // The record being edited is not its own duplicate.
    expect(
      (await ask(`familyName=Sintetikdublikat&givenName=Birinci&id=${first.id}`)).json,
    ).toMatchObject({ duplicates: [] })
  })

  it('refuses visitors and answers a bad request in the admin’s language', async () => {
    expect((await ask('familyName=Sintetikdublikat', null)).status).toBe(401)
    expect((await ask('familyName=Sintetikdublikat', translator)).status).toBe(200)
    const ru = await ask('givenName=Birinci', editor, 'ru')
    expect(ru.status).toBe(400)
    expect(ru.json).toEqual({ errors: [{ message: expect.stringMatching(/Нужен параметр/) }] })
    const az = await ask('familyName=Sintetikdublikat&born=1944-13-01', editor, 'az')
    expect(az.status).toBe(400)
    expect(az.json).toEqual({ errors: [{ message: expect.stringMatching(/şəklində olmalıdır/) }] })
  })
})

describe('people: CSV import', () => {
  it('dry run: reports every row it would create, update or refuse, and why', async () => {
    const existing = await create({
      familyName: 'Sintetikmövcud',
      givenName: 'Ad',
      born: '1933-01-01T12:00:00.000Z',
      bornPrecision: 'year',
      fates: [{ fate: 'killed', confidence: 'single' }],
    })
    const before = await count()
    const csv = csvOf(
      row('', 'Sintetikyeni', 'Bir', { born: '1950' }),
      row(String(existing.id), 'Sintetikmövcud', 'Ad', { born: '1933' }),
      row('', '', 'Soyadsız'),
      row('', 'Sintetiktarix', 'Pis', { born: '1950-02-30' }),
      row('', 'Sintetiktale', 'Pis', { fates: 'vanished@1992' }),
      row('999999', 'Sintetikyox', 'Id'),
      row('', 'Sintetikmövcud', 'Ad', { born: '1933-05' }),
      row('', 'Sintetikyeni', 'Bir', { born: '1950-06-01' }),
    )
    const { status, report } = await importCsv(csv, { dryRun: true })
    expect(status).toBe(200)
    expect(report.written).toBe(false)
    expect(report.counts).toEqual({ create: 1, update: 1, refuse: 6 })
    const byRow = Object.fromEntries(report.rows.map((r) => [r.row, r]))
    expect(byRow[2]).toMatchObject({ action: 'create', reasons: [] })
    expect(byRow[3]).toMatchObject({ action: 'update', id: existing.id, reasons: [] })
    expect(byRow[4].reasons).toEqual([expect.stringMatching(/family name .* is empty/)])
    expect(byRow[5].reasons).toEqual([expect.stringMatching(/"1950-02-30" is not a date/)])
    expect(byRow[6].reasons).toEqual([expect.stringMatching(/"vanished" is unknown/)])
    expect(byRow[7].reasons).toEqual([expect.stringMatching(/no record with id "999999"/)])
    expect(byRow[8].reasons).toEqual([
      expect.stringMatching(new RegExp(`duplicate of an existing record.*#${existing.id}`)),
    ])
    expect(byRow[9].reasons).toEqual([expect.stringMatching(/duplicate of the person on row 2/)])
    expect(await count()).toBe(before)

    // The reasons are in the admin's language.
    const az = await importCsv(csvOf(row('', '', 'Soyadsız')), { dryRun: true, lang: 'az' })
    expect(az.report.rows[0].reasons).toEqual([expect.stringMatching(/Soyad .* boşdur/)])
  })

  it('writes nothing when one row is refused, and says so', async () => {
    const before = await count()
    const { status, report } = await importCsv(
      csvOf(row('', 'Sintetiktam', 'Bir'), row('', 'Sintetiktam', 'İki', { born: 'sometime' })),
    )
    expect(status).toBe(422)
    expect(report).toMatchObject({
      written: false,
      message: expect.stringMatching(/Nothing was written/),
      counts: { create: 1, refuse: 1 },
    })
    expect(await count()).toBe(before)
  })

  it('creates and updates from a clean file, in every language, published or draft', async () => {
    const { status, report } = await importCsv(example)
    expect(status, JSON.stringify(report)).toBe(200)
    expect(report.counts).toEqual({ create: 3, update: 0, refuse: 0 })
    const { docs } = await t.payload.find({
      collection: 'people',
      where: { familyName: { equals: 'Sintetikov' } },
      draft: true,
      locale: 'all',
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    const killed = docs[0] as unknown as Record<string, unknown>
    expect(killed).toMatchObject({
      familyName: { az: 'Sintetikov', ru: 'Синтетиков', en: 'Sintetikov' },
      givenName: { az: 'Birinci', ru: 'Бириндж', en: 'Birinji' },
      born: '1950-03-01T12:00:00.000Z',
      bornPrecision: 'day',
      age: 41,
      privacy: 'public',
      disclosure: 'personal',
      // Each locale has its own state: the file's status, in each language it gives.
      _status: { az: 'published', en: 'published', ru: 'published' },
      variants: [
        { name: 'Синтетиков Бириндж', foundIn: 'Synthetic list A' },
        { name: 'Sintetikov B.', foundIn: 'Synthetic memorial plaque' },
      ],
      fates: [
        { fate: 'takenHostage', confidence: 'single', sources: [{ title: 'Synthetic list A' }] },
        {
          fate: 'killed',
          confidence: 'confirmed',
          place: { az: 'Xocalı' },
          sources: [
            { title: 'Synthetic list A' },
            { title: 'Synthetic report B', url: 'https://example.org/synthetic-b' },
          ],
        },
      ],
      sources: [
        { title: 'Synthetic list A' },
        {
          title: 'https://example.org/synthetic-registry',
          url: 'https://example.org/synthetic-registry',
        },
      ],
    })

    // An update: a row with the record's id changes what its columns say, and nothing else.
    const update = [
      'id,familyName_az,givenName_az,birthplace_en,privacy,status',
      `${String(killed.id)},Sintetikov,Birinci,Khojaly town,public,published`,
    ].join('\n')
    const updated = await importCsv(update)
    expect(updated.status).toBe(200)
    expect(updated.report.counts).toEqual({ create: 0, update: 1, refuse: 0 })
    const after = (await t.payload.findByID({
      collection: 'people',
      id: killed.id as number,
      locale: 'all',
      overrideAccess: true,
    })) as unknown as Record<string, unknown>
    expect(after).toMatchObject({
      birthplace: { az: 'Xocalı', en: 'Khojaly town', ru: 'Ходжалы' },
      givenName: { ru: 'Бириндж' },
      born: '1950-03-01T12:00:00.000Z',
    })
    expect(after.fates).toEqual(killed.fates)
  })

  it('export, then import of the export, changes nothing', async () => {
    const first = await send('GET', '/api/people/export', { token: editor })
    expect(first.status).toBe(200)
    expect(first.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(first.text.split('\r\n')[0]).toBe(HEADER.trim())
    expect(first.text).toContain('Sintetikov,Birinci')
    const rows = first.text.trim().split('\r\n').length - 1
    const { status, report } = await importCsv(first.text)
    expect(status, JSON.stringify(report.rows.filter((r) => r.reasons.length))).toBe(200)
    expect(report.counts).toEqual({ create: 0, update: rows, refuse: 0 })
    const second = await send('GET', '/api/people/export', { token: editor })
    expect(second.text).toBe(first.text)
  })

  it('answers a non-CSV, an oversized file, a translator and a visitor with a clear 4xx', async () => {
    const post = (body: string, headers: Record<string, string>, token: string | null = editor) =>
      send('POST', '/api/people/import?dryRun=1', { body, token: token ?? undefined, headers })
    const json = await post('{}', { 'content-type': 'application/json', 'accept-language': 'ru' })
    expect(json.status).toBe(415)
    expect(json.json).toEqual({ errors: [{ message: 'Отправьте CSV-файл (text/csv).' }] })
    const big = await post(`${HEADER}\n${'x'.repeat(3 * 1024 * 1024)}`, {
      'content-type': 'text/csv',
    })
    expect(big.status).toBe(413)
    expect((await post(example, { 'content-type': 'text/csv' }, translator)).status).toBe(403)
    expect((await post(example, { 'content-type': 'text/csv' }, null)).status).toBe(401)
    expect((await send('GET', '/api/people/export', {})).status).toBe(401)
    const header = await post('name,surname\nA,B', {
      'content-type': 'text/csv',
      'accept-language': 'en',
    })
    expect(header.status).toBe(400)
    expect(header.json).toEqual({
      errors: [{ message: expect.stringMatching(/Unknown column: name, surname/) }],
    })
  })
})

describe('people: the CLIs', () => {
  it('imports and exports against a database of their own', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khojaly-people-cli-'))
    const once = (args: string[]) =>
      spawnSync(
        process.execPath,
        [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), ...args],
        {
          cwd: projectRoot,
          encoding: 'utf8',
          timeout: 180_000,
          env: {
            PATH: process.env.PATH,
            HOME: process.env.HOME,
            NODE_ENV: 'test',
            DATABASE_URI: `file:${path.join(dir, 'cli.db')}`,
            MEDIA_DIR: path.join(dir, 'media'),
            PAYLOAD_SECRET: 'people-cli-test',
          },
        },
      )
    // tsx sometimes drops a process while it loads its modules (exit 13, no output: see seedInto in
    // tests/helpers/server.ts); nothing has run then, so once more is safe.
    const run = (...args: string[]) => {
      const first = once(args)
      return first.status === 13 && !first.stdout && !first.stderr ? once(args) : first
    }
    try {
      const file = path.join(projectRoot, 'docs/examples/people-import.csv')
      // The report of the dry run comes first in a real import too; the dry run itself (nothing
      // written) is the endpoint's test above, which runs the same plan.
      const real = run('src/cli/peopleImport.ts', file)
      expect(real.status, real.stderr).toBe(0)
      expect(real.stdout).toMatch(/row 2 create Sintetikov Birinci Nümunə oğlu/)
      expect(real.stdout).toMatch(/3 to create, 0 to update, 0 refused/)
      expect(real.stdout).toMatch(/3 created, 0 updated/)
      const out = path.join(dir, 'people.csv')
      const exported = run('src/cli/peopleExport.ts', out)
      expect(exported.status, exported.stderr).toBe(0)
      const csv = fs.readFileSync(out, 'utf8')
      expect(csv.split('\r\n')).toHaveLength(5)
      expect(csv).toContain('Синтетиков')
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 600_000)
})

describe('people: open data', () => {
  beforeAll(async () => {
    await create({
      familyName: 'Sintetikaçıq',
      givenName: 'Ad',
      born: '1940-02-02T12:00:00.000Z',
      bornPrecision: 'day',
      fates: [
        {
          fate: 'killed',
          date: '1992-02-26T12:00:00.000Z',
          datePrecision: 'day',
          confidence: 'single',
          place: 'Xocalı',
        },
      ],
      sources: [{ title: 'Synthetic source', url: 'https://example.org/synthetic-open' }],
      privacy: 'public',
    })
    await create({
      familyName: MARKER.hiddenName,
      fates: [{ fate: 'missing', confidence: 'single' }],
      privacy: 'hidden',
    })
    await create({
      familyName: 'Sintetikyaşayan',
      givenName: 'Ad',
      born: `${MARKER.livingBorn}T12:00:00.000Z`,
      bornPrecision: 'day',
      fates: [{ fate: 'wounded', confidence: 'single' }],
      privacy: 'public',
    })
  })

  it('JSON: a published public person, and never a hidden one or a living one’s birth date', async () => {
    const { status, text, json } = await send('GET', '/api/open-data/people.json?locale=en', {})
    expect(status).toBe(200)
    expect(text).not.toContain(MARKER.hiddenName)
    expect(text).not.toContain(MARKER.livingBorn)
    expect(text).not.toMatch(/privacy|consent/)
    const records = json.records as Record<string, unknown>[]
    expect(records.find((r) => r.familyName === 'Sintetikaçıq')).toMatchObject({
      fullName: 'Sintetikaçıq Ad',
      born: '1940-02-02',
      bornPrecision: 'day',
      age: 52,
      fates: [
        {
          fate: 'killed',
          date: '1992-02-26',
          datePrecision: 'day',
          confidence: 'single',
          place: 'Xocalı',
        },
      ],
      status: ['killed'],
      statusDisputed: [],
      sourceUrls: ['https://example.org/synthetic-open'],
      path: expect.stringMatching(/^\/en\/people\/sintetika/),
    })
    expect(records.find((r) => r.familyName === 'Sintetikyaşayan')).toMatchObject({
      born: null,
      bornPrecision: null,
      age: null,
      status: ['wounded'],
    })
    // Drafts stay in: the draft from the duplicate tests is not published.
    expect(text).not.toContain('Sintetikdublikat')
  })

  it('CSV: the same, fates as one JSON cell', async () => {
    const { status, text } = await send('GET', '/api/open-data/people.csv', {})
    expect(status).toBe(200)
    expect(text.split('\r\n')[0]).toBe(
      'id,slug,path,familyName,givenName,patronymic,fullName,variants,born,bornPrecision,age,gender,birthplace,fates,status,statusDisputed,monumentIds,sourceUrls,updatedAt',
    )
    expect(text).toContain('Sintetikaçıq')
    expect(text).toContain('"[{""fate"":""killed"",""date"":""1992-02-26""')
    expect(text).not.toContain(MARKER.hiddenName)
    expect(text).not.toContain(MARKER.livingBorn)
  })
})

describe('people: all or nothing when a write fails after the check', () => {
  it('deletes what it created and writes back what it changed', async () => {
    const kept = await create({
      familyName: 'Sintetikgeri',
      givenName: 'Ad',
      birthplace: 'Sintetikkənd',
      fates: [{ fate: 'killed', confidence: 'single' }],
    })
    const parsed = parsePeopleCsv(
      [
        'id,familyName_az,givenName_az,birthplace_az,fates,status',
        ',Sintetikbirinci,Yeni,,killed,published',
        `${kept.id},Sintetikgeri,Ad,Başqa kənd,killed,published`,
        ',Sintetikuçüncü,Yeni,,killed,published',
      ].join('\n'),
    )
    if (!parsed.ok) throw new Error(parsed.error.en)
    const plan = await planImport(t.payload, parsed.rows)
    expect(plan.counts).toEqual({ create: 2, update: 1, refuse: 0 })
    // A value the file check would refuse, put in after it: the collection refuses it on write.
    plan.accepted[2].person.fates[0].confidence = 'unheard-of' as never
    const before = await count()
    await expect(applyImport(t.payload, plan, { context: noRevalidate() })).rejects.toThrow()
    expect(await count()).toBe(before)
    const after = await t.payload.findByID({
      collection: 'people',
      id: kept.id,
      locale: 'az',
      overrideAccess: true,
    })
    expect(after.birthplace).toBe('Sintetikkənd')
    const latest = await t.payload.findByID({
      collection: 'people',
      id: kept.id,
      locale: 'az',
      draft: true,
      overrideAccess: true,
    })
    expect(latest).toMatchObject({ birthplace: 'Sintetikkənd', _status: 'published' })
    const created = await t.payload.find({
      collection: 'people',
      where: { familyName: { equals: 'Sintetikbirinci' } },
      draft: true,
      overrideAccess: true,
    })
    expect(created.totalDocs).toBe(0)
  })
})
