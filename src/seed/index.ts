import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import { localeCodes } from '@/i18n/locales'
import { markdownToLexical, readMarkdown } from '@/seed/markdown'

const contentDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'content')

/** Seeds never revalidate: they run outside a Next request, where Next's cache API throws. */
const context = { disableRevalidate: true }

const pageFiles = ['about'] as const

export type SeedCounts = Record<string, number>

async function seedPage(payload: Payload, name: string) {
  const [source, ...translations] = await Promise.all(
    localeCodes.map(async (locale) => ({
      locale,
      doc: await readMarkdown(path.join(contentDir, 'pages', `${name}.${locale}.md`)),
    })),
  )
  const existing = await payload.find({
    collection: 'pages',
    where: { title: { equals: source.doc.meta.title } },
    locale: source.locale,
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  if (existing.docs.length) return false

  const created = await payload.create({
    collection: 'pages',
    locale: source.locale,
    data: {
      title: source.doc.meta.title,
      content: await markdownToLexical(payload.config, source.doc.body),
      _status: 'published',
    },
    overrideAccess: true,
    context,
  })
  for (const { locale, doc } of translations) {
    await payload.update({
      collection: 'pages',
      id: created.id,
      locale,
      data: {
        title: doc.meta.title,
        content: await markdownToLexical(payload.config, doc.body),
        _status: 'published',
      },
      overrideAccess: true,
      context,
    })
  }
  return true
}

/** Builds the demo archive in az, en and ru. Safe to run twice: existing documents are kept. */
export async function seed(payload: Payload, log: (line: string) => void = (l) => payload.logger.info(l)) {
  for (const [i, name] of pageFiles.entries()) {
    const created = await seedPage(payload, name)
    log(`[seed] pages ${i + 1}/${pageFiles.length} ${name}${created ? '' : ' (already there)'}`)
  }
  return countAll(payload)
}

export async function countAll(payload: Payload): Promise<SeedCounts> {
  const { totalDocs: pages } = await payload.count({ collection: 'pages', overrideAccess: true })
  return { pages }
}

/** The collections the seed writes, emptied by `--reset`. */
const seededCollections = ['pages'] as const

export async function resetContent(payload: Payload, log: (line: string) => void = (l) => payload.logger.info(l)) {
  for (const collection of seededCollections) {
    const { docs } = await payload.delete({ collection, where: {}, overrideAccess: true, context })
    log(`[seed] reset: deleted ${docs.length} ${collection}`)
  }
}

export async function seedIfEmpty(payload: Payload) {
  const counts = await countAll(payload)
  if (Object.values(counts).some((n) => n > 0)) return
  payload.logger.info('[seed] empty database: seeding the demo archive in az, en and ru')
  await seed(payload)
}
