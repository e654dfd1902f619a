import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { localeCodes, type Locale } from '@/i18n/locales'
import { readMarkdown, readSeedText, type MarkdownDoc } from '@/seed/markdown'

export const contentDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'content')

export type Trilingual = Record<Locale, string>

/** One document of the seed: the same file name in az, en and ru. */
export type SeedEntry = { name: string; docs: Record<Locale, MarkdownDoc> }

/** Every `<name>.<locale>.md` of a folder, grouped by name, sorted; a missing translation is an error. */
export async function readEntries(folder: string): Promise<SeedEntry[]> {
  const files = await fs.readdir(path.join(contentDir, folder))
  const names = [
    ...new Set(
      files.filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.(az|en|ru)\.md$/, '')),
    ),
  ].sort()
  return Promise.all(
    names.map(async (name) => {
      const docs = {} as Record<Locale, MarkdownDoc>
      for (const locale of localeCodes)
        docs[locale] = await readMarkdown(path.join(contentDir, folder, `${name}.${locale}.md`))
      return { name, docs }
    }),
  )
}

export async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readSeedText(path.join(contentDir, file))) as T
}

export type SeedSource = {
  key: string
  title: Trilingual
  publisher: string
  date: string
  url: string
}

/** A tag of `tags.json`: articles name it by its slug. */
export type SeedTag = { slug: string; name: Trilingual }

/** A name the archive renders one way in each language (the translators' glossary). */
export type SeedGlossaryTerm = { key: string; term: Trilingual }

export type SeedRecognition = {
  jurisdiction: string
  level: 'national' | 'subnational' | 'international'
  bodyLevel: 'plenary' | 'committee' | 'executive' | 'organisation'
  recognisingBody: Trilingual
  date: string
  term: 'genocide' | 'massacre' | 'tragedy' | 'crime-against-humanity' | 'other'
  originalObtained: boolean
  resolution: string
  note: Trilingual
}

export type SeedFacts = {
  figures: { key: string; value: number; label: Trilingual; note: Trilingual | null }[]
}

export type SeedGlobals = {
  site: {
    name: Trilingual
    tagline: Trilingual
    contactEmail: string
    social: { label: Trilingual; url: string }[]
  }
  navigation: Record<'header' | 'footer', { label: Trilingual; href: string }[]>
  home: { heroTitle: Trilingual; heroText: Trilingual; featured: string[] }
}
