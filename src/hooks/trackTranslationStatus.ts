import type { CollectionBeforeChangeHook, Field } from 'payload'

import { storedAllLocales } from '@/lib/payload/storedAllLocales'
import { computeTranslationState } from '@/lib/translation/computeTranslationState'
import { assignRowIds, mergeLocale } from '@/lib/translation/localizedLeaves'

/**
 * Computes every save's translation status (docs/translation.md) and stores it in the document:
 * `translationEn` / `translationRu`, the public `translation` summary and the staff-only
 * `translationSources` (az hashes and the az text each translation was made from).
 */
export const trackTranslationStatus =
  (fields: Field[]): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req, collection }) => {
    const savedLocale = String(req.locale ?? 'az')
    const previous =
      operation === 'update' && originalDoc?.id !== undefined
        ? await storedAllLocales(req, collection.slug, originalDoc.id)
        : null
    assignRowIds(fields, data)
    const next = mergeLocale(fields, previous, data, savedLocale)
    const state = computeTranslationState({
      fields,
      next,
      previous,
      previousSources: (previous as { translationSources?: unknown } | null)?.translationSources,
      savedLocale,
    })
    return {
      ...data,
      translationEn: state.statuses.en,
      translationRu: state.statuses.ru,
      translation: state.summary,
      translationSources: state.sources,
    }
  }
