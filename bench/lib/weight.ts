import { gzipSync } from 'node:zlib'

/** The page's HTML and the JavaScript it loads (every <script src>), as bytes and gzipped bytes. */
export async function pageWeight(url: string) {
  const html = await fetch(url).then((r) => r.text())
  const origin = new URL(url).origin
  const scripts = [
    ...new Set(
      [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&')),
    ),
  ]
  let js = 0
  let jsGzip = 0
  for (const src of scripts) {
    const bytes = new Uint8Array(
      (await fetch(new URL(src, origin)).then((r) => r.arrayBuffer())) as ArrayBuffer,
    )
    js += bytes.length
    jsGzip += gzipSync(bytes, { level: 9 }).length
  }
  return {
    html: Buffer.byteLength(html),
    htmlGzip: gzipSync(html).length,
    scripts: scripts.length,
    js,
    jsGzip,
  }
}
