import az from '@/i18n/messages/az.json'
import en from '@/i18n/messages/en.json'
import ru from '@/i18n/messages/ru.json'
import type { Locale } from '@/i18n/locales'

export type Messages = typeof az

const catalog: Record<Locale, Messages> = { az, en, ru }

export const getMessages = (locale: Locale): Messages => catalog[locale]
