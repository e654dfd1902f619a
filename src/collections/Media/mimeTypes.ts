/** What editors may upload. SVG, HTML and anything else that a browser could run are not on the list. */
export const allowedMimeTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'application/pdf',
  'audio/mpeg',
  'video/mp4',
] as const

export const DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024
