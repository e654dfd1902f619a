import { defaultLocale, isLocale } from '@/i18n/locales'
import { docPath } from '@/lib/routing/routes'

type Doc = { id?: number | string; slug?: string | null } | null | undefined

/**
 * The admin's preview and live preview open the draft through /api/preview, which checks the
 * editor's session and enters Next's draft mode. Relative, so it works on any host the admin is on.
 */
export function previewUrl(collection: string, doc: Doc, locale: unknown): string | null {
  if (!doc?.id) return null
  const path = docPath(collection, doc, isLocale(locale) ? locale : defaultLocale)
  return `/api/preview?path=${encodeURIComponent(path)}`
}
