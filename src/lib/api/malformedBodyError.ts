import type { AfterErrorHook, PayloadRequest } from 'payload'

type Rule = {
  status: number
  message: string
  matches: (error: Error, req: PayloadRequest) => boolean
}

const writes = new Set(['POST', 'PATCH', 'PUT'])
const isObject = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Client mistakes that Payload 3.90.1 answers with a 500, found by tests/int/fuzz.int.spec.ts.
 * Each rule is narrow (the error AND the request shape must match), so a real server fault still
 * answers 500. Remove a rule when Payload fixes the cause.
 */
const rules: Rule[] = [
  {
    // The body is parsed before any hook runs; a body that does not parse is the client's fault.
    status: 400,
    message: 'The request body is not valid JSON.',
    matches: (error, req) =>
      writes.has(req.method ?? '') && error instanceof SyntaxError && /JSON/i.test(error.message),
  },
  {
    status: 400,
    message: 'The request body is not a well-formed form upload.',
    matches: (error, req) =>
      writes.has(req.method ?? '') &&
      /^(Unexpected end of form|Malformed part header|Multipart: Boundary not found|Invalid JSON)$/i.test(
        error.message,
      ),
  },
  {
    // A write whose body is not a JSON object (wrong content type, `null`, a string): Payload reads
    // properties of the missing data and throws a TypeError.
    status: 400,
    message: 'The request body must be a JSON object (Content-Type: application/json).',
    matches: (error, req) =>
      writes.has(req.method ?? '') && error instanceof TypeError && !isObject(req.data),
  },
  {
    // /api/users/verify/:token when email verification is off: the token field does not exist.
    status: 404,
    message: 'Email verification is not enabled.',
    matches: (error) => /Cannot find field for path at _verificationToken/.test(error.message),
  },
  {
    // /api/<collection>/versions on a collection without versions queries a table that is not there.
    status: 404,
    message: 'This collection keeps no versions.',
    matches: (_error, req) => {
      const slug = req.routeParams?.collection as string | undefined
      const config = slug
        ? req.payload.collections[slug as keyof typeof req.payload.collections]?.config
        : undefined
      return Boolean(
        config &&
        !config.versions &&
        /\/versions(\/|$)/.test(new URL(req.url ?? 'http://x/').pathname),
      )
    },
  },
]

export const malformedBodyError: AfterErrorHook = ({ error, req }) => {
  if (!(error instanceof Error)) return
  const rule = rules.find((r) => r.matches(error, req))
  if (!rule) return
  return { status: rule.status, response: { errors: [{ message: rule.message }] } }
}
