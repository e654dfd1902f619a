import { spawn, spawnSync } from 'node:child_process'

/** The languages of the archive's documents, as Tesseract names its data. */
export const OCR_LANGUAGES = ['aze', 'rus', 'eng'] as const

/** The Tesseract command (OCR_COMMAND; `tesseract` from PATH by default). */
export const ocrCommand = (env: Partial<Record<string, string>>) => env.OCR_COMMAND || 'tesseract'

const available = new Map<string, boolean>()

/**
 * Whether Debian's `tesseract-ocr` is installed with the data of every language above (asked once
 * per process). Without it, scanned pages keep no text and the media document says why.
 */
export function ocrAvailable(command: string): boolean {
  let known = available.get(command)
  if (known === undefined) {
    const result = spawnSync(command, ['--list-langs'], { encoding: 'utf8', timeout: 10_000 })
    const listed = new Set(`${result.stdout ?? ''}`.split(/\s+/))
    known = result.status === 0 && OCR_LANGUAGES.every((l) => listed.has(l))
    available.set(command, known)
  }
  return known
}

const OCR_TIMEOUT_MS = 120_000

/** The text Tesseract reads in an image of a page, in any of the archive's languages. */
export function ocr(command: string, png: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, ['stdin', 'stdout', '-l', OCR_LANGUAGES.join('+')], {
      // One thread: the job runner shares the machine with the site.
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      timeout: OCR_TIMEOUT_MS,
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'))
      else
        reject(new Error(`tesseract exited with ${code}: ${Buffer.concat(err).toString('utf8')}`))
    })
    child.stdin.end(png)
  })
}
