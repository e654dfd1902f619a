import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import type { Role } from '@/lib/auth/roles'
import { rest, signIn } from '@tests/helpers/api'
import { createTestPayload, testPayloadForFile } from '@tests/helpers/testPayload'

/**
 * docs/architecture.md, "Roles", row "manage users": admins only. Everyone signed in may read and
 * edit their own account (name, password) but never their own roles.
 */
type Actor = 'anonymous' | Role
const actors: Actor[] = ['anonymous', 'translator', 'editor', 'admin']

const expected: Record<string, Record<Actor, boolean>> = {
  'list every account': { anonymous: false, translator: false, editor: false, admin: true },
  'read own account': { anonymous: false, translator: true, editor: true, admin: true },
  'create an account': { anonymous: false, translator: false, editor: false, admin: true },
  'rename another account': { anonymous: false, translator: false, editor: false, admin: true },
  'rename own account': { anonymous: false, translator: true, editor: true, admin: true },
  'grant roles to another account': {
    anonymous: false,
    translator: false,
    editor: false,
    admin: true,
  },
  'promote self to admin': { anonymous: false, translator: false, editor: false, admin: true },
  'delete another account': { anonymous: false, translator: false, editor: false, admin: true },
  'unlock another account': { anonymous: false, translator: false, editor: false, admin: true },
}

const t = testPayloadForFile()
const accounts = {} as Record<Role, User>
let victim: User

const asUser = (actor: Actor) =>
  actor === 'anonymous' ? {} : { user: { ...accounts[actor], collection: 'users' as const } }

const createAccount = (email: string, roles: Role[]) =>
  t.payload.create({
    collection: 'users',
    data: { email, password: 'a-long-password', name: email, roles },
  })

beforeAll(async () => {
  for (const role of ['admin', 'editor', 'translator'] as Role[])
    accounts[role] = await createAccount(`${role}@example.org`, [role])
})

/** Runs the operation as the actor; true when it took effect, false when it was refused or left no trace. */
const operations: Record<string, (actor: Actor) => Promise<boolean>> = {
  'list every account': async (actor) => {
    const result = await t.payload
      .find({ collection: 'users', overrideAccess: false, ...asUser(actor) })
      .catch(() => null)
    return Boolean(result && result.totalDocs >= 4)
  },
  'read own account': async (actor) => {
    if (actor === 'anonymous') {
      const me = await t.payload
        .find({ collection: 'users', overrideAccess: false })
        .catch(() => null)
      return Boolean(me?.docs.length)
    }
    const me = await t.payload
      .findByID({
        collection: 'users',
        id: accounts[actor].id,
        overrideAccess: false,
        ...asUser(actor),
      })
      .catch(() => null)
    return me?.email === accounts[actor].email
  },
  'create an account': async (actor) => {
    const email = `new-by-${actor}@example.org`
    await t.payload
      .create({
        collection: 'users',
        data: { email, password: 'a-long-password', name: 'New', roles: ['editor'] },
        overrideAccess: false,
        ...asUser(actor),
      })
      .catch(() => null)
    return (
      (await t.payload.count({ collection: 'users', where: { email: { equals: email } } }))
        .totalDocs === 1
    )
  },
  'rename another account': async (actor) => {
    const name = `renamed by ${actor}`
    await t.payload
      .update({
        collection: 'users',
        id: victim.id,
        data: { name },
        overrideAccess: false,
        ...asUser(actor),
      })
      .catch(() => null)
    return (await t.payload.findByID({ collection: 'users', id: victim.id })).name === name
  },
  'rename own account': async (actor) => {
    if (actor === 'anonymous') return false
    const name = `${actor} renamed`
    await t.payload
      .update({
        collection: 'users',
        id: accounts[actor].id,
        data: { name },
        overrideAccess: false,
        ...asUser(actor),
      })
      .catch(() => null)
    return (await t.payload.findByID({ collection: 'users', id: accounts[actor].id })).name === name
  },
  'grant roles to another account': async (actor) => {
    await t.payload
      .update({
        collection: 'users',
        id: victim.id,
        data: { roles: ['editor', 'translator'] },
        overrideAccess: false,
        ...asUser(actor),
      })
      .catch(() => null)
    const roles = (await t.payload.findByID({ collection: 'users', id: victim.id })).roles
    const granted = roles.includes('editor')
    if (granted)
      await t.payload.update({
        collection: 'users',
        id: victim.id,
        data: { roles: ['translator'] },
      })
    return granted
  },
  'promote self to admin': async (actor) => {
    if (actor === 'anonymous') return false
    const id = accounts[actor].id
    await t.payload
      .update({
        collection: 'users',
        id,
        data: { roles: ['admin'] },
        overrideAccess: false,
        ...asUser(actor),
      })
      .catch(() => null)
    return (await t.payload.findByID({ collection: 'users', id })).roles.includes('admin')
  },
  'delete another account': async (actor) => {
    const target = await createAccount(`delete-by-${actor}@example.org`, ['translator'])
    await t.payload
      .delete({ collection: 'users', id: target.id, overrideAccess: false, ...asUser(actor) })
      .catch(() => null)
    return (
      (await t.payload.count({ collection: 'users', where: { id: { equals: target.id } } }))
        .totalDocs === 0
    )
  },
  'unlock another account': async (actor) => {
    const lockUntil = new Date(Date.now() + 60 * 60 * 1000).toISOString()
    await t.payload.update({
      collection: 'users',
      id: victim.id,
      data: { lockUntil, loginAttempts: 5 },
    })
    const req =
      actor === 'anonymous'
        ? {}
        : { req: { user: { ...accounts[actor], collection: 'users' as const } } }
    await t.payload
      .unlock({
        collection: 'users',
        // The generated type asks for a password too; the unlock operation reads only the email.
        data: { email: victim.email } as { email: string; password: string },
        overrideAccess: false,
        ...req,
      })
      .catch(() => null)
    const after = await t.payload.findByID({
      collection: 'users',
      id: victim.id,
      showHiddenFields: true,
    })
    return !after.lockUntil
  },
}

