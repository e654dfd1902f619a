import type { Field, GlobalConfig } from 'payload'

import { canTranslate } from '@/access/canTranslate'
import { editorOnlyFields } from '@/access/editorOnlyFields'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { isStaff } from '@/access/hasRole'
import { translatorsWriteDraftsOnly } from '@/access/translatorsWriteDraftsOnly'
import { revalidateAfterChange } from '@/hooks/revalidatePublicSite'
import { contentGroup } from '@/i18n/adminLabels'

type Options = Omit<GlobalConfig, 'access' | 'fields' | 'versions' | 'hooks'> & { fields: Field[] }

/** The global counterpart of contentCollection: same roles, drafts, versions, revalidation. */
export const contentGlobal = ({ fields, admin, ...config }: Options): GlobalConfig => ({
  ...config,
  admin: { group: contentGroup, ...admin },
  access: { read: publishedOrStaff, readVersions: isStaff, update: canTranslate },
  fields: editorOnlyFields(fields),
  hooks: {
    beforeOperation: [translatorsWriteDraftsOnly],
    afterChange: [revalidateAfterChange],
  },
  versions: {
    drafts: {
      autosave: { interval: 2000, showSaveDraftButton: true },
      schedulePublish: true,
    },
    max: 50,
  },
})
