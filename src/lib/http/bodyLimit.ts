/** Request bodies larger than these are refused before anything reads them (413). */
export type BodyLimits = { json: number; multipart: number }

const DEFAULT_JSON_BYTES = 2 * 1024 * 1024
const DEFAULT_UPLOAD_BYTES = 50 * 1024 * 1024
/** A multipart upload carries form fields and boundaries beside the file. */
const MULTIPART_OVERHEAD_BYTES = 1024 * 1024

const positive = (value: string | undefined) => {
  const number = Number(value)
  return Number.isSafeInteger(number) && number > 0 ? number : undefined
}

/** API_MAX_JSON_BYTES for JSON (and any non-multipart) bodies; MEDIA_MAX_BYTES, Payload's own upload limit, for files. */
export function bodyLimits(env: Record<string, string | undefined> = process.env): BodyLimits {
  const upload = positive(env.MEDIA_MAX_BYTES) ?? DEFAULT_UPLOAD_BYTES
  return {
    json: positive(env.API_MAX_JSON_BYTES) ?? DEFAULT_JSON_BYTES,
    multipart: upload + MULTIPART_OVERHEAD_BYTES,
  }
}

export type BodyRefusal = { status: 411 | 413; message: string }

const WITHOUT_BODY = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Decides from the headers alone, before the body is read. Next's proxy buffers a body in memory
 * up to `proxyClientMaxBodySize` and silently cuts it there, so a body of unknown length (chunked)
 * cannot be allowed through: it is refused with 411, and every browser and HTTP library sends a
 * length for a form or a JSON body anyway.
 */
export function refuseBody(
  method: string,
  headers: Pick<Headers, 'get'>,
  limits: BodyLimits,
): BodyRefusal | undefined {
  if (WITHOUT_BODY.has(method.toUpperCase())) return undefined
  const declared = headers.get('content-length')
  if (declared === null) {
    if (headers.get('transfer-encoding'))
      return { status: 411, message: 'A request body needs a Content-Length header.' }
    return undefined
  }
  const length = Number(declared)
  if (!/^\d+$/.test(declared.trim()) || !Number.isSafeInteger(length))
    return { status: 411, message: 'The Content-Length header is not a number.' }
  const multipart =
    headers.get('content-type')?.toLowerCase().startsWith('multipart/form-data') ?? false
  const limit = multipart ? limits.multipart : limits.json
  if (length <= limit) return undefined
  return {
    status: 413,
    message: `The request body is ${length} bytes; the limit for ${multipart ? 'uploads' : 'JSON and other bodies'} is ${limit} bytes.`,
  }
}
