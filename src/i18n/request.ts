import { getRequestConfig } from 'next-intl/server'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { getMessages } from '@/i18n/messages'

/** next-intl's per-request configuration: the `[locale]` segment picks the message file. */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = isLocale(requested) ? requested : defaultLocale
  // Dates of 1992 and of the decrees are Baku dates: format them in Baku's time zone everywhere.
  return { locale, messages: getMessages(locale), timeZone: 'Asia/Baku' }
})
