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

/** An anonymous GET as a browser or a IIIF client sends it, answered with the raw response (bodies that are not JSON). */
export const getRaw = (payload: Payload, path: string) =>
  handleEndpoints({
    config: payload.config,
    path: new URL(path, 'http://localhost').pathname,
    request: new Request(`http://localhost${path}`),
  })

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

/**
 * The REST API on a real HTTP port, for clients that make their own requests (a harvester
 * library): each request goes to Payload's endpoint handler as `rest` sends it. `onResponse` sees
 * every answer's text.
 */
export async function serveApi(
  payload: Payload,
  onResponse: (path: string, text: string) => void = () => {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const { createServer } = await import('node:http')
  const server = createServer((incoming, outgoing) => {
    answer(incoming, outgoing).catch((error: Error) => {
      // Said, not swallowed: the client sees a 500 with the reason instead of a reset connection.
      outgoing.writeHead(500, { 'content-type': 'text/plain' })
      outgoing.end(error.stack ?? String(error))
    })
  })
  async function answer(
    incoming: import('node:http').IncomingMessage,
    outgoing: import('node:http').ServerResponse,
  ) {
    const chunks: Buffer[] = []
    for await (const chunk of incoming) chunks.push(chunk as Buffer)
    const body = chunks.length ? Buffer.concat(chunks) : undefined
    const url = `http://localhost${incoming.url}`
    const request = new Request(url, {
      method: incoming.method,
      headers: Object.entries(incoming.headers).flatMap(([key, value]) =>
        value === undefined ? [] : [[key, String(value)] as [string, string]],
      ),
      body: body && incoming.method !== 'GET' ? body : undefined,
    })
    const response = await handleEndpoints({
      config: payload.config,
      path: new URL(url).pathname,
      request,
    })
    const text = await response.text()
    onResponse(`${incoming.method} ${incoming.url}`, text)
    // One request per connection: Node's agents keep sockets alive, and a client reusing one just
    // as the server times it out (5 s idle, easily reached while a test writes fixtures) would
    // see ECONNRESET.
    outgoing.writeHead(response.status, {
      ...Object.fromEntries(response.headers),
      connection: 'close',
    })
    outgoing.end(text)
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
