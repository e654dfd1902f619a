import { NextResponse, type NextRequest } from 'next/server'

import { negotiateLocale } from '@/i18n/negotiateLocale'

/** `/` sends each visitor to their language; every other path names its locale itself. */
export function proxy(request: NextRequest) {
  const locale = negotiateLocale(request.headers.get('accept-language'))
  const url = request.nextUrl.clone()
  url.pathname = `/${locale}`
  const response = NextResponse.redirect(url, 307)
  response.headers.set('Vary', 'Accept-Language')
  return response
}

export const config = { matcher: ['/'] }
