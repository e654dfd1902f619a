import type { Payload, SanitizedCollectionConfig, SanitizedGlobalConfig } from 'payload'

import { JOB_STATS_GLOBAL } from '@/lib/jobs/jobStats'

/**
 * Collections that are not data: the migration log belongs to the target's schema (its own
 * migrations fill it), and edit locks are per admin session.
 */
const skipped = new Set(['payload-migrations', 'payload-locked-documents'])

/** Users and media first: most documents point at them. */
const firstOrder = ['users', 'media']

export function backedUpCollections(payload: Payload): SanitizedCollectionConfig[] {
  const all = Object.values(payload.collections)
    .map((c) => c.config)
    .filter((c) => !skipped.has(c.slug))
  const rank = (slug: string) =>
    firstOrder.includes(slug) ? firstOrder.indexOf(slug) : firstOrder.length
  return all.sort((a, b) => rank(a.slug) - rank(b.slug))
}

/** When each scheduled job last ran belongs to the server that runs them, not to the archive. */
const skippedGlobals = new Set([JOB_STATS_GLOBAL])

export const backedUpGlobals = (payload: Payload): SanitizedGlobalConfig[] =>
  payload.config.globals.filter((global) => !skippedGlobals.has(global.slug))

export const hasVersions = (config: { versions?: unknown }) => Boolean(config.versions)

/** Absolute folder of an upload collection's files, or null when it stores none on disk. */
export function uploadDir(config: SanitizedCollectionConfig): string | null {
  if (!config.upload) return null
  const dir = typeof config.upload === 'object' ? config.upload.staticDir : undefined
  return dir ?? null
}

/** Every file a document of an upload collection names: the original and each image size. */
export function filesOf(doc: Record<string, unknown>): string[] {
  const names = new Set<string>()
  if (typeof doc.filename === 'string' && doc.filename) names.add(doc.filename)
  const sizes = doc.sizes
  if (sizes && typeof sizes === 'object') {
    for (const size of Object.values(sizes as Record<string, { filename?: unknown }>)) {
      if (typeof size?.filename === 'string' && size.filename) names.add(size.filename)
    }
  }
  return [...names]
}
