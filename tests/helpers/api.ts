import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload } from 'payload'

import type { User } from '@/payload-types'

type RequestOptions = { body?: unknown; token?: string; headers?: Record<string, string> }

const headersFor = ({ token, headers, body }: RequestOptions) => ({
  ...(body !== undefined && !(body instanceof FormData)
    ? { 'content-type': 'application/json' }
    : {}),
  ...(token ? { authorization: `JWT ${token}` } : {}),
  ...headers,
})

/**
 * The REST API as Next serves it, without a server: Payload's own endpoint handler on a real
 * Request, against the test's Payload instance.
 */
export async function rest(
  payload: Payload,
  method: string,
  path: string,
  options: RequestOptions = {},
) {
  const body =
    options.body === undefined
      ? undefined
      : options.body instanceof FormData
        ? options.body
        : JSON.stringify(options.body)
  const request = new Request(`http://localhost${path}`, {
    method,
    headers: headersFor(options),
    body,
  })
  const response = await handleEndpoints({
    config: payload.config,
    path: new URL(request.url).pathname,
    request,
  })
  const text = await response.text()
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {
    json = text
  }
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: json as Record<string, unknown> & {
      docs?: Record<string, unknown>[]
      errors?: { message: string }[]
    },
  }
}

/** The GraphQL endpoint as Next serves it (`/api/graphql`). */
export async function graphql(
  payload: Payload,
  query: string,
  options: Omit<RequestOptions, 'body'> & { variables?: Record<string, unknown> } = {},
) {
  const request = new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: headersFor({ ...options, body: {} }),
    body: JSON.stringify({ query, variables: options.variables }),
  })
  const response = await GRAPHQL_POST(payload.config)(request)
  return {
    status: response.status,
    json: (await response.json()) as {
      data?: Record<string, unknown>
      errors?: { message: string }[]
    },
  }
}

/** Creates a user with the roles and signs them in; the token works on REST and GraphQL. */
export async function signIn(
  payload: Payload,
  roles: User['roles'],
  email = `${roles.join('-')}-${Date.now()}@example.org`,
) {
  const password = 'a-long-test-password'
  const user = await payload.create({
    collection: 'users',
    data: { email, password, name: email, roles },
  })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return { user: { ...user, collection: 'users' as const }, token: token! }
}
