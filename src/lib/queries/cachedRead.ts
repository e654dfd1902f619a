import { unstable_cache } from 'next/cache'

import { isLocale, localeCodes, type Locale } from '@/i18n/locales'

/** Every cached public read carries this tag; a change visitors see in every locale clears it (src/lib/cache/revalidate.ts). */
export const PUBLIC_CONTENT_TAG = 'public-content'

/**
 * What one locale's pages read. A translation published alone changes only its locale's pages, so
 * only this tag is cleared; a read not made for one locale (the sitemap) carries every locale's.
 */
export const localeTag = (locale: Locale) => `${PUBLIC_CONTENT_TAG}:${locale}`

/**
 * What visitors read, cached as data: one entry per read and arguments, in Next's data cache (Redis
 * when several instances share it). The pages that render per request (they read the query string)
 * render from it; a cached page records its tag, so clearing the tag clears the page too. One tag
 * for all of it: publishing is rare, and a read that joins several collections (home, related
 * documents, media) can never be missed by a finer-grained tag. After a publish, every page that
 * renders again reads what the others already fetched. Draft-mode reads never come here
 * (findContent and globals call the reader directly). A read whose first argument is a locale is
 * that locale's (`localeTag`).
 */
export function cachedRead<A extends unknown[], R>(
  name: string,
  read: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return (...args: A) =>
    unstable_cache(() => read(...args), [name, JSON.stringify(args)], {
      tags: [PUBLIC_CONTENT_TAG, ...(isLocale(args[0]) ? [args[0]] : localeCodes).map(localeTag)],
    })()
}
