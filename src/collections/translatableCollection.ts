import type { Access, CollectionConfig, Field } from 'payload'

import { canEdit } from '@/access/hasRole'
import { canTranslate } from '@/access/canTranslate'
import { editorOnlyFields } from '@/access/editorOnlyFields'
import { translationFields } from '@/fields/translationFields'
import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidatePublicSite'
import { trackTranslationStatus } from '@/hooks/trackTranslationStatus'
import { recordTranslationMemory } from '@/hooks/recordTranslationMemory'
import { contentGroup } from '@/i18n/adminLabels'

type Options = Omit<CollectionConfig, 'access' | 'fields' | 'custom'> & {
  fields: Field[]
  /** Who reads, where visitors may not read every document (media withheld with a person). */
  read?: Access
}

/**
 * What the public collections without drafts have in common (media, tags): anyone reads them,
 * editors make and delete them, translators translate them, and the Translations view lists them
 * with a status per locale. With no drafts, a save reaches the site at once, like a publish.
 * The collections with drafts, versions and search are `contentCollection`'s.
 */
export function translatableCollection({
  fields,
  admin,
  hooks,
  read = () => true,
  ...config
}: Options): CollectionConfig {
  return {
    ...config,
    access: { read, create: canEdit, update: canTranslate, delete: canEdit },
    admin: {
      group: contentGroup,
      ...admin,
      // As for content: a copied locale would make a translation look complete with az text in it.
      disableCopyToLocale: true,
    },
    custom: { translatable: true },
    fields: [...editorOnlyFields(fields), ...translationFields()],
    hooks: {
      ...hooks,
      // Translation status last, so it sees the data every other hook produced.
      beforeChange: [...(hooks?.beforeChange ?? []), trackTranslationStatus(fields)],
      afterChange: [...(hooks?.afterChange ?? []), recordTranslationMemory, revalidateAfterChange],
      afterDelete: [...(hooks?.afterDelete ?? []), revalidateAfterDelete],
    },
  }
}
