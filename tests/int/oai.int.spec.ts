import { OaiPmh } from 'oai-pmh'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { contentCollections } from '@/lib/content/collections'
import { formatDatestamp } from '@/lib/oai/protocol'
import { PAGE_SIZE } from '@/lib/oai/repository'
import { serveApi } from '@tests/helpers/api'
import { minimalPdf } from '@tests/helpers/files'
import { parseXml } from '@tests/helpers/site'
import {
  createSeededTestPayload,
  noRevalidate,
  testPayloadForFile,
} from '@tests/helpers/testPayload'
import { schemaErrors } from '@tests/helpers/xmlSchema'

const t = testPayloadForFile(createSeededTestPayload)
let api: Awaited<ReturnType<typeof serveApi>>
/** Every OAI answer of this file that failed the OAI-PMH and oai_dc schemas, with xmllint's reasons. */
const invalid: string[] = []
let answers = 0

beforeAll(async () => {
  api = await serveApi(t.payload, (path, text) => {
    if (!path.includes('/api/oai')) return
    answers += 1
    const errors = schemaErrors(text, 'oai-pmh/harvest.xsd')
    if (errors.length) invalid.push(`${path}: ${errors.join(' | ')}`)
  })
})
afterAll(async () => {
  await api?.close()
})

type Node = Record<string, unknown>
const all = <T = Node>(value: unknown): T[] =>
  value === undefined ? [] : ((Array.isArray(value) ? value : [value]) as T[])
const text = (value: unknown) =>
  typeof value === 'object' && value !== null
    ? String((value as Node)['#text'] ?? '')
    : String(value)

/** One OAI request as any HTTP client sends it, parsed. */
async function oai(query: string, init?: RequestInit) {
  const response = await fetch(`${api.url}/api/oai${query ? `?${query}` : ''}`, init)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^text\/xml/)
  return (parseXml(await response.text())['OAI-PMH'] ?? {}) as Node
}

const harvester = () => new OaiPmh(`${api.url}/api/oai`, { retry: false })
const collect = async <T>(items: AsyncIterable<T>) => {
  const list: T[] = []
  for await (const item of items) list.push(item)
  return list
}
const identifierOf = (header: Node) => String(header.identifier)

/** What an anonymous visitor may read, as OAI identifiers. */
async function visitorIdentifiers() {
  const ids: string[] = []
  for (const collection of contentCollections) {
    const { docs } = await t.payload.find({
      collection,
      overrideAccess: false,
      draft: false,
      pagination: false,
      depth: 0,
      select: {},
    })
    ids.push(...docs.map((doc) => `oai:localhost:${collection}/${doc.id}`))
  }
  return ids.sort()
}

const publish = async (collection: 'timeline-events', data: Record<string, unknown>) =>
  (await t.payload.create({
    collection,
    locale: 'az',
    data: { _status: 'published', ...data } as never,
    context: noRevalidate(),
  })) as unknown as { id: number }

const syntheticEvent = (n: number) =>
  publish('timeline-events', {
    title: `Sintetik hadisə ${n}`,
    date: '2001-01-01T12:00:00.000Z',
    datePrecision: 'year',
  })

const waitForNextSecond = () =>
  new Promise((resolve) => setTimeout(resolve, 1100 - (Date.now() % 1000)))

