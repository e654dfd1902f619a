import type { Payload, PayloadRequest, RequestContext, TypedUser, Where } from 'payload'

import type { Trilingual } from '@/i18n/adminMessage'
import { translationLocales, type Locale } from '@/i18n/locales'
import { duplicateKey, isDuplicate } from '@/lib/people/duplicates'
import {
  nameParts,
  type CsvFate,
  type CsvSource,
  type ParsedRow,
  type PersonRow,
} from '@/lib/people/importCsv'

export type RowAction = 'create' | 'update' | 'refuse'
export type RowPlan = {
  row: number
  action: RowAction
  /** The record updated, or for a refused row with an id, the id it gave. */
  id: number | string | null
  fullName: string
  reasons: Trilingual[]
  /** Records (or earlier rows) this row would duplicate, by the duplicate rule. */
  duplicateOf: { id: number | string | null; row: number | null; fullName: string }[]
}
export type ImportPlan = {
  rows: RowPlan[]
  counts: Record<RowAction, number>
  /** The people that would be written: every row but the refused ones. */
  accepted: { person: PersonRow; id: number | string | null }[]
}

type Existing = {
  id: number | string
  fullName?: string | null
  familyName?: string | null
  givenName?: string | null
  nameKey?: string | null
  birthYear?: number | null
}

const reasons = {
  unknownId: (id: string): Trilingual => ({
    az: `"${id}" identifikatorlu qeyd yoxdur.`,
    en: `There is no record with id "${id}".`,
    ru: `Записи с id «${id}» нет.`,
  }),
  sameIdTwice: (row: number): Trilingual => ({
    az: `Bu id ${row}-ci sətirdə də var.`,
    en: `This id is also on row ${row}.`,
    ru: `Этот id уже есть в строке ${row}.`,
  }),
  duplicateRecord: (names: string): Trilingual => ({
    az: `Mövcud qeydin təkrarı ola bilər (eyni ad və doğum ili): ${names}. Həmin qeydi yeniləmək üçün onun id-sini yazın.`,
    en: `Possible duplicate of an existing record (same name and birth year): ${names}. To update that record, give its id.`,
    ru: `Возможный дубликат существующей записи (то же имя и год рождения): ${names}. Чтобы обновить её, укажите её id.`,
  }),
  duplicateRow: (row: number): Trilingual => ({
    az: `${row}-ci sətirdəki adamın təkrarı ola bilər (eyni ad və doğum ili).`,
    en: `Possible duplicate of the person on row ${row} (same name and birth year).`,
    ru: `Возможный дубликат человека из строки ${row} (то же имя и год рождения).`,
  }),
}

const CHUNK = 200
const chunks = <T>(list: T[]) =>
  Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) =>
    list.slice(i * CHUNK, (i + 1) * CHUNK),
  )

/** An id as the database keys it: a number on SQLite, a string on MongoDB; null when it cannot be one. */
function recordId(payload: Payload, id: string): number | string | null {
  if (payload.db.defaultIDType !== 'number') return id
  return /^\d{1,15}$/.test(id) ? Number(id) : null
}

async function findExisting(payload: Payload, where: Where) {
  const { docs } = await payload.find({
    collection: 'people',
    where,
    draft: true,
    locale: 'az',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { fullName: true, familyName: true, givenName: true, nameKey: true, birthYear: true },
  })
  return docs as unknown as Existing[]
}

/**
 * What an import would do with each row, read against the database but writing nothing: create,
 * update (a row with the id of a record) or refuse, and why. A row is refused for a problem in its
 * cells (importCsv.ts), an unknown id, or by the duplicate rule (duplicates.ts): the same name key
 * and birth year as an existing record or an earlier row. An update is checked only when it changes
 * the name or the birth year, so a file exported and imported again passes unchanged.
 */
