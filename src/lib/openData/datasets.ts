import type { CollectionSlug } from 'payload'

import type { Locale } from '@/i18n/locales'
import { jurisdictionName } from '@/lib/geo/jurisdictions'
import { statusOf, type FateClaim } from '@/lib/people/fates'
import { localePath } from '@/lib/routing/routes'
import { plainText } from '@/lib/search/sources'
import { relationId } from '@/lib/payload/documentId'

/**
 * The open data sets (docs/api.md). The schema is versioned: renaming or removing a field, or
 * changing its type or meaning, raises OPEN_DATA_SCHEMA_VERSION; adding a field does not.
 */
export const OPEN_DATA_SCHEMA_VERSION = 1

export type FieldType = 'string' | 'number' | 'boolean' | 'date' | 'string[]' | 'object[]'
type Doc = Record<string, unknown>
type Field = { name: string; type: FieldType; value: (doc: Doc, locale: Locale) => unknown }

export type Dataset = { collection: CollectionSlug; sort: string; fields: Field[] }

const str = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null)
const num = (value: unknown) => (typeof value === 'number' ? value : null)
/** The calendar day of a stored date: 1994-01-01 with precision `year` means "1994" (see the precision field). */
const day = (value: unknown) => (typeof value === 'string' && value ? value.slice(0, 10) : null)
const name = (code: unknown, locale: Locale) =>
  typeof code === 'string' && code ? jurisdictionName(code, locale) : null
const text = (value: unknown) => plainText(value).trim() || null
const sourceUrls = (doc: Doc) =>
  Array.isArray(doc.sources)
    ? doc.sources.map((s: { url?: unknown }) => str(s?.url)).filter((u): u is string => u !== null)
    : []
const rows = (value: unknown) => (Array.isArray(value) ? (value as Doc[]) : [])
/** A person's claims as visitors read them: what, when, how sure, where (the sources are in `sourceUrls` of the record). */
const fates = (doc: Doc) =>
  rows(doc.fates).map((fate) => ({
    fate: str(fate.fate),
    date: day(fate.date),
    datePrecision: day(fate.date) ? str(fate.datePrecision) : null,
    confidence: str(fate.confidence),
    place: str(fate.place),
  }))

const common = {
  id: { name: 'id', type: 'string', value: (doc: Doc) => String(doc.id) } satisfies Field,
  updatedAt: {
    name: 'updatedAt',
    type: 'date',
    value: (doc: Doc) => str(doc.updatedAt),
  } satisfies Field,
  sourceUrls: { name: 'sourceUrls', type: 'string[]', value: sourceUrls } satisfies Field,
}

