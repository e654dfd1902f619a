import { isLocale } from '@/i18n/locales'

/** Only paths of the public site may be previewed: `/az/...`, never another origin (`//evil`, `https:`). */
export function safePreviewPath(raw: string | null): string | null {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return null
  const [, locale] = raw.split('/')
  return isLocale(locale) ? raw : null
}
