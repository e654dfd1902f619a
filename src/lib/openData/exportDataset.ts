import type { Payload, Where } from 'payload'

import { defaultLocale, type Locale } from '@/i18n/locales'
import { readPublishedLocales } from '@/lib/content/publishedLocales'
import {
  OPEN_DATA_SCHEMA_VERSION,
  datasets,
  type DatasetName,
  type FieldType,
} from '@/lib/openData/datasets'

export type OpenDataExport = {
  schemaVersion: number
  dataset: DatasetName
  locale: Locale
  generatedAt: string
  fields: { name: string; type: FieldType }[]
  count: number
  records: Record<string, unknown>[]
}

/**
 * Every published document of a data set, as visitors read it in the locale: untranslated text
 * falls back to az, and a document whose translation is not published is given in az, as on the
 * site. `overrideAccess: false`: drafts never leave the building.
 */
export async function exportDataset(
  payload: Payload,
  name: DatasetName,
  locale: Locale,
): Promise<OpenDataExport> {
  const dataset = datasets[name]
  const read = (where?: Where, inLocale: Locale = locale) =>
    payload.find({
      collection: dataset.collection,
      locale: inLocale,
      where,
      draft: false,
      depth: 0,
      pagination: false,
      limit: 0,
      sort: dataset.sort,
      overrideAccess: false,
    })
  let { docs } = await read()
  if (locale !== defaultLocale) {
    const ids = docs.map((doc) => doc.id)
    const published = await readPublishedLocales(payload, dataset.collection, ids)
    const held = ids.filter((id) => !published.get(String(id))?.includes(locale))
    if (held.length) {
      const az = await read({ id: { in: held } }, defaultLocale)
      const inAz = new Map(az.docs.map((doc) => [doc.id, doc]))
      docs = docs.map((doc) => inAz.get(doc.id) ?? doc)
    }
  }
  const records = docs.map((doc) =>
    Object.fromEntries(
      dataset.fields.map((field) => [
        field.name,
        field.value(doc as unknown as Record<string, unknown>, locale),
      ]),
    ),
  )
  return {
    schemaVersion: OPEN_DATA_SCHEMA_VERSION,
    dataset: name,
    locale,
    generatedAt: new Date().toISOString(),
    fields: dataset.fields.map(({ name: fieldName, type }) => ({ name: fieldName, type })),
    count: records.length,
    records,
  }
}