export const datasets = {
  recognitions: {
    collection: 'recognitions',
    sort: 'date',
    fields: [
      common.id,
      { name: 'jurisdiction', type: 'string', value: (d) => str(d.jurisdiction) },
      { name: 'jurisdictionName', type: 'string', value: (d, l) => name(d.jurisdiction, l) },
      { name: 'level', type: 'string', value: (d) => str(d.level) },
      { name: 'recognisingBody', type: 'string', value: (d) => str(d.recognisingBody) },
      { name: 'bodyLevel', type: 'string', value: (d) => str(d.bodyLevel) },
      { name: 'date', type: 'date', value: (d) => day(d.date) },
      { name: 'datePrecision', type: 'string', value: (d) => str(d.datePrecision) },
      { name: 'term', type: 'string', value: (d) => str(d.term) },
      { name: 'originalObtained', type: 'boolean', value: (d) => d.originalObtained === true },
      {
        name: 'resolutionId',
        type: 'string',
        value: (d) => (relationId(d.resolution) === null ? null : String(relationId(d.resolution))),
      },
      { name: 'note', type: 'string', value: (d) => str(d.note) },
      { name: 'discrepancy', type: 'string', value: (d) => str(d.discrepancy) },
      common.sourceUrls,
      common.updatedAt,
    ],
  },
  resolutions: {
    collection: 'resolutions',
    sort: 'adoptedAt',
    fields: [
      common.id,
      { name: 'slug', type: 'string', value: (d) => str(d.slug) },
      {
        name: 'path',
        type: 'string',
        value: (d, l) => (str(d.slug) ? localePath(l, 'resolutions', str(d.slug)) : null),
      },
      { name: 'title', type: 'string', value: (d) => str(d.title) },
      { name: 'body', type: 'string', value: (d) => str(d.body) },
      { name: 'jurisdiction', type: 'string', value: (d) => str(d.jurisdiction) },
      { name: 'jurisdictionName', type: 'string', value: (d, l) => name(d.jurisdiction, l) },
      { name: 'adoptedAt', type: 'date', value: (d) => day(d.adoptedAt) },
      { name: 'adoptedAtPrecision', type: 'string', value: (d) => str(d.adoptedAtPrecision) },
      { name: 'referenceNumber', type: 'string', value: (d) => str(d.referenceNumber) },
      { name: 'kind', type: 'string', value: (d) => str(d.kind) },
      { name: 'summary', type: 'string', value: (d) => str(d.summary) },
      common.sourceUrls,
      common.updatedAt,
    ],
  },
  timeline: {
    collection: 'timeline-events',
    sort: 'date',
    fields: [
      common.id,
      { name: 'date', type: 'date', value: (d) => day(d.date) },
      { name: 'datePrecision', type: 'string', value: (d) => str(d.datePrecision) },
      { name: 'title', type: 'string', value: (d) => str(d.title) },
      { name: 'description', type: 'string', value: (d) => text(d.description) },
      common.sourceUrls,
      common.updatedAt,
    ],
  },
  monuments: {
    collection: 'monuments',
    sort: 'name',
    fields: [
      common.id,
      { name: 'slug', type: 'string', value: (d) => str(d.slug) },
      {
        name: 'path',
        type: 'string',
        value: (d, l) => (str(d.slug) ? localePath(l, 'monuments', str(d.slug)) : null),
      },
      { name: 'name', type: 'string', value: (d) => str(d.name) },
      { name: 'country', type: 'string', value: (d) => str(d.country) },
      { name: 'countryName', type: 'string', value: (d, l) => name(d.country, l) },
      { name: 'city', type: 'string', value: (d) => str(d.city) },
      { name: 'address', type: 'string', value: (d) => str(d.address) },
      { name: 'lat', type: 'number', value: (d) => num((d.coordinates as Doc | undefined)?.lat) },
      { name: 'lng', type: 'number', value: (d) => num((d.coordinates as Doc | undefined)?.lng) },
      {
        name: 'approximate',
        type: 'boolean',
        value: (d) => (d.coordinates as Doc | undefined)?.approximate === true,
      },
      { name: 'unveiledAt', type: 'date', value: (d) => day(d.unveiledAt) },
      { name: 'authors', type: 'string', value: (d) => str(d.authors) },
      common.sourceUrls,
      common.updatedAt,
    ],
  },
  // Read as a visitor (exportDataset): a hidden record is not there at all, and what a record does not
  // disclose (a living person's birth date, privacy, consent) is absent and comes out as null.
  people: {
    collection: 'people',
    sort: 'fullName',
    fields: [
      common.id,
      { name: 'slug', type: 'string', value: (d) => str(d.slug) },
      {
        name: 'path',
        type: 'string',
        value: (d, l) => (str(d.slug) ? localePath(l, 'people', str(d.slug)) : null),
      },
      { name: 'familyName', type: 'string', value: (d) => str(d.familyName) },
      { name: 'givenName', type: 'string', value: (d) => str(d.givenName) },
      { name: 'patronymic', type: 'string', value: (d) => str(d.patronymic) },
      { name: 'fullName', type: 'string', value: (d) => str(d.fullName) },
      {
        name: 'variants',
        type: 'string[]',
        value: (d) =>
          rows(d.variants)
            .map((v) => str(v.name))
            .filter((v): v is string => v !== null),
      },
      { name: 'born', type: 'date', value: (d) => day(d.born) },
      {
        name: 'bornPrecision',
        type: 'string',
        value: (d) => (day(d.born) ? str(d.bornPrecision) : null),
      },
      { name: 'age', type: 'number', value: (d) => num(d.age) },
      { name: 'gender', type: 'string', value: (d) => str(d.gender) },
      { name: 'birthplace', type: 'string', value: (d) => str(d.birthplace) },
      { name: 'fates', type: 'object[]', value: fates },
      {
        name: 'status',
        type: 'string[]',
        value: (d) => statusOf(d.fates as FateClaim[] | undefined).sequence,
      },
      {
        name: 'statusDisputed',
        type: 'string[]',
        value: (d) => statusOf(d.fates as FateClaim[] | undefined).disputed,
      },
      {
        name: 'monumentIds',
        type: 'string[]',
        value: (d) =>
          rows(d.memorials)
            .map((m) => relationId(m.monument))
            .filter((id) => id !== null)
            .map(String),
      },
      common.sourceUrls,
      common.updatedAt,
    ],
  },
} as const satisfies Record<string, Dataset>

export type DatasetName = keyof typeof datasets
export const datasetNames = Object.keys(datasets) as DatasetName[]
export const isDatasetName = (value: unknown): value is DatasetName =>
  typeof value === 'string' && value in datasets
