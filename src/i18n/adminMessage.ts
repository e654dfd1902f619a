import type { PayloadRequest } from 'payload'

export type Trilingual = { az: string; en: string; ru: string }

/** A validation or error message in the admin user's interface language (az when unknown). */
export function adminMessage(
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  text: Trilingual,
): string {
  const language = req?.i18n?.language
  return language === 'en' || language === 'ru' ? text[language] : text.az
}
