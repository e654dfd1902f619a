import type { Access, CollectionConfig, Field } from 'payload'

import { canEdit, isStaff } from '@/access/hasRole'
import { previewUrl } from '@/lib/preview/previewUrl'
import { canTranslate } from '@/access/canTranslate'
import { editorOnlyFields } from '@/access/editorOnlyFields'
import { sourcePublishedOrStaff } from '@/access/publishedOrStaff'
import { translatorsWriteDraftsOnly } from '@/access/translatorsWriteDraftsOnly'
import { xliffCollectionEndpoints } from '@/endpoints/xliff'
import { translationFields } from '@/fields/translationFields'
import { withSourcePanels } from '@/fields/withSourcePanels'
import { contentGroup } from '@/i18n/adminLabels'
import { isSearchableCollection } from '@/lib/search/sources'
import {
  notePublishedLocale,
  revalidateAfterChange,
  revalidateAfterDelete,
} from '@/hooks/revalidatePublicSite'
import { trackTranslationStatus } from '@/hooks/trackTranslationStatus'
import { recordTranslationMemory } from '@/hooks/recordTranslationMemory'
import { searchIndexHooks } from '@/hooks/searchIndex'
import { deletedRecordHooks } from '@/hooks/deletedRecords'
import { contentCollections, isOneOf } from '@/lib/content/collections'

type Options = Omit<CollectionConfig, 'access' | 'fields' | 'versions'> & {
  fields: Field[]
  /** Who reads what, where visitors see less than every published document (people's privacy). */
  read?: Access
}

/**
 * What every content collection visitors read has in common: the access rules of docs/architecture.md ("Roles"),
 * drafts with autosave, versions, scheduled publish, editor-only shared fields, and revalidation
 * of every page that shows the document, in every locale, the search index (docs/search.md), and
 * the translator's workflow (docs/translation.md): status per locale, the az source beside each
 * localized field, XLIFF export and import.
 */
export function contentCollection({
  fields,
  hooks,
  admin,
  endpoints,
  read = sourcePublishedOrStaff,
  ...config
}: Options): CollectionConfig {
  const search = isSearchableCollection(config.slug) ? searchIndexHooks(config.slug) : null
  const deletions = isOneOf(contentCollections, config.slug)
    ? deletedRecordHooks(config.slug)
    : null
  return {
    ...config,
    admin: {
      group: contentGroup,
      ...admin,
      defaultColumns: admin?.defaultColumns && [
        ...admin.defaultColumns,
        'translationEn',
        'translationRu',
      ],
      // "Copy to locale" would make a translation look complete with az text in it. Payload has no
      // per-role switch, so it is off for everyone (its server function checks access anyway).
      disableCopyToLocale: true,
      preview: (doc, { locale }) =>
        previewUrl(config.slug, doc as { id?: number; slug?: string }, locale),
      livePreview: {
        url: ({ data, locale }) =>
          previewUrl(config.slug, data as { id?: number; slug?: string }, locale?.code) ?? '',
      },
    },
    access: {
      read,
      readVersions: isStaff,
      create: canEdit,
      update: canTranslate,
      delete: canEdit,
    },
    custom: { ...config.custom, translatable: true },
    endpoints: [...xliffCollectionEndpoints, ...(endpoints || [])],
    fields: [...withSourcePanels(editorOnlyFields(fields)), ...translationFields()],
    hooks: {
      ...hooks,
      beforeOperation: [
        translatorsWriteDraftsOnly,
        notePublishedLocale,
        ...(hooks?.beforeOperation ?? []),
      ],
      // Translation status last, so it sees the data every other hook produced.
      beforeChange: [...(hooks?.beforeChange ?? []), trackTranslationStatus(fields)],
      afterChange: [
        ...(hooks?.afterChange ?? []),
        ...(search ? [search.afterChange] : []),
        ...(deletions ? [deletions.afterChange] : []),
        recordTranslationMemory,
        revalidateAfterChange,
      ],
      afterDelete: [
        ...(hooks?.afterDelete ?? []),
        ...(search ? [search.afterDelete] : []),
        ...(deletions ? [deletions.afterDelete] : []),
        revalidateAfterDelete,
      ],
    },
    versions: {
      // `validate`: without it, Payload's create view saves an empty draft on every visit (and on
      // every prefetch of it) before the editor types a letter. With it, the first save makes the
      // document and autosave takes over from there.
      drafts: {
        // The button says what autosave does, and is what a translator has instead of Publish.
        autosave: { interval: 2000, showSaveDraftButton: true },
        localizeStatus: true,
        schedulePublish: true,
        validate: true,
      },
      maxPerDoc: 50,
    },
  }
}
