import { normalize } from '@iiif/parser'
import { presentation3StrictUpgrade } from '@iiif/parser/strict'
import type { Manifest } from '@iiif/presentation-3'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { MEDIA_QUEUE } from '@/lib/documents/processMedia'
import type { Media } from '@/payload-types'
import { getRaw, rest } from '@tests/helpers/api'
import { bornDigitalPdf } from '@tests/helpers/pdfFixtures'
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
      data: {
        name: 'Synthetic monument',
        description: lexical('Synthetic description.'),
        city: 'Baku',
        _status: 'published',
      } as never,
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

const get = (path: string) => getRaw(t.payload, path)

type Info = {
  id: string
  width: number
  height: number
  profile: string
  tiles: { width: number; scaleFactors: number[] }[]
  sizes?: { width: number; height: number }[]
}

/**
 * Every tile URL a level-0 client derives from info.json (the Image API's tile algorithm, as
 * OpenSeadragon follows it): per scale factor, regions of `width × factor` pixels, the last ones
 * cut at the image's edge, each asked for at its scaled size; a tile covering the whole image is
 * the region `full`.
 */
function tileUrls(info: Info): string[] {
  const urls: string[] = []
  const { width: tile, scaleFactors } = info.tiles[0]
  for (const factor of scaleFactors) {
    const step = tile * factor
    for (let y = 0; y < info.height; y += step)
      for (let x = 0; x < info.width; x += step) {
        const w = Math.min(step, info.width - x)
        const h = Math.min(step, info.height - y)
        const whole = x === 0 && y === 0 && w === info.width && h === info.height
        const region = whole ? 'full' : `${x},${y},${w},${h}`
        urls.push(`${region}/${Math.ceil(w / factor)},${Math.ceil(h / factor)}/0/default.jpg`)
      }
  }
  return urls
}

describe('IIIF Image API 3.0, level 0', () => {
  it("serves every tile its info.json promises, for an image and for each page of a resolution's PDF, and a manifest of the pages", async () => {
    const photo = await image('Sintetik plitə şəkli')
    const data = await bornDigitalPdf(['Sintetik birinci səhifə.', 'Sintetik ikinci səhifə.'])
    const pdf = (await t.payload.create({
      collection: 'media',
      data: { credit: 'Sintetik arxiv' } as never,
      file: { data, name: 'sintetik-iiif.pdf', mimetype: 'application/pdf', size: data.length },
      context: noRevalidate(),
    })) as Media
    // Before the job has run there is no service yet.
    expect((await get(`/api/iiif/image/${photo.id}/info.json`)).status).toBe(404)
    await t.payload.jobs.run({ queue: MEDIA_QUEUE, limit: 10 })

    for (const [identifier, width, height] of [
      [String(photo.id), 1200, 800],
      [`${pdf.id}-p2`, 1696, 2400],
    ] as const) {
      const base = `/api/iiif/image/${identifier}`
      const redirect = await get(base)
      expect(redirect.status).toBe(303)
      expect(redirect.headers.get('location')).toBe(`${base}/info.json`)
      const response = await get(`${base}/info.json`)
      expect(response.status).toBe(200)
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
      expect(response.headers.get('content-type')).toContain('iiif.io/api/image/3/context.json')
      const info = (await response.json()) as Info
      expect(info).toMatchObject({
        id: `http://localhost:3000${base}`,
        type: 'ImageService3',
        protocol: 'http://iiif.io/api/image',
        profile: 'level0',
        width,
        height,
      })
      const urls = [
        ...tileUrls(info),
        ...(info.sizes ?? []).map((s) => `full/${s.width},${s.height}/0/default.jpg`),
      ]
      expect(urls.length).toBeGreaterThan(4)
      for (const url of urls) {
        const tile = await get(`${base}/${url}`)
        expect(tile.status, url).toBe(200)
        expect(tile.headers.get('content-type')).toBe('image/jpeg')
        const [w, h] = url.split('/')[1].split(',').map(Number)
        expect(await sharp(Buffer.from(await tile.arrayBuffer())).metadata(), url).toMatchObject({
          format: 'jpeg',
          width: w,
          height: h,
        })
      }
    }

    const resolution = await t.payload.create({
      collection: 'resolutions',
      locale: 'az',
      data: {
        _status: 'published',
        title: 'Sintetik qətnamə (IIIF)',
        body: 'Sintetik parlament',
        jurisdiction: 'AZ',
        adoptedAt: '1994-02-24T00:00:00.000Z',
        adoptedAtPrecision: 'day',
        kind: 'resolution',
        summary: 'Sintetik xülasə.',
        originalFile: pdf.id,
      } as never,
      context: noRevalidate(),
    })
    const { manifest } = await readManifest(`/api/iiif/resolutions/${resolution.id}/manifest`)
    expect(manifest.label).toEqual({ az: ['Sintetik qətnamə (IIIF)'] })
    expect(manifest.items.map((canvas) => canvas.label)).toEqual([
      { az: ['Səhifə 1'], en: ['Page 1'], ru: ['Страница 1'] },
      { az: ['Səhifə 2'], en: ['Page 2'], ru: ['Страница 2'] },
    ])
    expect(manifest.rendering?.[0]).toMatchObject({
      format: 'application/pdf',
      id: `http://localhost:3000${pdf.url}`,
    })
    const body = (
      manifest.items[1].items![0].items![0] as {
        body: { id: string; service: { id: string; profile: string }[] }
      }
    ).body
    expect(body.service).toEqual([
      {
        id: `http://localhost:3000/api/iiif/image/${pdf.id}-p2`,
        type: 'ImageService3',
        profile: 'level0',
      },
    ])
    // The painted image is one the service really has.
    const painted = await get(new URL(body.id).pathname)
    expect(painted.status, body.id).toBe(200)
  })

  it('answers nothing for a withheld or graphic image, a wrong kind of identifier, or a request level 0 cannot serve', async () => {
    const graphic = await image('Sintetik ağır görüntü (IIIF)', { sensitive: true })
    const withheld = await image('Sintetik gizli foto (IIIF)')
    await t.payload.jobs.run({ queue: MEDIA_QUEUE, limit: 10 })
    await t.payload.update({
      collection: 'media',
      id: withheld.id,
      data: { withheld: true } as never,
      context: noRevalidate(),
    })
    for (const path of [
      `/api/iiif/image/${graphic.id}/info.json`,
      `/api/iiif/image/${withheld.id}/info.json`,
      // An image has no pages; a page of an image is no service.
      `/api/iiif/image/${graphic.id}-p1/info.json`,
      '/api/iiif/image/999999/info.json',
      '/api/iiif/image/..%2F..%2Fetc/info.json',
    ])
      expect((await get(path)).status, path).toBe(404)
    const own = await image('Sintetik açıq foto (IIIF)')
    await t.payload.jobs.run({ queue: MEDIA_QUEUE, limit: 10 })
    for (const request of [
      'pct:0,0,50,50/max/0/default.jpg',
      'full/max/90/default.jpg',
      'full/max/0/gray.png',
    ])
      expect((await get(`/api/iiif/image/${own.id}/${request}`)).status, request).toBe(400)
    expect((await get(`/api/iiif/image/${own.id}/full/7,7/0/default.jpg`)).status).toBe(404)
  })
})
