// @ts-check
// Plain JavaScript: src/proxy.ts imports it, and so does the cache handler (src/lib/cache), which
// `next start` loads at run time outside the bundle.

/** The request header Next reads the nonce from when it renders (and which it never sends back). */
export const CSP_HEADER = 'content-security-policy'
/** Next takes a nonce from this one too, when the other is missing. */
export const CSP_REPORT_ONLY_HEADER = 'content-security-policy-report-only'

/** 128 random bits, as the CSP spec asks of a nonce. */
export function createNonce() {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
}

/**
 * @typedef {object} PolicyOptions
 * @property {{ nonce: string } | { hashes: string[] }} scripts
 *   A page rendered for this response alone names its nonce; a page rendered once and cached names
 *   the hashes of its inline scripts (src/lib/security/cachedPageScripts.mjs).
 * @property {boolean} framable The admin's live preview frames the public page in draft mode; nobody else may frame it.
 * @property {boolean} development React's development build evaluates strings to rebuild server stack traces.
 */

/**
 * The policy of every HTML page the app renders (public site and admin). No 'unsafe-inline' for
 * scripts: inline scripts run only with this response's nonce ('strict-dynamic' then lets them
 * load the chunks they need) or when their SHA-256 is listed (then the chunks load from 'self').
 * Styles keep 'unsafe-inline': React writes `style` attributes (map markers, the admin) and the
 * issue asks for scripts only.
 * @param {PolicyOptions} options
 * @returns {string}
 */
export function contentSecurityPolicy({ scripts, framable, development }) {
  const allowed =
    'nonce' in scripts
      ? [`'nonce-${scripts.nonce}'`, "'strict-dynamic'"]
      : scripts.hashes.map((hash) => `'sha256-${hash}'`)
  return [
    "default-src 'self'",
    ["script-src 'self'", ...allowed, ...(development ? ["'unsafe-eval'"] : [])].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${framable ? "'self'" : "'none'"}`,
  ].join('; ')
}

/**
 * What the proxy sends with a page served from Next's cache, before the page's own policy (which
 * the cached entry carries) is added: the rules that do not depend on the page. It restricts no
 * script on purpose: a browser enforces every policy it gets, so this one must not refuse what the
 * page's hashes allow.
 */
export const CACHED_PAGE_BASELINE =
  "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

/** JSON, files and feeds: nothing in them may run, load or be framed if a browser opens them. */
export const NON_HTML_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox"
