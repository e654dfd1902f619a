import type { CollectionBeforeOperationHook } from 'payload'

import { badRequest } from '@/lib/api/apiError'
import { adminMessage } from '@/i18n/adminMessage'

type Data = Record<string, unknown> | undefined

/**
 * `upload.pasteURL: false` closes only the paste-url endpoint: a create whose JSON carries `url`
 * and `filename` and no file still makes Payload fetch that address (it keeps the URL aside as an
 * "external upload source" and strips it from `data` before hooks run; its safe fetch blocks
 * private addresses with a 500 but fetches public ones). Editors upload files, so a create without
 * a file whose request names a URL is refused with 400 before anything is fetched. Updates and
 * duplicates re-read the stored file, never a URL, and are not affected.
 */
export const refuseUploadFromUrl: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' || req.file) return args
  const { data, duplicateFromID } = args as { data?: Data; duplicateFromID?: unknown }
  if (duplicateFromID !== undefined && duplicateFromID !== null) return args
  const requested = [data, req.data as Data]
  if (requested.some((d) => d && typeof d === 'object' && d.url !== undefined && d.url !== null)) {
    throw badRequest(
      adminMessage(req, {
        az: 'Fayllar URL ünvanından yüklənmir: faylın özünü yükləyin.',
        en: 'Uploads from a URL are off: upload the file itself.',
        ru: 'Загрузка по URL отключена: загрузите сам файл.',
      }),
    )
  }
  return args
}
