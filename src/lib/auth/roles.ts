import type { User } from '@/payload-types'

export const roles = ['admin', 'editor', 'translator'] as const
export type Role = (typeof roles)[number]

type MaybeUser = Pick<User, 'roles'> | null | undefined

export const userHasRole = (user: MaybeUser, ...wanted: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => wanted.includes(role)))
