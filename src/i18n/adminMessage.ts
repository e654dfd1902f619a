import type { PayloadRequest } from 'payload'

export type Trilingual = { az: string; en: string; ru: string }

/** The admin's interface language as one of ours (az when unknown). */
export const adminLanguage = (language: string | undefined): keyof Trilingual =>
  language === 'en' || language === 'ru' ? language : 'az'

/** A validation or error message in the admin user's interface language (az when unknown). */
export function adminMessage(
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  text: Trilingual,
): string {
  return text[adminLanguage(req?.i18n?.language)]
}
