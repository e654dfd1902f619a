import { mapSprite, MAP_SPRITE_ROUTE } from '@/lib/geo/mapSprite'
import { NON_HTML_POLICY } from '@/lib/security/contentSecurityPolicy.mjs'

// Built from the geography bundled with the app on first request, then kept in memory; the name
// changes with the content, so an old page never draws with new geometry.
export const dynamic = 'force-dynamic'

/** The map geometry that map pages draw with `<use href>` (src/lib/geo/mapSprite.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  const sprite = mapSprite()
  if (`${MAP_SPRITE_ROUTE}/${file}` !== sprite.path)
    return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } })
  return new Response(sprite.svg, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
      // Opened on its own, the file is a document: nothing in it may run or load.
      'Content-Security-Policy': NON_HTML_POLICY,
    },
  })
}
