import { NextResponse, type NextRequest } from 'next/server'

import { negotiateLocale } from '@/i18n/negotiateLocale'

/** A slug no page can have (slugs are lowercase ASCII words and hyphens): it always renders the 404. */
const NOT_FOUND_SLUG = '__not-found__'

/**
 * `/` sends each visitor to their language. Any other path that does not start with a locale (nor
 * belong to the admin, the API or Next) gets the 404 page in the visitor's language, with status 404.
 */
export function proxy(request: NextRequest) {
  const locale = negotiateLocale(request.headers.get('accept-language'))
  const url = request.nextUrl.clone()
  if (url.pathname !== '/') {
    url.pathname = `/${locale}/${NOT_FOUND_SLUG}`
    return NextResponse.rewrite(url)
  }
  url.pathname = `/${locale}`
  const response = NextResponse.redirect(url, 307)
  response.headers.set('Vary', 'Accept-Language')
  return response
}

// Next reads the matcher statically, so the locales (src/i18n/locales.ts) are spelled out here;
// tests/unit/proxy.unit.spec.ts checks they agree.
export const config = {
  matcher: ['/', '/((?!(?:az|en|ru)(?:/|$)|admin|api|_next|__nextjs|sitemap\\.xml|robots\\.txt|og-default\\.png|favicon\\.ico).+)'],
}