describe('users: each role gets exactly the rights of docs/architecture.md', () => {
  for (const [operation, rights] of Object.entries(expected)) {
    for (const actor of actors) {
      it(`${actor} ${rights[actor] ? 'may' : 'may not'} ${operation}`, async () => {
        victim = await createAccount(
          `victim-${operation.replace(/\W+/g, '-')}-${actor}@example.org`,
          ['translator'],
        )
        expect(await operations[operation](actor)).toBe(rights[actor])
      })
    }
  }

  it('makes the first account created on an empty database an admin, whatever it asked for', async () => {
    const fresh = await createTestPayload({}, { key: 'fresh' })
    try {
      const first = await fresh.payload.create({
        collection: 'users',
        data: {
          email: 'first@example.org',
          password: 'a-long-password',
          name: 'First',
          roles: ['translator'],
        },
      })
      expect(first.roles).toEqual(['admin'])
      const second = await fresh.payload.create({
        collection: 'users',
        data: {
          email: 'second@example.org',
          password: 'a-long-password',
          name: 'Second',
          roles: ['translator'],
        },
      })
      expect(second.roles).toEqual(['translator'])
    } finally {
      await fresh.destroy()
    }
  })
})

describe('a new account', () => {
  it('gets no role by default: an admin must choose one, and an account without roles may do nothing an editor may', async () => {
    // The admin's create form sends no roles until one is chosen; so does this request.
    const { token } = await signIn(t.payload, ['admin'])
    const created = await rest(t.payload, 'POST', '/api/users', {
      token,
      body: { email: 'no-role@example.org', password: 'a-long-password', name: 'No role' },
    })
    expect(created.status).toBe(400)
    expect(
      (
        await t.payload.find({
          collection: 'users',
          where: { email: { equals: 'no-role@example.org' } },
        })
      ).totalDocs,
    ).toBe(0)

    // An account left without roles (stored before roles were required, say) is refused like a visitor.
    const roleless = await createAccount('roleless@example.org', ['translator'])
    await t.payload.db.updateOne({ collection: 'users', id: roleless.id, data: { roles: [] } })
    const user = {
      ...(await t.payload.findByID({ collection: 'users', id: roleless.id })),
      collection: 'users' as const,
    }
    expect(user.roles).toEqual([])
    const asRoleless = { overrideAccess: false, user } as const
    await expect(
      t.payload.create({
        collection: 'articles',
        locale: 'az',
        data: { title: 'Synthetic Article 1' },
        ...asRoleless,
      }),
    ).rejects.toThrow()
    const article = await t.payload.create({
      collection: 'articles',
      locale: 'az',
      draft: true,
      data: { title: 'Synthetic Article 2' },
    })
    await expect(
      t.payload.update({
        collection: 'articles',
        id: article.id,
        locale: 'en',
        data: { title: 'Synthetic' },
        ...asRoleless,
      }),
    ).rejects.toThrow()
    await expect(
      t.payload.delete({ collection: 'articles', id: article.id, ...asRoleless }),
    ).rejects.toThrow()
    const drafts = await t.payload.find({
      collection: 'articles',
      draft: true,
      where: { id: { equals: article.id } },
      ...asRoleless,
    })
    expect(drafts.totalDocs).toBe(0)
  })
})
