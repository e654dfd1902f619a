import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

import type { DerivedFiles } from '@/lib/storage/derivedFiles'

/**
 * IIIF Image API 3.0 at level 0 (docs/api.md, "IIIF"): each image, and each page of a PDF, cut once
 * into tiles by sharp (`tile({ layout: 'iiif3' })`) and kept beside the media files, so a deep-zoom
 * viewer reads the exact files it asks for and nothing is resized per request.
 */

export const IMAGE_CONTEXT = 'http://iiif.io/api/image/3/context.json'
export const TILE_SIZE = 512

/** An image service's identifier: the media id, with `-p{page}` for a page of a PDF. */
export const serviceIdentifier = (mediaId: number | string, page?: number) =>
  page ? `${mediaId}-p${page}` : String(mediaId)

export const parseServiceIdentifier = (identifier: string) => {
  const match = /^([0-9a-f]{24}|\d+)(?:-p([1-9]\d{0,4}))?$/.exec(identifier)
  return match ? { mediaId: match[1], page: match[2] ? Number(match[2]) : undefined } : null
}

export const imageServicePath = (mediaId: number | string, page?: number) =>
  `/api/iiif/image/${serviceIdentifier(mediaId, page)}`

/** All the tiles of one media document (every page of a PDF). */
export const tilesFolder = (mediaId: number | string) => `iiif/${mediaId}`
const serviceFolder = (mediaId: number | string, page?: number) =>
  `${tilesFolder(mediaId)}/${page ? `p${page}` : 'image'}`

/** A file of a service as a request names it: `info.json` or `{region}/{size}/{rotation}/default.jpg`. */
export const serviceFile = (mediaId: number | string, page: number | undefined, file: string) =>
  `${serviceFolder(mediaId, page)}/${file}`

export type ImageInfo = {
  '@context': string
  id: string
  type: 'ImageService3'
  protocol: string
  profile: 'level0'
  width: number
  height: number
  tiles?: { width: number; height?: number; scaleFactors: number[] }[]
  sizes?: { width: number; height: number }[]
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
}

/**
 * Cuts an image into the tiles of its service and stores them with its info.json. The `sizes` sharp
 * writes as `full/{w},{h}` are listed in info.json, so a client finds a whole small image too.
 * Returns the image's size.
 */
export async function writeImageService(
  image: Buffer,
  files: DerivedFiles,
  mediaId: number | string,
  page?: number,
): Promise<{ width: number; height: number }> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'khojaly-iiif-'))
  try {
    const out = path.join(work, 'service')
    // Rotated by its EXIF orientation, as the site shows it; `id` is replaced when served.
    await sharp(image)
      .rotate()
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 85 })
      .tile({ layout: 'iiif3', size: TILE_SIZE, id: 'https://iiif.invalid' })
      .toFile(out)
    const info = JSON.parse(await fs.readFile(path.join(out, 'info.json'), 'utf8')) as ImageInfo
    const names = await filesUnder(out)
    const sizes = names
      .map((name) => /^full\/(\d+),(\d+)\/0\/default\.jpg$/.exec(name.split(path.sep).join('/')))
      .flatMap((m) => (m ? [{ width: Number(m[1]), height: Number(m[2]) }] : []))
      .sort((a, b) => a.width - b.width)
    for (const name of names) {
      if (name === 'info.json' || name.endsWith('.xml')) continue
      const key = serviceFile(mediaId, page, name.split(path.sep).join('/'))
      await files.write(key, await fs.readFile(path.join(out, name)), 'image/jpeg')
    }
    await files.write(
      serviceFile(mediaId, page, 'info.json'),
      Buffer.from(JSON.stringify({ ...info, ...(sizes.length && { sizes }) })),
      'application/json',
    )
    return { width: info.width, height: info.height }
  } finally {
    await fs.rm(work, { recursive: true, force: true })
  }
}

/**
 * The whole image at its smallest level, the one `full/{w},{h}` sharp writes: halved (rounding up)
 * until it fits in a tile, as libvips builds the pyramid.
 */
export function previewSize(width: number, height: number) {
  let w = width
  let h = height
  while (Math.max(w, h) > TILE_SIZE) {
    w = Math.ceil(w / 2)
    h = Math.ceil(h / 2)
  }
  return { width: w, height: h }
}
