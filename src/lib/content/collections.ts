import type { CollectionSlug } from 'payload'

/**
 * The archive's published content: localized, versioned, read by the site, searched and linked
 * from rich text. The order is the one search lists results of equal rank in.
 */
export const contentCollections = [
  'articles',
  'monuments',
  'resolutions',
  'recognitions',
  'timeline-events',
  'pages',
  'people',
] as const satisfies readonly CollectionSlug[]
export type ContentSlug = (typeof contentCollections)[number]

/**
 * Every collection translators work on: the content, and the public collections without drafts
 * (`custom.translatable` in their config; a test keeps the two in step). A translation job lists
 * documents of these.
 */
export const translatableCollections = [
  ...contentCollections,
  'tags',
  'media',
] as const satisfies readonly CollectionSlug[]
export type TranslatableSlug = (typeof translatableCollections)[number]

/** Narrows a value to one of a list of string literals (a route parameter, a query value). */
export const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value)
