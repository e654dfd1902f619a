import type { Field, GlobalConfig } from 'payload'

import { canTranslate } from '@/access/canTranslate'
import { editorOnlyFields } from '@/access/editorOnlyFields'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { isStaff } from '@/access/hasRole'
import { translatorsWriteDraftsOnly } from '@/access/translatorsWriteDraftsOnly'
import type { Locale } from '@/i18n/locales'
import { revalidateGlobal } from '@/hooks/revalidateGlobal'
import { translatorsCannotPublish } from '@/hooks/translatorsCannotPublish'

type Options = Omit<GlobalConfig, 'access' | 'fields' | 'versions' | 'hooks'> & {
  fields: Field[]
  paths?: (locale: Locale) => string[]
}

/** Layout of the whole site: every locale's layout is revalidated (`layout` type). */
const wholeSite = (locale: Locale) => [`/${locale}/layout`]

/** The global counterpart of contentCollection: same roles, drafts, versions, revalidation. */
export const contentGlobal = ({ fields, paths = wholeSite, ...config }: Options): GlobalConfig => ({
  ...config,
  access: { read: publishedOrStaff, readVersions: isStaff, update: canTranslate },
  fields: editorOnlyFields(fields),
  hooks: {
    beforeOperation: [translatorsWriteDraftsOnly],
    beforeChange: [translatorsCannotPublish],
    afterChange: [revalidateGlobal(paths)],
  },
  versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: true }, max: 50 },
})
