import { parse } from 'csv-parse/sync'

import type { Trilingual } from '@/i18n/adminMessage'
import { localeCodes, type Locale } from '@/i18n/locales'
import { parseCalendarDate, type DatePrecision } from '@/lib/format/preciseDate'
import {
  confidenceLevels,
  fateKinds,
  genders,
  thinConfirmedClaim,
  type Confidence,
  type FateKind,
  type Gender,
} from '@/lib/people/fates'
import { birthYearOf, duplicateKey } from '@/lib/people/duplicates'
import { privacyLevels, type Privacy } from '@/lib/people/privacy'
import { isSafeLinkUrl } from '@/lib/routing/safeUrl'

/**
 * The people CSV (docs/people.md, "Import and export"): one row per person. Export writes every
 * column; an import may leave columns out, and on an update a column that is absent leaves that
 * field as it is.
 */
export const nameParts = ['familyName', 'givenName', 'patronymic'] as const
export type NamePart = (typeof nameParts)[number]

export const peopleCsvColumns = [
  'id',
  ...(['az', 'ru', 'en'] as const).flatMap((l) => nameParts.map((p) => `${p}_${l}` as const)),
  'variants',
  'born',
  'gender',
  'age',
  ...localeCodes.map((l) => `birthplace_${l}` as const),
  'fates',
  'privacy',
  'sources',
  'status',
] as const
export type PeopleCsvColumn = (typeof peopleCsvColumns)[number]
const isColumn = (value: string): value is PeopleCsvColumn =>
  (peopleCsvColumns as readonly string[]).includes(value)

export const statuses = ['draft', 'published'] as const
export type Status = (typeof statuses)[number]

export type CsvSource = { title: string; url?: string }
export type CsvFate = {
  fate: FateKind
  date: string | null
  datePrecision: DatePrecision
  confidence: Confidence
  place: string | null
  sources: CsvSource[]
}
export type CsvVariant = { name: string; foundIn: string | null }
type Names = Partial<Record<NamePart, string | null>>

/** One row as read: only what its columns say; `present` tells an empty cell from an absent column. */
export type PersonRow = {
  /** The row's number as a spreadsheet shows it: the header is row 1. */
  row: number
  id: string | null
  names: Record<Locale, Names>
  birthplace: Partial<Record<Locale, string | null>>
  variants: CsvVariant[]
  born: { date: string; precision: DatePrecision } | null
  gender: Gender | null
  age: number | null
  fates: CsvFate[]
  privacy: Privacy | null
  sources: CsvSource[]
  status: Status
  present: ReadonlySet<PeopleCsvColumn>
  /** The duplicate rule's view of the row (duplicates.ts). */
  key: string
  birthYear: number | null
  fullName: string
}

export type ParsedRow = { person: PersonRow; problems: Trilingual[] }
export type ParsedFile =
  { ok: true; columns: PeopleCsvColumn[]; rows: ParsedRow[] } | { ok: false; error: Trilingual }

/** Lengths and counts the collection allows (src/collections/People), checked before anything is written. */
export const limits = {
  name: 120,
  birthplace: 200,
  variant: 200,
  foundIn: 300,
  variants: 40,
  fates: 20,
  place: 200,
  sourceTitle: 300,
  url: 2000,
} as const

// Cell syntax. A backslash takes the next character literally, so a value may hold ; @ | < > \.
const special = /[\\;@|<>]/g
export const escapeCell = (value: string) => value.replace(special, '\\$&')
const unescapeCell = (value: string) => value.replace(/\\(.)/g, '$1').trim()

/** Splits at `separator` where it is not escaped, keeping escapes for the next level. */
function split(text: string, separator: string): string[] {
  const parts: string[] = []
  let current = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '\\' && i + 1 < text.length) {
      current += ch + text[++i]
    } else if (ch === separator) {
      parts.push(current)
      current = ''
    } else current += ch
  }
  parts.push(current)
  return parts
}
const items = (cell: string, separator: string) =>
  split(cell, separator).filter((item) => item.trim() !== '')

