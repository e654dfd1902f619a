import type { CollectionSlug, Payload } from 'payload'

import { figureKeys } from '@/globals/Facts'
import { localeCodes, type Locale } from '@/i18n/locales'
import { parsePreciseDate } from '@/lib/format/preciseDate'
import { slugify } from '@/lib/format/slugify'
import {
  readEntries,
  readJson,
  type SeedEntry,
  type SeedFacts,
  type SeedGlobals,
  type SeedRecognition,
  type SeedSource,
  type SeedGlossaryTerm,
  type SeedTag,
  type Trilingual,
} from '@/seed/content'
import { renderSeedImage, seedImages } from '@/seed/images'
import { markdownToLexical } from '@/seed/markdown'
import { rebuildMemory } from '@/lib/translation/memory'

/**
 * Seeds never revalidate: they run outside a Next request. Translation memory is built once at the
 * end rather than queued per document. A new object per call, since Payload writes into it.
 */
const context = () => ({ disableRevalidate: true, skipTranslationMemory: true })

type Log = (line: string) => void
type Id = number | string
type Data = Record<string, unknown>
type Ref = { relationTo: CollectionSlug; value: Id }

/** The content folders and the collections they fill, in the order references need. */
const folders = {
  resolutions: 'resolutions',
  articles: 'articles',
  monuments: 'monuments',
  pages: 'pages',
  timeline: 'timeline-events',
} as const satisfies Record<string, CollectionSlug>

export const seededCollections = [
  'media',
  'tags',
  'glossary',
  'resolutions',
  'articles',
  'monuments',
  'recognitions',
  'pages',
  'timeline-events',
] as const

class Seeder {
  /** `collection/name` → id, for `related` and `featured` references. */
  private refs = new Map<string, Ref>()
  created = 0

  constructor(
    private payload: Payload,
    readonly log: Log,
    private sources: Data[],
  ) {}

  setRef(key: string, ref: Ref) {
    this.refs.set(key, ref)
  }

  ref(key: string): Ref {
    const ref = this.refs.get(key)
    if (!ref) throw new Error(`[seed] unknown reference "${key}"`)
    return ref
  }

