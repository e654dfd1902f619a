/**
 * The public origin for canonical URLs, sitemaps, feeds and citations. SERVER_URL in production;
 * in development and tests, localhost on the port Next listens on.
 */
export const siteUrl = (): string =>
  (process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '')

/** A path on this site as a full URL; a URL that is already absolute (a file in S3) stays as it is. */
export const absoluteUrl = (path: string): string =>
  /^https?:\/\//i.test(path) ? path : `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`
