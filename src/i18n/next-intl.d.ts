import type en from '@/i18n/messages/en.json'
import type { Locale } from '@/i18n/locales'

// Typed message keys and locales for next-intl's `useTranslations` and `getTranslations`.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale
    Messages: typeof en
  }
}