  /** A comma-separated list of `collection/name` keys, or of names in `folder`. */
  refsOf(list: string | undefined, folder?: string): Ref[] {
    return (list ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((key) => this.ref(folder ? `${folder}/${key}` : key))
  }

  /**
   * Creates the document in az and adds en and ru, all published, unless `existing` finds it
   * (running the seed twice changes nothing).
   */
  async upsert(
    collection: CollectionSlug,
    key: string,
    existing: Data,
    shared: Data,
    localized: Record<Locale, Data>,
  ) {
    const found = await this.payload.find({
      collection,
      where: existing as never,
      locale: 'az',
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    let id = found.docs[0]?.id as Id | undefined
    // Published at once where the collection has drafts; a tag has none.
    const status = this.payload.collections[collection].config.versions?.drafts
      ? { _status: 'published' }
      : {}
    if (id === undefined) {
      const doc = await this.payload.create({
        collection,
        locale: 'az',
        data: { ...shared, ...localized.az, ...status } as never,
        overrideAccess: true,
        context: context(),
      })
      id = doc.id as Id
      for (const locale of localeCodes.filter((l) => l !== 'az')) {
        await this.payload.update({
          collection,
          id,
          locale,
          data: { ...localized[locale], ...status } as never,
          overrideAccess: true,
          context: context(),
        })
      }
      this.created++
    }
    this.refs.set(key, { relationTo: collection, value: id })
    return id
  }

  lexical = (markdown: string) => markdownToLexical(this.payload.config, markdown)

  /** Runs `build` for each entry with a progress line per document. */
  async each<T>(label: string, items: T[], build: (item: T) => Promise<unknown>) {
    for (const [i, item] of items.entries()) {
      await build(item)
      this.log(`[seed] ${label} ${i + 1}/${items.length}`)
    }
  }

  get sourceList() {
    return this.sources
  }
}

const perLocale = async (
  entry: SeedEntry,
  build: (meta: Record<string, string>, body: string, locale: Locale) => Promise<Data> | Data,
) => {
  const out = {} as Record<Locale, Data>
  for (const locale of localeCodes)
    out[locale] = await build(entry.docs[locale].meta, entry.docs[locale].body, locale)
  return out
}

const dateOf = (value: string | undefined) => (value ? parsePreciseDate(value) : null)

const trilingual = (value: Trilingual, build: (text: string, locale: Locale) => Data) =>
  Object.fromEntries(localeCodes.map((locale) => [locale, build(value[locale], locale)])) as Record<
    Locale,
    Data
  >

async function seedMedia(s: Seeder, payload: Payload) {
  await s.each('media', seedImages, async (image) => {
    const filename = `${image.name}.png`
    const found = await payload.find({
      collection: 'media',
      where: { filename: { equals: filename } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (found.docs[0]) {
      s.setRef(`media/${image.name}`, { relationTo: 'media', value: found.docs[0].id })
      return
    }
    const data = await renderSeedImage(image)
    const doc = await payload.create({
      collection: 'media',
      locale: 'az',
      data: { alt: image.alt.az, caption: image.caption.az },
      file: { data, mimetype: 'image/png', name: filename, size: data.length },
      overrideAccess: true,
      context: context(),
    })
    for (const locale of ['en', 'ru'] as const) {
      await payload.update({
        collection: 'media',
        id: doc.id,
        locale,
        data: { alt: image.alt[locale], caption: image.caption[locale] },
        overrideAccess: true,
        context: context(),
      })
    }
    s.setRef(`media/${image.name}`, { relationTo: 'media', value: doc.id })
    s.created++
  })
}

type SeedOptions = {
  log?: Log
  /** Rewrite the globals even when they have content (after `--reset`). */ overwriteGlobals?: boolean
}

/** Builds the demo archive in az, en and ru from `src/seed/content`. Safe to run twice. */
export async function seed(
  payload: Payload,
  { log = (l) => payload.logger.info(l), overwriteGlobals = false }: SeedOptions = {},
) {
  const [sourcesJson, recognitions, notes, facts, globals, tags, glossary] = await Promise.all([
    readJson<SeedSource[]>('sources.json'),
    readJson<SeedRecognition[]>('recognitions.json'),
    readJson<{ usStates: Trilingual }>('recognitions-notes.json'),
    readJson<SeedFacts>('facts.json'),
    readJson<SeedGlobals>('globals.json'),
    readJson<SeedTag[]>('tags.json'),
    readJson<SeedGlossaryTerm[]>('glossary.json'),
  ])
  // A source's title is kept in its own language: the report the seed comes from is in English.
  const sources = sourcesJson.map((src) => ({
    title: src.title.en,
    publisher: src.publisher || undefined,
    date: src.date || undefined,
    url: src.url || undefined,
  }))
  const s = new Seeder(payload, log, sources)

  await seedMedia(s, payload)

  await s.each('tags', tags, (tag) =>
    s.upsert(
      'tags',
      `tags/${tag.slug}`,
      { slug: { equals: tag.slug } },
      { slug: tag.slug },
      trilingual(tag.name, (name) => ({ name })),
    ),
  )

  // The names as the demo texts render them in each language.
  await s.each('glossary terms', glossary, (entry) =>
    s.upsert(
      'glossary',
      `glossary/${entry.key}`,
      { term: { equals: entry.term.az } },
      {},
      trilingual(entry.term, (term) => ({ term })),
    ),
  )

  await s.each('resolutions', await readEntries('resolutions'), async (entry) => {
    const az = entry.docs.az.meta
    const adopted = dateOf(az.adoptedAt)
    await s.upsert(
      folders.resolutions,
      `resolutions/${entry.name}`,
      { slug: { equals: slugify(az.title) } },
      {
        jurisdiction: az.jurisdiction,
        adoptedAt: adopted?.date,
        adoptedAtPrecision: adopted?.precision,
        referenceNumber: az.referenceNumber || undefined,
        kind: az.kind,
        sources,
      },
      await perLocale(entry, async (meta, body) => ({
        title: meta.title,
        body: meta.body,
        summary: meta.summary,
        fullText: await s.lexical(body),
      })),
    )
  })

  await s.each('articles', await readEntries('articles'), async (entry) => {
    const az = entry.docs.az.meta
    await s.upsert(
      folders.articles,
      `articles/${entry.name}`,
      { slug: { equals: slugify(az.title) } },
      {
        publishedAt: dateOf(az.publishedAt)?.date,
        tags: s.refsOf(az.tags, 'tags').map((ref) => ref.value),
        heroImage:
          entry.name === 'victims-in-figures'
            ? s.ref('media/victims-613-dots').value
            : s.ref('media/red-carnation').value,
        sources,
      },
      await perLocale(entry, async (meta, body) => ({
        title: meta.title,
        excerpt: meta.excerpt,
        content: await s.lexical(body),
      })),
    )
  })

  await s.each('monuments', await readEntries('monuments'), async (entry) => {
    const az = entry.docs.az.meta
    await s.upsert(
      folders.monuments,
      `monuments/${entry.name}`,
      { slug: { equals: slugify(az.name) } },
      {
        country: az.country,
        // The source names the district, not the site: the marker is approximate and says so.
        coordinates: { lat: Number(az.lat), lng: Number(az.lng), approximate: true },
        unveiledAt: dateOf(az.unveiledAt)?.date,
        sources,
      },
      await perLocale(entry, async (meta, body) => ({
        name: meta.name,
        city: meta.city,
        address: meta.address || undefined,
        description: await s.lexical(body),
      })),
    )
  })

  await s.each('recognitions', recognitions, async (r) => {
    const date = dateOf(r.date)
    await s.upsert(
      'recognitions',
      `recognitions/${r.jurisdiction}`,
      {
        and: [
          { jurisdiction: { equals: r.jurisdiction } },
          { recognisingBody: { equals: r.recognisingBody.az } },
        ],
      },
      {
        jurisdiction: r.jurisdiction,
        level: r.level,
        bodyLevel: r.bodyLevel,
        date: date?.date,
        datePrecision: date?.precision ?? 'year',
        term: r.term,
        originalObtained: r.originalObtained,
        resolution: r.resolution ? s.ref(`resolutions/${r.resolution}`).value : undefined,
        sources,
      },
      trilingual(r.recognisingBody, (body, locale) => ({
        recognisingBody: body,
        note: r.note[locale],
      })),
    )
  })

  await s.each('pages', await readEntries('pages'), async (entry) => {
    await s.upsert(
      folders.pages,
      `pages/${entry.name}`,
      { slug: { equals: slugify(entry.docs.az.meta.title) } },
      {},
      await perLocale(entry, async (meta, body) => ({
        title: meta.title,
        content: await s.lexical(body),
      })),
    )
  })

  await s.each('timeline events', await readEntries('timeline'), async (entry) => {
    const az = entry.docs.az.meta
    const date = dateOf(az.date)
    if (!date || az.precision !== date.precision)
      throw new Error(
        `[seed] timeline/${entry.name}: date "${az.date}" does not match precision "${az.precision}"`,
      )
    await s.upsert(
      folders.timeline,
      `timeline/${entry.name}`,
      { title: { equals: az.title } },
      { date: date.date, datePrecision: date.precision, related: s.refsOf(az.related), sources },
      await perLocale(entry, async (meta, body) => ({
        title: meta.title,
        description: await s.lexical(body),
      })),
    )
  })

  await seedGlobals(payload, s, { facts, globals, notes, overwrite: overwriteGlobals })
  await rebuildMemory(payload)
  s.log('[seed] translation memory from the published translations')
  const counts = await countAll(payload)
  log(`[seed] ${s.created} documents created`)
  return counts
}

type GlobalSeed = {
  facts: SeedFacts
  globals: SeedGlobals
  notes: { usStates: Trilingual }
  overwrite: boolean
}

async function seedGlobals(
  payload: Payload,
  s: Seeder,
  { facts, globals, notes, overwrite }: GlobalSeed,
) {
  const update = async (
    slug: 'site' | 'navigation' | 'facts' | 'home',
    build: (locale: Locale) => Data,
    already: (doc: Data) => boolean,
  ) => {
    const current = (await payload.findGlobal({
      slug,
      locale: 'az',
      depth: 0,
      overrideAccess: true,
    })) as unknown as Data
    if (!overwrite && already(current)) return
    for (const locale of localeCodes) {
      await payload.updateGlobal({
        slug,
        locale,
        data: { ...build(locale), _status: 'published' } as never,
        overrideAccess: true,
        context: context(),
      })
    }
    s.created++
  }

  for (const figure of facts.figures) {
    if (!(figureKeys as readonly string[]).includes(figure.key))
      throw new Error(`[seed] unknown figure key ${figure.key}`)
  }

  // Arrays are shared across locales: az writes the rows, en and ru only their own texts, by row id.
  await update(
    'facts',
    (locale) => ({
      figures: facts.figures.map((f, i) => ({
        id: `figure-${i}`,
        key: f.key,
        value: f.value,
        label: f.label[locale],
        note: f.note?.[locale],
        sources: s.sourceList,
      })),
      statements: [
        {
          id: 'statement-us-states',
          key: 'us-states',
          text: notes.usStates[locale],
          sources: s.sourceList,
        },
      ],
    }),
    (doc) => Array.isArray(doc.figures) && doc.figures.length > 0,
  )
  await update(
    'site',
    (locale) => ({
      name: globals.site.name[locale],
      tagline: globals.site.tagline[locale],
      contactEmail: globals.site.contactEmail || undefined,
    }),
    (doc) => Boolean(doc.name),
  )
  await update(
    'navigation',
    (locale) => ({
      header: globals.navigation.header.map((l, i) => ({
        id: `header-${i}`,
        label: l.label[locale],
        href: l.href,
      })),
      footer: globals.navigation.footer.map((l, i) => ({
        id: `footer-${i}`,
        label: l.label[locale],
        href: l.href,
      })),
    }),
    (doc) => Array.isArray(doc.header) && doc.header.length > 0,
  )
  await update(
    'home',
    (locale) => ({
      heroTitle: globals.home.heroTitle[locale],
      heroText: globals.home.heroText[locale],
      heroImage: s.ref('media/victims-613-dots').value,
      featured: globals.home.featured.map((key) => s.ref(key)),
    }),
    (doc) => Boolean(doc.heroTitle),
  )
  s.log('[seed] globals: facts, site, navigation, home')
}

export type SeedCounts = Record<string, number>

export async function countAll(payload: Payload): Promise<SeedCounts> {
  const counts: SeedCounts = {}
  for (const collection of seededCollections) {
    counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  }
  return counts
}

/** Empties the collections the seed writes (`npm run seed -- --reset`); users are kept, globals are rewritten by the seed. */
export async function resetContent(payload: Payload, log: Log = (l) => payload.logger.info(l)) {
  for (const collection of [...seededCollections].reverse()) {
    const { docs } = await payload.delete({
      collection,
      where: { id: { exists: true } },
      overrideAccess: true,
      context: context(),
    })
    log(`[seed] reset: deleted ${docs.length} ${collection}`)
  }
}

export async function seedIfEmpty(payload: Payload) {
  const counts = await countAll(payload)
  if (Object.values(counts).some((n) => n > 0)) return
  payload.logger.info('[seed] empty database: seeding the demo archive in az, en and ru')
  await seed(payload)
}