describe('OAI-PMH', () => {
  it('identifies the repository: base URL, persistent deletions, seconds, the oldest datestamp', async () => {
    const { Identify } = (await oai('verb=Identify')) as { Identify: Node }
    expect(Identify).toMatchObject({
      baseURL: 'http://localhost:3000/api/oai',
      protocolVersion: 2,
      deletedRecord: 'persistent',
      granularity: 'YYYY-MM-DDThh:mm:ssZ',
    })
    expect(String(Identify.repositoryName)).toMatch(/\S/)
    expect(String(Identify.adminEmail)).toMatch(/@.+\./)
    expect(Date.parse(String(Identify.earliestDatestamp))).toBeLessThanOrEqual(Date.now())
    // The same by POST, as the protocol allows.
    const posted = await oai('', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'verb=Identify',
    })
    expect(posted.Identify).toMatchObject({ deletedRecord: 'persistent' })
    expect(await harvester().identify()).toMatchObject({ protocolVersion: '2.0' })
  })

  it('lists oai_dc as its format and one set per collection, named in each language', async () => {
    const formats = await harvester().listMetadataFormats()
    expect(formats).toMatchObject({ metadataPrefix: 'oai_dc' })
    const { ListSets } = (await oai('verb=ListSets')) as { ListSets: { set: Node[] } }
    expect(ListSets.set.map((s) => s.setSpec)).toEqual([...contentCollections])
    const people = ListSets.set.find((s) => s.setSpec === 'people')!
    const titles = all<Node>(
      ((people.setDescription as Node)['oai_dc:dc'] as Node)['dc:title'],
    ).map((title) => [title['@xml:lang'], text(title)])
    expect(titles).toEqual([
      ['az', 'İnsanlar'],
      ['en', 'People'],
      ['ru', 'Люди'],
    ])
  })

  it('is harvested whole by an OAI-PMH harvester, page after page: every published document once, people as their privacy allows, no draft', async () => {
    // More than a page: the seed and enough synthetic events to need resumption tokens.
    for (let n = 0; n < PAGE_SIZE; n++) await syntheticEvent(n)
    const person = (familyName: string, privacy: 'public' | 'hidden') =>
      t.payload.create({
        collection: 'people',
        locale: 'az',
        data: {
          _status: 'published',
          familyName,
          givenName: 'Sintetik',
          fates: [{ fate: 'killed', confidence: 'single' }],
          privacy,
        } as never,
        context: noRevalidate(),
      })
    // Two shown: the harvester library reads a page of one item as no list at all.
    const shown = [await person('Sintetikaçıq', 'public'), await person('Sintetikbəlli', 'public')]
    const hidden = await person('Sintetikgizli', 'hidden')
    const draft = await t.payload.create({
      collection: 'articles',
      locale: 'az',
      data: { title: 'Sintetik qaralama', _status: 'draft' } as never,
      context: noRevalidate(),
    })
    const expected = await visitorIdentifiers()
    expect(expected.length).toBeGreaterThan(PAGE_SIZE)
    expect(expected).not.toContain(`oai:localhost:articles/${draft.id}`)

    const headers = await collect(
      harvester().listIdentifiers({ metadataPrefix: 'oai_dc' }) as AsyncIterable<Node>,
    )
    expect(headers.map(identifierOf).sort()).toEqual(expected)
    const records = await collect(
      harvester().listRecords({ metadataPrefix: 'oai_dc' }) as AsyncIterable<{ header: Node }>,
    )
    expect(records.map((r) => identifierOf(r.header)).sort()).toEqual(expected)
    // Selective harvesting by set: only that collection.
    const people = await collect(
      harvester().listIdentifiers({
        metadataPrefix: 'oai_dc',
        set: 'people',
      }) as AsyncIterable<Node>,
    )
    expect(people.map(identifierOf).sort()).toEqual(
      expected.filter((id) => id.includes(':people/')),
    )
    for (const { id } of shown)
      expect(people.map(identifierOf)).toContain(`oai:localhost:people/${id}`)
    expect(people.map(identifierOf)).not.toContain(`oai:localhost:people/${hidden.id}`)
  })

  it('gives a record its title and description in each language the site offers it in, its permanent links, type, date and sources', async () => {
    const { docs } = await t.payload.find({
      collection: 'resolutions',
      overrideAccess: false,
      draft: false,
      locale: 'all',
      depth: 0,
      limit: 1,
    })
    const resolution = docs[0] as unknown as Node & {
      id: number
      title: Record<string, string>
      sources?: Node[]
    }
    const { GetRecord } = (await oai(
      `verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:resolutions/${resolution.id}`,
    )) as { GetRecord: { record: { header: Node; metadata: Node } } }
    const dc = GetRecord.record.metadata['oai_dc:dc'] as Node
    const titles = all<Node>(dc['dc:title']).map((title) => [title['@xml:lang'], text(title)])
    for (const [lang, title] of Object.entries(resolution.title).filter(([, v]) => v))
      expect(titles).toContainEqual([lang, title])
    expect(all(dc['dc:identifier']).map(text)).toContain(
      `http://localhost:3000/az/id/resolutions/${resolution.id}`,
    )
    expect(all(dc['dc:type']).map(text)).toContain('Text')
    expect(all(dc['dc:language']).map(text)).toContain('az')
    expect(all(dc['dc:date']).map(text)[0]).toMatch(/^\d{4}(-\d{2}){0,2}$/)
    expect(all(dc['dc:source']).length).toBe(resolution.sources?.length ?? 0)
    expect(GetRecord.record.header.setSpec).toBe('resolutions')

    // A document without its English translation is not English: az only, no az text marked en.
    const azOnly = await syntheticEvent(3001)
    const { GetRecord: only } = (await oai(
      `verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:timeline-events/${azOnly.id}`,
    )) as { GetRecord: { record: { metadata: Node } } }
    const onlyDc = only.record.metadata['oai_dc:dc'] as Node
    expect(all<Node>(onlyDc['dc:title']).map((title) => title['@xml:lang'])).toEqual(['az'])
    expect(all(onlyDc['dc:language']).map(text)).toEqual(['az'])
  })

  it("links a record to its images as a IIIF manifest: a resolution's original", async () => {
    const data = minimalPdf('Synthetic original')
    const pdf = await t.payload.create({
      collection: 'media',
      data: {} as never,
      file: { data, name: 'synthetic-oai.pdf', mimetype: 'application/pdf', size: data.length },
      context: noRevalidate(),
    })
    const { docs } = await t.payload.find({ collection: 'resolutions', limit: 2, depth: 0 })
    const [withFile, without] = docs
    await t.payload.update({
      collection: 'resolutions',
      id: withFile.id,
      data: { originalFile: pdf.id },
      context: noRevalidate(),
    })
    const relations = async (id: number) => {
      const { GetRecord } = (await oai(
        `verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:resolutions/${id}`,
      )) as { GetRecord: { record: { metadata: Node } } }
      return all((GetRecord.record.metadata['oai_dc:dc'] as Node)['dc:relation']).map(text)
    }
    expect(await relations(withFile.id)).toContain(
      `http://localhost:3000/api/iiif/resolutions/${withFile.id}/manifest`,
    )
    if (without && !without.originalFile)
      expect((await relations(without.id)).join(' ')).not.toContain('/api/iiif/')
  })

  it('harvests incrementally: from a datestamp, only what changed since, with deleted, unpublished and hidden documents as deleted headers', async () => {
    const [edited, unpublished, deleted] = await Promise.all([
      syntheticEvent(1001),
      syntheticEvent(1002),
      syntheticEvent(1003),
    ])
    const person = await t.payload.create({
      collection: 'people',
      locale: 'az',
      data: {
        _status: 'published',
        familyName: 'Sintetikoaiov',
        givenName: 'Harvest',
        fates: [{ fate: 'killed', confidence: 'single' }],
        privacy: 'public',
      } as never,
      context: noRevalidate(),
    })
    await waitForNextSecond()
    const since = formatDatestamp(new Date())
    await waitForNextSecond()

    const update = (collection: 'timeline-events' | 'people', id: number, data: object) =>
      t.payload.update({ collection, id, data: data as never, context: noRevalidate() })
    // Added first: SQLite would give a document made after the delete the deleted one's id.
    const added = await syntheticEvent(1004)
    await update('timeline-events', edited.id, { title: 'Sintetik hadisə, düzəldilmiş' })
    await update('timeline-events', unpublished.id, { _status: 'draft' })
    await t.payload.delete({
      collection: 'timeline-events',
      id: deleted.id,
      context: noRevalidate(),
    })
    await update('people', person.id, { privacy: 'hidden' })

    const changed = await collect(
      harvester().listIdentifiers({ metadataPrefix: 'oai_dc', from: since }) as AsyncIterable<
        Node & { $?: { status?: string } }
      >,
    )
    const summary = changed.map((h) => [identifierOf(h), h.$?.status ?? 'live']).sort()
    expect(summary).toEqual(
      [
        [`oai:localhost:timeline-events/${edited.id}`, 'live'],
        [`oai:localhost:timeline-events/${unpublished.id}`, 'deleted'],
        [`oai:localhost:timeline-events/${deleted.id}`, 'deleted'],
        [`oai:localhost:people/${person.id}`, 'deleted'],
        [`oai:localhost:timeline-events/${added.id}`, 'live'],
      ].sort(),
    )
    // A deleted record stays known: GetRecord answers its header, never idDoesNotExist.
    const gone = (await oai(
      `verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:timeline-events/${deleted.id}`,
    )) as { GetRecord: { record: { header: Node; metadata?: unknown } } }
    expect(gone.GetRecord.record.header['@status']).toBe('deleted')
    expect(gone.GetRecord.record.metadata).toBeUndefined()

    // Published again, it is a record again.
    await update('timeline-events', unpublished.id, { _status: 'published' })
    const back = (await oai(
      `verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:timeline-events/${unpublished.id}`,
    )) as { GetRecord: { record: { header: Node } } }
    expect(back.GetRecord.record.header['@status']).toBeUndefined()

    // Nothing changed after now: the protocol's noRecordsMatch.
    await waitForNextSecond()
    const later = await oai(
      `verb=ListIdentifiers&metadataPrefix=oai_dc&from=${formatDatestamp(new Date())}`,
    )
    expect((later.error as Node)['@code']).toBe('noRecordsMatch')
  })

  it('keeps its place in a list through edits between pages: nothing given twice, nothing skipped', async () => {
    const first = (await oai('verb=ListIdentifiers&metadataPrefix=oai_dc&set=timeline-events')) as {
      ListIdentifiers: { header: Node[]; resumptionToken: Node }
    }
    const seen = first.ListIdentifiers.header.map(identifierOf)
    expect(seen).toHaveLength(PAGE_SIZE)
    // Between two pages: a document of the first page is deleted, one is published.
    const removed = Number(seen[3].split('/').pop())
    await t.payload.delete({ collection: 'timeline-events', id: removed, context: noRevalidate() })
    const added = await syntheticEvent(2001)
    let token = text(first.ListIdentifiers.resumptionToken)
    const later: [string, string][] = []
    while (token) {
      const page = (await oai(
        `verb=ListIdentifiers&resumptionToken=${encodeURIComponent(token)}`,
      )) as { ListIdentifiers: { header: unknown; resumptionToken: unknown } }
      const headers = all<Node>(page.ListIdentifiers.header)
      expect(headers.length).toBeGreaterThan(0)
      later.push(
        ...headers.map((h): [string, string] => [identifierOf(h), String(h['@status'] ?? 'live')]),
      )
      token = text(page.ListIdentifiers.resumptionToken ?? '')
    }
    const live = later.filter(([, status]) => status === 'live').map(([id]) => id)
    expect(new Set([...seen, ...live]).size).toBe(seen.length + live.length)
    expect(live).toContain(`oai:localhost:timeline-events/${added.id}`)
    // What page 1 gave and was deleted since is told as deleted at the end.
    expect(later).toContainEqual([`oai:localhost:timeline-events/${removed}`, 'deleted'])
    const expected = (await visitorIdentifiers()).filter((id) => id.includes(':timeline-events/'))
    expect([...seen.filter((id) => !id.endsWith(`/${removed}`)), ...live].sort()).toEqual(expected)
  })

  it.each([
    ['', 'badVerb'],
    ['verb=Harvest', 'badVerb'],
    ['verb=Identify&verb=ListSets', 'badVerb'],
    ['verb=Identify&set=people', 'badArgument'],
    ['verb=ListRecords', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=oai_dc&from=yesterday', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=oai_dc&from=2026-02-30', 'badArgument'],
    [
      'verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01&until=2026-01-01T00:00:00Z',
      'badArgument',
    ],
    ['verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc', 'badArgument'],
    ['verb=GetRecord&identifier=oai:localhost:articles/1', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=marc21', 'cannotDisseminateFormat'],
    [
      'verb=GetRecord&metadataPrefix=marc21&identifier=oai:localhost:articles/1',
      'cannotDisseminateFormat',
    ],
    [
      'verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:articles/999999',
      'idDoesNotExist',
    ],
    [
      'verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:elsewhere.org:articles/1',
      'idDoesNotExist',
    ],
    ['verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:users/1', 'idDoesNotExist'],
    ['verb=ListMetadataFormats&identifier=oai:localhost:pages/999999', 'idDoesNotExist'],
    ['verb=ListIdentifiers&metadataPrefix=oai_dc&set=secrets', 'noRecordsMatch'],
    ['verb=ListIdentifiers&metadataPrefix=oai_dc&until=1990-01-01', 'noRecordsMatch'],
    ['verb=ListIdentifiers&resumptionToken=not-a-token', 'badResumptionToken'],
    ['verb=ListIdentifiers&resumptionToken=eyJpIjotMX0', 'badResumptionToken'],
    ['verb=ListSets&resumptionToken=eyJpIjowfQ', 'badResumptionToken'],
  ])('answers "%s" with the error %s, in a valid response', async (query, code) => {
    const answer = await oai(query)
    expect(all<Node>(answer.error).map((e) => e['@code'])).toContain(code)
    expect(text(all<Node>(answer.error)[0])).toMatch(/\w/)
    const request = answer.request as Node | string
    // After badVerb or badArgument the request echoes the base URL alone, no arguments.
    if (code === 'badVerb' || code === 'badArgument')
      expect(typeof request === 'string' ? request : Object.keys(request)).toEqual(
        typeof request === 'string' ? 'http://localhost:3000/api/oai' : ['#text'],
      )
  })

  it('validated every answer above against the OAI-PMH 2.0 and oai_dc schemas (xmllint), and the check itself refuses a broken answer', async () => {
    expect(answers).toBeGreaterThan(30)
    expect(invalid).toEqual([])
    const broken = (await (await fetch(`${api.url}/api/oai?verb=Identify`)).text()).replace(
      '<deletedRecord>persistent</deletedRecord>',
      '<deletedRecord>sometimes</deletedRecord>',
    )
    expect(schemaErrors(broken, 'oai-pmh/harvest.xsd').join()).toMatch(/deletedRecord/)
  })
})
