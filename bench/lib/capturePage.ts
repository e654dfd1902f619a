import fs from 'node:fs'
import http from 'node:http'

/** Hop-by-hop and per-response headers: the reference server writes its own (Node adds Date). */
const OWN_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'date',
])

export type CapturedPage = { body: Buffer; headers: [string, string][] }

/**
 * One response of the app, as nginx receives it (uncompressed: nginx asks with an empty
 * Accept-Encoding): every header as sent, repeated ones included, and the body. node:http and not
 * fetch, which folds repeated headers into one.
 */
export function capturePage(url: string): Promise<CapturedPage> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'identity' } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`${url}: ${res.statusCode}`))
          const headers: [string, string][] = []
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            if (!OWN_HEADERS.has(res.rawHeaders[i].toLowerCase()))
              headers.push([res.rawHeaders[i], res.rawHeaders[i + 1]])
          }
          resolve({ body: Buffer.concat(chunks), headers })
        })
        res.on('error', reject)
      })
      .on('error', reject)
  })
}

/** Where the headers of a captured body are kept: beside it. */
export const headersFileOf = (file: string) => `${file}.headers.json`

/** The body in `file`, the headers in headersFileOf(file), for bench/lib/staticServer.ts. */
export function writeCapturedPage(file: string, page: CapturedPage): void {
  fs.writeFileSync(file, new Uint8Array(page.body))
  fs.writeFileSync(headersFileOf(file), JSON.stringify(page.headers))
}
