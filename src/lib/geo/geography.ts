import type { Feature, MultiPolygon, Polygon } from 'geojson'
import { iso31661NumericToAlpha2, iso31662 } from 'iso-3166'
import { feature } from 'topojson-client'
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify'
import type { GeometryCollection, Topology } from 'topojson-specification'
// Static JSON imports: bundled by Next (Turbopack) and read by Vitest alike, never fetched.
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' }
import states10m from 'us-atlas/states-10m.json' with { type: 'json' }

import { once } from '@/lib/geo/once'

/** A country (ISO 3166-1 alpha-2) or US state (ISO 3166-2 "US-TX"); `code` is null for areas ISO does not list (Kosovo, Somaliland). */
export type AreaFeature = Feature<Polygon | MultiPolygon, { name: string; code: string | null }>

type Named = { name: string }
type WorldTopology = Topology<{ countries: GeometryCollection<Named>; land: GeometryCollection }>
type UsTopology = Topology<{ states: GeometryCollection<Named>; nation: GeometryCollection }>

/**
 * Smallest triangle kept by the simplification, in steradians (Visvalingam weights on the sphere).
 * The world map is 1000 units wide, so a unit is about 2π/1000 rad and a unit² about 4e-5 sr; the
 * US inset is drawn about three times larger per degree. Chosen so the whole recognition map stays
 * near 100 KB; see tests/unit/maps.unit.spec.ts for the measured size.
 */
const WORLD_MIN_WEIGHT = 2e-5
const US_MIN_WEIGHT = 2e-6

const usStateCodes = new Map(iso31662.filter((s) => s.parent === 'US').map((s) => [s.name, s.code]))

function toFeatures<K extends string>(
  topology: Topology<Record<K, GeometryCollection<Named>>>,
  object: K,
  codeOf: (id: string | number | undefined, name: string) => string | null,
): AreaFeature[] {
  const collection = feature(topology, topology.objects[object])
  return collection.features.map((f) => ({
    type: 'Feature',
    id: f.id,
    properties: { name: f.properties.name, code: codeOf(f.id, f.properties.name) },
    geometry: f.geometry as Polygon | MultiPolygon,
  }))
}

const countryCode = (id: string | number | undefined): string | null =>
  id === undefined ? null : (iso31661NumericToAlpha2[String(id)] ?? null)
// us-atlas names states as the Census does, which is the ISO 3166-2 name: no hand-typed FIPS table.
const stateCode = (_id: string | number | undefined, name: string): string | null =>
  usStateCodes.get(name) ?? null

const world = countries50m as unknown as WorldTopology
const us = states10m as unknown as UsTopology

/** Every country at full 1:50m detail, unprojected: for geoContains and the locator map. */
export const countryFeatures = once(() => toFeatures(world, 'countries', countryCode))

/** Every US state (and DC, Puerto Rico…) at full 1:10m detail, unprojected. */
export const stateFeatures = once(() => toFeatures(us, 'states', stateCode))

/** Countries simplified for a 1000-unit-wide world map; borders stay shared, so no gaps or overlaps. */
export const simplifiedCountryFeatures = once(() =>
  toFeatures(
    simplify(presimplify(world, sphericalTriangleArea), WORLD_MIN_WEIGHT),
    'countries',
    countryCode,
  ),
)

/** US states simplified for the inset. */
export const simplifiedStateFeatures = once(() =>
  toFeatures(simplify(presimplify(us, sphericalTriangleArea), US_MIN_WEIGHT), 'states', stateCode),
)
