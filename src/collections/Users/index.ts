import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '@/access/adminOrSelf'
import { hasRole, isStaff } from '@/access/hasRole'
import { roles } from '@/lib/auth/roles'
import { locales as adminLanguages } from '@/i18n/locales'
import { firstUserIsAdmin } from '@/collections/Users/hooks/firstUserIsAdmin'
import { limitAuthAttempts } from '@/collections/Users/hooks/limitAuthAttempts'

const isAdmin = hasRole('admin')

export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    admin: isStaff,
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
    // Payload's default lets any signed-in user clear another account's lockout.
    unlock: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: { az: 'Sistem', en: 'System', ru: 'Система' },
  },
  labels: {
    singular: { az: 'İstifadəçi', en: 'User', ru: 'Пользователь' },
    plural: { az: 'İstifadəçilər', en: 'Users', ru: 'Пользователи' },
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production',
    },
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      label: { az: 'Ad', en: 'Name', ru: 'Имя' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      // No default: what a new account may do is an admin's choice, made when creating it.
      required: true,
      saveToJWT: true,
      options: [...roles],
      // Only an admin hands out roles; a user editing their own account cannot promote themselves.
      access: { create: isAdmin, update: isAdmin },
      admin: { position: 'sidebar' },
    },
    {
      // A translator with this right publishes en or ru alone (never az, never every locale at
      // once): src/access/canTranslate.ts. Off by default; an admin grants it.
      name: 'publishTranslations',
      type: 'checkbox',
      defaultValue: false,
      saveToJWT: true,
      access: { create: isAdmin, update: isAdmin },
      admin: {
        position: 'sidebar',
        condition: (data) => Boolean(data?.roles?.includes('translator')),
      },
    },
    {
      // The admin keeps its language in a cookie only: mail about translation jobs reads it here.
      name: 'language',
      type: 'select',
      options: adminLanguages.map(({ code, label }) => ({ value: code, label })),
      label: { az: 'Bildirişlərin dili', en: 'Language of notices', ru: 'Язык уведомлений' },
      admin: { position: 'sidebar' },
    },
  ],
  hooks: {
    beforeOperation: [limitAuthAttempts],
    beforeChange: [firstUserIsAdmin],
  },
}
