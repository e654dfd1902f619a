import { handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { Users } from '@/collections/Users'
import { authLimits } from '@/lib/auth/authRateLimit'

const authConfig = Users.auth as Exclude<typeof Users.auth, boolean | undefined>
import { graphql, rest } from '@tests/helpers/api'
import { testPayloadForFile } from '@tests/helpers/testPayload'

/**
 * Sign-in hardening over REST and GraphQL: unlock for admins only, lockout, one message for unknown
 * accounts and wrong passwords, a per-address limit on sign-in and password-reset requests, session
 * cookie flags, and sessions that end on the server at logout and password change.
 */
const t = testPayloadForFile()
const password = 'a-long-test-password'
let ipCounter = 0
/** Each test signs in from its own address, so the per-address limit of one does not spill into another. */
const freshIp = () => ({ 'x-real-ip': `203.0.113.${++ipCounter}` })

const createUser = (email: string, roles: ('admin' | 'editor' | 'translator')[]) =>
  t.payload.create({ collection: 'users', data: { email, password, name: email, roles } })

const login = (email: string, pass: string, headers: Record<string, string>) =>
  rest(t.payload, 'POST', '/api/users/login', { body: { email, password: pass }, headers })

const tokenFor = async (email: string) => {
  const { json } = await login(email, password, freshIp())
  return json.token as string
}

beforeAll(async () => {
  await createUser('admin@example.org', ['admin'])
  await createUser('editor@example.org', ['editor'])
})

describe('account lockout and unlock', () => {
  it('locks an account after auth.maxLoginAttempts failures, even for the right password', async () => {
    await createUser('lock-me@example.org', ['translator'])
    const ip = freshIp()
    for (let i = 0; i < authConfig.maxLoginAttempts!; i++)
      expect((await login('lock-me@example.org', 'wrong-password', ip)).status).toBe(401)
    const after = await login('lock-me@example.org', password, ip)
    expect(after.status).toBe(401)
    expect(after.json.token).toBeUndefined()
    const user = (
      await t.payload.find({
        collection: 'users',
        where: { email: { equals: 'lock-me@example.org' } },
        showHiddenFields: true,
      })
    ).docs[0]
    expect(new Date(user.lockUntil!).getTime()).toBeGreaterThan(Date.now())
    expect(authConfig.lockTime).toBeGreaterThanOrEqual(10 * 60 * 1000)
  })

  it('lets an admin unlock an account over REST, and refuses an editor (403, still locked)', async () => {
    const victim = await createUser('locked@example.org', ['translator'])
    const lockUntil = new Date(Date.now() + 60 * 60 * 1000).toISOString()
    await t.payload.update({
      collection: 'users',
      id: victim.id,
      data: { lockUntil, loginAttempts: 5 },
    })
    const isLocked = async () =>
      Boolean(
        (await t.payload.findByID({ collection: 'users', id: victim.id, showHiddenFields: true }))
          .lockUntil,
      )

    const byEditor = await rest(t.payload, 'POST', '/api/users/unlock', {
      body: { email: victim.email },
      token: await tokenFor('editor@example.org'),
    })
    expect(byEditor.status).toBe(403)
    expect(await isLocked()).toBe(true)

    const anonymous = await rest(t.payload, 'POST', '/api/users/unlock', {
      body: { email: victim.email },
    })
    expect(anonymous.status).toBe(403)
    expect(await isLocked()).toBe(true)

    const byAdmin = await rest(t.payload, 'POST', '/api/users/unlock', {
      body: { email: victim.email },
      token: await tokenFor('admin@example.org'),
    })
    expect(byAdmin.status).toBe(200)
    expect(await isLocked()).toBe(false)
  })
})

describe('failure messages', () => {
  it('answers an unknown email and a wrong password with the same status and message, on REST and GraphQL', async () => {
    const unknown = await login('nobody@example.org', password, freshIp())
    const wrong = await login('editor@example.org', 'not-the-password', freshIp())
    expect(unknown.status).toBe(401)
    expect(wrong.status).toBe(401)
    expect(unknown.json).toEqual(wrong.json)

    const mutation =
      'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }'
    const gUnknown = await graphql(t.payload, mutation, {
      variables: { email: 'nobody@example.org', password },
      headers: freshIp(),
    })
    const gWrong = await graphql(t.payload, mutation, {
      variables: { email: 'editor@example.org', password: 'not-the-password' },
      headers: freshIp(),
    })
    expect(gUnknown.json.errors?.[0]?.message).toBeTruthy()
    expect(gUnknown.json.errors?.[0]?.message).toBe(gWrong.json.errors?.[0]?.message)
  })
})

describe('per-address rate limit', () => {
  it('answers the attempt after the limit with 429 and a message; another address is unaffected', async () => {
    const { points } = authLimits().login
    const ip = freshIp()
    for (let i = 0; i < points; i++)
      expect((await login(`probe-${i}@example.org`, 'guess', ip)).status).toBe(401)
    const over = await login('probe-last@example.org', 'guess', ip)
    expect(over.status).toBe(429)
    expect(over.json.errors?.[0]?.message).toMatch(/cəhd|attempts|попыток/)
    // Even the right password is refused from that address until the window passes.
    expect((await login('editor@example.org', password, ip)).status).toBe(429)
    // Another address signs in normally.
    expect((await login('editor@example.org', password, freshIp())).status).toBe(200)
  })

  it('counts GraphQL sign-ins against the same limit', async () => {
    const { points } = authLimits().login
    const ip = freshIp()
    for (let i = 0; i < points; i++) await login(`gql-probe-${i}@example.org`, 'guess', ip)
    const mutation =
      'mutation { loginUser(email: "editor@example.org", password: "a-long-test-password") { token } }'
    const over = await graphql(t.payload, mutation, { headers: ip })
    expect(over.json.errors?.[0]?.message).toMatch(/cəhd|attempts|попыток/)
    expect((over.json.data?.loginUser as { token?: string } | null)?.token).toBeUndefined()
  })

  it('limits password-reset requests per address', async () => {
    const { points } = authLimits().forgotPassword
    const ip = freshIp()
    const forgot = (headers: Record<string, string>) =>
      rest(t.payload, 'POST', '/api/users/forgot-password', {
        body: { email: 'editor@example.org' },
        headers,
      })
    for (let i = 0; i < points; i++) expect((await forgot(ip)).status).toBe(200)
    expect((await forgot(ip)).status).toBe(429)
    expect((await forgot(freshIp())).status).toBe(200)
  })

  it('takes the address from X-Real-IP, else the last X-Forwarded-For entry (the one our proxy appended)', async () => {
    const { points } = authLimits().login
    const proxyAdded = `198.51.100.${++ipCounter}`
    for (let i = 0; i < points; i++) {
      // The client rotates a forged first entry; the proxy's own entry stays the same.
      await login(`xff-${i}@example.org`, 'guess', {
        'x-forwarded-for': `10.0.0.${i}, ${proxyAdded}`,
      })
    }
    expect(
      (
        await login('xff-last@example.org', 'guess', {
          'x-forwarded-for': `10.9.9.9, ${proxyAdded}`,
        })
      ).status,
    ).toBe(429)
  })
})

describe('session cookie and server-side sessions', () => {
  it('sets an HttpOnly, SameSite=Lax cookie, Secure in production only', async () => {
    const request = new Request('http://localhost/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...freshIp() },
      body: JSON.stringify({ email: 'editor@example.org', password }),
    })
    const response = await handleEndpoints({
      config: t.payload.config,
      path: '/api/users/login',
      request,
    })
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(/;\s*Secure/i.test(cookie)).toBe(process.env.NODE_ENV === 'production')
    expect(authConfig.cookies?.secure).toBe(process.env.NODE_ENV === 'production')
    expect(t.payload.collections.users.config.auth.useSessions).toBe(true)
  })

  it('refuses a token after logout', async () => {
    const token = await tokenFor('editor@example.org')
    const me = async () =>
      (await rest(t.payload, 'GET', '/api/users/me', { token })).json.user as {
        email?: string
      } | null
    expect((await me())?.email).toBe('editor@example.org')
    expect((await rest(t.payload, 'POST', '/api/users/logout', { token })).status).toBe(200)
    expect(await me()).toBeNull()
    expect(
      (
        await rest(t.payload, 'GET', '/api/articles?draft=true&limit=1', { token })
      ).json.docs?.every((d) => d._status === 'published'),
    ).toBe(true)
    const gql = await graphql(t.payload, '{ meUser { user { email } } }', { token })
    expect((gql.json.data?.meUser as { user: unknown } | null)?.user ?? null).toBeNull()
  })

  it('ends the other sessions when the password changes', async () => {
    const user = await createUser('changer@example.org', ['editor'])
    const first = await tokenFor('changer@example.org')
    const second = await tokenFor('changer@example.org')
    const changed = await rest(t.payload, 'PATCH', `/api/users/${user.id}`, {
      body: { password: 'a-new-long-password' },
      token: first,
    })
    expect(changed.status).toBe(200)
    const me = async (token: string) =>
      (await rest(t.payload, 'GET', '/api/users/me', { token })).json.user as {
        email?: string
      } | null
    expect(await me(second)).toBeNull()
    expect((await me(first))?.email).toBe('changer@example.org')
  })
})
