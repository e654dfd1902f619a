import { fileTypeFromBuffer } from 'file-type'
import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { allowedMimeTypes } from '@/collections/Media/mimeTypes'
import { adminMessage } from '@/i18n/adminMessage'

/**
 * Uploads are judged by their bytes, not their name or declared type: an HTML or SVG file renamed
 * `.jpg` is refused. File names lose path separators and control characters.
 */
export const checkUploadContent: CollectionBeforeOperationHook = async ({
  req,
  operation,
  args,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file?.data) return args

  const detected = await fileTypeFromBuffer(file.data)
  if (!detected || !(allowedMimeTypes as readonly string[]).includes(detected.mime)) {
    const found = detected?.mime ?? 'text or unknown'
    throw new APIError(
      adminMessage(req, {
        az: `Bu fayl növü qəbul edilmir (${found}). İcazə verilənlər: JPEG, PNG, WebP, AVIF, PDF, MP3, MP4.`,
        en: `This file type is not accepted (${found}). Allowed: JPEG, PNG, WebP, AVIF, PDF, MP3, MP4.`,
        ru: `Этот тип файла не принимается (${found}). Разрешены: JPEG, PNG, WebP, AVIF, PDF, MP3, MP4.`,
      }),
      415,
      undefined,
      true,
    )
  }
  file.mimetype = detected.mime
  file.name = cleanFileName(file.name, detected.ext)
  return args
}

/** "../../etc/passwd\u0000.jpg" → "etc-passwd.jpg"; the extension follows the detected content. */
export function cleanFileName(name: string, ext: string): string {
  const base = name
    .replace(/\.[^./\\]*$/, '')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/^[.\-\s]+|[.\-\s]+$/g, '')
    .replace(/\s+/g, '-')
    .slice(0, 120)
  return `${base || 'file'}.${ext}`
}
