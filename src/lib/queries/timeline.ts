import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { contentReader } from '@/lib/queries/findContent'

const events = contentReader('timeline-events', ['title'])

/** Events per page of the chronology: it grows by the hundreds, each with its text. */
export const TIMELINE_PER_PAGE = 100

// Oldest first; the id settles events of one day, so an event is on the same page in every query.
const order = ['date', 'id']

/** One page of the chronology, oldest first, with the documents each event relates to. */
export const listTimelineEvents = cache((locale: Locale, page = 1) => events.find(locale, { page, limit: TIMELINE_PER_PAGE, sort: order, depth: 1 }))

/**
 * The page of the chronology that shows an event, for links to one event; null when it is not
 * shown. Read as the page reads (drafts count in draft mode), so a preview finds a draft event.
 */
export const timelinePageOf = cache(async (locale: Locale, id: string): Promise<number | null> => {
  const { docs } = await events.find(locale, { pagination: false, sort: order, depth: 0, select: { date: true } })
  const index = docs.findIndex(({ doc }) => String(doc.id) === id)
  return index < 0 ? null : Math.floor(index / TIMELINE_PER_PAGE) + 1
})
