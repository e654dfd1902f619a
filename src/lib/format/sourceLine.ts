/** A source as the content model stores it (the project's `sources` field). */
export type SourceFields = { title: string; publisher?: string | null; date?: string | null }

/**
 * What the reader is told about a source beside its title, once: its date and its publisher, or
 * that the source names none: "(2020; publisher not named)", "(2014; Milli Məclis)". The title
 * carries neither, so nothing is said twice.
 */
export function sourceDetails(source: SourceFields, publisherNotNamed: string): string {
  const parts = [source.date?.trim(), source.publisher?.trim() || publisherNotNamed].filter(Boolean)
  return `(${parts.join('; ')})`
}
