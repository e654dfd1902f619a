import fs from 'node:fs'

import fontkit from '@pdf-lib/fontkit'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'

import { ensureDebianFile } from '@tests/helpers/debianPackage'

/** A font with Azerbaijani and Cyrillic letters, for the PDF's own text and for the drawn scans. */
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'

function font(): Buffer {
  const ensured = ensureDebianFile(FONT, 'fonts-dejavu-core')
  if (!ensured.ok) throw new Error(ensured.reason)
  return fs.readFileSync(FONT)
}

const A4 = [595, 842] as const

/** Splits a text into lines of at most `width` characters, at spaces. */
const lines = (text: string, width: number) =>
  text.split(/\s+/).reduce<string[]>((all, word) => {
    const last = all.at(-1)
    if (last !== undefined && `${last} ${word}`.length <= width)
      all[all.length - 1] = `${last} ${word}`
    else all.push(word)
    return all
  }, [])

/** A born-digital PDF: each page's text is the file's own text, in an embedded font. */
export async function bornDigitalPdf(pages: string[]): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  pdf.registerFontkit(fontkit)
  const embedded = await pdf.embedFont(font(), { subset: true })
  for (const text of pages) {
    const page = pdf.addPage([...A4])
    lines(text, 60).forEach((line, i) =>
      page.drawText(line, { x: 56, y: 770 - i * 22, size: 14, font: embedded }),
    )
  }
  return Buffer.from(await pdf.save())
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!)

/**
 * A scanned PDF: each page is only a picture of its text (drawn by sharp at about 200 dpi, as a
 * scanner would give it), so the file holds no text at all.
 */
export async function scannedPdf(pages: string[]): Promise<Buffer> {
  font()
  const pdf = await PDFDocument.create()
  const [width, height] = [1654, 2339]
  for (const text of pages) {
    const rows = lines(text, 40)
      .map(
        (line, i) =>
          `<text x="120" y="${220 + i * 80}" font-family="DejaVu Sans" font-size="52">${escapeXml(line)}</text>`,
      )
      .join('')
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fdfcf8"/>${rows}</svg>`
    const png = await sharp(Buffer.from(svg)).greyscale().png().toBuffer()
    const image = await pdf.embedPng(png)
    pdf.addPage([...A4]).drawImage(image, { x: 0, y: 0, width: A4[0], height: A4[1] })
  }
  return Buffer.from(await pdf.save())
}
