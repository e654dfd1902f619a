/**
 * The public origin for canonical URLs, sitemaps, feeds and citations. SERVER_URL in production;
 * in development and tests, localhost on the port Next listens on.
 */
export const siteUrl = (): string =>
  (process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '')

export const absoluteUrl = (path: string): string =>
  `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`
