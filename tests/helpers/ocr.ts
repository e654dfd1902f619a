import { ensureDebianCommand, ensureDebianFile } from '@tests/helpers/debianPackage'
import { OCR_LANGUAGES } from '@/lib/documents/ocr'

const TESSDATA = '/usr/share/tesseract-ocr/5/tessdata'

/**
 * Debian's Tesseract with the archive's languages, installed with apt-get where this process may
 * (as the Dockerfile installs it for production).
 */
export function ensureOcr(): { ok: true } | { ok: false; reason: string } {
  const command = ensureDebianCommand('tesseract', 'tesseract-ocr')
  if (!command.ok) return command
  for (const language of OCR_LANGUAGES) {
    const data = ensureDebianFile(
      `${TESSDATA}/${language}.traineddata`,
      `tesseract-ocr-${language}`,
    )
    if (!data.ok) return data
  }
  return { ok: true }
}
