import type { Payload, Where } from 'payload'

import { isOneOf } from '@/lib/content/collections'
import { readInEachLocale, siteNames } from '@/lib/content/visitorReads'
import { isDocumentId } from '@/lib/payload/documentId'
import { siteUrl } from '@/lib/routing/siteUrl'
import { dublinCore, type DcElement, type LocalizedDoc } from '@/lib/oai/dublinCore'
import { formatDatestamp, oaiSets, type OaiSet, type Selection } from '@/lib/oai/protocol'
import type { ListPosition } from '@/lib/oai/token'

/** The collection that remembers documents visitors could read and no longer can. */
export const DELETED_RECORDS = 'deleted-records' as const

/** Items per page of ListIdentifiers and ListRecords. */
export const PAGE_SIZE = 100

export type Header = { identifier: string; datestamp: string; set: OaiSet; deleted?: boolean }
export type OaiRecord = { header: Header; metadata?: DcElement[] }

/**
 * Identifiers of the form oai:<host>:<collection>/<id>: unique to this repository, and stable
 * through slug changes (the id, not the slug).
 */
export const repositoryIdentifier = () => new URL(siteUrl()).hostname
export const oaiIdentifier = (set: OaiSet, id: number | string) =>
  `oai:${repositoryIdentifier()}:${set}/${id}`

export function parseIdentifier(
  payload: Payload,
  identifier: string,
): { set: OaiSet; id: string } | null {
  const prefix = `oai:${repositoryIdentifier()}:`
  if (!identifier.startsWith(prefix)) return null
  const [set, id, ...rest] = identifier.slice(prefix.length).split('/')
  if (rest.length || !isOneOf(oaiSets, set) || !id || !isDocumentId(payload, set, id)) return null
  return { set, id }
}

/**
 * Everything here reads as an anonymous visitor does (`overrideAccess: false`, no user, published
 * versions only), whoever harvests: what the records show is what the site shows, people as their
 * privacy allows.
 */
const asVisitor = { overrideAccess: false, draft: false, depth: 0 } as const

const updatedWithin = ({ from, until }: Selection, field: string): Where[] => [
  ...(from ? [{ [field]: { greater_than_equal: from.toISOString() } }] : []),
  ...(until ? [{ [field]: { less_than_equal: until.toISOString() } }] : []),
]

/** One item of a list: a document of a set, or a deleted record (`docId` is the document's id). */
type SourceRow = {
  id: number | string
  updatedAt: string
  set: OaiSet
  deleted?: boolean
  docId?: string
}

/** The rows of one source after `after`, in id order: a set's documents or the deleted records. */
async function readSource(
  payload: Payload,
  source: number,
  selection: Selection,
  after: ListPosition['after'],
  limit: number,
): Promise<SourceRow[]> {
  const afterId: Where[] = after === null ? [] : [{ id: { greater_than: after } }]
  if (source < oaiSets.length) {
    const set = oaiSets[source]
    const { docs } = await payload.find({
      collection: set,
      ...asVisitor,
      where: { and: [...updatedWithin(selection, 'updatedAt'), ...afterId] },
      sort: 'id',
      limit,
      pagination: false,
      select: { updatedAt: true },
    })
    return docs.map((doc) => ({ id: doc.id, updatedAt: doc.updatedAt, set }))
  }
  const { docs } = await payload.find({
    collection: DELETED_RECORDS,
    overrideAccess: true,
    depth: 0,
    where: {
      and: [
        ...(selection.set ? [{ docCollection: { equals: selection.set } }] : []),
        ...updatedWithin(selection, 'deletedAt'),
        ...afterId,
      ],
    },
    sort: 'id',
    limit,
    pagination: false,
  })
  return docs.map((doc) => ({
    id: doc.id,
    updatedAt: doc.deletedAt,
    set: doc.docCollection as OaiSet,
    deleted: true,
    docId: doc.docId,
  }))
}

/** The sources a selection reads, by index: its set (or every set), then the deleted records. */
const sourcesOf = (selection: Selection) => [
  ...(selection.set ? [oaiSets.indexOf(selection.set)] : oaiSets.map((_, i) => i)),
  oaiSets.length,
]

/**
 * One page of a list from `position`: up to PAGE_SIZE rows across the sources in order, and where
 * the next page starts (null at the end). One row more is read than is given, so a next page is
 * announced only when there is something on it.
 */
