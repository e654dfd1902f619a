import path from 'node:path'

import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api'

/** One page of a PDF: its own text (empty for a scan) and a way to draw it as an image. */
export type PdfPage = {
  number: number
  text: string
  /** The page as a PNG, its longer side about `longSide` pixels (pdf.js on @napi-rs/canvas). */
  render: (longSide: number) => Promise<{ png: Buffer; width: number; height: number }>
}

type CanvasAndContext = { canvas: { toBuffer: (type: 'image/png') => Buffer } }
type CanvasFactory = {
  create: (width: number, height: number) => CanvasAndContext
  destroy: (canvasAndContext: CanvasAndContext) => void
}

/**
 * pdf.js in this process: its worker code runs on the main thread (`globalThis.pdfjsWorker`),
 * imported by name so the standalone build ships it, instead of a worker file pdf.js would look
 * for beside itself at run time.
 */
async function pdfjs() {
  const globals = globalThis as { pdfjsWorker?: unknown }
  globals.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
  return import('pdfjs-dist/legacy/build/pdf.mjs')
}

/**
 * pdf.js's own data files, read from disk: the 14 standard fonts a PDF may use without embedding
 * them (drawn with the wrong glyphs otherwise), character maps for older CJK files, colour
 * profiles and its image decoders. Found under the app's node_modules from the working directory
 * (the project root, or the standalone server's folder, which next.config.ts has them copied to):
 * inside the server bundle `require.resolve` gives a module number, not a path.
 */
function dataFolders() {
  const root = path.join(process.cwd(), 'node_modules', 'pdfjs-dist')
  const folder = (name: string) => `${path.join(root, name)}${path.sep}`
  return {
    standardFontDataUrl: folder('standard_fonts'),
    cMapUrl: folder('cmaps'),
    iccUrl: folder('iccs'),
    wasmUrl: folder('wasm'),
  }
}

/** The text pdf.js reads on a page, a line per line of the page, spaces collapsed. */
function pageText(items: { str?: string; hasEOL?: boolean }[]): string {
  return items
    .map((item) => `${item.str ?? ''}${item.hasEOL ? '\n' : ''}`)
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

/**
 * The pages of a PDF, one after another (a long document is never held as images all at once).
 * Throws on a file pdf.js cannot open.
 */
export async function* pdfPages(data: Buffer): AsyncGenerator<PdfPage, void, undefined> {
  const { getDocument } = await pdfjs()
  const pdf: PDFDocumentProxy = await getDocument({
    data: new Uint8Array(data),
    ...dataFolders(),
    // Nothing is fetched: fonts are drawn from the file or pdf.js's own glyphs.
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise
  try {
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number)
      const text = pageText((await page.getTextContent()).items as { str?: string }[])
      yield {
        number,
        text,
        render: async (longSide) => {
          const base = page.getViewport({ scale: 1 })
          const viewport = page.getViewport({
            scale: longSide / Math.max(base.width, base.height),
          })
          const factory = pdf.canvasFactory as CanvasFactory
          const target = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height))
          await page.render({ ...target, viewport } as never).promise
          const png = target.canvas.toBuffer('image/png')
          factory.destroy(target)
          return { png, width: Math.ceil(viewport.width), height: Math.ceil(viewport.height) }
        },
      }
      page.cleanup()
    }
  } finally {
    await pdf.destroy()
  }
}

/** A page whose own text has fewer letters than this is read as a scan. */
const MIN_LETTERS = 3
export const needsOcr = (text: string) => (text.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS
