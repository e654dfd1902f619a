import { cache } from 'react'
import type { DataFromGlobalSlug, GlobalSlug } from 'payload'

import { defaultLocale, type Locale } from '@/i18n/locales'
import type { LocalizedValue } from '@/lib/translation/localize'
import { getPayloadClient } from '@/lib/payload/client'
import { cachedRead } from '@/lib/queries/cachedRead'
import { readContext, type ReadContext } from '@/lib/queries/readContext'

type PublicGlobal = Extract<GlobalSlug, 'site' | 'navigation' | 'facts' | 'home'>

export type LocalizedGlobal<T> = { raw: T; source: T }

/** A global in the visitor's locale without fallback, beside its az source (see `localize`). */
async function readGlobal<S extends PublicGlobal>(
  slug: S,
  locale: Locale,
  depth = 0,
): Promise<LocalizedGlobal<DataFromGlobalSlug<S>>> {
  const reader = await readContext()
  if (reader.draft) return readBoth(reader, slug, locale, depth)
  return cachedGlobal(slug, locale, depth) as Promise<LocalizedGlobal<DataFromGlobalSlug<S>>>
}

const cachedGlobal = cachedRead('global', (slug: PublicGlobal, locale: Locale, depth: number) =>
  readBoth({ draft: false, user: null }, slug, locale, depth),
)

async function readBoth<S extends PublicGlobal>(
  { draft, user }: ReadContext,
  slug: S,
  locale: Locale,
  depth: number,
): Promise<LocalizedGlobal<DataFromGlobalSlug<S>>> {
  const payload = await getPayloadClient()
  const read = (l: Locale) =>
    payload.findGlobal({
      slug,
      locale: l,
      fallbackLocale: false,
      draft,
      user,
      overrideAccess: false,
      depth,
    }) as Promise<DataFromGlobalSlug<S>>
  const raw = await read(locale)
  return { raw, source: locale === defaultLocale ? raw : await read(defaultLocale) }
}

/** The visitor's text when there is one, else the az source, with the language it is in. */
export function pickText(
  raw: string | null | undefined,
  source: string | null | undefined,
  locale: Locale,
): LocalizedValue<string> | null {
  if (raw?.trim()) return { value: raw, lang: locale }
  if (source?.trim()) return { value: source, lang: defaultLocale }
  return null
}

export const getSite = cache((locale: Locale) => readGlobal('site', locale))
export const getNavigation = cache((locale: Locale) => readGlobal('navigation', locale))
export const getFacts = cache((locale: Locale) => readGlobal('facts', locale))
export const getHome = cache((locale: Locale) => readGlobal('home', locale, 1))