/** A source as one item: `Title`, `Title <https://…>` or a bare `https://…` (its own title). */
export function formatSource({ title, url }: CsvSource): string {
  if (url && url === title) return escapeCell(url)
  return url ? `${escapeCell(title)} <${escapeCell(url)}>` : escapeCell(title)
}

type Problem = (msg: Trilingual) => void

const m = {
  badHeader: (unknown: string[]): Trilingual => ({
    az: `Naməlum sütun: ${unknown.join(', ')}. Sütunlar: ${peopleCsvColumns.join(', ')}.`,
    en: `Unknown column: ${unknown.join(', ')}. The columns are: ${peopleCsvColumns.join(', ')}.`,
    ru: `Неизвестный столбец: ${unknown.join(', ')}. Столбцы: ${peopleCsvColumns.join(', ')}.`,
  }),
  noFamilyColumn: {
    az: 'Faylda "familyName_az" sütunu yoxdur.',
    en: 'The file has no "familyName_az" column.',
    ru: 'В файле нет столбца "familyName_az".',
  },
  unreadable: (detail: string): Trilingual => ({
    az: `Fayl CSV kimi oxunmur: ${detail}`,
    en: `The file cannot be read as CSV: ${detail}`,
    ru: `Файл не читается как CSV: ${detail}`,
  }),
  empty: {
    az: 'Faylda başlıq sətri və ən azı bir adam olmalıdır.',
    en: 'The file needs a header row and at least one person.',
    ru: 'В файле нужны строка заголовков и хотя бы один человек.',
  },
  missingFamilyName: {
    az: 'Soyad (familyName_az) boşdur.',
    en: 'The az family name (familyName_az) is empty.',
    ru: 'Фамилия на az (familyName_az) не указана.',
  },
  badId: (value: string): Trilingual => ({
    az: `"id" yanlışdır: "${value}".`,
    en: `"id" is not a record id: "${value}".`,
    ru: `"id" не является идентификатором записи: "${value}".`,
  }),
  tooLong: (column: string, max: number): Trilingual => ({
    az: `${column}: ən çox ${max} simvol.`,
    en: `${column}: at most ${max} characters.`,
    ru: `${column}: не более ${max} символов.`,
  }),
  tooMany: (column: string, max: number): Trilingual => ({
    az: `${column}: ən çox ${max} element.`,
    en: `${column}: at most ${max} items.`,
    ru: `${column}: не более ${max} элементов.`,
  }),
  badDate: (column: string, value: string): Trilingual => ({
    az: `${column}: "${value}" tarix deyil (İİİİ, İİİİ-AA və ya İİİİ-AA-GG).`,
    en: `${column}: "${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD).`,
    ru: `${column}: «${value}» — не дата (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД).`,
  }),
  badChoice: (column: string, value: string, allowed: readonly string[]): Trilingual => ({
    az: `${column}: "${value}" naməlumdur; mümkün: ${allowed.join(', ')}.`,
    en: `${column}: "${value}" is unknown; one of: ${allowed.join(', ')}.`,
    ru: `${column}: «${value}» неизвестно; допустимо: ${allowed.join(', ')}.`,
  }),
  badAge: (value: string): Trilingual => ({
    az: `age: "${value}" 0 ilə 130 arasında tam ədəd deyil.`,
    en: `age: "${value}" is not a whole number from 0 to 130.`,
    ru: `age: «${value}» — не целое число от 0 до 130.`,
  }),
  badUrl: (value: string): Trilingual => ({
    az: `Mənbə URL-i http:// və ya https:// ilə başlamalıdır: "${value}".`,
    en: `A source URL must start with http:// or https://: "${value}".`,
    ru: `URL источника должен начинаться с http:// или https://: «${value}».`,
  }),
  thinConfirmed: (n: number): Trilingual => ({
    az: `${n}-ci tale: "confirmed" ən azı iki müstəqil mənbə tələb edir.`,
    en: `Fate ${n}: "confirmed" takes at least two independent sources.`,
    ru: `Судьба ${n}: «confirmed» требует не менее двух независимых источников.`,
  }),
  emptySpelling: {
    az: 'variants: yazılışı boş olan element var.',
    en: 'variants: an item has no spelling.',
    ru: 'variants: у элемента нет написания.',
  },
}