export async function planImport(payload: Payload, parsed: ParsedRow[]): Promise<ImportPlan> {
  const ids = [
    ...new Set(
      parsed
        .map((r) => (r.person.id ? recordId(payload, r.person.id) : null))
        .filter((id): id is number | string => id !== null),
    ),
  ]
  const existingById = new Map<string, Existing>()
  for (const chunk of chunks(ids))
    for (const doc of await findExisting(payload, { id: { in: chunk } }))
      existingById.set(String(doc.id), doc)

  // The key and year each row leaves its record with: columns an update leaves out keep their value.
  const probes = parsed.map(({ person }) => {
    const existing = person.id ? existingById.get(String(recordId(payload, person.id))) : undefined
    const givenName = person.present.has('givenName_az')
      ? person.names.az.givenName
      : existing?.givenName
    const key = existing ? duplicateKey(person.names.az.familyName, givenName) : person.key
    const birthYear =
      existing && !person.present.has('born') ? (existing.birthYear ?? null) : person.birthYear
    const changed =
      !existing || existing.nameKey !== key || (existing.birthYear ?? null) !== birthYear
    return { existing, key, birthYear, changed }
  })
  const keys = [...new Set(probes.filter((p) => p.changed && p.key).map((p) => p.key))]
  const byKey = new Map<string, Existing[]>()
  for (const chunk of chunks(keys))
    for (const doc of await findExisting(payload, { nameKey: { in: chunk } }))
      byKey.set(doc.nameKey ?? '', [...(byKey.get(doc.nameKey ?? '') ?? []), doc])

  const rowById = new Map<string, number>()
  /** Earlier rows that set each key, by index: the duplicate rule within the file. */
  const earlierByKey = new Map<string, number[]>()
  const rows: RowPlan[] = parsed.map(({ person, problems }, index) => {
    const probe = probes[index]
    const plan: RowPlan = {
      row: person.row,
      action: person.id ? 'update' : 'create',
      id: probe.existing?.id ?? person.id,
      fullName: person.fullName,
      reasons: [...problems],
      duplicateOf: [],
    }
    if (person.id && !probe.existing) plan.reasons.push(reasons.unknownId(person.id))
    if (probe.existing) {
      const earlier = rowById.get(String(probe.existing.id))
      if (earlier !== undefined) plan.reasons.push(reasons.sameIdTwice(earlier))
      else rowById.set(String(probe.existing.id), person.row)
    }
    if (probe.changed && probe.key) {
      const records = (byKey.get(probe.key) ?? []).filter(
        (doc) =>
          String(doc.id) !== String(probe.existing?.id) &&
          isDuplicate(probe, { key: doc.nameKey ?? '', birthYear: doc.birthYear ?? null }),
      )
      if (records.length) {
        plan.duplicateOf.push(
          ...records.map((doc) => ({ id: doc.id, row: null, fullName: doc.fullName ?? '' })),
        )
        plan.reasons.push(
          reasons.duplicateRecord(records.map((d) => `#${d.id} ${d.fullName ?? ''}`).join(', ')),
        )
      }
      const twin = (earlierByKey.get(probe.key) ?? []).find((j) => isDuplicate(probe, probes[j]))
      // Only rows that set a key or year: an update that keeps them is in the database already.
      earlierByKey.set(probe.key, [...(earlierByKey.get(probe.key) ?? []), index])
      if (twin !== undefined) {
        plan.duplicateOf.push({
          id: probes[twin].existing?.id ?? null,
          row: parsed[twin].person.row,
          fullName: parsed[twin].person.fullName,
        })
        plan.reasons.push(reasons.duplicateRow(parsed[twin].person.row))
      }
    }
    if (plan.reasons.length) plan.action = 'refuse'
    return plan
  })
  const counts = { create: 0, update: 0, refuse: 0 }
  for (const row of rows) counts[row.action]++
  return {
    rows,
    counts,
    accepted: rows.flatMap((plan, index) =>
      plan.action === 'refuse' ? [] : [{ person: parsed[index].person, id: plan.id }],
    ),
  }
}

type Row = Record<string, unknown>

const sameSource = (a: Row, b: CsvSource) =>
  a.title === b.title && (a.url ?? null) === (b.url ?? null)

/** Sources as the file gives them, keeping a matching stored row (its id, publisher and date). */
function mergeSources(stored: unknown, given: CsvSource[]): Row[] {
  const rows = Array.isArray(stored) ? (stored as Row[]) : []
  const used = new Set<Row>()
  return given.map((source) => {
    const match = rows.find((r) => !used.has(r) && sameSource(r, source))
    if (match) used.add(match)
    return { ...(match ?? {}), title: source.title, url: source.url ?? null }
  })
}

const sameDay = (a: unknown, b: string | null) =>
  (typeof a === 'string' && a ? a.slice(0, 10) : null) === (b ? b.slice(0, 10) : null)

/**
 * Fates as the file gives them. A stored claim of the same kind and date keeps its row id, and so
 * its circumstances and its place in other languages, which the file does not carry.
 */
function mergeFates(stored: unknown, given: CsvFate[]): Row[] {
  const rows = Array.isArray(stored) ? (stored as Row[]) : []
  const used = new Set<Row>()
  return given.map((fate) => {
    const match = rows.find(
      (r) => !used.has(r) && r.fate === fate.fate && sameDay(r.date, fate.date),
    )
    if (match) used.add(match)
    return {
      ...(match ?? {}),
      fate: fate.fate,
      date: fate.date,
      datePrecision: fate.datePrecision,
      confidence: fate.confidence,
      place: fate.place,
      sources: mergeSources(match?.sources, fate.sources),
    }
  })
}

