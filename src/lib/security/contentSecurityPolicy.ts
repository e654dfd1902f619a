/** The request header Next reads the nonce from when it renders (and which it never sends back). */
export const CSP_HEADER = 'content-security-policy'

/** 128 random bits, as the CSP spec asks of a nonce. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
}

type Options = {
  nonce: string
  /** The admin's live preview frames the public page in draft mode; nobody else may frame it. */
  framable: boolean
  /** React's development build evaluates strings to rebuild server stack traces. */
  development: boolean
}

/**
 * The policy of every HTML page the app renders (public site and admin). Scripts run only with this
 * response's nonce, which Next puts on its own script tags; 'strict-dynamic' lets those load the
 * chunks they need, so no host list and no 'unsafe-inline' for scripts. Styles keep
 * 'unsafe-inline': React writes `style` attributes (map markers, the admin) and the issue asks for
 * scripts only.
 */
export function contentSecurityPolicy({ nonce, framable, development }: Options): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
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

/** JSON, files and feeds: nothing in them may run, load or be framed if a browser opens them. */
export const NON_HTML_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox"
