/**
 * How media files are served: never sniffed into another type, and anything that is not an image
 * (PDF, audio, video) is downloaded rather than opened in the site's origin. Content is already
 * checked at upload; this is the second line.
 */
export const downloadHeaders = ({ headers }: { headers: Headers }): Headers => {
  headers.set('X-Content-Type-Options', 'nosniff')
  const type = headers.get('Content-Type') ?? ''
  if (!type.startsWith('image/')) headers.set('Content-Disposition', 'attachment')
  return headers
}
