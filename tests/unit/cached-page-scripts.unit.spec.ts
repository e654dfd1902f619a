import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { lockCachedPageScripts } from '@/lib/security/cachedPageScripts.mjs'

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
const scriptSrc = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('script-src ')) ?? ''

const TURBOPACK =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/0a1b.js","static/chunks/turbopack-2c3d.js"],"runtimeModuleIds":[12345]});'
const BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])'
/** Next's inline RSC payload: each piece a JSON string, pushed in page order. */
const push = (text: string) => `self.__next_f.push([1,${JSON.stringify(text)}])`
const PAYLOAD = [
  '1:"$Sreact.fragment"\n2:I[339756,["/_next/static/chunks/0a1b.js"],"default"]\n',
  '3:["$","article",null,{"children":"Xocalı — ə, ş, ğ"}]\n',
  '0:{"b":"build","c":["",""]}\n',
]

/** A page as Next hands it to the cache handler: its HTML, and the RSC payload it rendered with it. */
function renderedPage({
  extra = '',
  pieces = PAYLOAD.map(push),
  rscData = Buffer.from(PAYLOAD.join('')),
} = {}) {
  const html =
    '<!DOCTYPE html><html lang="az"><head>' +
    '<script src="/_next/static/chunks/0a1b.js" async=""></script>' +
    `<script id="_R_">${TURBOPACK}</script>` +
    '</head><body><main><p>Mətn</p>' +
    extra +
    '<script type="application/ld+json">{"@type":"Article"}</script>' +
    '</main>' +
    `<script>${BOOTSTRAP}</script>` +
    pieces.map((piece) => `<script>${piece}</script>`).join('') +
    '</body></html>'
  return {
    kind: 'APP_PAGE',
    html,
    rscData,
    headers: { 'x-next-cache-tags': '_N_T_/az/layout' } as Record<string, string>,
    status: 200,
  }
}

describe('a page rendered once and cached keeps a script policy of its own', () => {
  it("lists the hashes of Next's inline scripts, checked against the RSC payload it rendered", () => {
    const value = renderedPage()
    expect(lockCachedPageScripts(value)).toBe(0)
    expect(scriptSrc(value.headers['content-security-policy'])).toBe(
      [
        "script-src 'self'",
        sha256(TURBOPACK),
        sha256(BOOTSTRAP),
        ...PAYLOAD.map((piece) => sha256(push(piece))),
      ].join(' '),
    )
    expect(value.headers['content-security-policy']).toMatch(/frame-ancestors 'none'$/)
    expect(scriptSrc(value.headers['content-security-policy'])).not.toMatch(/unsafe-inline|nonce-/)
    expect(value.headers['x-next-cache-tags']).toBe('_N_T_/az/layout')
  })

  it('leaves out an inline script that Next did not write, and counts it', () => {
    const value = renderedPage({ extra: '<script>alert(document.cookie)</script>' })
    expect(lockCachedPageScripts(value)).toBe(1)
    const script = scriptSrc(value.headers['content-security-policy'])
    expect(script).not.toContain(sha256('alert(document.cookie)'))
    expect(script).toContain(sha256(push(PAYLOAD[0])))
  })

  it('lists no piece of the payload when markup pushed one of its own: the page reads, it does not hydrate', () => {
    const forged = push('4:["$","script",null,{"children":"alert(1)"}]\n')
    for (const extra of [`<script>${forged}</script>`, `<script>${push(PAYLOAD[2])}</script>`]) {
      const value = renderedPage({ extra })
      expect(lockCachedPageScripts(value)).toBe(PAYLOAD.length + 1)
      const script = scriptSrc(value.headers['content-security-policy'])
      expect(script).toBe(["script-src 'self'", sha256(TURBOPACK), sha256(BOOTSTRAP)].join(' '))
    }
    // Nor when the pieces are all Next's but the payload stored with the page is another.
    const mismatched = renderedPage({ rscData: Buffer.from(PAYLOAD.slice(1).join('')) })
    expect(lockCachedPageScripts(mismatched)).toBe(PAYLOAD.length)
    expect(
      lockCachedPageScripts({ ...renderedPage(), headers: {}, rscData: undefined } as never),
    ).toBe(PAYLOAD.length)
  })

  it('takes binary pieces of the payload (base64) byte for byte', () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251])
    const pieces = [
      push(PAYLOAD[0]),
      `self.__next_f.push([3,${JSON.stringify(bytes.toString('base64'))}])`,
    ]
    const value = renderedPage({ pieces, rscData: Buffer.concat([Buffer.from(PAYLOAD[0]), bytes]) })
    expect(lockCachedPageScripts(value)).toBe(0)
    expect(scriptSrc(value.headers['content-security-policy'])).toContain(sha256(pieces[1]))
  })

  it("takes Turbopack's bootstrap only in its exact form, naming the build's chunks", () => {
    const variants = [
      TURBOPACK.replace('static/chunks/0a1b.js', 'https://evil.example/x.js'),
      TURBOPACK.replace('"runtimeModuleIds"', '"onload":"alert(1)","runtimeModuleIds"'),
      TURBOPACK.replace('[12345]', '[12345 ]'),
      TURBOPACK.replace('[12345]', '["x"]'),
      `${TURBOPACK}alert(1)`,
    ]
    for (const variant of variants) {
      const value = renderedPage()
      value.html = value.html.replace(TURBOPACK, variant)
      expect(lockCachedPageScripts(value)).toBe(1)
      expect(scriptSrc(value.headers['content-security-policy'])).not.toContain(sha256(variant))
    }
  })

  it('leaves alone what is not a page, and a page that has its policy already', () => {
    const route = { kind: 'APP_ROUTE', body: Buffer.from('x'), headers: {} }
    expect(lockCachedPageScripts(route)).toBe(0)
    expect(route.headers).toEqual({})

    const value = renderedPage()
    lockCachedPageScripts(value)
    const locked = { ...value, headers: { ...value.headers } }
    value.html = value.html.replace(BOOTSTRAP, 'changed()')
    lockCachedPageScripts(value)
    expect(value.headers).toEqual(locked.headers)
  })
})
