import { geoContains } from 'd3-geo'

import { countryFeatures } from '@/lib/geo/geography'

/** The ISO 3166-1 alpha-2 code of the country at a longitude/latitude (full 1:50m detail), or null at sea. */
export function countryAt(lng: number, lat: number): string | null {
  return countryFeatures().find((f) => geoContains(f, [lng, lat]))?.properties.code ?? null
}
