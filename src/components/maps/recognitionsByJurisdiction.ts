/** From the highest: a national act outranks a regional one. Charts stack and legends list them in this order. */
export const recognitionLevels = ['national', 'subnational', 'international'] as const
export type RecognitionLevel = (typeof recognitionLevels)[number]

export type MapRecognition = {
  /** 'MX', 'US-TX' or 'org:oic-pu'. */
  jurisdiction: string
  level: RecognitionLevel
  href: string
  /** The accessible name, e.g. "Mexico — Senate, 2014". */
  label: string
}

const rank = (level: RecognitionLevel) => recognitionLevels.indexOf(level)

/**
 * One entry per jurisdiction, as a shape can be only one link: the highest level colours it
 * (a national act outranks a regional one) and is the link, and the name says how many others the
 * jurisdiction has ("Mexico — Senate, 2014 (and 2 more)"). Naming each of them made a shape's name
 * a paragraph, and the map's weight grow with the archive; the table under the map lists them all.
 */
export function recognitionsByJurisdiction(
  recognitions: MapRecognition[],
  more: (count: number) => string,
): Map<string, MapRecognition> {
  const grouped = new Map<string, MapRecognition[]>()
  for (const r of recognitions)
    grouped.set(r.jurisdiction, [...(grouped.get(r.jurisdiction) ?? []), r])
  return new Map(
    [...grouped].map(([code, list]) => {
      const top = [...list].sort((a, b) => rank(a.level) - rank(b.level))[0]
      return [
        code,
        list.length > 1 ? { ...top, label: `${top.label} ${more(list.length - 1)}` } : top,
      ]
    }),
  )
}
