import { createHash } from 'node:crypto'

import type { Page } from 'playwright-core'

/**
 * Collects every Content-Security-Policy violation a page reports. Chromium logs each refusal to the
 * console ("Refused to execute inline script because it violates…"); the listener added before any
 * page script also reports what the console might word differently.
 */
export async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()))
      violations.push(`${page.url()}: ${message.text()}`)
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
      )
    })
  })
  return violations
}

/** True once Next's inline bootstrap and its external runtime have both run, which a refused nonce prevents. */
export const nextRuntimeRan = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __next_f?: unknown[]; next?: { version?: string } }
    return Array.isArray(w.__next_f) && typeof w.next?.version === 'string'
  })

/**
 * How a response's Content-Security-Policy lets scripts run: by this response's nonce (a page
 * rendered per request, the admin) or by the hashes of the page's own inline scripts (a page
 * served from Next's cache). `header` is every policy the response sent, joined as fetch and
 * Playwright join them. Fails unless exactly one policy restricts scripts, without 'unsafe-inline'.
 */
export function scriptPolicy(header: string | null | undefined): 'nonce' | 'hashes' {
  const scripts = (header ?? '')
    .split(/[\n,]/)
    .flatMap((policy) => policy.split(';').map((directive) => directive.trim()))
    .filter(
      (directive) => directive.startsWith('script-src ') || directive.startsWith('default-src '),
    )
  const scriptSrc = scripts.filter((directive) => directive.startsWith('script-src '))
  if (scriptSrc.length !== 1)
    throw new Error(`expected one script-src, got ${JSON.stringify(scripts)}`)
  const [directive] = scriptSrc
  if (/unsafe-inline|unsafe-eval/.test(directive))
    throw new Error(`script-src allows too much: ${directive}`)
  if (/^script-src 'self' 'nonce-[A-Za-z0-9+/]+=*' 'strict-dynamic'$/.test(directive))
    return 'nonce'
  if (/^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/.test(directive)) return 'hashes'
  throw new Error(`unexpected script-src: ${directive}`)
}

/**
 * True when `policy` (every policy of a response, joined) allows each inline script of `html` by
 * its SHA-256, and names no script that is not there: what the browser checks on a cached page.
 */
export function hashesMatchScripts(policy: string, html: string): boolean {
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(
      ([, attributes]) =>
        !/\ssrc=/.test(attributes) && !/type="application\/ld\+json"/.test(attributes),
    )
    .map(([, , body]) => `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`)
  const listed = [...policy.matchAll(/'(sha256-[A-Za-z0-9+/]+=*)'/g)].map(([, hash]) => hash)
  return (
    inline.length > 0 &&
    inline.every((hash) => listed.includes(hash)) &&
    listed.every((hash) => inline.includes(hash))
  )
}