/** The az write of a row: every column it has (all of them for a new record). */
function azData(person: PersonRow, stored: Row | null): Row {
  const has = (column: Parameters<PersonRow['present']['has']>[0]) =>
    !stored || person.present.has(column)
  const data: Row = { _status: person.status }
  for (const part of nameParts) if (has(`${part}_az`)) data[part] = person.names.az[part] ?? null
  if (has('birthplace_az')) data.birthplace = person.birthplace.az ?? null
  if (has('variants')) data.variants = person.variants
  if (has('born')) {
    data.born = person.born?.date ?? null
    data.bornPrecision = person.born?.precision ?? 'day'
  }
  if (has('gender')) data.gender = person.gender
  if (has('age')) data.age = person.age
  if (has('fates')) data.fates = mergeFates(stored?.fates, person.fates)
  if (has('privacy')) data.privacy = person.privacy
  if (has('sources')) data.sources = mergeSources(stored?.sources, person.sources)
  return data
}

/** A translation's write: the names and birthplace the row gives in that locale, if any. */
function localeData(person: PersonRow, locale: Locale, isNew: boolean): Row | null {
  const data: Row = {}
  for (const part of nameParts)
    if (person.present.has(`${part}_${locale}`)) data[part] = person.names[locale][part] ?? null
  if (person.present.has(`birthplace_${locale}`))
    data.birthplace = person.birthplace[locale] ?? null
  const values = Object.values(data)
  if (!values.length || (isNew && values.every((v) => v === null))) return null
  return data
}

export type ApplyOptions = {
  /** Write as this user with access control on (the admin); without one, as the system (the CLI). */
  user?: TypedUser | null
  context?: RequestContext
  onProgress?: (done: number, total: number) => void
}
export type ApplyResult = {
  created: (number | string)[]
  updated: (number | string)[]
  /** Whether the writes were one transaction; without (MongoDB without a replica set) a failure is undone write by write. */
  transaction: boolean
}

/**
 * Writes a plan with no refused row: all of it or nothing. One transaction where the adapter has
 * them; where it has none, a failure deletes the records created and writes back what the updates
 * changed. Throws when the plan refuses a row or a write fails (a validation Payload does that the
 * file checks do not), after undoing.
 */
export async function applyImport(
  payload: Payload,
  plan: ImportPlan,
  { user, context, onProgress }: ApplyOptions = {},
): Promise<ApplyResult> {
  if (plan.counts.refuse > 0) throw new Error('The plan refuses rows: nothing is written.')
  const transactionID = (await payload.db.beginTransaction?.()) ?? null
  const req = (transactionID === null ? {} : { transactionID }) as Partial<PayloadRequest>
  const access = user ? { user, overrideAccess: false } : { overrideAccess: true }
  const common = { collection: 'people' as const, depth: 0, req, context, ...access }
  const created: (number | string)[] = []
  const updated: (number | string)[] = []
  const undo: (() => Promise<unknown>)[] = []

  const read = async (id: number | string, locale: Locale) =>
    (await payload.findByID({
      ...common,
      id,
      locale,
      fallbackLocale: false,
      draft: true,
    })) as unknown as Row
  const update = async (id: number | string, locale: Locale, data: Row, draft: boolean) => {
    if (transactionID === null) {
      const before = await read(id, locale)
      const previous = Object.fromEntries(Object.keys(data).map((k) => [k, before[k] ?? null]))
      // Written back as it was: published again if it was, a draft if the latest version was one.
      const wasDraft = before._status !== 'published'
      undo.push(() =>
        payload.update({
          ...common,
          id,
          locale,
          data: { ...previous, _status: wasDraft ? 'draft' : 'published' },
          draft: wasDraft,
          req: {},
        }),
      )
    }
    return payload.update({ ...common, id, locale, data, draft })
  }

  try {
    let done = 0
    onProgress?.(0, plan.accepted.length)
    for (const { person, id } of plan.accepted) {
      const draft = person.status === 'draft'
      let recordId = id
      if (recordId === null) {
        const doc = await payload.create({
          ...common,
          locale: 'az',
          data: azData(person, null) as never,
          draft,
        })
        recordId = doc.id
        created.push(doc.id)
        if (transactionID === null)
          undo.push(() => payload.delete({ ...common, id: doc.id, req: {} }))
      } else {
        await update(recordId, 'az', azData(person, await read(recordId, 'az')), draft)
        updated.push(recordId)
      }
      for (const locale of translationLocales) {
        const data = localeData(person, locale, id === null)
        if (data) await update(recordId, locale, { ...data, _status: person.status }, draft)
      }
      onProgress?.(++done, plan.accepted.length)
    }
    if (transactionID !== null) await payload.db.commitTransaction(transactionID)
    return { created, updated, transaction: transactionID !== null }
  } catch (error) {
    if (transactionID !== null) await payload.db.rollbackTransaction(transactionID)
    else for (const step of undo.reverse()) await step().catch(() => undefined)
    throw error
  }
}
