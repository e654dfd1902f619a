import { AdminViewFrame } from '@/components/admin/AdminViewFrame'
import type { AdminViewServerProps } from 'payload'

import { PeopleImport } from '@/components/admin/PeopleImport.client'
import { adminLanguage } from '@/i18n/adminMessage'
import { userHasRole } from '@/lib/auth/roles'
import { bodyLimits } from '@/lib/http/bodyLimit'

const text = {
  title: { az: 'İnsanlar: CSV idxalı', en: 'People: CSV import', ru: 'Люди: импорт CSV' },
  intro: {
    az: 'CSV faylı seçin: əvvəlcə hər sətirdə nə ediləcəyi (yaradılır, yenilənir, rədd edilir və niyə) göstərilir, heç nə yazılmır. Sonra idxalı təsdiqləyin: ya hamısı yazılır, ya da heç nə. Format: docs/people.md, "Import and export".',
    en: 'Choose a CSV file: first you see what each row would do (create, update or refuse, and why), and nothing is written. Then confirm the import: all of it is written, or nothing. The format: docs/people.md, "Import and export".',
    ru: 'Выберите CSV-файл: сначала показывается, что будет с каждой строкой (создание, обновление или отказ и почему), и ничего не записывается. Затем подтвердите импорт: записывается всё или ничего. Формат: docs/people.md, «Import and export».',
  },
  denied: {
    az: 'Yalnız redaktorlar və administratorlar üçün.',
    en: 'Editors and admins only.',
    ru: 'Только для редакторов и администраторов.',
  },
}

/** `/admin/people-import`: upload a people CSV, read the dry run's report, confirm; and the export. */
export function PeopleImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload, user, i18n } = req
  const lang = adminLanguage(i18n.language)
  const allowed = userHasRole(user as Parameters<typeof userHasRole>[0], 'admin', 'editor')
  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <div id="people-import-view">
        <h1>{text.title[lang]}</h1>
        <p>{text.intro[lang]}</p>
        {allowed ? (
          <PeopleImport
            api={`${payload.config.serverURL}${payload.config.routes.api}`}
            maxBytes={bodyLimits().json}
          />
        ) : (
          <p>{text.denied[lang]}</p>
        )}
      </div>
    </AdminViewFrame>
  )
}
