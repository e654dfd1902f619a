import { unstable_cache } from 'next/cache'

/** Every cached public read carries this tag; any publish, unpublish or delete clears it (src/lib/cache/revalidate.ts). */
export const PUBLIC_CONTENT_TAG = 'public-content'

/**
 * What visitors read, cached as data: one entry per read and arguments, in Next's data cache (Redis
 * when several instances share it). The pages that render per request (they read the query string)
 * render from it; a cached page records its tag, so clearing the tag clears the page too. One tag
 * for all of it: publishing is rare, and a read that joins several collections (home, related
 * documents, media) can never be missed by a finer-grained tag. After a publish, every page that
 * renders again reads what the others already fetched. Draft-mode reads never come here
 * (findContent and globals call the reader directly).
 */
export function cachedRead<A extends unknown[], R>(
  name: string,
  read: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return (...args: A) =>
    unstable_cache(() => read(...args), [name, JSON.stringify(args)], {
      tags: [PUBLIC_CONTENT_TAG],
    })()
}