export async function readPage(
  payload: Payload,
  position: ListPosition,
): Promise<{ rows: SourceRow[]; next: ListPosition | null }> {
  const order = sourcesOf(position.selection)
  const rows: (SourceRow & { source: number })[] = []
  // A token's source that this selection does not read leaves nothing to list.
  let index = order.includes(position.source) ? order.indexOf(position.source) : order.length
  let after = position.after
  while (index < order.length && rows.length <= PAGE_SIZE) {
    const wanted = PAGE_SIZE + 1 - rows.length
    const found = await readSource(payload, order[index], position.selection, after, wanted)
    rows.push(...found.map((row) => ({ ...row, source: order[index] })))
    if (found.length === wanted) break
    index += 1
    after = null
  }
  if (rows.length <= PAGE_SIZE) return { rows, next: null }
  const page = rows.slice(0, PAGE_SIZE)
  const last = page[PAGE_SIZE - 1]
  return {
    rows: page,
    next: {
      selection: position.selection,
      source: last.source,
      after: last.id,
      cursor: position.cursor + PAGE_SIZE,
    },
  }
}

export const startOf = (selection: Selection): ListPosition => ({
  selection,
  source: sourcesOf(selection)[0],
  after: null,
  cursor: 0,
})

export const headerOf = (row: SourceRow): Header => ({
  identifier: oaiIdentifier(row.set, row.docId ?? row.id),
  datestamp: formatDatestamp(row.updatedAt),
  set: row.set,
  ...(row.deleted && { deleted: true }),
})

/** Full records for rows: their headers, and the metadata of those not deleted. */
export async function recordsOf(payload: Payload, rows: SourceRow[]): Promise<OaiRecord[]> {
  const publisher = await siteNames(payload)
  const live = rows.filter((row) => !row.deleted)
  const docs = new Map<string, LocalizedDoc>()
  for (const set of new Set(live.map((row) => row.set))) {
    const read = await readInEachLocale(
      payload,
      set,
      live.filter((row) => row.set === set).map((row) => row.id),
    )
    for (const [id, doc] of read) docs.set(`${set}/${id}`, doc)
  }
  return rows.map((row) => {
    const header = headerOf(row)
    if (row.deleted) return { header }
    const doc = docs.get(`${row.set}/${row.id}`)
    return { header, metadata: doc ? dublinCore(row.set, doc, { publisher }) : [] }
  })
}

/**
 * One record by identifier: the document if a visitor may read it, its deleted header if it was
 * public once, null if the repository never had it.
 */
export async function findRecord(payload: Payload, identifier: string): Promise<OaiRecord | null> {
  const parsed = parseIdentifier(payload, identifier)
  if (!parsed) return null
  const { docs } = await payload.find({
    collection: parsed.set,
    ...asVisitor,
    where: { id: { equals: parsed.id } },
    limit: 1,
    pagination: false,
    select: { updatedAt: true },
  })
  if (docs[0]) {
    const [record] = await recordsOf(payload, [
      { id: docs[0].id, updatedAt: docs[0].updatedAt, set: parsed.set },
    ])
    return record
  }
  const deleted = await payload.find({
    collection: DELETED_RECORDS,
    overrideAccess: true,
    where: {
      and: [{ docCollection: { equals: parsed.set } }, { docId: { equals: parsed.id } }],
    },
    limit: 1,
    pagination: false,
  })
  const tombstone = deleted.docs[0]
  return tombstone
    ? {
        header: headerOf({
          id: tombstone.id,
          docId: tombstone.docId,
          updatedAt: tombstone.deletedAt,
          set: parsed.set,
          deleted: true,
        }),
      }
    : null
}

/** The oldest datestamp of any record, deleted ones included (Identify's earliestDatestamp). */
export async function earliestDatestamp(payload: Payload): Promise<string> {
  const oldest = await Promise.all([
    ...oaiSets.map((set) =>
      payload
        .find({
          collection: set,
          ...asVisitor,
          sort: 'updatedAt',
          limit: 1,
          pagination: false,
          select: { updatedAt: true },
        })
        .then(({ docs }) => docs[0]?.updatedAt),
    ),
    payload
      .find({
        collection: DELETED_RECORDS,
        overrideAccess: true,
        sort: 'deletedAt',
        limit: 1,
        pagination: false,
      })
      .then(({ docs }) => docs[0]?.deletedAt),
  ])
  const dates = oldest.filter((d): d is string => Boolean(d)).map((d) => Date.parse(d))
  return formatDatestamp(new Date(dates.length ? Math.min(...dates) : Date.now()))
}
