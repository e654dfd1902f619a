import type { ServerProps } from 'payload'

import { adminLanguage } from '@/i18n/adminMessage'

const signIn = { az: 'Redaktorların girişi', en: 'Sign in for staff', ru: 'Вход для сотрудников' }

/**
 * The archive's name above the admin's sign-in form (admin.components.beforeLogin), in the admin's
 * language: the name the Site global gives it in that language, else in az.
 */
export async function LoginHeading({ i18n, payload }: ServerProps) {
  const lang = adminLanguage(i18n?.language)
  const site = payload
    ? await payload.findGlobal({ slug: 'site', locale: lang, depth: 0, overrideAccess: false })
    : null
  return (
    <div className="login-heading" style={{ marginBottom: '1.5rem' }}>
      {site?.name && <h1 style={{ margin: 0 }}>{site.name}</h1>}
      <p style={{ margin: 0 }}>{signIn[lang]}</p>
    </div>
  )
}
