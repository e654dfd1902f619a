import type { CollectionConfig, Field } from 'payload'

import { canEdit, isStaff } from '@/access/hasRole'
import { canTranslate } from '@/access/canTranslate'
import { editorOnlyFields } from '@/access/editorOnlyFields'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import type { Locale } from '@/i18n/locales'
import { revalidateDocument } from '@/hooks/revalidateDocument'
import { translatorsCannotPublish } from '@/hooks/translatorsCannotPublish'

type ContentDoc = { id: number | string; _status?: ('draft' | 'published') | null; slug?: string | null }

type Options = Omit<CollectionConfig, 'access' | 'fields' | 'versions'> & {
  fields: Field[]
  /** Public paths that show a document in a locale; every one is revalidated when it changes. */
  paths: (doc: ContentDoc, locale: Locale) => string[]
}

/**
 * What every content collection visitors read has in common: the access rules of design.md,
 * drafts with autosave, versions, scheduled publish, editor-only shared fields, and revalidation
 * of every page that shows the document, in every locale.
 */
export function contentCollection({ paths, fields, hooks, ...config }: Options): CollectionConfig {
  const revalidate = revalidateDocument<ContentDoc>({ paths })
  return {
    ...config,
    access: {
      read: publishedOrStaff,
      readVersions: isStaff,
      create: canEdit,
      update: canTranslate,
      delete: canEdit,
    },
    fields: editorOnlyFields(fields),
    hooks: {
      ...hooks,
      beforeChange: [translatorsCannotPublish, ...(hooks?.beforeChange ?? [])],
      afterChange: [...(hooks?.afterChange ?? []), revalidate.afterChange],
      afterDelete: [...(hooks?.afterDelete ?? []), revalidate.afterDelete],
    },
    versions: {
      drafts: { autosave: { interval: 2000 }, schedulePublish: true },
      maxPerDoc: 50,
    },
  }
}
