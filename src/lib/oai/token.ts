import { OaiProtocolError, oaiSets, type Selection } from '@/lib/oai/protocol'
import { isOneOf } from '@/lib/content/collections'

/**
 * Where a list stopped: the selection it was asked for, the source it was reading (a set, then the
 * deleted records) and the last id it gave there. The list goes on from that id, not from an
 * offset, so documents published, edited or deleted between two pages neither repeat nor hide
 * others. Not secret and not signed: a forged token can only ask for what anyone may read.
 */
export type ListPosition = {
  selection: Selection
  /** Index in the list's sources (harvest.ts): each set in order, then the deleted records. */
  source: number
  after: number | string | null
  /** How many items the earlier pages gave: the token's `cursor`. */
  cursor: number
}

type Packed = {
  s?: string
  f?: string
  u?: string
  i: number
  a: number | string | null
  c: number
}

export function encodeToken({ selection, source, after, cursor }: ListPosition): string {
  const packed: Packed = {
    ...(selection.set && { s: selection.set }),
    ...(selection.from && { f: selection.from.toISOString() }),
    ...(selection.until && { u: selection.until.toISOString() }),
    i: source,
    a: after,
    c: cursor,
  }
  return Buffer.from(JSON.stringify(packed)).toString('base64url')
}

const bad = () =>
  new OaiProtocolError(
    'badResumptionToken',
    'This resumption token was not made by this repository, or is damaged: start the list again.',
  )

const isDate = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value))

export function decodeToken(token: string): ListPosition {
  if (!/^[\w-]{1,2000}$/.test(token)) throw bad()
  let packed: Partial<Packed>
  try {
    packed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<Packed>
  } catch {
    throw bad()
  }
  const { s, f, u, i, a, c } = packed ?? {}
  const valid =
    typeof packed === 'object' &&
    (s === undefined || isOneOf(oaiSets, s)) &&
    (f === undefined || isDate(f)) &&
    (u === undefined || isDate(u)) &&
    Number.isInteger(i) &&
    (i as number) >= 0 &&
    (a === null || typeof a === 'number' || (typeof a === 'string' && a.length <= 64)) &&
    Number.isInteger(c) &&
    (c as number) >= 0
  if (!valid) throw bad()
  return {
    selection: {
      metadataPrefix: 'oai_dc',
      ...(s && { set: s as Selection['set'] }),
      ...(f && { from: new Date(f) }),
      ...(u && { until: new Date(u) }),
    },
    source: i as number,
    after: a as ListPosition['after'],
    cursor: c as number,
  }
}
