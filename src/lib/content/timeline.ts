/** Events in date order, in one group per year (UTC, as dates are stored). */
export function groupEventsByYear<T extends { date: string }>(
  events: T[],
): Array<{ year: number; events: T[] }> {
  const sorted = events
    .map((event) => ({ event, time: Date.parse(event.date) }))
    .filter(({ time }) => !Number.isNaN(time))
    .sort((a, b) => a.time - b.time)
  const groups: Array<{ year: number; events: T[] }> = []
  for (const { event, time } of sorted) {
    const year = new Date(time).getUTCFullYear()
    const last = groups.at(-1)
    if (last?.year === year) last.events.push(event)
    else groups.push({ year, events: [event] })
  }
  return groups
}
