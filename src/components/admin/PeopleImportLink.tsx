import type { ServerProps } from 'payload'

import { adminLanguage } from '@/i18n/adminMessage'
import { userHasRole } from '@/lib/auth/roles'

const text = {
  import: { az: 'CSV-dən idxal', en: 'Import from CSV', ru: 'Импорт из CSV' },
  export: { az: 'Hamısını CSV kimi yüklə', en: 'Download all as CSV', ru: 'Скачать всех в CSV' },
}

/** Above the People list (admin.components.beforeListTable), for editors and admins: the CSV import and export. */
export function PeopleImportLink({ i18n, payload, user }: ServerProps) {
  if (!userHasRole(user as Parameters<typeof userHasRole>[0], 'admin', 'editor')) return null
  const lang = adminLanguage(i18n?.language)
  const admin = payload?.config.routes.admin ?? '/admin'
  const api = payload?.config.routes.api ?? '/api'
  return (
    <p className="people-import-link" style={{ display: 'flex', gap: '1.5rem' }}>
      <a href={`${admin}/people-import`}>{text.import[lang]}</a>
      <a href={`${api}/people/export`} download>
        {text.export[lang]}
      </a>
    </p>
  )
}
