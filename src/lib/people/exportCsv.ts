import type { Payload, TypedUser } from 'payload'

import { localeCodes, type Locale } from '@/i18n/locales'
import { preciseDateAttr } from '@/lib/format/preciseDate'
import { toCsv } from '@/lib/openData/csv'
import {
  escapeCell,
  formatSource,
  nameParts,
  peopleCsvColumns,
  type CsvSource,
} from '@/lib/people/importCsv'

type Row = Record<string, unknown>
/** A localized field read with `locale: 'all'`: one value per locale. */
type PerLocale = Partial<Record<Locale, unknown>> | null | undefined

const str = (value: unknown) => (typeof value === 'string' ? value : '')
const inLocale = (value: unknown, locale: Locale) => str((value as PerLocale)?.[locale])
const list = (value: unknown) => (Array.isArray(value) ? (value as Row[]) : [])
const source = (row: Row): CsvSource => ({
  title: str(row.title),
  ...(str(row.url) ? { url: str(row.url) } : {}),
})
const dateCell = (date: unknown, precision: unknown) =>
  str(date)
    ? preciseDateAttr(str(date), precision === 'year' || precision === 'month' ? precision : 'day')
    : ''

/** One person as a CSV row in the import format (importCsv.ts), from a document read in every locale. */
export function personCsvRow(doc: Row): Record<string, string> {
  const cells: Record<string, string> = { id: String(doc.id) }
  for (const locale of localeCodes)
    for (const part of nameParts) cells[`${part}_${locale}`] = inLocale(doc[part], locale)
  for (const locale of localeCodes) cells[`birthplace_${locale}`] = inLocale(doc.birthplace, locale)
  cells.variants = list(doc.variants)
    .map((v) =>
      [escapeCell(str(v.name)), ...(str(v.foundIn) ? [escapeCell(str(v.foundIn))] : [])].join('|'),
    )
    .join('; ')
  cells.born = dateCell(doc.born, doc.bornPrecision)
  cells.gender = str(doc.gender)
  // The age a source states; one computed from the birth date is computed again on import.
  cells.age = doc.ageFromBirthDate !== true && typeof doc.age === 'number' ? String(doc.age) : ''
  cells.fates = list(doc.fates)
    .map((fate) =>
      [
        escapeCell(str(fate.fate)),
        dateCell(fate.date, fate.datePrecision),
        escapeCell(str(fate.confidence)),
        escapeCell(inLocale(fate.place, 'az')),
        list(fate.sources).map(source).map(formatSource).join('|'),
      ]
        .join('@')
        .replace(/@+$/, ''),
    )
    .join('; ')
  cells.privacy = str(doc.privacy)
  cells.sources = list(doc.sources).map(source).map(formatSource).join('; ')
  cells.status = str(doc._status) || 'draft'
  return cells
}

/**
 * Every person, drafts as their latest version, in the import format: what `importPeople` reads, so
 * an export imported again changes nothing. Staff data (privacy, living people's birth dates):
 * never for visitors, who have the open data set.
 */
export async function exportPeopleCsv(
  payload: Payload,
  { user }: { user?: TypedUser | null } = {},
): Promise<{ csv: string; count: number }> {
  const { docs } = await payload.find({
    collection: 'people',
    locale: 'all',
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'id',
    ...(user ? { user, overrideAccess: false } : { overrideAccess: true }),
  })
  const rows = (docs as unknown as Row[]).map(personCsvRow)
  return { csv: toCsv(peopleCsvColumns, rows), count: rows.length }
}
