import type { ServerProps } from 'payload'

import { adminLanguage } from '@/i18n/adminMessage'

const label = { az: 'Tərcümələr', en: 'Translations', ru: 'Переводы' }

/** Nav link to the Translations view (admin.components.afterNavLinks). */
export function TranslationsNavLink({ i18n, payload }: ServerProps) {
  const lang = adminLanguage(i18n?.language)
  return (
    <a
      className="nav__link"
      id="nav-translations"
      href={`${payload?.config.routes.admin ?? '/admin'}/translations`}
    >
      <span className="nav__link-label">{label[lang]}</span>
    </a>
  )
}
