import { fileTypeFromBuffer } from 'file-type'
import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { adminMessage } from '@/i18n/adminMessage'
import { cleanFileName } from '@/lib/format/fileName'

/** How people name the types an upload collection accepts. */
const typeNames: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/avif': 'AVIF',
  'application/pdf': 'PDF',
  'audio/mpeg': 'MP3',
  'video/mp4': 'MP4',
}

/**
 * Uploads are judged by their bytes, not their name or declared type: an HTML or SVG file renamed
 * `.jpg` is refused. File names lose path separators and control characters.
 */
export const checkUploadContent =
  (allowed: readonly string[]): CollectionBeforeOperationHook =>
  async ({ req, operation, args }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file?.data) return args

    const detected = await fileTypeFromBuffer(file.data)
    if (!detected || !allowed.includes(detected.mime)) {
      const found = detected?.mime ?? 'text or unknown'
      const names = allowed.map((type) => typeNames[type] ?? type).join(', ')
      throw new APIError(
        adminMessage(req, {
          az: `Bu fayl növü qəbul edilmir (${found}). İcazə verilənlər: ${names}.`,
          en: `This file type is not accepted (${found}). Allowed: ${names}.`,
          ru: `Этот тип файла не принимается (${found}). Разрешены: ${names}.`,
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
