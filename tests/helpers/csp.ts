import type { Page } from 'playwright-core'

/**
 * Collects every Content-Security-Policy violation a page reports. Chromium logs each refusal to the
 * console ("Refused to execute inline script because it violates…"); the listener added before any
 * page script also reports what the console might word differently.
 */
export async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`)
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`)
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
