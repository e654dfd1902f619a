import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { cachedPageScriptMarker, lockBuildTimePage, lockCachedPageScripts } from '@/lib/security/cachedPageScripts.mjs'

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
const scriptSrc = (policy: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src ')) ?? ''

/** A page as Next hands it to the cache handler, rendered with the marker as its nonce. */
function renderedPage(marker: string) {
  const flight = `self.__next_f.push([1,"1:HL[\\"/_next/static/a.css\\",\\"style\\",{\\"nonce\\":\\"${marker}\\"}]\\n"])`
  const html =
    '<!DOCTYPE html><html lang="en"><head>' +
    `<script src="/_next/static/chunks/main.js" async="" nonce="${marker}"></script>` +
    `<script nonce="${marker}">(self.__next_f=self.__next_f||[]).push([0])</script>` +
    '</head><body><main><p>Text</p>' +
    // What a template bug could let through: markup in the page that Next did not write.
    '<script>alert(document.cookie)</script>' +
    `<script type="application/ld+json">{"@type":"Article"}</script>` +
    `<script nonce="${marker}">${flight}</script>` +
    '</main></body></html>'
  return {
    kind: 'APP_PAGE',
    html,
    rscData: Buffer.from(`1:HL["/_next/static/a.css","style",{"nonce":"${marker}"}]\n`),
    segmentData: new Map([['/_tree', Buffer.from(`{"nonce":"${marker}"}`)]]),
    headers: { 'x-next-cache-tags': '_N_T_/en/layout' } as Record<string, string>,
    status: 200,
  }
}

describe('a page rendered once and cached keeps a script policy of its own', () => {
  it('lists the hashes of the inline scripts Next wrote, and of nothing else', () => {
    const marker = cachedPageScriptMarker()
    const value = renderedPage(marker)
    lockCachedPageScripts(value)
    const script = scriptSrc(value.headers['content-security-policy'])
    expect(script).toBe(
      [
        "script-src 'self'",
        sha256('(self.__next_f=self.__next_f||[]).push([0])'),
        sha256(`self.__next_f.push([1,"1:HL[\\"/_next/static/a.css\\",\\"style\\",{\\"nonce\\":\\"${'0'.repeat(marker.length)}\\"}]\\n"])`),
      ].join(' '),
    )
    expect(script).not.toContain(sha256('alert(document.cookie)'))
    expect(script).not.toMatch(/unsafe-inline|nonce-/)
    expect(value.headers['content-security-policy']).toMatch(/frame-ancestors 'none'$/)
    expect(value.headers['x-next-cache-tags']).toBe('_N_T_/en/layout')
  })

  it('takes the marker out of the HTML and both RSC payloads without moving a byte', () => {
    const marker = cachedPageScriptMarker()
    const value = renderedPage(marker)
    const before = { html: value.html.length, rsc: value.rscData.length, tree: value.segmentData.get('/_tree')!.length }
    lockCachedPageScripts(value)
    expect(value.html).not.toContain(marker)
    expect(value.rscData.toString()).not.toContain(marker)
    expect(value.segmentData.get('/_tree')!.toString()).toBe(`{"nonce":"${'0'.repeat(marker.length)}"}`)
    expect({ html: value.html.length, rsc: value.rscData.length, tree: value.segmentData.get('/_tree')!.length }).toEqual(before)
  })

  it('is the same marker for the whole process, 128 random bits in hex', () => {
    expect(cachedPageScriptMarker()).toMatch(/^[0-9a-f]{32}$/)
    expect(cachedPageScriptMarker()).toBe(cachedPageScriptMarker())
  })

  it('leaves alone what is not a page rendered with the marker: routes, redirects, a page locked before', () => {
    const route = { kind: 'APP_ROUTE', body: Buffer.from('x'), headers: {} }
    lockCachedPageScripts(route)
    expect(route.headers).toEqual({})

    const foreign = renderedPage('f'.repeat(32))
    lockCachedPageScripts(foreign)
    expect(foreign.headers['content-security-policy']).toBeUndefined()

    const value = renderedPage(cachedPageScriptMarker())
    lockCachedPageScripts(value)
    const locked = { ...value, headers: { ...value.headers } }
    lockCachedPageScripts(value)
    expect(value).toEqual(locked)
  })
})

describe("Next's own pages rendered by the build", () => {
  it('get a policy with every inline script they hold, once, when read', () => {
    const value = { kind: 'APP_PAGE', html: '<html><script>a()</script><script src="/x.js"></script></html>', headers: {} as Record<string, string> }
    lockBuildTimePage('/_not-found', value)
    expect(scriptSrc(value.headers['content-security-policy'])).toBe(`script-src 'self' ${sha256('a()')}`)
  })

  it('are the only ones: a site page without a policy is not trusted that way', () => {
    const value = { kind: 'APP_PAGE', html: '<html><script>a()</script></html>', headers: {} as Record<string, string> }
    lockBuildTimePage('/en/articles/x', value)
    expect(value.headers['content-security-policy']).toBeUndefined()
  })
})