function parseSource(item: string, column: string, problem: Problem): CsvSource | null {
  const raw = item.trim()
  const withUrl = /^(.*?)\s*<((?:\\.|[^<>\\])+)>$/.exec(raw)
  const bare = /^https?:\/\/\S+$/i.test(raw)
  const title = unescapeCell(withUrl ? withUrl[1] : raw)
  const url = withUrl ? unescapeCell(withUrl[2]) : bare ? title : undefined
  if (url !== undefined) {
    if (!/^https?:\/\//i.test(url) || !isSafeLinkUrl(url)) problem(m.badUrl(url))
    if (url.length > limits.url) problem(m.tooLong(`${column} URL`, limits.url))
  }
  const sourceTitle = title || url || ''
  if (!sourceTitle) return null
  if (sourceTitle.length > limits.sourceTitle)
    problem(m.tooLong(`${column} title`, limits.sourceTitle))
  return url ? { title: sourceTitle, url } : { title: sourceTitle }
}

function parseFate(item: string, n: number, problem: Problem): CsvFate | null {
  const [kind = '', date = '', confidence = '', place = '', sources = ''] = split(item, '@')
  const fate = unescapeCell(kind)
  const column = `fates ${n}`
  if (!(fateKinds as readonly string[]).includes(fate)) {
    problem(m.badChoice(column, fate, fateKinds))
    return null
  }
  const dateText = unescapeCell(date)
  const parsedDate = dateText ? parseCalendarDate(dateText) : null
  if (dateText && !parsedDate) problem(m.badDate(column, dateText))
  const level = unescapeCell(confidence) || 'single'
  if (!(confidenceLevels as readonly string[]).includes(level))
    problem(m.badChoice(`${column} confidence`, level, confidenceLevels))
  const placeText = unescapeCell(place)
  if (placeText.length > limits.place) problem(m.tooLong(`${column} place`, limits.place))
  return {
    fate: fate as FateKind,
    date: parsedDate?.date ?? null,
    // Required by the collection: a claim without a date keeps the default.
    datePrecision: parsedDate?.precision ?? 'day',
    confidence: level as Confidence,
    place: placeText || null,
    sources: items(sources, '|')
      .map((s) => parseSource(s, column, problem))
      .filter((s): s is CsvSource => s !== null),
  }
}

function choice<T extends string>(
  value: string,
  column: string,
  allowed: readonly T[],
  problem: Problem,
): T | null {
  if (!value) return null
  if ((allowed as readonly string[]).includes(value)) return value as T
  problem(m.badChoice(column, value, allowed))
  return null
}

function readRow(
  cells: Record<string, string>,
  row: number,
  present: ReadonlySet<PeopleCsvColumn>,
): ParsedRow {
  const problems: Trilingual[] = []
  const problem: Problem = (msg) => problems.push(msg)
  const cell = (column: PeopleCsvColumn) => (cells[column] ?? '').trim()
  const bounded = (column: PeopleCsvColumn, max: number) => {
    const value = cell(column)
    if (value.length > max) problem(m.tooLong(column, max))
    return value || null
  }

  const id = cell('id') || null
  if (id && !/^[A-Za-z0-9]{1,64}$/.test(id)) problem(m.badId(id))

  const names = Object.fromEntries(
    localeCodes.map((locale) => [
      locale,
      Object.fromEntries(
        nameParts
          .filter((part) => present.has(`${part}_${locale}`))
          .map((part) => [part, bounded(`${part}_${locale}`, limits.name)]),
      ),
    ]),
  ) as Record<Locale, Names>
  if (!names.az.familyName) problem(m.missingFamilyName)

  const birthplace = Object.fromEntries(
    localeCodes
      .filter((locale) => present.has(`birthplace_${locale}`))
      .map((locale) => [locale, bounded(`birthplace_${locale}`, limits.birthplace)]),
  )

  const variants = items(cell('variants'), ';').map((item) => {
    const [name = '', foundIn = ''] = split(item, '|')
    const spelling = unescapeCell(name)
    const where = unescapeCell(foundIn)
    if (!spelling) problem(m.emptySpelling)
    if (spelling.length > limits.variant) problem(m.tooLong('variants', limits.variant))
    if (where.length > limits.foundIn) problem(m.tooLong('variants', limits.foundIn))
    return { name: spelling, foundIn: where || null }
  })
  if (variants.length > limits.variants) problem(m.tooMany('variants', limits.variants))

  const bornText = cell('born')
  const born = bornText ? parseCalendarDate(bornText) : null
  if (bornText && !born) problem(m.badDate('born', bornText))

  const ageText = cell('age')
  const age = ageText === '' ? null : Number(ageText)
  if (age !== null && !(Number.isInteger(age) && age >= 0 && age <= 130)) problem(m.badAge(ageText))

  const fates = items(cell('fates'), ';')
    .map((item, i) => parseFate(item, i + 1, problem))
    .filter((f): f is CsvFate => f !== null)
  if (fates.length > limits.fates) problem(m.tooMany('fates', limits.fates))
  const thin = thinConfirmedClaim(fates)
  if (thin >= 0) problem(m.thinConfirmed(thin + 1))

  const sources = items(cell('sources'), ';')
    .map((s) => parseSource(s, 'sources', problem))
    .filter((s): s is CsvSource => s !== null)

  const familyName = names.az.familyName ?? ''
  const givenName = names.az.givenName ?? ''
  return {
    person: {
      row,
      id,
      names,
      birthplace,
      variants,
      born,
      gender: choice(cell('gender'), 'gender', genders, problem),
      age: age !== null && Number.isInteger(age) ? age : null,
      fates,
      privacy: choice(cell('privacy'), 'privacy', privacyLevels, problem),
      sources,
      status: choice(cell('status'), 'status', statuses, problem) ?? 'draft',
      present,
      key: duplicateKey(familyName, givenName),
      birthYear: birthYearOf(born?.date),
      fullName: [familyName, givenName, names.az.patronymic ?? ''].filter(Boolean).join(' '),
    },
    problems,
  }
}

/**
 * Reads a people CSV (UTF-8, comma-separated, a header row) into rows and what is wrong with each,
 * without looking at the database: whether a row creates, updates or is refused for a duplicate
 * or an unknown id is decided against it (planImport.ts).
 */
export function parsePeopleCsv(text: string): ParsedFile {
  let records: string[][]
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
    }) as string[][]
  } catch (error) {
    return { ok: false, error: m.unreadable(error instanceof Error ? error.message : '') }
  }
  const [header, ...body] = records
  if (!header || body.length === 0) return { ok: false, error: m.empty }
  const columns = header.map((c) => c.trim())
  const unknown = columns.filter((c) => !isColumn(c))
  if (unknown.length) return { ok: false, error: m.badHeader(unknown) }
  if (!columns.includes('familyName_az')) return { ok: false, error: m.noFamilyColumn }
  const present = new Set(columns as PeopleCsvColumn[])
  return {
    ok: true,
    columns: columns as PeopleCsvColumn[],
    rows: body.map((cells, index) =>
      readRow(Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ''])), index + 2, present),
    ),
  }
}
