import type { CollectionConfig } from 'payload'

import { canEdit } from '@/access/hasRole'
import { checkUploadContent } from '@/hooks/checkUploadContent'
import { moderationGroup } from '@/i18n/adminLabels'
import { submissionFileTypes } from '@/lib/submissions/model'

type Options = { staticDir: string }

/**
 * Photos and scans sent with submissions, kept apart from the media library in their own folder
 * and served to editors and admins only (Payload checks `read` before it sends a file): a visitor's
 * file reaches the public only when an editor copies it into the media library.
 */
export const createSubmissionFiles = ({ staticDir }: Options): CollectionConfig => ({
  slug: 'submission-files',
  labels: {
    singular: { az: 'Göndərilən fayl', en: 'Submitted file', ru: 'Присланный файл' },
    plural: { az: 'Göndərilən fayllar', en: 'Submitted files', ru: 'Присланные файлы' },
  },
  admin: { group: moderationGroup, useAsTitle: 'filename' },
  // Only the public form creates them (the Local API, after its checks); retention deletes them.
  access: { read: canEdit, create: () => false, update: () => false, delete: canEdit },
  hooks: { beforeOperation: [checkUploadContent(submissionFileTypes)] },
  upload: {
    staticDir,
    mimeTypes: submissionFileTypes,
    pasteURL: false,
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Content-Disposition', 'attachment')
      headers.set('Cache-Control', 'private, no-store')
      headers.set('X-Content-Type-Options', 'nosniff')
      return headers
    },
  },
  fields: [],
})
