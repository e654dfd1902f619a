import { normalize } from '@iiif/parser'
import { presentation3StrictUpgrade } from '@iiif/parser/strict'
import type { Manifest } from '@iiif/presentation-3'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { rest } from '@tests/helpers/api'
import { lexical } from '@tests/helpers/site'
import {
  createSeededTestPayload,
  noRevalidate,
  testPayloadForFile,
} from '@tests/helpers/testPayload'

const t = testPayloadForFile(createSeededTestPayload)

const image = async (alt: string, extra: Record<string, unknown> = {}) =>
  t.payload.create({
    collection: 'media',
    locale: 'az',
    data: { alt, credit: 'Sintetik fotoqraf', source: 'Sintetik arxiv', ...extra } as never,
    file: await sharp({
      create: { width: 1200, height: 800, channels: 3, background: '#556677' },
    })
      .png()
      .toBuffer()
      .then((data) => ({ data, name: 'sintetik.png', mimetype: 'image/png', size: data.length })),
  })

/** A manifest as a IIIF client reads it: the strict reader's warnings must be none. */
async function readManifest(path: string) {
  const response = await rest(t.payload, 'GET', path)
  expect(response.status, response.text).toBe(200)
  expect(response.headers.get('access-control-allow-origin')).toBe('*')
  expect(response.headers.get('content-type')).toContain('iiif.io/api/presentation/3')
  const manifest = response.json as unknown as Manifest
  const state = { warnings: [] as string[] }
  presentation3StrictUpgrade(structuredClone(manifest), state)
  expect(state.warnings).toEqual([])
  const { entities, resource } = normalize(structuredClone(manifest))
  expect(resource).toEqual({ id: manifest.id, type: 'Manifest' })
  return { manifest, entities }
}

describe('IIIF Presentation 3.0 manifests', () => {
  it("give a monument's gallery, labelled in each language, with credit and source; never a graphic image", async () => {
    const first = await image('Sintetik abidə, ön tərəf')
    await t.payload.update({
      collection: 'media',
      id: first.id,
      locale: 'en',
      data: { alt: 'Synthetic monument, front', caption: 'The synthetic monument from the front' },
      context: noRevalidate(),
    })
    const second = await image('Sintetik abidə, yan tərəf')
    const graphic = await image('Sintetik ağır görüntü', { sensitive: true })
    const monument = await t.payload.create({
      collection: 'monuments',
      locale: 'az',
      data: {
        _status: 'published',
        name: 'Sintetik abidə',
        description: lexical('Sintetik təsvir.'),
        city: 'Bakı',
        country: 'AZ',
        coordinates: { lat: 40.4, lng: 49.9 },
        gallery: [first.id, graphic.id, second.id],
      } as never,
      context: noRevalidate(),
    })
    await t.payload.update({
      collection: 'monuments',
      id: monument.id,
      locale: 'en',
      data: { name: 'Synthetic monument' },
      context: noRevalidate(),
    })
    const { manifest, entities } = await readManifest(`/api/iiif/monuments/${monument.id}/manifest`)
    expect(manifest.label).toEqual({ az: ['Sintetik abidə'], en: ['Synthetic monument'] })
    expect(manifest.items.map((canvas) => canvas.label)).toEqual([
      { az: ['Sintetik abidə, ön tərəf'], en: ['The synthetic monument from the front'] },
      { az: ['Sintetik abidə, yan tərəf'] },
    ])
    expect(Object.keys(entities.Canvas)).toHaveLength(2)
    expect(manifest.requiredStatement?.value).toEqual({
      none: ['Sintetik fotoqraf; Sintetik arxiv'],
    })
    expect(manifest.homepage?.map((h) => h.id)).toEqual(
      ['az', 'en', 'ru'].map((l) => `http://localhost:3000/${l}/monuments/${monument.slug}`),
    )
    const body = (
      manifest.items[0].items![0].items![0] as { body: { width: number; format: string } }
    ).body
    expect(body).toMatchObject({ width: 1200, format: 'image/png' })
  })

  it("give a person's photo only while visitors may see it, and nothing for a draft or a document without images", async () => {
    const photo = await image('Sintetik portret')
    const person = await t.payload.create({
      collection: 'people',
      locale: 'az',
      data: {
        _status: 'published',
        familyName: 'Sintetikiiif',
        givenName: 'Sintetik',
        fates: [{ fate: 'killed', confidence: 'single' }],
        photo: photo.id,
        privacy: 'public',
      } as never,
      context: noRevalidate(),
    })
    const { manifest } = await readManifest(`/api/iiif/people/${person.id}/manifest`)
    expect(manifest.label).toEqual({ az: ['Sintetikiiif Sintetik'] })
    expect(manifest.items).toHaveLength(1)

    await t.payload.update({
      collection: 'people',
      id: person.id,
      data: { privacy: 'hidden' } as never,
      context: noRevalidate(),
    })
    expect((await rest(t.payload, 'GET', `/api/iiif/people/${person.id}/manifest`)).status).toBe(
      404,
    )
    const draft = await t.payload.create({
      collection: 'monuments',
      locale: 'az',
      data: {
        _status: 'draft',
        name: 'Sintetik qaralama abidə',
        city: 'Bakı',
        country: 'AZ',
        coordinates: { lat: 40.4, lng: 49.9 },
        gallery: [photo.id],
      } as never,
      context: noRevalidate(),
    })
    for (const path of [
      `/api/iiif/monuments/${draft.id}/manifest`,
      '/api/iiif/monuments/999999/manifest',
      '/api/iiif/monuments/abc/manifest',
      '/api/iiif/users/1/manifest',
    ])
      expect((await rest(t.payload, 'GET', path)).status, path).toBe(404)
  })
})
