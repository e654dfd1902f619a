import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { contentReader } from '@/lib/queries/findContent'

const events = contentReader('timeline-events', ['title'])

/** The whole chronology, oldest first, with the documents each event relates to. */
export const listTimelineEvents = cache((locale: Locale) => events.find(locale, { limit: 2000, sort: 'date', depth: 1 }))
