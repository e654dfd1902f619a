import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { contentReader } from '@/lib/queries/findContent'

const events = contentReader('timeline-events', ['title'])

/** Events per page of the chronology: it grows by the hundreds, each with its text. */
export const TIMELINE_PER_PAGE = 100

// Oldest first; the id settles events of one day, so an event is on the same page in every query.
const order = ['date', 'id']

/** One page of the chronology, oldest first, with the documents each event relates to. */
export const listTimelineEvents = cache((locale: Locale, page = 1) =>
  events.find(locale, { page, limit: TIMELINE_PER_PAGE, sort: order, depth: 1 }),
)

/** Every event's id and year in the chronology's order (drafts count in draft mode, as on the page). */
const outline = cache(async (locale: Locale) => {
  const { docs } = await events.find(locale, {
    pagination: false,
    sort: order,
    depth: 0,
    select: { date: true },
  })
  return docs.map(({ doc }) => ({ id: String(doc.id), year: new Date(doc.date).getUTCFullYear() }))
})

const pageAt = (index: number) => Math.floor(index / TIMELINE_PER_PAGE) + 1

/**
 * The page of the chronology that shows an event, for links to one event; null when it is not
 * shown. Read as the page reads, so a preview finds a draft event.
 */
export const timelinePageOf = cache(async (locale: Locale, id: string): Promise<number | null> => {
  const index = (await outline(locale)).findIndex((event) => event.id === id)
  return index < 0 ? null : pageAt(index)
})

/** Each year of the chronology and the page its first event is on, for the index of years. */
export const timelineYears = cache(
  async (locale: Locale): Promise<Array<{ year: number; page: number }>> => {
    const years = new Map<number, number>()
    for (const [index, { year }] of (await outline(locale)).entries())
      if (!years.has(year)) years.set(year, pageAt(index))
    return [...years].map(([year, page]) => ({ year, page }))
  },
)
