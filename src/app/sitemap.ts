import type { MetadataRoute } from 'next'

import { defaultLocale, localeCodes, type Locale } from '@/i18n/locales'
import { listPublishedPages } from '@/lib/queries/sitemap'
import { absoluteUrl } from '@/lib/routing/siteUrl'

// Read at request time: the build has no database, and a publish must show here at once.
export const dynamic = 'force-dynamic'

const sections = [
  '',
  '/articles',
  '/monuments',
  '/resolutions',
  '/recognitions',
  '/timeline',
  '/people',
]

/** Every published page in each locale it is published in, with its hreflang alternates (and x-default). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const docs = await listPublishedPages()
  const paths = [
    ...sections.map((path) => ({
      path,
      lastModified: undefined as string | undefined,
      locales: localeCodes,
    })),
    ...docs.map((doc) => ({
      path: doc.collection === 'pages' ? `/${doc.slug}` : `/${doc.collection}/${doc.slug}`,
      lastModified: doc.updatedAt,
      locales: doc.locales,
    })),
  ]
  const languages = (path: string, locales: Locale[]) => ({
    ...Object.fromEntries(locales.map((code) => [code, absoluteUrl(`/${code}${path}`)])),
    'x-default': absoluteUrl(`/${defaultLocale}${path}`),
  })
  // A document is listed in the locales it is published in, each naming only those.
  return paths.flatMap(({ path, lastModified, locales }) =>
    locales.map((locale) => ({
      url: absoluteUrl(`/${locale}${path}`),
      lastModified,
      alternates: { languages: languages(path, locales) },
    })),
  )
}
