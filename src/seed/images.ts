import sharp from 'sharp'

type Trilingual = { az: string; en: string; ru: string }

/**
 * Images made by the project itself (nothing is downloaded), each with alt text that says exactly
 * what it shows, and a caption, shown under it, that says it is a drawing: no reader should take
 * one for a photograph of the place or the people an article is about.
 */
export type SeedImage = {
  name: string
  alt: Trilingual
  caption: Trilingual
  svg: () => string
}

const people = 613
const children = 63

/** One dot for each person killed according to the source; the children's dots lighter. */
function victimsGrid(): string {
  const columns = 41
  const size = 26
  const width = 1200
  const height = 630
  const rows = Math.ceil(people / columns)
  const offsetX = (width - columns * size) / 2 + size / 2
  const offsetY = (height - rows * size) / 2 + size / 2
  const dots: string[] = []
  for (let i = 0; i < people; i++) {
    const x = offsetX + (i % columns) * size
    const y = offsetY + Math.floor(i / columns) * size
    dots.push(`<circle cx="${x}" cy="${y}" r="8" fill="${i < children ? '#f2d7d5' : '#c0392b'}"/>`)
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#1b1b1d"/>${dots.join('')}</svg>`
}

/** A red carnation, the flower of mourning laid at memorials in Azerbaijan, drawn from circles and a stem. */
function carnation(): string {
  const petals: string[] = []
  for (let ring = 0; ring < 3; ring++) {
    const count = 9 + ring * 4
    const radius = 90 - ring * 28
    for (let i = 0; i < count; i++) {
      const angle = (i / count) * Math.PI * 2 + ring * 0.3
      const x = 600 + Math.cos(angle) * radius
      const y = 250 + Math.sin(angle) * radius * 0.7
      petals.push(
        `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${46 - ring * 10}" fill="${['#8e1b1b', '#b22222', '#d64541'][ring]}"/>`,
      )
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="100%" height="100%" fill="#f4f1ea"/><path d="M600 320 C 590 480, 610 600, 600 760" stroke="#2e5e3a" stroke-width="14" fill="none"/><path d="M600 560 C 540 520, 500 530, 470 560 C 520 570, 560 575, 600 590" fill="#2e5e3a"/>${petals.join('')}</svg>`
}

export const seedImages: SeedImage[] = [
  {
    name: 'victims-613-dots',
    alt: {
      az: 'Arxiv üçün çəkilmiş qrafika: tünd fonda 613 nöqtə, mənbəyə görə həlak olan hər insan üçün bir nöqtə; 63 açıq rəngli nöqtə həlak olan uşaqlardır.',
      en: 'Graphic made for this archive: 613 dots on a dark background, one for each person killed according to the source; the 63 light dots are the children.',
      ru: 'Графика, созданная для архива: 613 точек на тёмном фоне, по одной на каждого погибшего по данным источника; 63 светлые точки — погибшие дети.',
    },
    caption: {
      az: 'İllüstrasiya: hər nöqtə bir insandır, mənbəyə görə həlak olan 613 nəfərdən biri; 63 açıq rəngli nöqtə uşaqlardır.',
      en: 'Illustration: each dot is one person, one of the 613 killed according to the source; the 63 lighter dots are children.',
      ru: 'Иллюстрация: каждая точка — один человек, один из 613 погибших по данным источника; 63 светлые точки — дети.',
    },
    svg: victimsGrid,
  },
  {
    name: 'red-carnation',
    alt: {
      az: 'Arxiv üçün çəkilmiş illüstrasiya: açıq fonda stilizə olunmuş qırmızı qərənfil.',
      en: 'Illustration made for this archive: a stylised red carnation on a light background.',
      ru: 'Иллюстрация, созданная для архива: стилизованная красная гвоздика на светлом фоне.',
    },
    caption: {
      az: 'Rəsm: qırmızı qərənfil, matəm rəmzi.',
      en: 'Drawing: a red carnation, a symbol of mourning.',
      ru: 'Рисунок: красная гвоздика, символ траура.',
    },
    svg: carnation,
  },
]

/** Renders the drawing to PNG: the media collection accepts raster images only. */
export const renderSeedImage = (image: SeedImage) =>
  sharp(Buffer.from(image.svg())).png().toBuffer()
